"""Two app instances on one register: the second is refused for writing and reads it read-only, the
first keeps writing, nothing is lost."""

import os
import sqlite3

import pytest

from ropa_app.domain import model
from ropa_app.store import ReadOnlyRegisterError, RegisterLockedError, RegisterStore
from ropa_app.store.audit import os_user
from ropa_app.store.lock import lock_path, read_lock, this_host

from .kill_helpers import child


@pytest.fixture
def writer(tmp_path):
    """A register open for writing in another process, with one activity."""
    path = tmp_path / "shared.ropa"
    with RegisterStore.create(path) as store:
        store.activities.add(model.Activity(name="Before"))
    proc = child("writer_child.py", str(path), stdin=True)
    assert proc.stdout.readline().strip() == "ready"

    def send(line: str) -> str:
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        return proc.stdout.readline().strip()

    yield path, proc, send
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    proc.stdout.close()
    proc.stdin.close()


def test_second_instance_reads_only_while_the_first_keeps_writing(writer):
    path, proc, send = writer
    acknowledged = [int(send(f"add First {i}").split()[1]) for i in range(5)]

    with pytest.raises(RegisterLockedError) as err:
        RegisterStore.open(path)
    assert err.value.holder.pid == proc.pid and not err.value.maybe_stale and not err.value.this_process
    assert f"by {os_user()} on this computer since" in str(err.value)
    # Even when asked to take over a lock it believes stale, a live holder keeps it.
    with pytest.raises(RegisterLockedError):
        RegisterStore.open(path, take_over_stale=True)

    with RegisterStore.open(path, readonly=True) as second:
        assert {a.name for a in second.activities.all()} >= {"Before", "First 0", "First 4"}
        with pytest.raises(ReadOnlyRegisterError):
            second.activities.add(model.Activity(name="Not saved"))
        acknowledged += [int(send(f"add While read {i}").split()[1]) for i in range(5)]
        # The reader sees the writer's new edits as they are committed.
        assert {"While read 0", "While read 4"} <= {s.name for s in second.activities.summaries()}
    acknowledged += [int(send(f"add After {i}").split()[1]) for i in range(3)]

    assert send("quit") == "closed"
    assert proc.wait(timeout=10) == 0
    assert not lock_path(path).exists(), "a normal close leaves no lock behind"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = {r[0] for r in conn.execute("select name from activity")}
    ids = {r[0] for r in conn.execute("select id from activity")}
    conn.close()
    assert set(acknowledged) <= ids and "Not saved" not in names
    with RegisterStore.open(path) as store:  # free for writing again
        assert not store.readonly


def test_a_third_process_is_refused_too(writer):
    path, proc, send = writer
    other = child("writer_child.py", str(path))
    line = other.stdout.readline().strip()
    other.wait(timeout=30)
    other.stdout.close()
    assert line.startswith("locked ") and f"since {read_lock(path).since_text()}" in line
    assert read_lock(path).pid == proc.pid and read_lock(path).host == this_host()


def test_two_stores_in_one_process(tmp_path):
    path = tmp_path / "r.ropa"
    first = RegisterStore.create(path)
    with pytest.raises(RegisterLockedError) as err:
        RegisterStore.open(path)
    assert err.value.this_process and err.value.holder.pid == os.getpid()
    second = RegisterStore.open(path, readonly=True)
    aid = first.activities.add(model.Activity(name="Kept"))
    assert second.activities.get(aid).name == "Kept"
    second.close()
    first.close()
    with RegisterStore.open(path) as again:
        assert again.activities.get(aid).name == "Kept"
