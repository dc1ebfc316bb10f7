"""One writer per register: the lock file, its release, and stale locks taken over safely."""

import gc
import json
import os
import subprocess
import sys
import time
from datetime import datetime

import pytest

from ropa_app.store import RegisterError, RegisterLockedError, RegisterStore, backups
from ropa_app.store.audit import os_user
from ropa_app.store.lock import LockInfo, lock_path, read_lock, this_host

from .badfiles import make_register

FIXTURES = __import__("pathlib").Path(__file__).resolve().parent.parent / "fixtures"


def _write_lock(register, **fields):
    info = {"user": "anna", "host": "LAPTOP-7", "pid": 4242, "app": "ROPA Desk",
            "since": datetime.now().replace(hour=9, minute=14).astimezone().isoformat(timespec="seconds"),
            **fields}
    lock_path(register).write_text(json.dumps(info), encoding="utf-8")


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_writer_holds_a_lock_naming_it_and_close_removes_it(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    store = RegisterStore.open(path)
    info = read_lock(path)
    assert (info.user, info.host, info.pid) == (os_user(), this_host(), os.getpid())
    assert datetime.fromisoformat(info.since) <= datetime.now().astimezone()
    store.close()
    assert not lock_path(path).exists()
    store.close()  # closing twice is harmless
    assert not lock_path(path).exists()


def test_read_only_opens_take_no_lock(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    with RegisterStore.open(path, readonly=True):
        assert not lock_path(path).exists()
        with RegisterStore.open(path) as writer:  # and do not stand in a writer's way
            assert not writer.readonly


def test_create_takes_the_lock(tmp_path):
    path = tmp_path / "new.ropa"
    store = RegisterStore.create(path)
    assert read_lock(path).pid == os.getpid()
    with pytest.raises(RegisterLockedError):
        RegisterStore.open(path)
    store.close()
    assert not lock_path(path).exists()


def test_a_forgotten_store_releases_its_lock_when_collected(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    RegisterStore.open(path)  # never closed
    gc.collect()
    assert not lock_path(path).exists()


def test_lock_of_a_crashed_process_on_this_computer_is_taken_over(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    _write_lock(path, host=this_host(), user=os_user(), pid=_dead_pid())
    with RegisterStore.open(path) as store:
        assert not store.readonly and read_lock(path).pid == os.getpid()
    assert not lock_path(path).exists()


def test_lock_from_another_computer_needs_the_users_word(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    _write_lock(path)
    with pytest.raises(RegisterLockedError) as err:
        RegisterStore.open(path)
    assert str(err.value).startswith("“r.ropa” is open in ROPA Desk by anna on LAPTOP-7 since 09:14")
    assert err.value.maybe_stale and not err.value.this_process
    assert err.value.holder == LockInfo.parse(lock_path(path).read_bytes())
    assert read_lock(path).host == "LAPTOP-7", "a refused open leaves the other lock alone"
    with RegisterStore.open(path, take_over_stale=True) as store:
        assert not store.readonly and read_lock(path).host == this_host()
    assert not lock_path(path).exists()


def test_live_process_without_its_os_lock_is_not_taken_over_silently(tmp_path):
    # Same computer, the pid is alive but does not hold the lock: a reused pid, or a file system
    # without locks. Only the user may decide.
    path = make_register(tmp_path / "r.ropa", 1)
    _write_lock(path, host=this_host(), pid=os.getppid())
    with pytest.raises(RegisterLockedError) as err:
        RegisterStore.open(path)
    assert err.value.maybe_stale
    with RegisterStore.open(path, take_over_stale=True):
        assert read_lock(path).pid == os.getpid()


def test_lock_left_by_an_earlier_process_with_our_pid_is_stale(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    _write_lock(path, host=this_host(), pid=os.getpid())
    with RegisterStore.open(path):
        assert read_lock(path).user == os_user()


@pytest.mark.parametrize("age, stale", [(0, False), (3600, True)], ids=["being-written", "old"])
def test_unreadable_lock_file(tmp_path, age, stale):
    path = make_register(tmp_path / "r.ropa", 1)
    lock_path(path).write_bytes(b"\x00garbage")
    os.utime(lock_path(path), (time.time() - age, time.time() - age))
    with pytest.raises(RegisterLockedError) as err:
        RegisterStore.open(path)
    assert err.value.holder is None and err.value.maybe_stale is stale
    assert "in another window or on another computer" in str(err.value)


def test_empty_old_lock_file_is_a_released_lock(tmp_path):
    path = make_register(tmp_path / "r.ropa", 1)
    lock_path(path).write_bytes(b"")
    os.utime(lock_path(path), (time.time() - 60, time.time() - 60))
    with RegisterStore.open(path) as store:
        assert not store.readonly


def test_a_failed_open_leaves_no_lock(tmp_path, monkeypatch):
    path = tmp_path / "old.ropa"
    path.write_bytes((FIXTURES / "schema_v1.ropa").read_bytes())
    before = path.read_bytes()

    def no_room(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.fileio, "backup_to", no_room)
    with pytest.raises(RegisterError, match="backup before it could not be written"):
        RegisterStore.open(path)
    assert path.read_bytes() == before, "no upgrade without a backup"
    assert not lock_path(path).exists()


def test_save_as_never_replaces_a_register_open_elsewhere(tmp_path):
    target = make_register(tmp_path / "target.ropa", 2)
    holder = RegisterStore.open(target)
    before = target.read_bytes()
    source = RegisterStore.create(tmp_path / "source.ropa")
    with pytest.raises(RegisterLockedError):
        source.save_as(target)
    assert target.read_bytes() == before
    holder.close()
    copy = source.save_as(target)
    assert copy.activities.count() == 0 and read_lock(target).pid == os.getpid()
    copy.close()
    source.close()


def test_this_computer_is_named_as_the_socket_module_names_it():
    """(read without importing `socket` where the system has a node name, #21: a lock written by an earlier version
    names this computer the same way)"""
    import socket

    assert this_host() == (socket.gethostname() or "this computer")
