"""Is this file's schema exactly the one our migrations make? A register from someone else is data, never code.

A `.ropa` file can carry its own SQLite triggers and views (which would run on the user's later writes:
delete rows, rewrite values, wipe the audit log), extra tables, indexes (a unique index that refuses
saves) or columns, and foreign keys with cascades. Before a file is opened for writing (and on every
open) its `sqlite_master` is compared with what `schema.migrations` create up to the file's version,
applied to an in-memory database (so a new migration is picked up by itself); anything else is listed
in the user's words. `strip` removes what can run (triggers, views, extra indexes) from an in-memory
copy, for reading such a file without running anything of it.

A register of the current version is first compared by fingerprint (`CURRENT_FINGERPRINT`, a hash of the
shape the migrations make): equal, it is exactly that shape and nothing else is done; different, the
migrations are applied in memory and the differences listed as above. The migrations need sqlite-utils,
which a start then does not import (#21).
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
from dataclasses import field

from ..domain.dataclass import dataclass
from . import schema
from .errors import Message, listing

# `fingerprint(expected(schema.SCHEMA_VERSION))`; tests/store/test_shape.py keeps it in step with the migrations
# (a new migration changes it). A file of another SQLite whose pragmas word the same schema otherwise only misses
# the fast path of `differences`.
CURRENT_FINGERPRINT = "54899e9a35a42bdc3ca1dd7cc3258571cc6ee2077c2576dd95ad1a24ce3884aa"

# Keywords in a table's CREATE statement that the tables our migrations make never have.
_ODD_TABLE_SQL = re.compile(r"\b(check|generated|collate|without\s+rowid|virtual|autoincrement)\b")
_STRING = re.compile(r"'(?:[^']|'')*'")


@dataclass
class Table:
    columns: tuple = ()  # (name, declared type, not null, default, pk, hidden) per column
    foreign_keys: frozenset = frozenset()  # (table, from, to, on update, on delete, match)
    odd: frozenset = frozenset()  # keywords of _ODD_TABLE_SQL in its CREATE statement


@dataclass
class Shape:
    """What a register file's schema holds: by type ("table", "index", "view", "trigger") the names,
    and of each table its columns, foreign keys and indexes."""

    names: dict[str, set[str]] = field(default_factory=dict)
    tables: dict[str, Table] = field(default_factory=dict)
    indexes: dict[str, tuple] = field(default_factory=dict)  # name -> (table, unique, partial, columns)


def read(conn: sqlite3.Connection) -> Shape:
    """The shape of the schema of `conn` (reads sqlite_master and pragmas only: nothing of it runs)."""
    shape = Shape()
    rows = conn.execute("select type, name, sql from sqlite_master").fetchall()
    for kind, name, sql in rows:
        shape.names.setdefault(str(kind), set()).add(str(name))
        if kind == "table":
            shape.tables[name] = _table(conn, name, sql)
    for table in list(shape.tables):
        for _seq, index, unique, _origin, partial in conn.execute(f"pragma index_list({_quote(table)})"):
            cols = tuple(r[2] for r in conn.execute(f"pragma index_info({_quote(index)})"))
            shape.indexes[index] = (table, bool(unique), bool(partial), cols)
            shape.names.setdefault("index", set()).add(index)
    return shape


def _table(conn: sqlite3.Connection, name: str, sql: str | None) -> Table:
    q = _quote(name)
    columns = tuple(tuple(r[1:]) for r in conn.execute(f"pragma table_xinfo({q})"))
    fks = frozenset(tuple(r[2:]) for r in conn.execute(f"pragma foreign_key_list({q})"))
    text = _STRING.sub("''", (sql or "").lower())
    odd = frozenset(m.group(1) for m in _ODD_TABLE_SQL.finditer(text))
    return Table(columns, fks, odd)


def _quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


@functools.cache
def expected(version: int) -> Shape:
    """The shape our migrations give a register of `version`, applied to an in-memory database."""
    from sqlite_utils import Database

    names = [m.name for m in schema.migrations._migrations]
    conn = sqlite3.connect(":memory:")
    try:
        db = Database(conn, execute_plugins=False)
        stop = names[version] if version < len(names) else None
        schema.migrations.apply(db, stop_before=stop)
        return read(conn)
    finally:
        conn.close()


def fingerprint(shape: Shape) -> str:
    """A hash of everything `differences` compares (and of SQLite's internal tables, which it lets pass):
    two shapes with the same fingerprint have no difference."""
    text = repr((
        sorted((kind, sorted(names)) for kind, names in shape.names.items()),
        sorted((name, repr(t.columns), sorted(map(repr, t.foreign_keys)), sorted(t.odd))
               for name, t in shape.tables.items()),
        sorted((name, repr(index)) for name, index in shape.indexes.items()),
    ))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Finding:
    kind: str  # "trigger", "view", "table", "index", "column", "changed", "missing", "missing-table"
    text: Message  # in the user's words (English; the interface says it in its language: ui.i18n.store_text)


def differences(conn: sqlite3.Connection, version: int) -> list[Finding]:
    """Everything in the schema of `conn` that our migrations do not make for `version` (and what they
    make that is missing), in the user's words; [] for a register made by ROPA Desk."""
    got = read(conn)
    if version == schema.SCHEMA_VERSION and fingerprint(got) == CURRENT_FINGERPRINT:
        return []  # the very shape the migrations make
    want = expected(version)
    out: list[Finding] = []
    for name in sorted(got.names.get("trigger", set())):
        out.append(Finding("trigger", Message("a trigger “{name}” (code that would run inside the file)", name=name)))
    for name in sorted(got.names.get("view", set())):
        out.append(Finding("view", Message("a view “{name}” (code that would run inside the file)", name=name)))
    for name in sorted(set(got.tables) - set(want.tables)):
        if not _internal(name):
            out.append(Finding("table", Message("an unknown table “{name}”", name=name)))
    for name in sorted(set(want.tables) - set(got.tables)):
        replaced = name in got.names.get("view", set())
        out.append(Finding("missing-table", Message("the table “{name}” is replaced by a view", name=name) if replaced
                           else Message("the table “{name}” is missing", name=name)))
    for name in sorted(set(want.tables) & set(got.tables)):
        out.extend(_table_differences(name, want.tables[name], got.tables[name]))
    for name in sorted(set(got.indexes) - set(want.indexes)):
        out.append(Finding("index", Message("an unknown index “{name}” on “{table}”", name=name,
                                            table=got.indexes[name][0])))
    for name in sorted(set(want.indexes) & set(got.indexes)):
        if want.indexes[name] != got.indexes[name]:
            out.append(Finding("changed", Message("the index “{name}” is defined differently", name=name)))
    for name in sorted(set(want.indexes) - set(got.indexes)):
        out.append(Finding("missing", Message("the index “{name}” is missing", name=name)))
    return out


def _internal(name: str) -> bool:
    # SQLite's own tables (statistics of ANALYZE, the sequence of AUTOINCREMENT) hold no code.
    return name.startswith("sqlite_stat") or name == "sqlite_sequence"


def _table_differences(name: str, want: Table, got: Table) -> list[Finding]:
    out = []
    want_cols = {c[0]: c for c in want.columns}
    got_cols = {c[0]: c for c in got.columns}
    for col in [c for c in got_cols if c not in want_cols]:
        out.append(Finding("column", Message("an unknown column “{column}” in the table “{table}”", column=col,
                                             table=name)))
    for col in [c for c in want_cols if c not in got_cols]:
        out.append(Finding("missing", Message("the column “{column}” of the table “{table}” is missing", column=col,
                                              table=name)))
    for col in [c for c in want_cols if c in got_cols and want_cols[c] != got_cols[c]]:
        out.append(Finding("changed", Message("the column “{column}” of the table “{table}” is defined differently",
                                              column=col, table=name)))
    if want.foreign_keys != got.foreign_keys:
        out.append(Finding("changed", Message("the links (foreign keys) of the table “{table}” are defined differently",
                                              table=name)))
    for word in sorted(got.odd - want.odd):
        out.append(Finding("changed", Message("the table “{table}” has a {clause} clause", table=name,
                                              clause=word.upper())))
    return out


def message(file_name: str, findings: list[Finding], limit: int = 8, readable: bool = True) -> Message:
    """The refusal, in the user's words: what was found (a line each, `limit` at most), and what the user can do
    (`readable`: open it read-only or import it; else that it cannot be read either)."""
    shown: list[str] = [f.text for f in findings[:limit]]
    if len(findings) > limit:
        shown.append(Message("and {count} more", count=len(findings) - limit))
    found = listing(shown, "\n– ")
    if readable:
        return Message(
            "“{name}” holds things that ROPA Desk does not make, so it was not opened for writing (they could change "
            "or delete your data when you save). It was left unchanged. Found:\n– {found}\nYou can open it "
            "read-only (nothing in it is run) or import it into a new, clean register.", name=file_name, found=found)
    return Message(
        "“{name}” holds things that ROPA Desk does not make, so it was not opened for writing (they could change "
        "or delete your data when you save). It was left unchanged. Found:\n– {found}\nIt cannot be read either: "
        "a table ROPA Desk needs is not there.", name=file_name, found=found)


def strip(conn: sqlite3.Connection, version: int) -> list[Finding]:
    """Drop the triggers, views and unknown indexes of `conn` (an in-memory copy, never the file).
    Returns what remains different (extra tables or columns are harmless for reading)."""
    got = read(conn)
    want = expected(version)
    for name in got.names.get("trigger", set()):
        conn.execute(f"drop trigger if exists {_quote(name)}")
    for name in got.names.get("view", set()):
        conn.execute(f"drop view if exists {_quote(name)}")
    for name, (_table_name, _u, _p, _c) in got.indexes.items():
        if name not in want.indexes and not name.startswith("sqlite_autoindex"):
            conn.execute(f"drop index if exists {_quote(name)}")
    conn.commit()
    return differences(conn, version)


def readable(findings: list[Finding]) -> bool:
    """After `strip`: can the register still be read (every table there)?"""
    return not any(f.kind == "missing-table" for f in findings)
