"""Automatic backups: once a day on opening, before an import (backup_now), the newest N kept;
restoring one makes a new, verified file equal to the register as it was backed up."""

import os
import shutil
import sqlite3
import time
from datetime import datetime

import pytest

from ropa_app import paths
from ropa_app.domain import model
from ropa_app.store import (
    CorruptRegisterError,
    RegisterError,
    RegisterStore,
    backups,
    list_backups,
    restore_backup,
)

from .badfiles import corrupt_middle, make_register

FIXTURES = __import__("pathlib").Path(__file__).resolve().parent.parent / "fixtures"


def test_opening_for_writing_backs_up_once_a_day(tmp_path):
    path = make_register(tmp_path / "r.ropa", 3)
    assert list_backups(path) == [], "creating a register makes no backup"
    with RegisterStore.open(path, readonly=True):
        pass
    assert list_backups(path) == [], "a read-only open makes no backup"
    with RegisterStore.open(path) as store:
        first = store.daily_backup
    assert first is not None and first.parent == paths.backup_dir()
    with RegisterStore.open(path) as store:
        assert store.daily_backup is None
    found = list_backups(path)
    assert [b.path for b in found] == [first] and found[0].reason == "daily"
    assert found[0].created.date() == datetime.now().date() and found[0].size == first.stat().st_size
    conn = sqlite3.connect(first)
    assert conn.execute("select count(*) from activity").fetchone()[0] == 3
    conn.close()


def test_backup_now_and_rotation_keep_the_newest(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    with RegisterStore.open(path, keep_backups=3) as store:
        made = [store.backup_now("before-import") for _ in range(5)]
    found = list_backups(path)
    assert [b.path for b in found] == made[::-1][:3], "the newest three, newest first"
    assert all(b.reason == "before-import" and b.reason_text == "Before an import" for b in found)
    assert not any(p.exists() for p in made[:2])


def test_default_keeps_twenty(tmp_path):
    assert backups.DEFAULT_KEEP == 20
    path = make_register(tmp_path / "r.ropa", 1)
    with RegisterStore.open(path) as store:
        for _ in range(23):
            store.backup_now("manual")
    assert len(list_backups(path)) == 20


def test_backups_of_registers_with_the_same_name_are_kept_apart(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = make_register(tmp_path / "a" / "Register.ropa", 1)
    b = make_register(tmp_path / "b" / "Register.ropa", 2)
    for path in (a, b):
        RegisterStore.open(path).close()
    assert len(list_backups(a)) == len(list_backups(b)) == 1
    assert list_backups(a)[0].path != list_backups(b)[0].path
    assert {x.register_name for x in list_backups()} == {"Register"} and len(list_backups()) == 2


def test_a_failed_daily_backup_does_not_stop_the_register_opening(tmp_path, app_data_dir):
    path = make_register(tmp_path / "r.ropa", 1)
    (app_data_dir / "backups").write_text("a file where the folder should be")
    with RegisterStore.open(path) as store:
        assert not store.readonly and store.daily_backup is None
        assert "could not be written" in store.backup_problem
        store.activities.add(model.Activity(name="Still editable"))


def test_half_written_backups_left_by_a_crash_are_cleared(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    folder = paths.backup_dir()
    folder.mkdir(parents=True)
    part = folder / (backups.backup_file_name(path, "daily") + ".part")
    part.write_bytes(b"half")
    os.utime(part, (time.time() - 3600, time.time() - 3600))
    with RegisterStore.open(path):
        pass
    assert not part.exists()


def test_migration_backup_is_named_for_its_reason(tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "schema_v1.ropa", path)
    with RegisterStore.open(path) as store:
        backup = store.migration_backup
    info = backups.parse(backup)
    assert info.reason.startswith("before-v") and info.reason_text.startswith("Before upgrading")
    assert store.daily_backup is None, "the upgrade's backup is today's backup"


def test_restore_makes_a_new_file_equal_to_the_register_backed_up(tmp_path):
    path = make_register(tmp_path / "r.ropa", 5)
    with RegisterStore.open(path) as store:
        backed_up = store.load_register()
        backup = store.daily_backup
        store.activities.add(model.Activity(name="Made after the backup"))
        store.activities.delete(1)
    target = tmp_path / "restored" / "r (restored).ropa"
    target.parent.mkdir()
    assert restore_backup(backup, target) == target
    with RegisterStore.open(target, readonly=True) as restored:
        assert restored.load_register() == backed_up
    with RegisterStore.open(path, readonly=True) as current:
        assert current.load_register() != backed_up, "the register itself was not touched"


def test_restore_never_overwrites(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    with RegisterStore.open(path) as store:
        backup = store.backup_now("manual")
    existing = tmp_path / "existing.ropa"
    existing.write_bytes(b"someone's file")
    with pytest.raises(RegisterError, match="already exists"):
        restore_backup(backup, existing)
    assert existing.read_bytes() == b"someone's file"
    with pytest.raises(RegisterError, match="already exists"):
        restore_backup(backup, path)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_damaged_backup_is_not_restored(tmp_path):
    path = make_register(tmp_path / "r.ropa", 120)
    with RegisterStore.open(path) as store:
        backup = store.backup_now("manual")
    corrupt_middle(backup)
    target = tmp_path / "restored.ropa"
    with pytest.raises(CorruptRegisterError):
        restore_backup(backup, target)
    assert not target.exists()
