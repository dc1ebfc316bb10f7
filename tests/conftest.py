"""Test set-up: Qt runs offscreen, and the app's data folder and settings live in a temporary folder."""

import os
import sys

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def app_data_dir(tmp_path_factory, monkeypatch):
    """Each test gets its own application data folder (backups, settings, the GUI's demo)."""
    data = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("ROPA_DESK_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test():
    """Workers (exports, index reads, check runs) end before the next test and before Python exits:
    a thread still running Python code while the interpreter tears down crashes it."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        from ropa_app.ui.worker import BackgroundTask

        BackgroundTask.stop_all()
        QThreadPool.globalInstance().waitForDone()
