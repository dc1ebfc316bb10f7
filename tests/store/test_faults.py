"""Faults at the store: damaged files, an interrupted write, a read-only file, a drive that goes away,
a full disk, a busy file. Each gives a RegisterError in the user's words and leaves the file untouched."""

import hashlib
import os
import shutil
import sqlite3

import pytest

from ropa_app.domain import model
from ropa_app.store import (
    CorruptRegisterError,
    ReadOnlyRegisterError,
    RegisterStore,
    RegisterUnavailableError,
    RegisterWriteError,
)
from ropa_app.store import guard
from ropa_app.store.lock import lock_path

from .badfiles import corrupt_middle, hot_journal, make_register


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("readonly", [False, True], ids=["for-writing", "read-only"])
def test_damaged_pages_are_refused_in_plain_words_and_untouched(tmp_path, readonly):
    path = corrupt_middle(make_register(tmp_path / "r.ropa"))
    before = _digest(path)
    with pytest.raises(CorruptRegisterError) as err:
        RegisterStore.open(path, readonly=readonly)
    message = str(err.value)
    assert "is damaged" in message and "Restore the register from a backup" in message
    assert "tree page" not in message and "tree page" in err.value.detail  # SQLite's report is for the log
    assert _digest(path) == before
    assert not lock_path(path).exists(), "a refused file keeps no lock"


def test_interrupted_write_reads_as_the_last_committed_state_without_touching_the_file(tmp_path):
    path = hot_journal(tmp_path / "r.ropa")
    journal = path.with_name(path.name + "-journal")
    before, journal_before = _digest(path), _digest(journal)
    with RegisterStore.open(path, readonly=True) as store:
        assert store.recovered and store.readonly
        assert "last change was interrupted" in store.readonly_reason
        names = {a.name for a in store.activities.all()}
        assert "HALF-WRITTEN" not in names and len(names) == 120
    assert _digest(path) == before and _digest(journal) == journal_before


def test_a_workers_reader_skips_the_quick_check_the_window_made_and_still_sees_an_interrupted_write(tmp_path,
                                                                                                monkeypatch):
    """Issue #21: a worker's read beside the window's connection (the checks', the lists' search texts) does not
    check the whole file again (`quick_check=False`: ~0.4 s of CPU each at 50,000 activities); a reader opened
    as before still checks it, and an interrupted write still reads as its last committed state."""
    from ropa_app.store import fileio

    checked: list[str] = []
    verify = fileio.verify_integrity
    monkeypatch.setattr(fileio, "verify_integrity", lambda conn, name, full=False: (checked.append(name),
                                                                                    verify(conn, name, full))[1])
    path = make_register(tmp_path / "r.ropa")
    with RegisterStore.open(path, readonly=True, quick_check=False) as store:
        assert len(store.activities.all()) == 120 and not store.recovered
    assert checked == []
    with RegisterStore.open(path, readonly=True) as store:
        pass
    assert checked == ["r.ropa"]

    path = hot_journal(tmp_path / "hot.ropa")
    with RegisterStore.open(path, readonly=True, quick_check=False) as store:
        assert store.recovered and "HALF-WRITTEN" not in {a.name for a in store.activities.all()}


def test_interrupted_write_is_rolled_back_when_opened_for_writing(tmp_path):
    path = hot_journal(tmp_path / "r.ropa")
    with RegisterStore.open(path) as store:
        assert store.recovered and not store.readonly
        assert "HALF-WRITTEN" not in {s.name for s in store.activities.summaries()}
        store.activities.add(model.Activity(name="After the crash"))
    assert not path.with_name(path.name + "-journal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from activity").fetchone()[0] == 121
    conn.close()


def test_read_only_file_opens_read_only_with_the_reason(tmp_path):
    path = make_register(tmp_path / "r.ropa", 2)
    os.chmod(path, 0o444)
    try:
        before = _digest(path)
        with RegisterStore.open(path) as store:
            assert store.readonly and "read-only file" in store.readonly_reason
            assert len(store.activities.all()) == 2
            with pytest.raises(ReadOnlyRegisterError):
                store.activities.add(model.Activity(name="x"))
        assert _digest(path) == before
        assert not lock_path(path).exists()
    finally:
        os.chmod(path, 0o644)


def test_writable_store_reports_no_reason(tmp_path):
    with RegisterStore.open(make_register(tmp_path / "r.ropa", 1)) as store:
        assert not store.readonly and store.readonly_reason is None
    with RegisterStore.open(tmp_path / "r.ropa", readonly=True) as store:
        assert store.readonly_reason == "This register was opened read-only."


def test_a_vanished_folder_gives_a_clear_error_and_keeps_earlier_edits(tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    store = RegisterStore.create(usb / "r.ropa")
    kept = store.activities.add(model.Activity(name="Saved before"))
    shutil.move(usb, tmp_path / "elsewhere")  # the stick is pulled (or the folder moved)
    with pytest.raises(RegisterUnavailableError, match="no longer reachable") as err:
        store.activities.add(model.Activity(name="Lost"))
    assert "every change before it is safe" in str(err.value)
    with pytest.raises(RegisterUnavailableError):
        store.save_organisation(model.Organisation(name="Lost too"))
    store.close()
    with RegisterStore.open(tmp_path / "elsewhere" / "r.ropa", readonly=True) as moved:
        assert [a.id for a in moved.activities.all()] == [kept]


def test_a_full_disk_is_reported_and_the_edit_rolled_back(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa")
    store.activities.add(model.Activity(name="Fits"))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
    with pytest.raises(RegisterWriteError, match="is full") as err:
        store.activities.add(model.Activity(name="Too big", description="x" * 100_000))
    assert "every change before it is safe" in str(err.value)
    assert [s.name for s in store.activities.summaries()] == ["Fits"]
    store.close()


def test_a_file_busy_in_another_program_is_reported(tmp_path):
    path = tmp_path / "r.ropa"
    store = RegisterStore.create(path)
    store.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(path, isolation_level=None)  # e.g. a database browser holding a write lock
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(RegisterWriteError, match="busy in another program"):
            store.activities.add(model.Activity(name="Waits"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.activities.add(model.Activity(name="Saved once free"))
    assert store.activities.count() == 1
    store.close()


def test_rule_violations_are_not_dressed_up_as_file_faults(tmp_path):
    with RegisterStore.create(tmp_path / "r.ropa") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.activities.add(model.Activity(name="A", recipients=[999]))
    assert guard.translate(sqlite3.IntegrityError("x"), tmp_path / "r.ropa") is None
    assert guard.translate(sqlite3.ProgrammingError("x"), tmp_path / "r.ropa") is None
