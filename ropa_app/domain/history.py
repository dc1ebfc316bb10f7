"""The register as it stood at a moment, and what changed between two moments, from its audit log.

The audit log (store/audit.py) holds one row per field that an insert, change or delete touched, with the
value before and after as text (`store.rows.audit_text`: JSON for lists and nested records, ISO for dates,
"yes"/"no" for check boxes, the names of the records a reference points at). Replaying the rows up to a
moment gives every record as it stood then; this module does that for every kind of record declared in
`kinds`, and compares two registers kind by kind. Pure Python: the store reads the rows.

Decisions:
- A moment given as a date alone means the end of that day in the computer's time zone ("as it stood on
  6 March"); a date and time without a zone is local time too. The log keeps UTC.
- A field that a record's insert did not mention is the field's declared default: it did not exist yet
  when the record was made, and the migration that added it gave existing records that value.
- References (an activity's recipients, a processor's sub-processors) are logged by name. They are
  resolved against the names the records had up to that moment; a name that matches no record, or more
  than one, is reported in `HistoricRegister.problems` and left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import field, fields as dataclass_fields
from datetime import UTC, date, datetime, time
from typing import Any

from . import kinds, model
from .dataclass import dataclass
from .fieldkinds import DataError


@dataclass(frozen=True)
class Change:
    """One row of the audit log: a field of a record, before and after."""

    id: int
    at: datetime  # aware (UTC)
    user: str
    action: str  # insert, update, delete
    entity: str  # a kind's key
    record_id: int
    record_label: str
    field: str
    old: str | None
    new: str | None


@dataclass
class HistoricRegister:
    register: model.Register
    moment: datetime
    last_change: int | None  # id of the last audit row replayed (None: none)
    problems: list[str] = field(default_factory=list)


def parse_moment(text: str) -> datetime:
    """An ISO date ("2026-03-06": the end of that day) or date and time ("2026-03-06T14:30", local time
    unless it has a zone) as an aware datetime. ValueError with the reason otherwise."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime.combine(day, time(23, 59, 59, 999999))
        else:
            moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"“{text}” is not a date (2026-03-06) or a date and time (2026-03-06T14:30)") from exc
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the computer's time zone
    return moment.astimezone(UTC)


def parse_logged(at: str) -> datetime:
    """The time of an audit row (ISO, UTC; older rows may lack the zone: UTC)."""
    moment = datetime.fromisoformat(at)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _empty(spec: model.FieldSpec) -> Any:
    if spec.kind.many:
        return []
    family = spec.kind.family
    if family == "bool":
        return False
    if family in ("date", "datetime"):
        return None
    return ""


def _plain(spec: model.FieldSpec, text: str) -> Any:
    """The plain value of a field's audit text."""
    if spec.kind.many or spec.kind.family == "records":
        return json.loads(text)
    if spec.kind.family == "bool":
        return text == "yes"
    return text


def _ref_names(text: str | None) -> list[str | int]:
    """The records a reference field pointed at, as the log wrote them: names (activities' recipients,
    processors' sub-processors) or ids (kinds whose log keeps the ids)."""
    if not text:
        return []
    try:
        items = json.loads(text)
    except ValueError:
        return [text]
    items = items if isinstance(items, list) else [items]
    return [i if isinstance(i, int) and not isinstance(i, bool) else str(i) for i in items]


def logged_value(spec: model.FieldSpec, text: str | None) -> Any:
    """The value an audit text of the field stands for (None: the field's empty value); for a reference, the
    names (or ids) the log wrote. DataError, ValueError or TypeError when the text cannot be read."""
    if spec.refers:
        return _ref_names(text)
    if text is None:
        return _empty(spec)
    return spec.kind.from_plain(_plain(spec, text), spec, spec.key)


class _Replay:
    def __init__(self) -> None:
        # kind -> id -> field -> audit text (None: empty); a record present = an entry here
        self.records: dict[str, dict[int, dict[str, str | None]]] = {}
        self.names: dict[str, dict[int, list[str]]] = {}  # kind -> id -> every name it had (for references)
        self.last: int | None = None

    def apply(self, change: Change) -> None:
        table = self.records.setdefault(change.entity, {})
        if change.action == "delete":
            table.pop(change.record_id, None)
        else:  # an insert (one row per field it set) or a change
            table.setdefault(change.record_id, {})[change.field] = change.new
            if change.field == "name" and change.new:
                seen = self.names.setdefault(change.entity, {}).setdefault(change.record_id, [])
                if change.new not in seen:
                    seen.append(change.new)
        self.last = change.id

    def build(self, moment: datetime) -> HistoricRegister:
        problems: list[str] = []
        out = model.Register()
        for kind in kinds.top_level():
            texts = self.records.get(kind.key, {})
            built = [self._record(kind, rid, values, problems) for rid, values in sorted(texts.items())]
            if kind.single:
                if built:
                    setattr(out, kind.attr, built[0])
            else:
                setattr(out, kind.attr, built)
        return HistoricRegister(out, moment, self.last, problems)

    def _record(self, kind: kinds.RecordKind, rid: int, values: dict[str, str | None], problems: list[str]) -> Any:
        record = kind.cls()
        label = f"{kind.label} {rid}"
        for spec in kind.fields:
            if spec.key not in values:
                continue  # not mentioned since it was made: the declared default
            text = values[spec.key]
            if spec.refers:
                setattr(record, spec.key, self._resolve(spec.refers, _ref_names(text), label, spec.key, problems))
                continue
            if text is None:
                setattr(record, spec.key, _empty(spec))
                continue
            try:
                setattr(record, spec.key, spec.kind.from_plain(_plain(spec, text), spec, spec.key))
            except (DataError, ValueError, TypeError) as exc:
                problems.append(f"{label}, {spec.key}: the logged value could not be read ({exc})")
        if any(f.name == "id" for f in dataclass_fields(record)) and not kind.single:
            record.id = rid
        return record

    def _resolve(self, kind_key: str, names: list[str | int], label: str, key: str,
                 problems: list[str]) -> list[int]:
        present = self.records.get(kind_key, {})
        current = {rid: values.get("name") for rid, values in present.items()}
        ids: list[int] = []
        for name in names:
            if isinstance(name, int):  # logged by id
                if name not in ids:
                    ids.append(name)
                continue
            matches = [rid for rid, now in current.items() if now == name]
            if not matches:  # a record renamed since: any name it had
                matches = [rid for rid in present if name in self.names.get(kind_key, {}).get(rid, [])]
            if len(matches) == 1:
                if matches[0] not in ids:
                    ids.append(matches[0])
            else:
                why = "no record of that name" if not matches else "several records of that name"
                problems.append(f"{label}, {key}: “{name}” ({why} at that time)")
        return ids


def register_as_of(changes: Iterable[Change], moment: datetime, last_id: int | None = None) -> HistoricRegister:
    """The register as it stood at `moment` (aware), from its audit rows in the order they were written; with
    `last_id`, the rows up to the one of that id instead, whatever their time (an export snapshot's
    `last_change`: exact, where the snapshot's time, kept to the second, cannot tell an edit made just
    before the export from one just after; `moment` then only names the result)."""
    replay = _Replay()
    for change in changes:
        if (change.id > last_id) if last_id is not None else (change.at > moment):
            break
        replay.apply(change)
    return replay.build(moment)


# --- differences -----------------------------------------------------------------------------------------
ADDED, CHANGED, REMOVED = "added", "changed", "removed"


@dataclass(frozen=True)
class Difference:
    kind: str  # a kind's key
    record_id: int | None
    title: str
    what: str  # ADDED, CHANGED, REMOVED
    fields: tuple[str, ...] = ()  # the fields that differ (CHANGED)


def differences(before: model.Register, after: model.Register) -> list[Difference]:
    """What was added, changed and removed from `before` to `after`, record by record (matched by id; the
    organisation as one record), in the order of `kinds.top_level()` and then by id."""
    out: list[Difference] = []
    for kind in kinds.top_level():
        old = {getattr(r, "id", None) if not kind.single else 1: r for r in kind.records(before)}
        new = {getattr(r, "id", None) if not kind.single else 1: r for r in kind.records(after)}
        for rid in sorted(set(old) | set(new), key=lambda i: (i is None, i or 0)):
            a, b = old.get(rid), new.get(rid)
            if a is None:
                out.append(Difference(kind.key, rid, kind.title(b), ADDED))
            elif b is None:
                out.append(Difference(kind.key, rid, kind.title(a), REMOVED))
            else:
                changed = tuple(fs.key for fs in kind.fields if getattr(a, fs.key) != getattr(b, fs.key))
                if changed:
                    out.append(Difference(kind.key, rid, kind.title(b), CHANGED, changed))
    return out
