"""The audit log inside the register: every insert, change and delete, field by field (Art. 5(2))."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import Any
from collections.abc import Callable, Iterator

from sqlite_utils import Database

from ..domain import model
from ..domain.history import Change, parse_logged
from .rows import audit_text


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

    def _now(self) -> str:
        return datetime.now(UTC).isoformat(timespec="seconds")

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
        for fs in model.fields_of(cls):
            before = audit_text(show(fs.key, getattr(old, fs.key))) if old is not None else None
            after = audit_text(show(fs.key, getattr(new, fs.key))) if new is not None else None
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
