"""Opening a register and reading it goes without sqlite-utils (#21: its import, with click, pluggy and dateutil,
was a third of the app's start); writes and migrations go through it as before, on the same connection.

- `GuardedDatabase` runs a SELECT on its connection itself and gives what sqlite-utils' `Database` gives;
  anything else goes to the sqlite-utils `Database` it makes at its first use.
- `shape.differences` knows a register of the current version by the fingerprint of its shape: the very
  shape the migrations make is found without applying them; anything else is listed as before.
"""

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlite_utils import Database

from ropa_app.domain import model
from ropa_app.store import RegisterStore, shape
from ropa_app.store.demo import create_demo
from ropa_app.store.errors import RegisterWriteError
from ropa_app.store.guard import GuardedDatabase
from ropa_app.store.schema import SCHEMA_VERSION


def test_the_current_fingerprint_is_that_of_the_shape_the_migrations_make():
    made = shape.fingerprint(shape.expected(SCHEMA_VERSION))
    assert shape.CURRENT_FINGERPRINT == made, (
        f"a migration changed the register's shape: set shape.CURRENT_FINGERPRINT = {made!r}")
    assert shape.fingerprint(shape.expected(SCHEMA_VERSION - 1)) != made


def test_a_register_of_this_version_is_known_by_its_fingerprint_and_anything_more_is_still_listed(
        tmp_path, monkeypatch):
    path = tmp_path / "r.ropa"
    RegisterStore.create(path, model.Organisation(name="AB")).close()
    conn = sqlite3.connect(path)
    made = []
    monkeypatch.setattr(shape, "expected", lambda version: made.append(version) or shape.Shape())
    assert shape.differences(conn, SCHEMA_VERSION) == [] and made == []  # the fingerprint: nothing applied
    monkeypatch.undo()
    for sql, found in (
        ("create index extra on activity (name)", "an unknown index “extra” on “activity”"),
        ("create trigger t after insert on activity begin delete from audit_log; end", "a trigger “t”"),
        ("alter table recipient add column extra text", "an unknown column “extra” in the table “recipient”"),
    ):
        conn.execute(sql)
        assert shape.fingerprint(shape.read(conn)) != shape.CURRENT_FINGERPRINT
        assert any(f.text.startswith(found) for f in shape.differences(conn, SCHEMA_VERSION)), found
    conn.close()


@pytest.fixture
def both(tmp_path):
    """A GuardedDatabase and sqlite-utils' Database, each on its own connection to the same register."""
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    ours, theirs = GuardedDatabase(sqlite3.connect(path)), Database(sqlite3.connect(path), execute_plugins=False)
    yield ours, theirs
    ours.conn.close()
    theirs.conn.close()


def test_a_select_gives_what_sqlite_utils_gives_without_it(both):
    ours, theirs = both
    for sql, params in (
        ("select * from activity order by id", None),
        (" SELECT\nid, name from recipient where id > ? order by id", [1]),
        ("select name from organisation where id = :id", {"id": 1}),
    ):
        assert list(ours.query(sql, params)) == list(theirs.query(sql, params)) != []
        assert ours.execute(sql, params).fetchall() == theirs.execute(sql, params).fetchall()
    assert ours._full is None  # sqlite-utils' Database was not needed
    # a column name met twice: sqlite-utils renames it, so the query is its own
    sql = "select a.id, r.id from activity a join activity_recipient ar on ar.activity_id = a.id " \
          "join recipient r on r.id = ar.recipient_id"
    assert list(ours.query(sql)) == list(theirs.query(sql)) != []
    assert ours._full is not None


@pytest.mark.parametrize("sql", ["with n as (select 1) select * from n", "-- a note\nselect 1", "selected",
                                 "pragma user_version"])
def test_any_other_statement_goes_to_sqlite_utils(both, sql):
    ours, _theirs = both
    assert not hasattr(ours, "_full") or ours._full is None
    try:
        ours.execute(sql)
    except sqlite3.OperationalError:
        pass  # ("selected" is no statement: sqlite-utils' execute raised it)
    assert ours._full is not None


def test_writes_go_through_sqlite_utils_and_commit_as_before(both, tmp_path):
    ours, theirs = both
    ours.register_path = tmp_path / "demo.ropa"
    ours.execute("update organisation set name = ? where id = 1", ["Ett AB"])  # sqlite-utils commits it at once
    assert not ours.conn.in_transaction
    assert theirs.execute("select name from organisation").fetchone() == ("Ett AB",)
    with ours.atomic():
        ours["organisation"].update(1, {"name": "Två AB"})
        with ours.atomic():  # nested: a savepoint
            ours.execute("update organisation set org_number = '556' where id = 1")
    assert theirs.execute("select name, org_number from organisation").fetchone() == ("Två AB", "556")
    theirs.execute("begin exclusive")  # the other connection holds the file: the write fails in the user's words
    ours.conn.execute("pragma busy_timeout = 0")
    with pytest.raises(RegisterWriteError, match="busy in another program"):
        with ours.atomic():
            ours["organisation"].update(1, {"name": "Tre AB"})
    theirs.execute("rollback")
    assert ours.execute("select name from organisation").fetchone() == ("Två AB",)


def test_a_register_opened_and_read_has_not_loaded_sqlite_utils_and_its_first_edit_does(tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    code = textwrap.dedent("""
        import sys
        from pathlib import Path
        from ropa_app.domain import model
        from ropa_app.store import RegisterStore
        store = RegisterStore.open(sys.argv[1], backup_dir=Path(sys.argv[2]))  # (the day's backup made)
        register = store.load_register()
        assert register.activities and store.audit.count() and store.activities.summaries()
        print("read:", "sqlite_utils" in sys.modules, flush=True)
        store.save_organisation(model.Organisation(name="Nytt AB"))
        print("written:", "sqlite_utils" in sys.modules, flush=True)
        store.close()
    """)
    out = subprocess.run([sys.executable, "-c", code, str(path), str(tmp_path / "backups")], capture_output=True,
                         text=True, timeout=120, env={**os.environ, "ROPA_DESK_DATA_DIR": str(tmp_path / "data")})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["read:", "False", "written:", "True"]
    with RegisterStore.open(path, readonly=True) as store:
        assert store.organisation().name == "Nytt AB"
        assert list(store.audit.changes())[-1].entity == "organisation"
