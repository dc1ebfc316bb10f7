"""The main window opens a register and lists its activities."""

from pathlib import Path

from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.ui.app import initial_store
from ropa_app.ui.main_window import MainWindow

from .checks_helpers import demo_window


def _make_register(path: Path) -> None:
    with RegisterStore.create(path, model.Organisation(name="Testbolaget AB")) as store:
        store.activities.add(model.Activity(ref="PA-002", name="Rekrytering", business_function="HR", status="active"))
        store.activities.add(model.Activity(ref="PA-001", name="Löner", role="controller"))
        store.activities.add(model.Activity(ref="PA-003", name="Hosting för kunder", role="processor"))


def _table_texts(window: MainWindow, column: int) -> list[str]:
    proxy = window.activities_page.listing.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_window_lists_activities_sorted_by_ref(qtbot, tmp_path):
    path = tmp_path / "t.ropa"
    _make_register(path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    assert _table_texts(window, 0) == ["PA-001", "PA-002", "PA-003"]
    assert _table_texts(window, 1) == ["Löner", "Rekrytering", "Hosting för kunder"]
    assert "t.ropa" in window.windowTitle() and "Testbolaget AB" in window.windowTitle()
    assert "3" in window.activities_page.listing.count_label.text()


def test_search_filters_as_you_type(qtbot, tmp_path):
    path = tmp_path / "t.ropa"
    _make_register(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(path)
    qtbot.keyClicks(window.activities_page.listing.search, "rekry")
    assert _table_texts(window, 1) == ["Rekrytering"]
    assert "1 of 3" in window.activities_page.listing.count_label.text()


def test_first_start_opens_the_demo(qtbot, app_data_dir):
    store = initial_store(None)
    try:
        assert store.path.parent == app_data_dir
        assert store.activities.count() >= 12
        assert store.recipients.count() >= 20
    finally:
        store.close()


def test_bad_file_shows_message_and_keeps_current(qtbot, tmp_path, monkeypatch):
    good = tmp_path / "good.ropa"
    _make_register(good)
    bad = tmp_path / "bad.ropa"
    bad.write_bytes(b"not a register at all")
    shown = []
    monkeypatch.setattr("ropa_app.ui.opening.QMessageBox.warning", lambda *a: shown.append(a[2]))
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(good)
    assert not window.open_path(bad)
    assert shown and "not a ROPA Desk register" in shown[0]
    assert window.store.path == good
    assert bad.read_bytes() == b"not a register at all"


def test_recent_files_and_last_file_are_remembered(qtbot, tmp_path):
    from ropa_app.ui import settings

    path = tmp_path / "t.ropa"
    _make_register(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(path)
    assert settings.recent_files()[0] == path.resolve()
    window.close()
    store = initial_store(None)
    assert store.path.resolve() == path.resolve()
    store.close()


def test_window_on_the_demo_register_lists_its_activities(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    names = _table_texts(window, 1)
    assert len(names) >= 12
    assert "Personnel administration and payroll" in names
    assert "Recruitment" in names


def test_read_only_file_shows_the_banner(qtbot, tmp_path):
    import os
    import stat

    path = tmp_path / "ro.ropa"
    _make_register(path)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.open_path(path)
        window.show()
        assert window.store.readonly
        assert window.banner.isVisible()
        assert "read-only" in window.banner.text().lower()
        assert not window.action_new_activity.isEnabled()
    finally:
        window.close()
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_restore_from_backup_opens_the_restored_copy(qtbot, tmp_path, monkeypatch):
    from ropa_app.ui.restore_dialog import RestoreDialog

    path = tmp_path / "t.ropa"
    _make_register(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(path)
    backup = window.store.backup_now("manual")
    restored = tmp_path / "restored.ropa"
    from ropa_app.store.backups import restore_backup

    monkeypatch.setattr(RestoreDialog, "run", staticmethod(lambda parent, p: restore_backup(backup, restored)))
    window.action_restore_backup.trigger()
    assert window.store.path == restored
    assert [s.ref for s in window.store.activities.summaries()] == ["PA-001", "PA-002", "PA-003"]


FILE_OPEN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from ropa_app.ui import app

def opened(window):
    application = QApplication.instance()
    print("APPLICATION:", type(application).__name__, window.store.path.name, flush=True)
    QApplication.sendEvent(application, QFileOpenEvent(sys.argv[2]))  # (as macOS sends a Finder "Open with")
    print("OPEN:", window.store.path.name, flush=True)
    QApplication.quit()

app.exit_when_shown = lambda window: QTimer.singleShot(0, lambda: opened(window))
sys.exit(app.run(["ropa-desk", sys.argv[1]]))
"""


def test_a_file_open_event_opens_the_register(tmp_path):
    """The real start in a fresh process: the application object is the app's own, which opens the register a
    QFileOpenEvent names (macOS sends one to the application for a double-clicked file), without an event filter
    on the application (which saw every event of every object, #21)."""
    import os
    import subprocess
    import sys

    first, second = tmp_path / "a.ropa", tmp_path / "b.ropa"
    _make_register(first)
    _make_register(second)
    out = subprocess.run([sys.executable, "-c", FILE_OPEN, str(first), str(second)], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                           "ROPA_DESK_DATA_DIR": str(tmp_path / "data")})
    assert out.returncode == 0, out.stderr
    said = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert said.get("APPLICATION") == "DeskApplication a.ropa" and said.get("OPEN") == "b.ropa", out.stdout + out.stderr

