"""Start the desktop app: the log, the crash dialog, QApplication, the register to open, the main window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, logs, paths
from ..store import RegisterStore
from . import settings
from .main_window import MainWindow
from .opening import open_or_create_demo, open_register
from .startup_probe import exit_when_shown
from .support import install_excepthook

log = logging.getLogger(__name__)


def initial_store(argv_file: str | None, parent=None) -> RegisterStore | None:
    """FILE from the command line; else the last-used register; else the demo (first start).

    The last-used register reopens quietly when it has become unreadable (the demo opens instead), but
    a lock is always explained (it then opens read-only)."""
    if argv_file:
        return open_register(parent, Path(argv_file))
    last = settings.app_settings().value("last_file")
    if last and Path(last).exists():
        store = open_register(parent, Path(last), report=False)
        if store is not None:
            return store
    return open_or_create_demo()


class FileOpenFilter(QObject):
    """Opens the file of a QFileOpenEvent (Finder's "Open with", a double-click on macOS)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.open_path(Path(event.file()))
            return True
        return False


def run(argv: list[str]) -> int:
    log_file = logs.setup_logging()
    install_excepthook(log_file)
    log.info("ROPA Desk %s starting", __version__)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ROPA Desk")
    app.setOrganizationName("ROPA Desk")
    app.setDesktopFileName("ropa-desk")
    app.setWindowIcon(QIcon(str(paths.resource_path("icons", "ropa-desk.png"))))
    args = [a for a in argv[1:] if not a.startswith("-")]
    window = MainWindow()
    opener = FileOpenFilter(window)  # macOS: a double-clicked .ropa arrives as an event, not an argument
    app.installEventFilter(opener)
    store = initial_store(args[0] if args else None, window)
    if store is None:
        store = open_or_create_demo()
    window.set_store(store)
    exit_when_shown(window)  # only with ROPA_DESK_EXIT_WHEN_SHOWN set (benchmarks/bench_startup.py)
    window.show()
    code = app.exec()
    log.info("ROPA Desk closed (exit code %s)", code)
    return code
