"""Imports under faults: the disk fills up (SQLite's own SQLITE_FULL, from a page limit, not simulated),
a write fails part-way, the register may not be written, the source is cut short. The merge into an
open register (apply_plan) then leaves it exactly as it was, byte for byte, with a clear RegisterError;
a new register from an import (create_register_from_plan) leaves no file at all."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.interchange import InvalidSource, build_plan, export_json, load, parse, to_document
from ropa_app.store import RegisterError, RegisterStore
from ropa_app.store.activities import ActivityRepo
from ropa_app.store.importing import STALE_IMPORT_SECONDS, apply_plan, create_register_from_plan

from .faults import deny_writes_in, digest, entries, make_register, writes_blocked_by_permissions


@pytest.fixture
def register_file(tmp_path):
    return make_register(tmp_path / "register.ropa", synthetic_register(6, 4, seed=1))


@pytest.fixture
def incoming():
    """A JSON register document with other activities and recipients: a merge adds and changes many."""
    return parse(export_json(synthetic_register(14, 9, seed=2)))


def audit_rows(store: RegisterStore) -> int:
    return store.db.execute("select count(*) from audit_log").fetchone()[0]


def io_error(message: str = "disk I/O error") -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorname = "SQLITE_IOERR_WRITE"  # as SQLite reports a failed write
    return exc


def fail_on_call(n: int, real, exc: BaseException):  # noqa: ANN001
    """A stand-in for a repository method that works n - 1 times, then raises `exc`."""
    calls = []

    def method(*args, **kwargs):  # noqa: ANN002, ANN003
        calls.append(args)
        if len(calls) == n:
            raise exc
        return real(*args, **kwargs)

    method.calls = calls
    return method


def assert_merge_left_nothing(store: RegisterStore, before_doc: dict, before_audit: int) -> None:
    assert to_document(store.load_register()) == before_doc
    assert audit_rows(store) == before_audit, "the audit log holds nothing of the failed import"


# --- apply_plan: a merge into an open register ------------------------------------------------------
def test_disk_full_during_a_merge_changes_nothing(register_file, incoming):
    before = digest(register_file)
    with RegisterStore.open(register_file) as store:
        before_doc, before_audit = to_document(store.load_register()), audit_rows(store)
        plan = build_plan(incoming, store.load_register())
        assert plan.has_changes
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is full two pages on
        with pytest.raises(RegisterError) as info:
            apply_plan(store, plan)
        assert "full" in str(info.value) and "register.ropa" in str(info.value)
        assert_merge_left_nothing(store, before_doc, before_audit)
    assert digest(register_file) == before

    with RegisterStore.open(register_file) as store:  # and once there is room again, it imports
        apply_plan(store, build_plan(incoming, store.load_register()))
        assert not build_plan(incoming, store.load_register()).has_changes


@pytest.mark.parametrize(
    "repo, method, nth",
    # `_write_children`: each added record's child rows (imports add records in batches, `add_many`)
    [("recipients", "_write_children", 3), ("activities", "_write_children", 5), ("activities", "update", 1)],
)
def test_a_write_failing_midway_through_a_merge_changes_nothing(
    monkeypatch, register_file, incoming, repo, method, nth
):
    before = digest(register_file)
    with RegisterStore.open(register_file) as store:
        before_doc, before_audit = to_document(store.load_register()), audit_rows(store)
        plan = build_plan(incoming, store.load_register())
        target = getattr(store, repo)
        failing = fail_on_call(nth, getattr(target, method), io_error())
        monkeypatch.setattr(target, method, failing)
        with pytest.raises(RegisterError) as info:
            apply_plan(store, plan)
        assert len(failing.calls) == nth, "the fault came midway, after other writes"
        assert "could not be written" in str(info.value) and "disk I/O error" in str(info.value)
        monkeypatch.undo()
        assert_merge_left_nothing(store, before_doc, before_audit)
    assert digest(register_file) == before


def test_a_register_that_may_not_be_written_is_opened_read_only_and_refuses_the_merge(register_file, incoming):
    os.chmod(register_file, 0o444)  # refused by its mode even for root: the store checks the mode bits
    try:
        before = digest(register_file)
        with RegisterStore.open(register_file) as store:
            assert store.readonly
            with pytest.raises(RegisterError) as info:
                apply_plan(store, build_plan(incoming, store.load_register()))
        assert "read-only" in str(info.value)
        assert digest(register_file) == before
    finally:
        os.chmod(register_file, 0o644)


def test_a_source_cut_short_is_refused_before_anything_is_written(tmp_path, register_file):
    source = tmp_path / "incoming.json"
    text = export_json(synthetic_register(5, 3, seed=3)).encode("utf-8")
    source.write_bytes(text[: len(text) // 2])  # as left by a copy onto a full disk
    before = digest(register_file)
    with pytest.raises(InvalidSource) as info:
        load(source)
    assert "not valid JSON" in str(info.value) and "line" in str(info.value)
    assert digest(register_file) == before


# --- create_register_from_plan: a new register from an import ----------------------------------------
def test_disk_full_while_creating_leaves_no_file(monkeypatch, tmp_path, incoming):
    folder = tmp_path / "new"
    folder.mkdir()
    real_create = RegisterStore.create.__func__

    def create_on_a_small_disk(cls, path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        store = real_create(cls, path, *args, **kwargs)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        return store

    monkeypatch.setattr(RegisterStore, "create", classmethod(create_on_a_small_disk))
    with pytest.raises(RegisterError) as info:
        create_register_from_plan(folder / "imported.ropa", build_plan(incoming))
    assert "full" in str(info.value)
    assert entries(folder) == []


def test_a_write_failing_midway_while_creating_leaves_no_file(monkeypatch, tmp_path, incoming):
    folder = tmp_path / "new"
    folder.mkdir()
    real_write = ActivityRepo._write_children  # each added activity's child rows
    calls = []

    def write_children(self, activity_id, activity, db=None):  # noqa: ANN001
        calls.append(activity)
        if len(calls) == 4:
            raise io_error()
        return real_write(self, activity_id, activity, db)

    monkeypatch.setattr(ActivityRepo, "_write_children", write_children)
    with pytest.raises(RegisterError) as info:
        create_register_from_plan(folder / "imported.ropa", build_plan(incoming))
    assert len(calls) == 4
    assert "could not be written" in str(info.value)
    assert "imported.ropa" in str(info.value) and ".importing" not in str(info.value), str(info.value)
    assert entries(folder) == []


def test_the_last_step_failing_while_creating_leaves_no_file(monkeypatch, tmp_path, incoming):
    folder = tmp_path / "new"
    folder.mkdir()
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if str(dst).endswith("imported.ropa"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError) as info:
        create_register_from_plan(folder / "imported.ropa", build_plan(incoming))
    assert info.value.errno == errno.ENOSPC
    assert entries(folder) == []


def test_a_folder_that_may_not_be_written_gets_no_new_register(monkeypatch, tmp_path, incoming):
    folder = tmp_path / "new"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        if not writes_blocked_by_permissions(folder):  # root: simulate what the OS would say
            deny_writes_in(monkeypatch, folder)
        with pytest.raises(RegisterError) as info:
            create_register_from_plan(folder / "imported.ropa", build_plan(incoming))
        monkeypatch.undo()
    finally:
        os.chmod(folder, 0o755)
    assert "cannot be created there" in str(info.value)
    assert entries(folder) == []


# An import into a new register killed midway: the half-built file under its temporary name, its journal
# and its lock, as a process killed (SIGKILL) while writing leaves them.
_KILLED_IMPORT = """
import os, signal, sys
from ropa_app.domain import model
from ropa_app.store import RegisterStore
store = RegisterStore.create(sys.argv[1], model.Organisation(name="Halvveis AS"))
store.db.execute("BEGIN IMMEDIATE")
for i in range(2000):
    store.db.execute("insert into activity (name, purposes) values (?, '[]')", [f"half {i}" * 20])
os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_import(tmp: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _KILLED_IMPORT, str(tmp)], cwd=root, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode != 0  # killed
    assert tmp.exists() and (tmp.with_name(tmp.name + ".lock")).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_import_killed_midway_leaves_nothing_behind_the_next_one(tmp_path, incoming):
    folder = tmp_path / "new"
    folder.mkdir()
    _killed_import(folder / "imported.ropa.importing")
    assert entries(folder) != ["imported.ropa"]
    create_register_from_plan(folder / "imported.ropa", build_plan(incoming))
    assert entries(folder) == ["imported.ropa"]  # no half-built file, journal or lock left
    with RegisterStore.open(folder / "imported.ropa") as store:
        assert store.activities.count() == len(incoming.activities)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_leftovers_of_a_killed_import_into_another_name_are_removed_once_stale(tmp_path, incoming):
    folder = tmp_path / "new"
    folder.mkdir()
    left = folder / "other.ropa.importing"
    _killed_import(left)
    create_register_from_plan(folder / "first.ropa", build_plan(incoming))
    assert left.exists()  # young: it may be an import running in another window
    old = time.time() - STALE_IMPORT_SECONDS - 60
    for p in folder.iterdir():
        os.utime(p, (old, old))
    create_register_from_plan(folder / "second.ropa", build_plan(incoming))
    assert entries(folder) == ["first.ropa", "second.ropa"]


def test_an_import_running_into_the_same_new_file_is_not_disturbed(tmp_path, incoming):
    folder = tmp_path / "new"
    folder.mkdir()
    tmp = folder / "imported.ropa.importing"
    with RegisterStore.create(tmp):  # another window building it right now (its lock is held)
        with pytest.raises(RegisterError, match="already running"):
            create_register_from_plan(folder / "imported.ropa", build_plan(incoming))
        assert tmp.exists()
