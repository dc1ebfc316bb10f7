"""Recipients (processors and others) in the register file: queries and audited edit operations."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain import countries, kinds, model
from .audit import AuditLog
from .repository import Repository, unique
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

    def names(self, ids: list[int]) -> list[str]:
        if not ids:
            return []
        found = dict(
            self._db.execute(f"select id, name from recipient where id in ({','.join('?' * len(ids))})", ids)
        )
        return [found.get(i, f"#{i}") for i in ids]

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
