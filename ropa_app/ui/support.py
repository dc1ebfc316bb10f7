"""When something goes wrong: the crash dialog (instead of a silent crash) and Help > Show log folder."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import logs
from ..store import RegisterError
from .i18n import store_text

log = logging.getLogger("ropa_app.crash")

_showing = False  # a dialog is up: a second error while it is open is only logged


def _tr(text: str) -> str:
    return QCoreApplication.translate("support", text)


def error_message(exc: BaseException, log_file: Path | None) -> tuple[str, str]:
    """(title, text) of the dialog for an uncaught exception, in the interface language."""
    where = (
        "\n\n" + _tr("The details are in the log file:\n{0}\n(Help > Show log folder.)").format(log_file)
        if log_file else ""
    )
    if isinstance(exc, RegisterError):  # a write that failed, in the store's own words
        return _tr("Your change could not be saved"), store_text(exc) + where
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return (
        _tr("ROPA Desk ran into a problem"),
        _tr("Something went wrong in ROPA Desk ({0}).").format(what) + "\n\n"
        + _tr("Your data is safe: every change is saved to the register file the moment you make it, so "
              "everything up to your last completed change is in the file. The action that failed may not have "
              "been completed; check it, and do it again if needed.") + where
        + ("\n\n" + _tr("If this keeps happening, send the log file to whoever supports ROPA Desk for you.")
           if log_file else ""),
    )


def show_error(exc: BaseException, log_file: Path | None) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    title, text = error_message(exc, log_file)
    _showing = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(exc, RegisterError):
            QMessageBox.warning(parent, title, text)
        else:
            QMessageBox.critical(parent, title, text)
    finally:
        _showing = False


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log_file: Path | None = None
) -> None:
    """sys.excepthook: log the exception with its traceback, then tell the user (data safe, log where)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("uncaught exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        show_error(exc, log_file)
    except Exception:  # never let the hook itself crash the app
        log.exception("the error dialog failed")


def _thread_hook(args: threading.ExceptHookArgs, log_file: Path | None) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    log.error("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    app = QCoreApplication.instance()
    if app is not None:  # show it in the GUI thread
        exc = args.exc_value
        QTimer.singleShot(0, app, lambda: show_error(exc, log_file))


def install_excepthook(log_file: Path | None) -> None:
    """Route uncaught exceptions (GUI thread and worker threads) to the log and a dialog."""
    sys.excepthook = lambda t, e, tb: handle_exception(t, e, tb, log_file)
    threading.excepthook = lambda args: _thread_hook(args, log_file)


def show_log_folder() -> Path:
    """Open the folder holding the log files in the system's file manager (Help > Show log folder)."""
    folder = logs.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return folder
