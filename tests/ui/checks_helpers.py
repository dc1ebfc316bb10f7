"""Shared set-up for the checks and transfers GUI tests: the demo register, and the navigation the main
window gives the Checks and Transfers views (the same calls the window's own wiring makes)."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from ropa_app.store.demo import create_demo
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui.register_checks import checks_for
from ropa_app.ui.session import RegisterSession


def demo_session(qtbot, tmp_path):
    store = create_demo(tmp_path / "demo.ropa")
    session = RegisterSession(store)
    return store, session


def recipient_id(store, name: str) -> int:
    return next(s.id for s in store.recipients.summaries() if s.name == name)


def demo_file(tmp_path):
    """The demo register written to a file (closed)."""
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    return path


def opened_window(qtbot, path) -> MainWindow:
    """The main window on the register at `path`, not shown yet."""
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    return window


def open_window(qtbot, path, page: str = "activity"):
    """The main window on the register at `path`, shown and active (so that focus moves as for a user), on the
    page of `page` (a kind's key; the window itself opens on the Overview, tests/ui/test_overview.py)."""
    window = opened_window(qtbot, path)
    window.show_page(page)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # a small register is checked just after the window's first paint (issue #21): its findings shown, as a user
    # sees them a moment after the window opens (a big one's are checked in a worker, waited for where needed)
    checks = checks_for(window.session)
    if window.store.activities.count() + window.store.recipients.count() < checks.background_threshold:
        qtbot.waitUntil(lambda: checks.checked_on is not None)
    return window


def shown_window(qtbot, path) -> MainWindow:
    """The main window on the register at `path`, shown (on the page it opens on), nothing waited for."""
    window = opened_window(qtbot, path)
    window.show()
    qtbot.waitExposed(window)
    return window


def demo_window(qtbot, tmp_path):
    return open_window(qtbot, demo_file(tmp_path))


def add_page(window, view) -> None:
    """Put a view in the window's page stack, as the navigation does, and show it."""
    window.stack.addWidget(view)
    window.stack.setCurrentWidget(view)
    view.set_session(window.session)


def connect_navigation(window, view) -> None:
    view.open_record.connect(window.open_record)  # what the main window wires for its own views
    view.open_transfer.connect(window.open_transfer)


def double_click_row(qtbot, table, row: int) -> None:
    idx = table.model().index(row, 1)
    table.scrollTo(idx)
    viewport = table.viewport()
    pos = QPointF(table.visualRect(idx).center())
    glob = QPointF(viewport.mapToGlobal(pos.toPoint()))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    # What a real double-click delivers (QTest.mouseDClick in Qt 6 skips the first release).
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, none),
                          (QEvent.Type.MouseButtonDblClick, left), (QEvent.Type.MouseButtonRelease, none)):
        event = QMouseEvent(kind, pos, glob, left, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    qtbot.wait(1)


def threads_making_overview_facts(monkeypatch) -> list[bool]:
    """From now on each making of the Overview's facts notes whether it ran on the UI (main) thread."""
    import threading

    from ropa_app.ui import overview_page

    made_here: list[bool] = []
    real = overview_page.overview_facts

    def facts(*args):
        made_here.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(overview_page, "overview_facts", facts)
    return made_here
