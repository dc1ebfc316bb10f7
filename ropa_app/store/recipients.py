"""Recipients (processors and others) in the register file: queries and audited edit operations."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain import countries, kinds, model
from ..domain.copying import replaced
from ..domain.dataclass import dataclass
from ..domain.fieldkinds import MAX_TEXT_CHARS
from . import fileio
from .audit import AuditLog
from .repository import Repository, RowBatch, _column_as_is, _stored, stored_values, unique
from .rows import from_row
from .transfers import load_transfers, save_transfers, transfer_texts


@dataclass(frozen=True)
class RecipientSummary:
    id: int
    name: str
    kind: str
    country: str
    service: str
    dpa_signed: str


@dataclass
class DeletedRecipient:
    """Everything a deleted recipient took with it, so that undo can put it all back."""

    recipient: model.Recipient
    used_by: list[tuple[int, int]] = field(default_factory=list)  # (activity_id, position)
    sub_of: list[tuple[int, int]] = field(default_factory=list)  # (recipient_id, position)


class RecipientRepo(Repository):
    child_fields = frozenset({"sub_processors", "transfers"})
    order_by = "name collate nocase, id"

    def __init__(self, db: Database, audit: AuditLog):
        super().__init__(db, audit, kinds.RECIPIENT)

    # --- queries -------------------------------------------------------------------------------
    def summaries(self) -> list[RecipientSummary]:
        rows = self._db.execute(
            "select id, name, kind, country, service, dpa_signed from recipient order by name collate nocase, id"
        ).fetchall()
        return [RecipientSummary(*(v if v is not None else "" for v in r)) for r in rows]

    def search_texts(self) -> dict[int, str]:
        """All text of every recipient (its fields, country names, sub-processors and transfers), by id."""
        extra: dict[int, list[str]] = defaultdict(list)
        for rid, name in self._db.execute(
            "select rs.recipient_id, r.name from recipient_sub_processor rs "
            "join recipient r on r.id = rs.sub_processor_id"
        ):
            extra[rid].append(name)
        for rid, texts in transfer_texts(self._db, "recipient_id").items():
            extra[rid].extend(texts)
        out: dict[int, str] = {}
        columns = [fs.key for fs in model.fields_of(model.Recipient) if fs.kind not in (model.REFS, model.RECORDS)]
        for row in self._db.execute(f"select id, {', '.join(columns)} from recipient"):
            values = dict(zip(columns, row[1:]))
            codes = [values["country"]] if values["country"] else []
            try:
                codes += [c for c in json.loads(values["processing_countries"] or "[]") if isinstance(c, str)]
            except ValueError:
                pass  # the text itself is searched all the same
            texts = [str(v) for v in row[1:] if v]
            out[row[0]] = " ".join([*texts, *(countries.name(c) for c in codes), *extra.get(row[0], ())])
        return out

    def names(self, ids: list[int], known: Mapping[int, str] | None = None) -> list[str]:
        """The names of the recipients `ids`, as the audit log shows links ("#id" for one not in the register).
        `known`: names by id read beforehand (every recipient's, for many records in one transaction); without it,
        the names of `ids` are read here."""
        if not ids:
            return []
        if known is None:
            known = dict(
                self._db.execute(f"select id, name from recipient where id in ({','.join('?' * len(ids))})", ids)
            )
        return [known.get(i, f"#{i}") for i in ids]

    def _load_children(self, records: list[model.Recipient], ids: list[int] | None) -> None:
        subs: dict[int, list[int]] = defaultdict(list)
        scope = f"where recipient_id in ({','.join('?' * len(ids))})" if ids is not None else ""
        for rid, sid in self._db.execute(
            f"select recipient_id, sub_processor_id from recipient_sub_processor {scope} "
            "order by recipient_id, position",
            ids or [],
        ):
            subs[rid].append(sid)
        transfers = load_transfers(self._db, "recipient_id", ids)
        for r in records:
            r.sub_processors = subs[r.id]
            r.transfers = transfers.get(r.id, [])

    # --- edits ---------------------------------------------------------------------------------
    def delete(self, recipient_id: int) -> DeletedRecipient:
        """Delete the recipient and its links from activities and other recipients."""
        with self._db.atomic():
            old = self.get(recipient_id)
            used_by = [
                tuple(r)
                for r in self._db.execute(
                    "select activity_id, position from activity_recipient where recipient_id = ?", [recipient_id]
                )
            ]
            sub_of = [
                tuple(r)
                for r in self._db.execute(
                    "select recipient_id, position from recipient_sub_processor where sub_processor_id = ?",
                    [recipient_id],
                )
            ]
            self._db.execute("delete from activity_recipient where recipient_id = ?", [recipient_id])
            self._db.execute("delete from recipient_sub_processor where sub_processor_id = ?", [recipient_id])
            super().delete(recipient_id)
        return DeletedRecipient(old, used_by, sub_of)

    def restore(self, deleted: DeletedRecipient) -> int:
        """Undo of `delete`: the recipient with the same id, and every link it had."""
        with self._db.atomic():
            rid = super().restore(deleted.recipient)
            if deleted.used_by:
                self._db["activity_recipient"].insert_all(
                    {"activity_id": a, "recipient_id": rid, "position": p} for a, p in deleted.used_by
                )
            if deleted.sub_of:
                self._db["recipient_sub_processor"].insert_all(
                    {"recipient_id": r, "sub_processor_id": rid, "position": p} for r, p in deleted.sub_of
                )
        return rid

    def add_many_linked(self, records: list[model.Recipient]) -> list[int]:
        """New recipients whose sub-processors are other ones of `records` (by the `id` each holds there, a
        placeholder) or recipients of the register, in ONE transaction and one pass: the rows, ids and audit
        rows of `add_many` of them without their sub-processors followed by `update_many` of the ones that have
        some, linked to the new ids (the two passes an import made). The second pass's effects are made from
        what the first collected, without rewriting a row: its audit rows from each record as the register
        reads it back (its row read, its transfers from the rows collected), its sub-processor rows, and a
        linked recipient's transfers removed and written again with the ids SQLite gives them (one more than
        the largest id left). Placeholders given twice or missing, transfers with ids of their own or values
        SQLite would not give back as given: the two passes themselves."""
        plain = [replaced(r, id=None, sub_processors=[]) for r in records]
        batch = RowBatch()
        with self._db.atomic(), fileio.bulk_rows(self._db.conn) as restart:
            ids = self._add_into(plain, batch, restart)
            new = dict(zip((r.id for r in records), ids))
            updates = [replaced(r, id=new_id, sub_processors=[new.get(s, s) for s in r.sub_processors])
                       for r, new_id in zip(records, ids) if r.sub_processors]
            folded = not updates or (None not in new and len(new) == len(records) and self._link_into(updates, batch))
            batch.flush(self._db, restart)
            if not folded:
                self.update_many(updates)
        return ids

    def _link_into(self, updates: list[model.Recipient], batch: RowBatch) -> bool:
        """What `update_many(updates)` writes after `batch` is written, into `batch` (see `add_many_linked`);
        False, and `batch` as it was, where that cannot be made without the register."""
        runs = batch.take("transfer")
        rows = [(columns, row) for columns, part in runs for row in part]
        linked = {r.id for r in updates}
        declared = {c[1]: c[2].upper() for c in self._db.execute("pragma table_info([transfer])")}
        mine: dict[int, list[int]] = defaultdict(list)  # a linked recipient's transfer rows, by their index
        for i, (columns, row) in enumerate(rows):
            if "id" in columns or "recipient_id" not in columns:
                break
            owner = row[columns.index("recipient_id")]
            if owner in linked:
                if not all(_given_back(v, declared.get(c)) for c, v in zip(columns, row)):
                    break
                mine[owner].append(i)
        else:
            self._relinked(updates, batch, rows, mine)
            return True
        for columns, part in runs:
            batch.rows("transfer", columns).extend(part)
        return False

    def _relinked(self, updates: list[model.Recipient], batch: RowBatch, rows: list[tuple[tuple[str, ...], tuple]],
                  mine: dict[int, list[int]]) -> None:
        """`_link_into`'s writes: the transfer `rows` (the first pass's, in order; `mine`: a linked recipient's,
        by index) with their ids, then each linked recipient's sub-processor rows and audit rows of `update`."""
        base = self._db.execute("select coalesce(max(id), 0) from transfer").fetchone()[0]
        first = range(base + 1, base + 1 + len(rows))  # the ids the first pass gives its rows
        alive, dead, again = list(first), set(), {}  # ids in the order given; removed; a row's id written again
        for r in updates:  # `update` of each: its transfers removed, then written again
            dead.update(first[i] for i in mine.get(r.id, ()))
            while alive and alive[-1] in dead:
                dead.discard(alive.pop())
            top = alive[-1] if alive else base
            for i in mine.get(r.id, ()):
                top += 1
                alive.append(top)
                again[i] = top
        for i, (columns, row) in enumerate(rows):
            if i not in again:
                batch.rows("transfer", (*columns, "id")).append((*row, first[i]))
        for i, new_id in again.items():
            columns, row = rows[i]
            batch.rows("transfer", (*columns, "id")).append((*row, new_id))
        problems = getattr(self._db, "read_problems", None)
        declared = {c[1]: c[2].upper() for c in self._db.execute(f"pragma table_info([{self.table}])")}
        olds = {}  # each record as `update` reads it back; no transfers yet: those of the first pass
        for r in updates:
            read = self._read_back(r, declared, problems)
            if read is not None:
                olds[r.id] = replaced(r, sub_processors=[], **read)
        olds.update(self._before_updates([r for r in updates if r.id not in olds]))  # read from the register
        for r in updates:
            olds[r.id].transfers = [
                model.Transfer(**from_row(model.Transfer, dict(zip((*rows[i][0], "id"), (*rows[i][1], first[i]))),
                                          (), problems)) for i in mine.get(r.id, ())]
        subs = batch.rows("recipient_sub_processor", ("recipient_id", "sub_processor_id", "position"))
        for r in updates:
            subs.extend(stored_values((r.id, sid, pos)) for pos, sid in enumerate(unique(r.sub_processors)))
        known = dict(self._db.execute("select id, name from recipient"))  # what `names` reads, read once

        def display(key: str, value: Any) -> Any:  # `_display`
            return self.names(value, known) if key == "sub_processors" else value

        for r in updates:
            batch["audit_log"].insert_all(self._audit.rows(
                "update", self.kind.key, r.id, self.kind.title(r), olds[r.id], r, display))

    def _read_back(self, record: model.Recipient, declared: dict[str, str], problems: list[str] | None) -> Any:
        """The fields of `record`'s row as `_load` reads them back (`from_row` of what was stored), but the texts
        kept as they are (a text its own column comes back the same), or None where SQLite might convert a value
        (a column's declared type other than the value's, `declared`) or a text would be cut."""
        row = {}
        for fs in model.fields_of(type(record)):
            if fs.key in self.child_fields:
                continue
            value = getattr(record, fs.key)
            if _column_as_is(fs.kind):
                if type(value) is not str or len(value) > MAX_TEXT_CHARS or declared.get(fs.key) != "TEXT":
                    return None
                continue
            column = _stored(fs.kind.to_column(value))
            if not _given_back(column, declared.get(fs.key)):
                return None
            row[fs.key] = column
        return from_row(type(record), row, self.child_fields, problems)

    def _clear_children(self, recipient_id: int) -> None:
        self._db.execute("delete from recipient_sub_processor where recipient_id = ?", [recipient_id])
        self._db.execute("delete from transfer where recipient_id = ?", [recipient_id])

    def _write_children(self, recipient_id: int, r: model.Recipient, db: Any = None) -> None:
        db = self._db if db is None else db
        subs = [
            {"recipient_id": recipient_id, "sub_processor_id": sid, "position": pos}
            for pos, sid in enumerate(unique(r.sub_processors))
        ]
        if subs:
            db["recipient_sub_processor"].insert_all(subs)
        save_transfers(db, "recipient_id", recipient_id, r.transfers)

    def _display(self, key: str, value: Any) -> Any:
        return self.names(value) if key == "sub_processors" else value


def _given_back(value: Any, declared: str | None) -> bool:
    """SQLite gives `value` back as it was given in a column declared `declared` (no conversion by affinity)."""
    kind = type(value)
    return (value is None or (kind is str and declared == "TEXT") or (kind is int and declared == "INTEGER")
            or (kind is float and declared in ("FLOAT", "REAL")))
