"""Foreign keys, the audit log, and files that must be refused without being touched."""

import sqlite3
import struct

import pytest

from ropa_app.domain import model
from ropa_app.store import (
    CorruptRegisterError,
    NewerVersionError,
    NotARegisterError,
    RegisterNotFoundError,
    RegisterStore,
    SCHEMA_VERSION,
)


def test_foreign_keys_are_enforced(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa")
    with pytest.raises(sqlite3.IntegrityError):
        store.activities.add(model.Activity(name="A", recipients=[999]))
    assert store.activities.count() == 0, "the failed insert was rolled back whole"
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("insert into transfer (recipient_id, country) values (12345, 'US')")


def test_audit_log_records_old_and_new_values(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa", user="tester")
    a = model.Activity(name="Newsletter", retention="1 year")
    a.id = store.activities.add(a)
    a.retention = "2 years"
    store.activities.update(a)
    store.activities.delete(a.id)
    rows = store.audit.entries("activity", a.id)
    change = [e for e in rows if e.action == "update"]
    assert [(e.field, e.old_value, e.new_value) for e in change] == [("retention", "1 year", "2 years")]
    assert all(e.os_user == "tester" for e in rows)
    deleted = {e.field: e.old_value for e in rows if e.action == "delete"}
    assert deleted["name"] == "Newsletter" and deleted["retention"] == "2 years"
    assert {e.action for e in rows} == {"insert", "update", "delete"}


def test_audit_log_names_linked_recipients(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa")
    rid = store.recipients.add(model.Recipient(name="Fortnox AB"))
    aid = store.activities.add(model.Activity(name="Bookkeeping", recipients=[rid]))
    entry = [e for e in store.audit.entries("activity", aid) if e.field == "recipients"][0]
    assert entry.new_value == '["Fortnox AB"]'


def _set_header_int(path, offset, value):
    data = bytearray(path.read_bytes())
    data[offset:offset + 4] = struct.pack(">I", value)
    path.write_bytes(bytes(data))


def test_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.ropa"
    RegisterStore.create(path).close()
    _set_header_int(path, 60, SCHEMA_VERSION + 1)  # user_version
    before = path.read_bytes()
    with pytest.raises(NewerVersionError, match="newer version"):
        RegisterStore.open(path)
    with pytest.raises(NewerVersionError):
        RegisterStore.open(path, readonly=True)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content, error",
    [
        (b"name,purpose\nPayroll,pay\n", NotARegisterError),
        (b"SQLite format 3\x00" + b"\x00" * 20, CorruptRegisterError),
    ],
    ids=["csv", "truncated-header"],
)
def test_bad_files_are_refused_and_untouched(tmp_path, content, error):
    path = tmp_path / "bad.ropa"
    path.write_bytes(content)
    with pytest.raises(error):
        RegisterStore.open(path)
    assert path.read_bytes() == content


def test_truncated_register_is_refused_and_untouched(tmp_path):
    path = tmp_path / "r.ropa"
    store = RegisterStore.create(path)
    for i in range(200):
        store.activities.add(model.Activity(name=f"Activity {i}", description="x" * 500))
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes()
    with pytest.raises(CorruptRegisterError):
        RegisterStore.open(path)
    assert path.read_bytes() == before


def test_other_sqlite_database_is_not_a_register(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotARegisterError, match="not a ROPA Desk register"):
        RegisterStore.open(path)
    assert path.read_bytes() == before


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "nope.ropa"
    with pytest.raises(RegisterNotFoundError):
        RegisterStore.open(path)
    assert not path.exists()
