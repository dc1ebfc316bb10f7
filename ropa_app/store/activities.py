"""Activities in the register file: queries and the edit operations (each one transaction, audited)."""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain import kinds, model
from .audit import AuditLog
from .repository import Repository, unique
from .transfers import load_transfers, save_transfers, transfer_texts


@dataclass(frozen=True)
class ActivitySummary:
    """What a list of activities shows, read without loading every field."""

    id: int
    ref: str
    name: str
    role: str
    business_function: str
    status: str
    owner: str
    next_review: str


class Categories:
    """The reusable category values (data subjects, data, recipients) the register holds."""

    def __init__(self, db: Database):
        self._db = db
        self._cache: dict[tuple[str, str], int] | None = None

    def names(self, kind: str) -> list[str]:
        rows = self._db.execute(
            "select name from category where kind = ? order by name collate nocase", [kind]
        ).fetchall()
        return [r[0] for r in rows]

    def id_for(self, kind: str, name: str) -> int:
        if self._cache is not None and (kind, name) in self._cache:
            return self._cache[kind, name]
        row = self._db.execute("select id from category where kind = ? and name = ?", [kind, name]).fetchone()
        found = row[0] if row else self._db["category"].insert({"kind": kind, "name": name}).last_pk
        if self._cache is not None:
            self._cache[kind, name] = found
        return found

    @contextlib.contextmanager
    def cached(self) -> Iterator[None]:
        """Within one transaction that alone adds categories (an import): each id looked up once."""
        self._cache = {}
        try:
            yield
        finally:
            self._cache = None


# Every text column of an activity, for search (category and recipient names are added per activity).
_SEARCH_SQL = "(" + " || ' ' || ".join(
    f"coalesce(a.{fs.key}, '')" for fs in model.fields_of(model.Activity)
    if fs.kind not in (model.BOOL, model.CATEGORY_LIST, model.REFS) and fs.key not in ("data_categories", "transfers")
) + ")"

_SUMMARY_COLUMNS = "a.id, a.ref, a.name, a.role, a.business_function, a.status, a.owner, a.next_review"

_CATEGORY_FIELDS = {
    "data_subject_categories": "data_subject",
    "recipient_categories": "recipient",
}


class ActivityRepo(Repository):
    child_fields = frozenset({"data_subject_categories", "data_categories", "recipient_categories", "recipients",
                              "transfers"})

    def __init__(self, db: Database, audit: AuditLog, categories: Categories, recipient_names):
        super().__init__(db, audit, kinds.ACTIVITY)
        self._categories = categories
        self._recipient_names = recipient_names  # callable: ids -> names, for the audit log

    # --- queries -------------------------------------------------------------------------------
    def summaries(self) -> list[ActivitySummary]:
        rows = self._db.execute(f"select {_SUMMARY_COLUMNS} from activity a order by a.ref, a.id").fetchall()
        return [ActivitySummary(*(v if v is not None else "" for v in r)) for r in rows]

    def search_texts(self) -> dict[int, str]:
        """All text of every activity (its fields, category and recipient names), case-folded, by id.

        Set-based queries, read once when the user first searches a list."""
        extra: dict[int, list[str]] = defaultdict(list)
        for aid, text in self._db.execute(
            "select ac.activity_id, group_concat(c.name, ' ') from activity_category ac "
            "join category c on c.id = ac.category_id group by ac.activity_id"
        ):
            extra[aid].append(text)
        for aid, text in self._db.execute(
            "select ar.activity_id, group_concat(r.name, ' ') from activity_recipient ar "
            "join recipient r on r.id = ar.recipient_id group by ar.activity_id"
        ):
            extra[aid].append(text)
        for aid, texts in transfer_texts(self._db, "activity_id").items():
            extra[aid].extend(texts)
        return {
            aid: " ".join([text, *extra.get(aid, ())]).casefold()
            for aid, text in self._db.execute(f"select id, {_SEARCH_SQL} from activity a")
        }

    def using_recipient(self, recipient_id: int) -> list[ActivitySummary]:
        rows = self._db.execute(
            f"select {_SUMMARY_COLUMNS} from activity a where a.id in "
            "(select activity_id from activity_recipient where recipient_id = ?) order by a.ref, a.id",
            [recipient_id],
        ).fetchall()
        return [ActivitySummary(*(v if v is not None else "" for v in r)) for r in rows]

    def _load_children(self, records: list[model.Activity], ids: list[int] | None) -> None:
        scope = "" if ids is None else f"where activity_id in ({','.join('?' * len(ids))})"
        sparams = [] if ids is None else ids
        cats: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for r in self._db.execute(
            "select ac.activity_id, c.kind, c.name, ac.special, ac.retention, ac.subjects, ac.recipients "
            "from activity_category ac "
            f"join category c on c.id = ac.category_id {scope.replace('activity_id', 'ac.activity_id')} "
            "order by ac.activity_id, ac.position",
            sparams,
        ):
            aid, kind, name, special, retention, subjects, recipients = r
            if kind == "data":
                cats[aid]["data"].append(model.DataCategory(name, special or "none", retention or "", _names(subjects),
                                                            _names(recipients)))
            else:
                cats[aid][kind].append(name)
        links: dict[int, list[int]] = defaultdict(list)
        for aid, rid in self._db.execute(
            f"select activity_id, recipient_id from activity_recipient {scope} order by activity_id, position", sparams
        ):
            links[aid].append(rid)
        transfers = load_transfers(self._db, "activity_id", ids)
        for a in records:
            a.data_subject_categories = cats[a.id]["data_subject"]
            a.recipient_categories = cats[a.id]["recipient"]
            a.data_categories = cats[a.id]["data"]
            a.recipients = links[a.id]
            a.transfers = transfers.get(a.id, [])

    # --- children ------------------------------------------------------------------------------
    def _clear_children(self, activity_id: int) -> None:
        for table in ("activity_category", "activity_recipient"):
            self._db.execute(f"delete from {table} where activity_id = ?", [activity_id])
        self._db.execute("delete from transfer where activity_id = ?", [activity_id])

    def _categories_cached(self) -> Any:
        return self._categories.cached()

    def _write_children(self, activity_id: int, a: model.Activity, db: Any = None) -> None:
        db = self._db if db is None else db
        rows = []
        for key, kind in _CATEGORY_FIELDS.items():
            for pos, name in enumerate(unique(getattr(a, key))):
                rows.append(_cat_row(activity_id, self._categories.id_for(kind, name), pos))
        seen = set()
        for pos, dc in enumerate(a.data_categories):
            if dc.name in seen:
                continue
            seen.add(dc.name)
            rows.append(_cat_row(activity_id, self._categories.id_for("data", dc.name), pos, dc.special, dc.retention,
                                 unique(dc.subjects), unique(dc.recipients)))
        if rows:
            db["activity_category"].insert_all(rows)
        links = [
            {"activity_id": activity_id, "recipient_id": rid, "position": pos}
            for pos, rid in enumerate(unique(a.recipients))
        ]
        if links:
            db["activity_recipient"].insert_all(links)
        save_transfers(db, "activity_id", activity_id, a.transfers)

    def _display(self, key: str, value: Any) -> Any:
        if key == "recipients":
            return self._recipient_names(value)
        return value


def _cat_row(
    activity_id: int, category_id: int, pos: int, special: str = "", retention: str = "", subjects: list[str] = (),
    recipients: list[str] = (),
) -> dict:
    return {
        "activity_id": activity_id,
        "category_id": category_id,
        "position": pos,
        "special": special,
        "retention": retention,
        "subjects": json.dumps(list(subjects), ensure_ascii=False),
        "recipients": json.dumps(list(recipients), ensure_ascii=False),
    }


def _names(text: str | None) -> list[str]:
    """The names (data subjects or recipients) stored with a data category (a JSON list)."""
    try:
        names = json.loads(text) if text else []
    except ValueError:
        return []
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []
