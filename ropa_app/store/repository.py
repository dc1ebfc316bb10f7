"""One repository base for every kind of record kept as a list: queries and the audited edits.

Each edit is one transaction that writes the record, its children and the audit log together. A kind
whose fields all live in its own table (lists and nested records as JSON text) needs nothing but
`Repository(db, audit, kind)`; a kind with tables of its own for some fields names them in
`child_fields` and overrides `_load_children`, `_write_children` and `_clear_children`.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import jsonify_if_needed

from ..domain.kinds import RecordKind
from .audit import AuditLog
from .errors import RecordNotFoundError
from .rows import from_row, to_row


class Repository:
    child_fields: frozenset[str] = frozenset()  # fields kept in tables of their own
    order_by = "id"

    def __init__(self, db: Database, audit: AuditLog, kind: RecordKind):
        self._db = db
        self._audit = audit
        self.kind = kind
        self.table = kind.key

    # --- queries -------------------------------------------------------------------------------
    def count(self) -> int:
        return self._db.execute(f"select count(*) from [{self.table}]").fetchone()[0]

    def get(self, record_id: int) -> Any:
        found = self._load("where id = ?", [record_id])
        if not found:
            raise RecordNotFoundError(f"{self.kind.label} {record_id} is not in the register.")
        return found[0]

    def all(self) -> list[Any]:
        return self._load("", [])

    def summaries(self) -> list[Any]:
        """What a list shows of each record: its id and the `summary_keys` fields, as attributes."""
        keys = self.kind.summary_keys
        cols = ", ".join(["id", *(f"[{k}]" for k in keys)])
        return [
            SimpleNamespace(id=r[0], **{k: v if v is not None else "" for k, v in zip(keys, r[1:])})
            for r in self._db.execute(f"select {cols} from [{self.table}] order by {self.order_by}")
        ]

    def search_texts(self) -> dict[int, str]:
        """All text of every record, by id (what a list's search looks through)."""
        keys = [fs.key for fs in self.kind.fields if fs.key not in self.child_fields]
        out: dict[int, str] = {}
        for row in self._db.execute(f"select id, {', '.join(f'[{k}]' for k in keys)} from [{self.table}]"):
            out[row[0]] = " ".join(str(v) for v in row[1:] if v)
        return out

    def _load(self, where: str, params: list[Any]) -> list[Any]:
        rows = list(self._db.query(f"select * from [{self.table}] {where} order by {self.order_by}", params))
        if not rows:
            return []
        cls = self.kind.cls
        problems = getattr(self._db, "read_problems", None)
        records = [cls(**from_row(cls, row, self.child_fields, problems)) for row in rows]
        self._load_children(records, [r.id for r in records] if where else None)
        return records

    def _load_children(self, records: list[Any], ids: list[int] | None) -> None:
        """Fill the child fields of `records` (`ids` None: the records are all there are)."""

    # --- edits ---------------------------------------------------------------------------------
    def add(self, record: Any) -> int:
        """Insert; keeps `record.id` when it is set (undo of a delete restores the same id)."""
        with self._db.atomic():
            row = to_row(record, self.child_fields)
            if record.id is not None:
                row["id"] = record.id
            new_id = self._db[self.table].insert(row, pk="id").last_pk
            self._write_children(new_id, record)
            saved = replace(record, id=new_id)
            self._audit.record("insert", self.kind.key, new_id, self.kind.title(saved), None, saved, self._display)
        return new_id

    def add_many(self, records: list[Any]) -> list[int]:
        """`add` of each record in turn, in ONE transaction, with the same rows, child rows and audit rows
        (and so the same ids): each record's row is inserted with one prepared statement, its child rows
        and the audit rows are collected and written per table with `executemany` at the end (the order
        of each table's rows is the order `add` would have written them in). For imports."""
        batch = RowBatch()
        ids: list[int] = []
        with self._db.atomic():
            with self._categories_cached():
                for record in records:
                    row = to_row(record, self.child_fields)
                    if record.id is not None:
                        row["id"] = record.id
                    new_id = batch.insert_now(self._db, self.table, row)
                    self._write_children(new_id, record, batch)
                    saved = replace(record, id=new_id)
                    batch["audit_log"].insert_all(self._audit.rows(
                        "insert", self.kind.key, new_id, self.kind.title(saved), None, saved, self._display))
                    ids.append(new_id)
                batch.flush(self._db)
        return ids

    def _categories_cached(self) -> Any:
        """A context in which repeated lookups of shared values (activity categories) are cached."""
        return contextlib.nullcontext()

    def update(self, record: Any) -> None:
        if record.id is None:
            raise ValueError(f"update needs a {self.kind.key} with an id")
        with self._db.atomic():
            old = self.get(record.id)
            self._db[self.table].update(record.id, to_row(record, self.child_fields))
            self._clear_children(record.id)
            self._write_children(record.id, record)
            self._audit.record("update", self.kind.key, record.id, self.kind.title(record), old, record, self._display)

    def delete(self, record_id: int) -> Any:
        """Delete and return what undo needs to put it back (`restore`)."""
        with self._db.atomic():
            old = self.get(record_id)
            self._clear_children(record_id)
            self._db[self.table].delete(record_id)
            self._audit.record("delete", self.kind.key, record_id, self.kind.title(old), old, None, self._display)
        return old

    def restore(self, deleted: Any) -> int:
        """Undo of `delete`: the record with the same id."""
        return self.add(deleted)

    def _clear_children(self, record_id: int) -> None:
        """Delete the child rows of a record (inside the caller's transaction)."""

    def _write_children(self, record_id: int, record: Any, db: Any = None) -> None:
        """Write the child rows of a record (inside the caller's transaction, after `_clear_children`);
        into `db` when given (a `RowBatch` of `add_many`), else into the register."""

    def _display(self, key: str, value: Any) -> Any:
        """A field's value as the audit log shows it (ids of other records as their names)."""
        return value


class RowBatch:
    """Rows collected per table (`batch[table].insert_all(rows)`, as on a sqlite_utils Database) and
    written with one `executemany` per table and set of columns by `flush`, in the order collected."""

    def __init__(self) -> None:
        self._rows: dict[str, list[dict[str, Any]]] = {}

    def __getitem__(self, table: str) -> _BatchTable:
        return _BatchTable(self._rows.setdefault(table, []))

    @staticmethod
    def insert_now(db: Database, table: str, row: dict[str, Any]) -> int:
        """Insert one row at once (as sqlite_utils' `insert` stores its values) and return its rowid."""
        sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in row)}) values ({', '.join('?' * len(row))})"
        return db.execute(sql, [_stored(v) for v in row.values()]).lastrowid

    def flush(self, db: Database) -> None:
        for table, rows in self._rows.items():
            start = 0
            while start < len(rows):  # a run of rows with the same columns: one statement
                columns = list(rows[start])
                end = start + 1
                while end < len(rows) and rows[end].keys() == rows[start].keys():
                    end += 1
                sql = (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                       f"values ({', '.join('?' * len(columns))})")
                db.conn.executemany(sql, ([_stored(r[c]) for c in columns] for r in rows[start:end]))
                start = end
        self._rows.clear()


_AS_IS = frozenset({str, int, float, type(None)})


def _stored(value: Any) -> Any:
    """A value as sqlite_utils' `insert` stores it (lists and dicts as JSON text, dates as ISO text)."""
    return value if type(value) in _AS_IS else jsonify_if_needed(value)


class _BatchTable:
    def __init__(self, rows: list[dict[str, Any]]):
        self._rows = rows

    def insert_all(self, rows, pk: Any = None) -> None:  # pk: the signature of sqlite_utils' Table.insert_all
        self._rows.extend(rows)


def unique(values) -> list:
    return list(dict.fromkeys(values))

