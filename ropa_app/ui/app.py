"""Start the desktop app: QApplication, the register to open, the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..store import RegisterError, RegisterStore
from . import settings
from .main_window import MainWindow
from .opening import open_or_create_demo, open_register


def initial_store(argv_file: str | None, parent=None) -> RegisterStore | None:
    """FILE from the command line; else the last-used register; else the demo (first start)."""
    if argv_file:
        return open_register(parent, Path(argv_file))
    last = settings.app_settings().value("last_file")
    if last and Path(last).exists():
        try:
            return RegisterStore.open(Path(last))
        except RegisterError:
            pass  # fall back to the demo rather than refuse to start
    return open_or_create_demo()


def run(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ROPA Desk")
    app.setOrganizationName("ROPA Desk")
    args = [a for a in argv[1:] if not a.startswith("-")]
    window = MainWindow()
    store = initial_store(args[0] if args else None, window)
    if store is None:
        store = open_or_create_demo()
    window.set_store(store)
    window.show()
    return app.exec()
