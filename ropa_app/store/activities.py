"""Activities in the register file: queries and the edit operations (each one transaction, audited)."""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain import kinds, model
from ..domain.dataclass import dataclass
from .audit import AuditLog, json_text
from .repository import Repository, insert_rows, unique
from .rows import shared_texts
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
        if self._cache is not None:
            found = self._cache.get((kind, name))
            if found is None:  # the same row sqlite_utils' `insert` writes
                found = self._db.conn.execute("insert into [category] ([kind], [name]) values (?, ?)",
                                              [kind, name]).lastrowid
                self._cache[kind, name] = found
            return found
        row = self._db.execute("select id from category where kind = ? and name = ?", [kind, name]).fetchone()
        return row[0] if row else self._db["category"].insert({"kind": kind, "name": name}).last_pk

    @contextlib.contextmanager
    def cached(self) -> Iterator[None]:
        """Within one transaction that alone adds categories (an import): the ids read once, each new one
        remembered as it is added."""
        self._cache = {(kind, name): cid for cid, kind, name in self._db.execute("select id, kind, name from category")}
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
# The search texts of `_TEXTS_PART` activities from an id on: their fields, and the names of their categories and
# recipients
_TEXTS_PART = 2048
_EACH_SEARCH_TEXT = (
    f"select a.id, {_SEARCH_SQL}, "
    "(select group_concat(c.name, ' ') from activity_category ac join category c on c.id = ac.category_id "
    "where ac.activity_id = a.id), "
    "(select group_concat(r.name, ' ') from activity_recipient ar join recipient r on r.id = ar.recipient_id "
    "where ar.activity_id = a.id) "
    "from activity a where a.id >= ? order by a.id limit ?"
)

def _summaries(rows) -> list[ActivitySummary]:
    """The summaries of `rows` (`_SUMMARY_COLUMNS`). The columns after the name repeat from row to row (role,
    business function, status, owner, review date): each distinct value is one string shared by its rows,
    which halves what a list of 50,000 activities holds (30 MB to 14 MB)."""
    shared: dict[Any, Any] = {}
    share = shared.setdefault
    return [
        ActivitySummary(r[0], r[1] if r[1] is not None else "", r[2] if r[2] is not None else "",
                        *(share(v, v) if v is not None else "" for v in r[3:]))
        for r in rows
    ]


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
        self._recipient_names = recipient_names  # `RecipientRepo.names`: ids (and names known) -> names, for the log
        self._names: dict[int, str] | None = None  # every recipient's name, while `_categories_cached`

    # --- queries -------------------------------------------------------------------------------
    def summaries(self) -> list[ActivitySummary]:
        return _summaries(self._db.execute(f"select {_SUMMARY_COLUMNS} from activity a order by a.ref, a.id"))

    def search_texts(self) -> dict[int, str]:
        """All text of every activity (its fields, category and recipient names), case-folded, by id
        (`each_search_text`, all at once)."""
        return dict(self.each_search_text())

    def each_search_text(self) -> Iterator[tuple[int, str]]:
        """(id, text) of every activity as `search_texts` has it, each made as it is asked for: a list's search index
        takes each text and drops it once its words are counted, so that the texts of 50,000 activities (~100 MB) are
        never all held at once (#21). In the order of their ids, which is the list's (`summaries`: by reference) as a
        rule: sorted here, SQLite would hold every text in its sorter. Read a part at a time (`_TEXTS_PART` activities,
        one short query each), so that the read does not keep the file from being written while the index is built.
        The names of its categories and recipients come with its row (read beforehand by activity, they were 24 MB at
        50,000); its transfers' texts (a few activities have transfers) are read first."""
        transfers = transfer_texts(self._db, "activity_id")
        start = -(1 << 63)  # the lowest id SQLite has
        while True:
            part = self._db.execute(_EACH_SEARCH_TEXT, [start, _TEXTS_PART]).fetchall()
            for aid, text, categories, recipients in part:
                yield aid, " ".join([text, *(t for t in (categories, recipients) if t),
                                     *transfers.pop(aid, ())]).casefold()
            if len(part) < _TEXTS_PART:
                return
            start = part[-1][0] + 1

    def using_recipient(self, recipient_id: int) -> list[ActivitySummary]:
        rows = self._db.execute(
            f"select {_SUMMARY_COLUMNS} from activity a where a.id in "
            "(select activity_id from activity_recipient where recipient_id = ?) order by a.ref, a.id",
            [recipient_id],
        )
        return _summaries(rows)

    def _load_children(self, records: list[model.Activity], ids: list[int] | None) -> None:
        scope = "" if ids is None else f"where activity_id in ({','.join('?' * len(ids))})"
        sparams = [] if ids is None else ids
        cats: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        share = shared_texts(self._db)  # a whole register read: each category's name one string (rows.sharing)
        for r in self._db.execute(
            "select ac.activity_id, c.kind, c.name, ac.special, ac.retention, ac.subjects, ac.recipients "
            "from activity_category ac "
            f"join category c on c.id = ac.category_id {scope.replace('activity_id', 'ac.activity_id')} "
            "order by ac.activity_id, ac.position",
            sparams,
        ):
            aid, kind, name, special, retention, subjects, recipients = r
            name = share(name)
            if kind == "data":
                cats[aid]["data"].append(model.DataCategory(
                    name, share(special or "none"), share(retention or ""), _names(subjects, share),
                    _names(recipients, share)))
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

    @contextlib.contextmanager
    def _categories_cached(self) -> Iterator[None]:
        """The categories' ids, and the recipients' names the audit log shows, each read once (an import adds
        activities, and no recipients, in one transaction)."""
        with self._categories.cached():
            self._names = dict(self._db.execute("select id, name from recipient").fetchall())
            try:
                yield
            finally:
                self._names = None

    def _write_children(self, activity_id: int, a: model.Activity, db: Any = None) -> None:
        db = self._db if db is None else db
        # The category rows (`_CAT_COLUMNS`), made in line: a data subjects' or recipients' category "", "", "[]", "[]"
        # (most rows: the "[]" without a JSON encoding each); a data category its special, its retention and its
        # names as JSON lists (`json_text`: a list field's column, as `TEXT_LIST.to_column` writes it; "[]" for none).
        id_for = self._categories.id_for
        rows = []
        for key, kind in _CATEGORY_FIELDS.items():
            rows += [(activity_id, id_for(kind, name), pos, "", "", "[]", "[]")
                     for pos, name in enumerate(dict.fromkeys(getattr(a, key)))]  # each name once (`unique`)
        seen = set()
        plain = True  # every value a text or a number: the rows are stored as they are (`stored_values`)
        for pos, dc in enumerate(a.data_categories):
            name = dc.name
            if name in seen:
                continue
            seen.add(name)
            category_id = id_for("data", name)
            special, retention = dc.special, dc.retention
            subjects, recipients = unique(dc.subjects), unique(dc.recipients)
            if type(special) is not str or type(retention) is not str:
                plain = False
            rows.append((activity_id, category_id, pos, special, retention, json_text(subjects) if subjects else "[]",
                         json_text(recipients) if recipients else "[]"))
        if rows:
            insert_rows(db, "activity_category", _CAT_COLUMNS, rows, plain)
        rids = unique(a.recipients)
        if rids:
            links = [(activity_id, rid, pos) for pos, rid in enumerate(rids)]
            insert_rows(db, "activity_recipient", _LINK_COLUMNS, links, all(type(rid) is int for rid in rids))
        save_transfers(db, "activity_id", activity_id, a.transfers)

    def _display(self, key: str, value: Any) -> Any:
        if key == "recipients":  # (`_names`: every recipient's name, read once while `_categories_cached`)
            return self._recipient_names(value, self._names)
        return value


_CAT_COLUMNS = ("activity_id", "category_id", "position", "special", "retention", "subjects", "recipients")
_LINK_COLUMNS = ("activity_id", "recipient_id", "position")


def _names(text: str | None, share: Callable[[Any], Any]) -> list[str]:
    """The names (data subjects or recipients) stored with a data category (a JSON list), each through `share`."""
    try:
        names = json.loads(text) if text else []
    except ValueError:
        return []
    return [share(n) for n in names if isinstance(n, str)] if isinstance(names, list) else []
