"""The log file, the crash dialog and Help > Show log folder."""

import logging
import sys
import threading

import pytest

from ropa_app import logs
from ropa_app.store import RegisterUnavailableError
from ropa_app.ui import support


@pytest.fixture
def log_file(app_data_dir):
    path = logs.setup_logging()
    yield path
    logging.getLogger("ropa_app").removeHandler(logs._handler)
    logs._handler.close()
    logs._handler = None
    logging.getLogger("ropa_app").setLevel(logging.NOTSET)


@pytest.fixture
def dialogs(monkeypatch):
    shown = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(f"ropa_app.ui.support.QMessageBox.{kind}",
                            lambda parent, title, text, kind=kind: shown.append((kind, title, text)))
    return shown


def _raise(exc):
    try:
        raise exc
    except BaseException:  # noqa: BLE001 - the helper captures whatever it is given to raise
        return sys.exc_info()


def test_log_file_is_in_the_app_data_folder_and_rotates(log_file, app_data_dir, monkeypatch):
    assert log_file == app_data_dir / "logs" / "ropa-desk.log"
    handler = logs._handler
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    handler.maxBytes = 2_000  # rotate sooner, the same way
    for i in range(200):
        logging.getLogger("ropa_app.test").info("line %d %s", i, "x" * 80)
    rotated = sorted(p.name for p in log_file.parent.iterdir())
    assert rotated == ["ropa-desk.log"] + [f"ropa-desk.log.{n}" for n in range(1, 6)]
    assert "line 199" in log_file.read_text(encoding="utf-8")


def test_user_errors_are_logged_with_their_cause(log_file):
    cause = _raise(OSError(28, "No space left on device"))[1]
    logs.user_error("The disk is full.", cause)
    text = log_file.read_text(encoding="utf-8")
    assert "shown to the user: The disk is full." in text
    assert "Traceback" in text and "No space left on device" in text


def test_uncaught_exception_is_logged_and_explained(qapp, log_file, dialogs):
    support.handle_exception(*_raise(KeyError("activity_editor")), log_file=log_file)
    (kind, title, text), = dialogs
    assert kind == "critical" and title == "ROPA Desk ran into a problem"
    assert "KeyError: 'activity_editor'" in text
    assert "Your data is safe" in text and str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "Traceback" in logged and "KeyError" in logged


def test_failed_write_is_explained_in_the_stores_words(qapp, log_file, dialogs):
    error = RegisterUnavailableError("The register file is no longer reachable (was the USB stick removed…).")
    support.handle_exception(*_raise(error), log_file=log_file)
    (kind, title, text), = dialogs
    assert (kind, title) == ("warning", "Your change could not be saved")
    assert text.startswith("The register file is no longer reachable") and str(log_file) in text


def test_the_hook_is_installed_for_the_gui_and_worker_threads(qapp, qtbot, log_file, dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    support.install_excepthook(log_file)
    sys.excepthook(*_raise(RuntimeError("in a slot")))
    worker = threading.Thread(target=lambda: 1 / 0, name="export-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(dialogs) == 2)
    assert "RuntimeError: in a slot" in dialogs[0][2] and "ZeroDivisionError" in dialogs[1][2]
    assert "uncaught exception in thread export-worker" in log_file.read_text(encoding="utf-8")


def test_a_second_error_while_the_dialog_is_open_is_only_logged(qapp, log_file, monkeypatch):
    shown = []

    def critical(parent, title, text):
        shown.append(text)
        support.handle_exception(*_raise(ValueError("second")), log_file=log_file)  # raised under the dialog

    monkeypatch.setattr("ropa_app.ui.support.QMessageBox.critical", critical)
    support.handle_exception(*_raise(ValueError("first")), log_file=log_file)
    assert len(shown) == 1 and "first" in shown[0]
    assert "second" in log_file.read_text(encoding="utf-8")


def test_show_log_folder_opens_it(qapp, app_data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr("ropa_app.ui.support.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    folder = support.show_log_folder()
    assert folder == app_data_dir / "logs" and folder.is_dir()
    assert opened == [str(folder)]


def test_a_damaged_files_integrity_report_goes_to_the_log(log_file):
    from ropa_app.store import CorruptRegisterError

    logs.user_error("“r.ropa” is damaged…", CorruptRegisterError("“r.ropa” is damaged…", "On tree page 43 cell 27: …"))
    assert "detail: On tree page 43 cell 27" in log_file.read_text(encoding="utf-8")
