"""The import plan: what importing a source would do to a register, before anything is written.

`build_plan` matches incoming records with the register's (activities by reference, else by name;
recipients by name; case and spacing ignored) and sorts them into added / changed (with the changed
fields) / unchanged. The GUI shows the plan as a preview; `store.importing.apply_plan` writes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import field
from typing import Any

from ..domain import collector, kinds, model, serialize
from ..domain.copying import replaced
from ..domain.dataclass import dataclass
from .problems import Incoming, Located, Problem
from .records import match_key

ADDED = "added"
CHANGED = "changed"
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class FieldChange:
    key: str
    label: str
    old: Any  # plain values (dates as text; recipients as names)
    new: Any


@dataclass
class PlanItem:
    entity: str  # the key of its kind of record (domain.kinds)
    action: str  # added | changed | unchanged
    record: Any  # what will be written: the merged record (new recipients carry a negative id)
    current: Any | None  # the register's record it replaces, None when added
    changes: list[FieldChange]
    location: str  # where the incoming record is in the source
    matched_by: str = ""  # "ref" | "name" | "" (added)

    @property
    def label(self) -> str:
        return kinds.kind(self.entity).title(self.record)

    @property
    def changed_keys(self) -> list[str]:
        return [c.key for c in self.changes]


@dataclass
class ImportPlan:
    organisation: PlanItem | None
    recipients: list[PlanItem]
    activities: list[PlanItem]
    base: model.Register | None  # the register the plan was made against; None: a new register
    warnings: list[Problem] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (entity, label) in the register, not in the source
    others: dict[str, list[PlanItem]] = field(default_factory=dict)  # the other listed kinds, by kind key

    def of_kind(self, key: str) -> list[PlanItem]:
        """The items of one listed kind of record."""
        if key in (kinds.RECIPIENT.key, kinds.ACTIVITY.key):
            return getattr(self, kinds.kind(key).attr)
        return self.others.get(key, [])

    def items(self, entity: str | None = None, action: str | None = None) -> list[PlanItem]:
        every = [self.organisation] if self.organisation else []
        for k in kinds.listed():
            every += self.of_kind(k.key)
        return [i for i in every if (entity is None or i.entity == entity) and (action is None or i.action == action)]

    def counts(self, entity: str) -> dict[str, int]:
        return {a: len(self.items(entity, a)) for a in (ADDED, CHANGED, UNCHANGED)}

    @property
    def has_changes(self) -> bool:
        return any(i.action != UNCHANGED for i in self.items())

    def summary_lines(self) -> list[str]:
        """A plain-text preview: one line per entity, then one per added or changed record."""
        lines = []
        if self.organisation:
            org = self.organisation
            detail = f" ({', '.join(org.changed_keys)})" if org.action == CHANGED else ""
            lines.append(f"Organisation: {org.action}{detail}")
        for k in kinds.listed():
            c = self.counts(k.key)
            lines.append(f"{k.plural_label}: {c[ADDED]} added, {c[CHANGED]} changed, {c[UNCHANGED]} unchanged")
        for item in self.items():
            if item is self.organisation:
                continue
            if item.action == ADDED:
                lines.append(f"  + {item.entity} “{item.label}”")
            elif item.action == CHANGED:
                lines.append(f"  ~ {item.entity} “{item.label}”: {', '.join(item.changed_keys)}")
        return lines


def build_plan(incoming: Incoming, current: model.Register | None = None) -> ImportPlan:
    """Plan importing `incoming` into `current` (None or an empty register: a new register)."""
    with collector.held():
        return _build_plan(incoming, current)


def _build_plan(incoming: Incoming, current: model.Register | None) -> ImportPlan:
    base = current or model.Register()
    rec_matches, targets = _match_recipients(incoming.recipients, base)
    names = {r.id: r.name for r in base.recipients if r.id is not None}
    for located in incoming.recipients:
        names.setdefault(targets[located.record.id], located.record.name)
    rec_items = []
    for located, found in zip(incoming.recipients, rec_matches):
        record = replaced(
            located.record,
            id=targets[located.record.id],
            sub_processors=[targets[s] for s in located.record.sub_processors],
        )
        rec_items.append(_item(kinds.RECIPIENT.key, _with(located, record), found, "name", names))
    act_items = _plan_activities(incoming.activities, base, targets, names)
    # The id each incoming activity will have (the register's, or a negative placeholder), and the names
    # the preview shows for links to activities
    act_targets = {
        loc.record.id: item.current.id if item.current is not None else -loc.record.id
        for loc, item in zip(incoming.activities, act_items) if loc.record.id is not None
    }
    for a in base.activities:
        names[(kinds.ACTIVITY.key, a.id)] = f"{a.ref} {a.name}".strip()
    for loc in incoming.activities:
        if loc.record.id is not None:
            label = f"{loc.record.ref} {loc.record.name}".strip()
            names.setdefault((kinds.ACTIVITY.key, act_targets[loc.record.id]), label)
    links = {kinds.RECIPIENT.key: targets, kinds.ACTIVITY.key: act_targets}
    others = {
        key: _plan_by_name(key, [_linked(loc, links) for loc in located], base, names)
        for key, located in incoming.others.items()
    }
    org_item = None
    if incoming.organisation is not None:
        org_item = _item(
            kinds.ORGANISATION.key, incoming.organisation, base.organisation if current else None, "", names
        )
    plan = ImportPlan(org_item, rec_items, act_items, current, list(incoming.warnings), [], others)
    matched = {id(i.current) for i in plan.items() if i.current is not None}
    plan.kept = [(k.key, k.title(r)) for k in kinds.listed() for r in k.records(base) if id(r) not in matched]
    return plan


def _linked(located: Located, links: dict[str, dict[int, int]]) -> Located:
    """An incoming record whose links to recipients and activities hold the ids those will have."""
    changes = {
        fs.key: [links[fs.refers][i] for i in getattr(located.record, fs.key) if i in links[fs.refers]]
        for fs in model.fields_of(type(located.record)) if fs.refers in links
    }
    return _with(located, replaced(located.record, **changes)) if changes else located


def _with(located: Located, record: Any) -> Located:
    """`located` with another record (`replaced` would copy a Located through `dataclasses.replace`: its Generic
    base declares `__slots__`)."""
    return Located(record, located.provided, located.location)


def _plan_by_name(key: str, incoming: list[Located], base: model.Register, names: dict) -> list[PlanItem]:
    """Records of a kind matched by name (their title: case and spacing aside), each register record once."""
    title = kinds.kind(key).title
    by_name: dict[str, list] = defaultdict(list)
    for r in kinds.kind(key).records(base):
        by_name[match_key(title(r))].append(r)
    used: set[int] = set()
    items = []
    for located in incoming:
        found = _first_unused(by_name.get(match_key(title(located.record)), []), used)
        items.append(_item(key, located, found, "name" if found else "", names))
    return items


def _match_recipients(incoming: list[Located[model.Recipient]], base: model.Register):
    """The register's recipient each incoming one matches (or None), and the id each will have:
    the register's id, or a negative placeholder for a new recipient."""
    by_name: dict[str, list[model.Recipient]] = defaultdict(list)
    for r in base.recipients:
        by_name[match_key(r.name)].append(r)
    used: set[int] = set()
    matches: list[model.Recipient | None] = []
    targets: dict[int, int] = {}
    for located in incoming:
        found = _first_unused(by_name.get(match_key(located.record.name), []), used) if by_name else None
        matches.append(found)
        targets[located.record.id] = found.id if found else -located.record.id
    return matches, targets


def _plan_activities(incoming, base: model.Register, targets: dict[int, int], names: dict[int, str]):
    """Match by reference first (all of them), then the rest by name: an activity with another
    reference is a different activity, and one with no reference is preferred for a name match."""
    by_ref: dict[str, list[model.Activity]] = defaultdict(list)
    by_name: dict[str, list[model.Activity]] = defaultdict(list)
    for a in base.activities:
        if match_key(a.ref):
            by_ref[match_key(a.ref)].append(a)
        by_name[match_key(a.name)].append(a)
    used: set[int] = set()
    records = [replaced(loc.record, recipients=[targets[r] for r in loc.record.recipients]) for loc in incoming]
    found: list[tuple[model.Activity | None, str]] = []
    if not base.activities:  # nothing to match (a new register)
        records_to_match: list[model.Activity] = []
        found = [(None, "")] * len(records)
    else:
        records_to_match = records
    for rec in records_to_match:
        ref = match_key(rec.ref)
        found.append((_first_unused(by_ref.get(ref, []), used), "ref") if ref else (None, ""))
    for i, rec in enumerate(records_to_match):
        ref, name = match_key(rec.ref), match_key(rec.name)
        if found[i][0] is None and name:
            same = [a for a in by_name.get(name, []) if not (ref and match_key(a.ref) and match_key(a.ref) != ref)]
            same.sort(key=lambda a: match_key(a.ref) != ref)
            found[i] = (_first_unused(same, used), "name")
    return [
        _item(kinds.ACTIVITY.key, _with(loc, rec), current, how if current else "", names)
        for loc, rec, (current, how) in zip(incoming, records, found)
    ]


def _first_unused(candidates: list, used: set[int]):
    """The first candidate not matched yet (tracked by object identity: records need no id here)."""
    for c in candidates:
        if id(c) not in used:
            used.add(id(c))
            return c
    return None


def _item(entity: str, located: Located, current: Any | None, how: str, names: dict[int, str]) -> PlanItem:
    incoming = located.record
    if current is None:
        return PlanItem(entity, ADDED, incoming, None, [], located.location)
    values = {k: getattr(incoming, k) for k in located.provided}
    merged = replaced(current, **values)
    changes = []
    for fs in model.fields_of(type(current)):
        if fs.key not in located.provided:
            continue
        old, new = _plain(getattr(current, fs.key), fs, names), _plain(getattr(merged, fs.key), fs, names)
        if _comparable(getattr(current, fs.key), fs) != _comparable(getattr(merged, fs.key), fs):
            changes.append(FieldChange(fs.key, fs.label, old, new))
    action = CHANGED if changes else UNCHANGED
    return PlanItem(entity, action, merged, current, changes, located.location, how)


def _comparable(value: Any, fs: model.FieldSpec) -> Any:
    return value if fs.refers else serialize.to_plain(value, False)


def _plain(value: Any, fs: model.FieldSpec, names: dict) -> Any:
    """A value as the preview compares and shows it; links by name (recipients by id, other kinds by
    (kind, id))."""
    if fs.refers:
        return [names.get(i if fs.refers == kinds.RECIPIENT.key else (fs.refers, i), f"#{i}") for i in value]
    return serialize.to_plain(value, False)
