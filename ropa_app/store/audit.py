"""The audit log inside the register: every insert, change and delete, field by field (Art. 5(2))."""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
from datetime import date, datetime, UTC
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any
from collections.abc import Callable, Iterator

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain import model
from ..domain.dataclass import dataclass
from ..domain.history import Change, parse_logged
from .rows import audit_text

# The columns of an audit row as `AuditLog.inserted` gives them (its id is the table's rowid)
AUDIT_COLUMNS = ("at", "os_user", "action", "entity", "record_id", "record_label", "field", "old_value", "new_value")


def _plain_default(value: Any) -> Any:
    """What `serialize.to_plain(value, False)` makes of a value JSON has no type for (the JSON encoder's hook):
    dates as ISO text, a record as the dict of its fields without its id."""
    names = _RECORD_NAMES.get(type(value))
    if names is not None:  # a record of a class met before
        return {name: getattr(value, name) for name in names}
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: getattr(value, name) for name in _plain_names(type(value))}
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_RECORD_NAMES: dict[type, tuple[str, ...]] = {}  # the fields of each record class met, its id aside


def _plain_names(cls: type) -> tuple[str, ...]:
    names = _RECORD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.name != "id")
    return names


# `json.dumps(serialize.to_plain(value, False), ensure_ascii=False)` in one call of the json module's C encoder,
# without the plain copy (the encoder asks `_plain_default` for dates and records as it meets them) and without
# the layers of `json.dumps` around it (a record's values hold no cycles to look for)
_encoder = json.JSONEncoder(ensure_ascii=False, default=_plain_default)
_c_encode = c_make_encoder and c_make_encoder(None, _plain_default, encode_basestring, None, ": ", ", ", False, False,
                                              True)


def json_text(value: Any) -> str:
    """`json.dumps(serialize.to_plain(value, False), ensure_ascii=False)`: a list field's column (as
    `FieldKind.to_column` writes it) and its audit text; a data category's names."""
    if type(value) is list:
        try:
            return texts_json(value)
        except TypeError:  # not a list of texts
            pass
    if _c_encode is None or type(value) is str:  # no C encoder; a text alone (the encoders differ only there)
        return _encoder.encode(value)
    return "".join(_c_encode(value, 0))


def records_json(values: list) -> str:
    """`json_text` of a list of records (nested records as dicts of their fields), without trying it as a list
    of texts first (the same text for any list)."""
    if _c_encode is None:
        return _encoder.encode(values)
    return "".join(_c_encode(values, 0))


def texts_json(values: list) -> str:
    """The JSON text of a list of texts (TypeError for another item), as the encoder writes it (`json_text`'s
    first try; `repository._row_maker`'s code calls it for a list column)."""
    return "[" + ", ".join(map(encode_basestring, values)) + "]"


def field_text(value: Any) -> str | None:
    """`audit_text(value)`, without its layers of calls for the values records hold (text, lists, yes/no)."""
    kind = type(value)
    if kind is str:
        return value or None
    if kind is list:
        return json_text(value) if value else None
    if kind is bool:
        return "yes" if value else "no"
    if value is None:
        return None
    if kind is date:
        return value.isoformat()
    return audit_text(value)


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in this environment (some service contexts)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    os_user: str
    action: str  # insert, update, delete
    entity: str  # organisation, activity, recipient
    record_id: int
    record_label: str
    field: str
    old_value: str | None
    new_value: str | None


class AuditLog:
    def __init__(self, db: Database, user: str | None = None):
        self._db = db
        self.user = user or os_user()
        self._second: tuple[int, str] = (0, "")  # the last second `_now` wrote, and its text

    def _now(self) -> str:
        """`datetime.now(UTC).isoformat(timespec="seconds")`, its text made once a second (an import logs
        thousands of records a second: the text is most of the cost)."""
        now = datetime.now(UTC)
        second = int(now.timestamp())
        last = self._second
        if last[0] != second:
            last = self._second = (second, now.isoformat(timespec="seconds"))
        return last[1]

    def record(self, *args: Any, **kwargs: Any) -> int:
        """Write the rows `rows` makes of these arguments (one per field that differs between `old` and `new`).
        Returns the number of rows written."""
        rows = self.rows(*args, **kwargs)
        if rows:
            self._db["audit_log"].insert_all(rows)
        return len(rows)

    def rows(
        self,
        action: str,
        entity: str,
        record_id: int,
        label: str,
        old: Any | None,
        new: Any | None,
        display: Callable[[str, Any], Any] | None = None,
    ) -> list[dict[str, Any]]:
        """One row per field that differs between `old` and `new` (either may be None), without writing them (a
        batch of imports writes them together). `display` may turn a field's value into what a reader should see
        (recipient ids into names)."""
        show = display or (lambda key, value: value)
        at = self._now()
        rows = []
        cls = type(new if new is not None else old)
        both = old is not None and new is not None
        for fs in model.fields_of(cls):
            if both:  # the same value or equal texts: the same text either side (an update changes few fields)
                was, now = getattr(old, fs.key), getattr(new, fs.key)
                if was is now or (type(was) is str and type(now) is str and was == now):
                    continue
            before = field_text(show(fs.key, getattr(old, fs.key))) if old is not None else None
            after = field_text(show(fs.key, getattr(new, fs.key))) if new is not None else None
            if before == after:
                continue
            rows.append(
                {
                    "at": at,
                    "os_user": self.user,
                    "action": action,
                    "entity": entity,
                    "record_id": record_id,
                    "record_label": label,
                    "field": fs.key,
                    "old_value": before,
                    "new_value": after,
                }
            )
        return rows

    def inserted(self, entity: str, record_id: int, label: str, texts: list[tuple[str, str]]) -> list[tuple]:
        """The rows `rows("insert", ...)` makes of a new record, as tuples of AUDIT_COLUMNS, from its fields' texts
        (`texts`: (field, `field_text` of its value) for each field whose text is not None, in field order)."""
        at, user = self._now(), self.user
        return [(at, user, "insert", entity, record_id, label, key, None, text) for key, text in texts]

    def count(self) -> int:
        """How many entries the log holds (without reading them)."""
        return self._db.execute("select count(*) from audit_log").fetchone()[0]

    def entries(self, entity: str | None = None, record_id: int | None = None) -> list[AuditEntry]:
        where, params = _where(entity, record_id)
        return [AuditEntry(**row) for row in self._db.query(f"select * from audit_log{where} order by id", params)]

    def changes(
        self, since: datetime | None = None, until: datetime | None = None, entity: str | None = None,
        record_id: int | None = None, after: int | None = None,
    ) -> Iterator[Change]:
        """The log's rows as `domain.history.Change`s, in the order they were written, streamed (a register
        of years holds many). `since`/`until` (aware) bound them by time, inclusive; `after` keeps the rows
        written after the row of that id (an export snapshot's `last_change`)."""
        where, params = _where(entity, record_id, after)
        sql = ("select id, at, os_user, action, entity, record_id, record_label, field, old_value, new_value "
               f"from audit_log{where} order by id")
        for row in self._db.execute(sql, params):
            at = parse_logged(row[1])
            if since is not None and at < since:
                continue
            if until is not None and at > until:
                continue
            yield Change(row[0], at, row[2] or "", row[3], row[4], row[5], row[6] or "", row[7], row[8], row[9])


def _where(entity: str | None, record_id: int | None, after: int | None = None) -> tuple[str, list]:
    """The WHERE clause (with its leading space, or "") and parameters of a query of the log."""
    conditions = [(c, v) for c, v in (("id > ?", after), ("entity = ?", entity), ("record_id = ?", record_id))
                  if v is not None]
    return (" where " + " and ".join(c for c, _ in conditions) if conditions else "", [v for _, v in conditions])
