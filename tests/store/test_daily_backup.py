"""The day's first backup made after the window shows (`RegisterStore.open(defer_backup=True)`, then
`make_daily_backup` in a worker): through its own connection in small steps, so that an edit waits for one
step at most; restarted by SQLite after an edit, so that the copy is one committed state; checked in full and
given its name only when complete; never left half-written when stopped."""

import sqlite3
import sys
import threading
import time

import pytest

from ropa_app.domain import model
from ropa_app.store import CorruptRegisterError, RegisterError, RegisterStore, list_backups
from ropa_app.store import fileio
from ropa_app.store import register as register_module
from ropa_app.store.backups import BackupCancelled

from ..reliability.test_hostile_registers import damage_an_index
from .badfiles import corrupt_middle, make_register


def _contents(path) -> tuple[list, int, int, str]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchall(),
                conn.execute("select count(*) from activity").fetchone()[0],
                conn.execute("select count(*) from audit_log").fetchone()[0],
                conn.execute("select name from organisation").fetchone()[0])
    finally:
        conn.close()


def _leftovers(folder) -> list:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_deferred_open_leaves_the_days_backup_to_make_daily_backup(tmp_path):
    path = make_register(tmp_path / "r.ropa", 5)
    folder = tmp_path / "backups"
    with RegisterStore.open(path, backup_dir=folder, defer_backup=True) as store:
        assert store.daily_backup_due and store.daily_backup is None
        assert list_backups(path, folder) == [], "nothing copied while opening"
        made = store.make_daily_backup()
        found = list_backups(path, folder)
        assert [b.path for b in found] == [made] and found[0].reason == "daily"
        assert _contents(made) == _contents(path)
    with RegisterStore.open(path, backup_dir=folder, defer_backup=True) as store:
        assert not store.daily_backup_due, "one a day"
    assert _leftovers(folder) == [made.name]


def test_edits_during_the_backup_restart_it_and_the_copy_holds_them(tmp_path, monkeypatch):
    """Edits committed from the window's connection between two steps: each commits at once (no lock is held
    between steps: an exclusive lock with no wait at all is taken), SQLite starts the copy again, and the copy
    is a complete register holding every edit made before it ended."""
    monkeypatch.setattr(register_module, "BACKUP_STEP_PAGES", 4)
    path = make_register(tmp_path / "r.ropa", 80)
    folder = tmp_path / "backups"
    store = RegisterStore.open(path, backup_dir=folder, defer_backup=True)
    seen: list[tuple[int, int]] = []
    edits: list[float] = []

    def progress(copied: int, total: int) -> None:
        seen.append((copied, total))
        if len(seen) in (3, 9, 15):
            t = time.perf_counter()
            store.activities.add(model.Activity(name=f"Added during the backup {len(seen)}"))
            edits.append(time.perf_counter() - t)
            other = sqlite3.connect(path, timeout=0)  # fails at once if the backup held any lock now
            other.execute("BEGIN EXCLUSIVE")
            other.rollback()
            other.close()

    try:
        made = store.make_daily_backup(progress)
        restarts = sum(1 for (a, _), (b, _) in zip(seen, seen[1:]) if b < a)
        assert restarts == 3, seen
        total = seen[-1][1]
        assert [c for c, _ in seen[15:]] == [*range(4, total, 4), total], "the last pass copied every page"
        assert max(edits) < 1.0  # (an fsync'ed commit; the busy timeout is 5 s)
        integrity, activities, audit, org = _contents(made)
        assert integrity == [("ok",)] and activities == 83 and org == "Testbolaget AB"
        assert (activities, audit) == _contents(path)[1:3]
    finally:
        store.close()
    assert _leftovers(folder) == [made.name]


def test_an_edit_from_another_thread_waits_one_step_at_most(tmp_path, monkeypatch):
    """A writer on another thread while the backup steps (each step slowed to 20 ms): its commit never waits
    for the whole copy, and the copy is consistent."""

    monkeypatch.setattr(register_module, "BACKUP_STEP_PAGES", 2)
    real_backup_to = fileio.backup_to

    def slow_steps(conn, target, **kw):
        step = kw["step"]

        def slow(remaining, total):
            time.sleep(0.02)
            step(remaining, total)
        return real_backup_to(conn, target, **{**kw, "step": slow})

    monkeypatch.setattr(fileio, "backup_to", slow_steps)
    path = make_register(tmp_path / "r.ropa", 60)
    folder = tmp_path / "backups"
    store = RegisterStore.open(path, backup_dir=folder, defer_backup=True)
    outcome = {}
    worker = threading.Thread(target=lambda: outcome.setdefault("made", store.make_daily_backup()))
    waits = []
    try:
        worker.start()
        for i in range(5):
            time.sleep(0.05)
            t = time.perf_counter()
            store.activities.add(model.Activity(name=f"Edit {i}"))
            waits.append(time.perf_counter() - t)
        worker.join(60)
        assert not worker.is_alive()
        integrity, activities, *_ = _contents(outcome["made"])
        assert integrity == [("ok",)] and activities == 65, "the edits before the copy ended are in it"
        assert max(waits) < 1.0, waits  # a one-step copy would hold each edit for the whole copy
    finally:
        store.close()


def test_a_stopped_backup_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setattr(register_module, "BACKUP_STEP_PAGES", 2)
    path = make_register(tmp_path / "r.ropa", 40)
    folder = tmp_path / "backups"
    calls = []
    with RegisterStore.open(path, backup_dir=folder, defer_backup=True) as store:
        with pytest.raises(BackupCancelled):
            store.make_daily_backup(lambda copied, total: calls.append(copied), lambda: len(calls) >= 5)
        assert len(calls) == 5
        assert _leftovers(folder) == [], "no backup and no .part"
        with pytest.raises(BackupCancelled):  # stopped during the full check of the copy
            asked = []  # (once asked from within the check, it stays asked, as a Cancel does)
            store.make_daily_backup(cancelled=lambda: bool(asked) or bool(_in_check() and asked.append(1) is None))
        assert _leftovers(folder) == []


def _in_check() -> bool:
    """Asked from within the full check of the copy (SQLite's progress handler), not between the steps."""
    frame = sys._getframe()
    while frame is not None:
        if frame.f_code.co_name == "check" and frame.f_code.co_filename.endswith("register.py"):
            return True
        frame = frame.f_back
    return False


def test_a_damaged_register_gets_no_backup_and_is_still_refused(tmp_path):
    """The full integrity check now runs on the copy (its pages are the register's): index damage that
    quick_check passes is found there, and no backup is left; a file quick_check refuses is refused at open."""
    path = make_register(tmp_path / "r.ropa", 30)
    damage_an_index(path)
    folder = tmp_path / "backups"
    with RegisterStore.open(path, backup_dir=folder, defer_backup=True) as store:
        with pytest.raises(CorruptRegisterError, match="damaged"):
            store.make_daily_backup()
    assert _leftovers(folder) == []
    bad = corrupt_middle(make_register(tmp_path / "bad.ropa", 120))
    before = bad.read_bytes()
    with pytest.raises(CorruptRegisterError):
        RegisterStore.open(bad, backup_dir=folder, defer_backup=True)
    assert bad.read_bytes() == before and _leftovers(folder) == []


def test_a_backup_that_cannot_be_written_says_so(tmp_path):
    path = make_register(tmp_path / "r.ropa", 3)
    folder = tmp_path / "not a folder"
    folder.write_text("x")
    with RegisterStore.open(path, backup_dir=folder, defer_backup=True) as store:
        with pytest.raises(RegisterError, match="could not be written"):
            store.make_daily_backup()
        assert not store.readonly


def test_the_two_backups_tell_a_failure_in_the_same_words(tmp_path, monkeypatch):
    """`make_daily_backup` (in a worker, after the window shows) and `backup_now` (at open, before an import or a
    migration) say the same of each failure: a damaged register (`backup_now` adds that nothing was imported), a
    register that could not be read for the copy, a backup that could not be written, a store without a file."""
    damaged = ("“r.ropa” is damaged (SQLite's full integrity check found errors), so no backup was made{}. Your "
               "earlier backups are kept: restore the register from one (File > Restore from backup…), or export it "
               "to JSON and import that into a new register.")
    path = make_register(tmp_path / "r.ropa", 30)
    damage_an_index(path)
    with RegisterStore.open(path, backup_dir=tmp_path / "backups", defer_backup=True) as store:
        for make, also in ((store.make_daily_backup, ""), (store.backup_now, " and nothing was imported")):
            with pytest.raises(CorruptRegisterError) as info:
                make()
            assert str(info.value) == damaged.format(also) and "missing from index" in info.value.detail
    (tmp_path / "ok").mkdir()
    path = make_register(tmp_path / "ok" / "r.ropa", 3)
    folder = tmp_path / "not a folder"
    folder.write_text("x")
    with RegisterStore.open(path, backup_dir=folder, defer_backup=True) as store:
        for make in (store.make_daily_backup, store.backup_now):
            with pytest.raises(RegisterError, match="^A backup of “r.ropa” could not be written \\(.+\\)\\.$"):
                make()

        def unreadable(*_args, **_kwargs):
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(fileio, "connect", unreadable)  # the daily backup's own connection
        monkeypatch.setattr(fileio, "verify_integrity", unreadable)  # backup_now's check of the register
        for make in (store.make_daily_backup, store.backup_now):
            with pytest.raises(RegisterError) as info:
                make()
            assert str(info.value) == "A backup of “r.ropa” could not be made (disk I/O error)."
        monkeypatch.undo()
        store.path, kept = None, store.path
        for make in (store.make_daily_backup, store.backup_now):
            with pytest.raises(RegisterError) as info:
                make()
            assert str(info.value) == "Only a register file can be backed up."
        store.path = kept
