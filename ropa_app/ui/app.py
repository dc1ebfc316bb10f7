"""Start the desktop app: the log, the crash dialog, QApplication, the register to open, the main window."""

from __future__ import annotations

import linecache
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import logs, paths
from ..store import RegisterStore
from . import i18n, settings
from .main_window import MainWindow
from .opening import open_at_start, open_or_create_demo
from .startup_probe import after_first_paint, exit_when_shown
from .support import install_excepthook
from .worker import BackgroundTask

log = logging.getLogger(__name__)


def initial_store(argv_file: str | None, parent=None) -> RegisterStore:
    """FILE from the command line; else the last-used register; else the demo (first start).

    A register that cannot be opened is never replaced by the demo in silence: the user is told why and
    chooses another register or the demo (`opening.open_at_start`); a lock is explained (the register then
    opens read-only). A last-used register that no longer exists (moved, deleted) leaves the demo."""
    if argv_file:
        return open_at_start(parent, Path(argv_file))
    last = settings.app_settings().value("last_file")
    if last and Path(last).exists():
        return open_at_start(parent, Path(last))
    return open_or_create_demo()


class DeskApplication(QApplication):
    """The app's QApplication. It opens the file of a QFileOpenEvent (Finder's "Open with", a double-click on
    macOS), which Qt sends to the application object, in `event`: only the application's own events reach it. An
    event filter installed on the application (as before #21) is given every event of every object, a call into
    Python each for the app's whole life, and each object shown to it made PySide create the Python types of its
    class's enums: some 100 enum types of QObject classes the app never uses (QProcess, QFile, QWizard, ...),
    before the first paint."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.main_window: MainWindow | None = None  # where a file-open event's register opens (`run` sets it)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and self.main_window is not None and event.file():
            self.main_window.open_path(Path(event.file()))
            return True
        return super().event(event)


def choose_language(forced: str | None = None) -> str:
    """`--lang` when given, else the one chosen under Preferences, else the system's (English if not ours).
    An unknown `--lang` is logged and ignored."""
    for code in (forced, settings.interface_language()):
        if code and code in i18n.codes():
            return code
        if code:
            log.warning("Interface language %r is not available (%s)", code, ", ".join(i18n.codes()))
    return i18n.system_language()


def _version() -> str:
    from .. import __version__

    return __version__


def _shown(then: Callable[[], object] | None) -> None:
    if then is not None:
        then()
    log.info("ROPA Desk %s", _version())
    # PySide6 read the source of each module imported after it into linecache (`__main__.BEFORE_QT`): 5 MB on
    # the demo that nothing reads again (a traceback reads its files anew), let go once the window is on screen
    linecache.clearcache()


def run(argv: list[str], language: str | None = None, when_shown: Callable[[], object] | None = None) -> int:
    """The app on `argv`'s register; `when_shown` is called once the window is first painted (`__main__.run_app`
    holds the cycle collector off until then)."""
    log_file = logs.setup_logging()
    install_excepthook(log_file)
    log.info("ROPA Desk starting")
    app = QApplication.instance() or DeskApplication(argv)
    app.setApplicationName("ROPA Desk")
    app.setOrganizationName("ROPA Desk")
    app.setDesktopFileName("ropa-desk")
    app.setWindowIcon(QIcon(str(paths.resource_path("icons", "ropa-desk.png"))))
    i18n.install(choose_language(language))
    # (with a word of the menu as the table gives it: the frozen app's dist-test checks that it is translated)
    log.info("Interface language: %s (%s)", i18n.current(), QCoreApplication.translate("MainWindow", "&File"))
    args = [a for a in argv[1:] if not a.startswith("-")]
    window = MainWindow()
    if isinstance(app, DeskApplication):  # macOS: a double-clicked .ropa arrives as an event, not an argument
        app.main_window = window
    window.set_store(initial_store(args[0] if args else None, window))
    # (its version once the window is on screen: reading the package's metadata costs the start 30 ms)
    after_first_paint(QObject(window), lambda: _shown(when_shown), window)
    exit_when_shown(window)  # only with ROPA_DESK_EXIT_WHEN_SHOWN set (benchmarks/bench_startup.py)
    window.show()
    code = app.exec()
    BackgroundTask.stop_all()  # work the closed window left running ends before Python tears down
    log.info("ROPA Desk closed (exit code %s)", code)
    return code
