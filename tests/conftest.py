"""Test set-up: Qt runs offscreen, and the app's data folder and settings live in a temporary folder."""

import os

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def app_data_dir(tmp_path_factory, monkeypatch):
    """Each test gets its own application data folder (backups, settings, the GUI's demo)."""
    data = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("ROPA_DESK_DATA_DIR", str(data))
    return data
