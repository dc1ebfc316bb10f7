"""Bad register files for the tests: each made from a real register, the way they happen."""

from __future__ import annotations

import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

from ropa_app.domain import model
from ropa_app.store import SCHEMA_VERSION, RegisterStore

ROOT = Path(__file__).resolve().parents[2]


def make_register(path: Path, activities: int = 120) -> Path:
    with RegisterStore.create(path, model.Organisation(name="Testbolaget AB")) as store:
        for i in range(activities):
            store.activities.add(model.Activity(name=f"Activity {i}", description="text " * 60, purposes=[f"p{i}"]))
    return path


def corrupt_middle(path: Path) -> Path:
    """Overwrite three b-tree pages in the middle: the header is fine, quick_check is not."""
    data = bytearray(path.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    pages = len(data) // page
    for n in range(pages // 2, pages // 2 + 3):
        data[n * page + 8:(n + 1) * page] = bytes((i * 37) % 251 for i in range(page - 8))
    path.write_bytes(bytes(data))
    return path


def set_header_int(path: Path, offset: int, value: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset:offset + 4] = struct.pack(">I", value)
    path.write_bytes(bytes(data))
    return path


def newer_version(path: Path) -> Path:
    return set_header_int(make_register(path, 3), 60, SCHEMA_VERSION + 1)


def truncated(path: Path) -> Path:
    make_register(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def other_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("create table invoices (id integer primary key, total real)")
    conn.commit()
    conn.close()
    return path


_INTERRUPT = """
import os, sys
from ropa_app.store import RegisterStore
store = RegisterStore.open(sys.argv[1])
conn = store.db.conn
conn.execute("PRAGMA cache_size = 2")  # spill changed pages into the file before the commit
conn.execute("BEGIN")
conn.execute("update activity set name = 'HALF-WRITTEN', description = description || description")
os._exit(9)  # dies in the middle of the transaction, as a crash or a pulled plug would
"""


def hot_journal(path: Path) -> Path:
    """A register whose last write was interrupted: changed pages in the file, its journal beside it."""
    make_register(path)
    subprocess.run([sys.executable, "-c", _INTERRUPT, str(path)], env={**os.environ, "PYTHONPATH": str(ROOT)},
                   check=False, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0, "the interrupted write left its journal"
    (path.with_name(path.name + ".lock")).unlink(missing_ok=True)  # the crash's lock is another test
    return path
