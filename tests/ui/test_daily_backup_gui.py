"""The window shows a register without waiting for the day's first backup: it is made in a worker once the
window shows; its failure is told as at open; closing the window stops it and leaves no file."""

import time

from PySide6.QtWidgets import QMessageBox

from ropa_app import paths
from ropa_app.domain import model
from ropa_app.store import RegisterStore, fileio, list_backups
from ropa_app.store import register as register_module
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui.worker import BackgroundTask


def _register(path, activities=3):
    with RegisterStore.create(path, model.Organisation(name="Testbolaget AB")) as store:
        for i in range(activities):
            store.activities.add(model.Activity(name=f"Activity {i}", description="text " * 80))
    return path


def test_the_days_backup_is_made_after_the_window_shows(qtbot, tmp_path):
    path = _register(tmp_path / "r.ropa")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    store = window.store
    assert list_backups(path) == [] and store.daily_backup is None, "not made before the window shows"
    qtbot.waitUntil(lambda: store.daily_backup is not None, timeout=10_000)
    assert [b.path for b in list_backups(path)] == [store.daily_backup] and store.backup_problem is None
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(path)
    qtbot.wait(50)
    assert len(list_backups(path)) == 1, "one a day"
    again.close()


def test_a_failed_backup_is_told_as_at_open(qtbot, tmp_path, monkeypatch):
    path = _register(tmp_path / "r.ropa")
    paths.backup_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.backup_dir().write_text("not a folder")  # the backup cannot be written
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append((title, text)))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    assert told == []
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told[0][0] == "Automatic backup failed"
    assert "could not be written" in told[0][1] and told[0][1].endswith("The register itself is fine.")
    assert "could not be written" in window.store.backup_problem and not window.store.readonly
    window.close()


def test_closing_the_window_during_the_backup_stops_it_and_leaves_no_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(register_module, "BACKUP_STEP_PAGES", 1)
    real_backup_to = fileio.backup_to
    steps = []

    def slow_steps(conn, target, **kw):  # a copy of at least 60 steps of 20 ms (a big register's)
        step = kw["step"]

        def slow(remaining, total):
            steps.append(remaining)
            time.sleep(0.02)
            step(remaining, total)
        return real_backup_to(conn, target, **{**kw, "step": slow})

    monkeypatch.setattr(fileio, "backup_to", slow_steps)
    path = _register(tmp_path / "r.ropa", 40)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    qtbot.waitUntil(lambda: len(steps) >= 5, timeout=10_000)
    assert steps[-1] > 20, "still copying"
    t = time.perf_counter()
    window.close()
    assert BackgroundTask.stop_all(timeout=2.0)
    assert time.perf_counter() - t < 0.5
    folder = paths.backup_dir()
    assert list_backups(path) == [] and (not folder.exists() or list(folder.iterdir()) == []), "no backup, no .part"
