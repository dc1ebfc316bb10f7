"""One repository base for every kind of record kept as a list: queries and the audited edits.

Each edit is one transaction that writes the record, its children and the audit log together. A kind
whose fields all live in its own table (lists and nested records as JSON text) needs nothing but
`Repository(db, audit, kind)`; a kind with tables of its own for some fields names them in
`child_fields` and overrides `_load_children`, `_write_children` and `_clear_children`.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from dataclasses import replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.fieldkinds import FieldKind
from ..domain.kinds import RecordKind
from . import fileio
from .audit import AUDIT_COLUMNS, AuditLog, field_text, json_text, records_json, texts_json
from .errors import Message, RecordNotFoundError
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
    def count(self, up_to: int | None = None) -> int:
        """The records of this kind; with `up_to`, no more than that (counted without going through a big table:
        the whole count reads every page of it, ~60 ms at 50,000 activities)."""
        if up_to is not None:
            query = f"select count(*) from (select 1 from [{self.table}] limit ?)"
            return self._db.execute(query, [up_to]).fetchone()[0]
        return self._db.execute(f"select count(*) from [{self.table}]").fetchone()[0]

    def get(self, record_id: int) -> Any:
        found = self._load("where id = ?", [record_id])
        if not found:
            raise RecordNotFoundError(Message("{kind} {id} is not in the register.", kind=Message(self.kind.label),
                                              id=record_id))
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

    def each_search_text(self) -> Iterator[tuple[int, str]]:
        """(id, text) of every record as `search_texts` has them, for a list's index to take one at a time (a kind
        with many records makes each as it is asked for, a part at a time: `ActivityRepo`)."""
        yield from self.search_texts().items()

    def _load(self, where: str, params: list[Any]) -> list[Any]:
        cls = self.kind.cls
        problems = getattr(self._db, "read_problems", None)
        # Each record is made as its row is read (not after the whole table): SQLite's steps and the Python work
        # alternate, so a progress handler (RegisterStore.load_register's `cancelled`) is asked throughout.
        rows = self._db.query(f"select * from [{self.table}] {where} order by {self.order_by}", params)
        shared = getattr(self._db, "read_shared", None)  # a whole register read: repeated texts shared (rows.sharing)
        records = [cls(**from_row(cls, row, self.child_fields, problems, shared)) for row in rows]
        if not records:
            return []
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
        of each table's rows is the order `add` would have written them in). For imports.

        Each field's value is turned into its column and its audit text in one pass (`_fields`): a list's
        JSON text is made once for both; a value of another type than its kind's goes the way `add` takes."""
        batch = RowBatch()
        with self._db.atomic():
            with self._categories_cached(), fileio.bulk_rows(self._db.conn) as restart:
                ids = self._add_into(records, batch, restart)
                batch.flush(self._db, restart)
        return ids

    def _add_into(self, records: list[Any], batch: RowBatch, restart: Callable[[], None]) -> list[int]:
        """`add_many`'s writes (inside its transaction and `fileio.bulk_rows`): each record's row at once, its
        child rows and audit rows into `batch`. Returns the new ids."""
        ids: list[int] = []
        cls, entity, title, audit = self.kind.cls, self.kind.key, self.kind.title, self._audit
        fields = self._fields()
        make = _row_maker(tuple(fields))
        show = self._display
        columns = tuple(key for key, in_table, *_ in fields if in_table)
        statements = {with_id: f"insert into [{self.table}] ({', '.join(f'[{c}]' for c in columns + with_id)}) "
                               f"values ({', '.join('?' * (len(columns) + len(with_id)))})"
                      for with_id in ((), ("id",))}
        execute = self._db.conn.cursor().execute  # one cursor for every row
        for record in records:
            restart()  # each record's statements within STATEMENT_SECONDS
            if type(record) is not cls:  # another class's fields: `add`'s way, record by record
                new_id = self._add_to_batch(record, batch)
                ids.append(new_id)
                continue
            values, texts = make(record, show)
            if record.id is None:
                new_id = execute(statements[()], values).lastrowid
            else:
                values.append(record.id)
                new_id = execute(statements[("id",)], values).lastrowid
            self._write_children(new_id, record, batch)
            # its title as `add` names it (no kind's title shows the record's id: the record is not copied with it)
            batch.rows("audit_log", AUDIT_COLUMNS).extend(audit.inserted(entity, new_id, title(record), texts))
            ids.append(new_id)
        return ids

    def _add_to_batch(self, record: Any, batch: RowBatch) -> int:
        """`add_many`'s writes of one record the way `add` makes them (its row at once, the rest into `batch`)."""
        row = to_row(record, self.child_fields)
        if record.id is not None:
            row["id"] = record.id
        new_id = batch.insert_now(self._db, self.table, row)
        self._write_children(new_id, record, batch)
        saved = replace(record, id=new_id)
        batch["audit_log"].insert_all(self._audit.rows(
            "insert", self.kind.key, new_id, self.kind.title(saved), None, saved, self._display))
        return new_id

    def _fields(self) -> list[tuple[str, bool, Any, Any, bool]]:
        """(key, kept in this table, its kind's `to_column` or None where the value is its column, a list kind
        kept as JSON text ("records" for a list of nested records), shown by `_display`) for each field of the
        kind, in field order."""
        displays = type(self)._display is not Repository._display
        return [(fs.key, fs.key not in self.child_fields, None if _column_as_is(fs.kind) else fs.kind.to_column,
                 fs.kind.many and type(fs.kind).to_column is FieldKind.to_column and (
                     "records" if fs.kind.item.family == "record" else True),
                 displays and fs.kind.family == "ref")
                for fs in self.kind.fields]

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

    def update_many(self, records: list[Any]) -> None:
        """`update` of each record in turn, in ONE transaction, with the same rows, child rows and audit rows
        (and so the same ids): each record's row by one prepared statement, its child rows written before the
        next record is read (the ids of new child rows follow the ones removed before them), the audit rows
        together at the end. For imports."""
        log = RowBatch()
        with self._db.atomic(), fileio.bulk_rows(self._db.conn) as restart:
            olds = self._before_updates(records)
            for record in records:
                restart()  # each record's statements within STATEMENT_SECONDS
                if record.id is None:
                    raise ValueError(f"update needs a {self.kind.key} with an id")
                old = olds.get(record.id) or self.get(record.id)
                row = to_row(record, self.child_fields)
                self._db.conn.execute(f"update [{self.table}] set {', '.join(f'[{c}] = ?' for c in row)} where id = ?",
                                      [*map(_stored, row.values()), record.id])
                self._clear_children(record.id)
                children = RowBatch()
                self._write_children(record.id, record, children)
                children.flush(self._db, restart)
                log["audit_log"].insert_all(self._audit.rows(
                    "update", self.kind.key, record.id, self.kind.title(record), old, record, self._display))
            log.flush(self._db, restart)

    def _before_updates(self, records: list[Any]) -> dict[int, Any]:
        """The register's records that `records` will replace, by id, read together (each `update` changes only
        its own record); none when an id is missing or given twice (then each is read in turn)."""
        ids = [r.id for r in records]
        if None in ids or len(set(ids)) != len(ids):
            return {}
        found: dict[int, Any] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            found.update((r.id, r) for r in self._load(f"where id in ({', '.join('?' * len(part))})", part))
        return found

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
        """A field's value as the audit log shows it (ids of other records as their names): only the fields that
        refer to other records are shown otherwise than their value (`add_many` asks for no other)."""
        return value


class RowBatch:
    """Rows collected per table (`batch[table].insert_all(rows)`, as on a sqlite_utils Database, or tuples of
    stored values by `rows(table, columns)`) and written with one `executemany` per table and run of rows with
    the same columns by `flush`, in the order collected."""

    def __init__(self) -> None:
        self._runs: dict[str, list[tuple[tuple[str, ...], list[tuple]]]] = {}

    def __getitem__(self, table: str) -> _BatchTable:
        return _BatchTable(self, table)

    def rows(self, table: str, columns: tuple[str, ...]) -> list[tuple]:
        """The list to append `table`'s next rows to: tuples of `columns`' values as stored (str, int, float,
        None: `_stored` applied)."""
        runs = self._runs.setdefault(table, [])
        if not runs or runs[-1][0] != columns:
            runs.append((columns, []))
        return runs[-1][1]

    def take(self, table: str) -> list[tuple[tuple[str, ...], list[tuple]]]:
        """The runs of `table`'s rows collected so far ((columns, rows) in order), removed from the batch; rows
        collected for it afterwards keep its place among the tables."""
        runs = self._runs.get(table)
        if not runs:
            return []
        self._runs[table] = []
        return runs

    @staticmethod
    def insert_now(db: Database, table: str, row: dict[str, Any]) -> int:
        """Insert one row at once (as sqlite_utils' `insert` stores its values) and return its rowid."""
        sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in row)}) values ({', '.join('?' * len(row))})"
        return db.execute(sql, [_stored(v) for v in row.values()]).lastrowid

    def flush(self, db: Database, restart: Callable[[], None] | None = None) -> None:
        """Write the rows (`restart`: the clock of `fileio.bulk_rows` the caller is in, else one of its own)."""
        if restart is None:
            with fileio.bulk_rows(db.conn) as restart:
                self.flush(db, restart)
            return
        for table, runs in self._runs.items():
            for columns, rows in runs:
                sql = (f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                       f"values ({', '.join('?' * len(columns))})")
                for start in range(0, len(rows), fileio.BULK_ROWS):
                    restart()
                    db.conn.executemany(sql, rows[start:start + fileio.BULK_ROWS])
        self._runs.clear()


def insert_rows(db: Any, table: str, columns: tuple[str, ...], rows: list[tuple], plain: bool = False) -> None:
    """Rows (tuples of `columns`' values) into `table` of `db`: a `RowBatch` (`add_many`) or the register.
    `plain`: every value is a text, a number or None, stored as it is (no `stored_values` of each row)."""
    if isinstance(db, RowBatch):
        db.rows(table, columns).extend(rows if plain else map(stored_values, rows))
    else:
        db[table].insert_all(dict(zip(columns, row)) for row in rows)


def stored_values(values: Any) -> tuple:
    """A row's values as sqlite_utils' `insert` stores them (`_stored`), as a tuple."""
    row = tuple(values)
    for value in row:
        if type(value) not in _AS_IS:
            return tuple(map(_stored, row))
    return row


_AS_IS = frozenset({str, int, float, type(None)})


@functools.cache
def _row_maker(fields: tuple[tuple[str, bool, Any, Any, bool], ...]) -> Callable[[Any, Any], tuple[list, list]]:
    """`make(record, show)` -> (the values of the record's row, its audit texts as (field, text)) for `_fields`:
    each field's column and audit text in one pass, the loop over the fields unrolled, made once per kind of
    record from its field declarations (`exec` of code built from them, nothing of the records):

    - a value its own column (a text, choice or country) that is a text: itself, and its text if not empty;
    - a list kept as JSON text that is a list: its JSON text (a list of texts by `audit.texts_json`, the C
      encoder's text; any other list by `json_text`; a list of nested records by the C encoder at once) for both,
      the audit text none when the list is empty;
    - any other value (or another type than the kind's): its kind's column, as sqlite_utils stores it, and
      `field_text` of the value;
    - a field `_display` shows (references): the audit text `field_text(show(key, value))`."""
    space: dict[str, Any] = {"AS_IS": _AS_IS, "stored": _stored, "json_text": json_text, "field_text": field_text,
                             "records_json": records_json, "texts_json": texts_json}
    body = ["values = []", "a = values.append", "texts = []", "t = texts.append"]
    for i, (key, in_table, to_column, many, shown) in enumerate(fields):
        if not key.isidentifier():
            raise ValueError(f"not a field name: {key!r}")
        other = [f"c = {'v' if to_column is None else f'to_column{i}(v)'}",
                 f"x = {f'field_text(show({key!r}, v))' if shown else 'field_text(v)'}",
                 *(["a(c if type(c) in AS_IS else stored(c))"] if in_table else []),
                 f"if x is not None: t(({key!r}, x))"]
        if to_column is not None:
            space[f"to_column{i}"] = to_column
        body.append(f"v = r.{key}")
        if to_column is None:
            body += ["if type(v) is str:", *(["    a(v)"] if in_table else []), f"    if v: t(({key!r}, v))"]
        elif many:
            if in_table or not shown:
                json_of = ["    c = records_json(v)"] if many == "records" else [
                    "    try:", "        c = texts_json(v)", "    except TypeError:", "        c = json_text(v)"]
                body += ["if type(v) is list:", *(json_of if in_table else ["    c = None", "    if v:",
                                                                             *("    " + j for j in json_of)])]
            else:
                body += ["if type(v) is list:", "    c = None"]
            body += [f"    x = {f'field_text(show({key!r}, v))' if shown else 'c if v else None'}",
                     *(["    a(c)"] if in_table else []), f"    if x is not None: t(({key!r}, x))"]
        else:
            body += other
            continue
        body += ["else:", *("    " + line for line in other)]
    source = "def make(r, show):\n" + "".join(f"    {line}\n" for line in body + ["return values, texts"])
    exec(source, space)  # code made from the field declarations only, nothing of the records
    return space["make"]


def _column_as_is(kind: FieldKind) -> bool:
    """A single text, choice or country: the value is its own column (`FieldKind.to_column` returns it)."""
    return (not kind.many and kind.family in ("text", "choice", "country")
            and type(kind).to_column is FieldKind.to_column)


def _stored(value: Any) -> Any:
    """A value as sqlite_utils' `insert` stores it (lists and dicts as JSON text, dates as ISO text)."""
    if type(value) in _AS_IS:
        return value
    from sqlite_utils.db import jsonify_if_needed  # (sqlite-utils' own conversion, loaded at first use)

    return jsonify_if_needed(value)


class _BatchTable:
    def __init__(self, batch: RowBatch, table: str):
        self._batch, self._table = batch, table

    def insert_all(self, rows, pk: Any = None) -> None:  # pk: the signature of sqlite_utils' Table.insert_all
        for row in rows:
            self._batch.rows(self._table, tuple(row)).append(stored_values(row.values()))


def unique(values) -> list:
    return list(dict.fromkeys(values))

