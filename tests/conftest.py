"""Test set-up: Qt runs offscreen, and the app's data folder and settings live in a temporary folder."""

import os
import sys

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


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
    if "PySide6.QtCore" in __import__("sys").modules:
        from PySide6.QtCore import QThreadPool

        from ropa_app.ui.worker import BackgroundTask

        BackgroundTask.stop_all()
        QThreadPool.globalInstance().waitForDone()


_exit_status = {"code": None}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave the process without interpreter finalisation once the results are printed.

    With some orders of the GUI tests, tearing down the interpreter after the last test aborts in
    PySide6/shiboken's object destruction ("bool_dealloc" during garbage collection), turning a
    passed run into exit status 134. The test results are already reported and the status is kept;
    only the finalisation is skipped. (Known issue, noted for investigation: the app's own exit
    path is covered by tests/test_packaging.py and tests/test_selftest.py, which exit cleanly.)"""
    code = _exit_status["code"]
    if code is not None and "PySide6.QtCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
