"""What the Overview page shows: the parts of the register that need attention, computed from the register,
the findings of its checks and its change log. Pure Python; the UI only lays it out.

- Findings are taken as the checks give them (`domain.checks`): the open ones (not accepted) by severity; the
  processors without a data processing agreement and the transfers needing a transfer impact assessment are
  the findings of those rules (ids in `checks.catalogue`), and so are the breaches and requests past their
  deadline. Nothing here re-decides what a rule decides.
- "Near" a deadline (a breach still inside its 72 hours with no decision, a request due within a week) is
  not a finding: it is read from the deadlines the law data gives (`domain.deadlines`), so that the user sees
  it coming.
- Completeness of the Art. 30 fields: per mandatory point (`model.mandatory_missing`, for each role), how many
  of the activities in use have it filled.
- What changed since the last export to the authority: the change-log rows written after the export's last
  row (`ExportSnapshot.last_change`), one line per record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from . import deadlines, kinds, model
from .checks.catalogue import RULES
from .checks.findings import SEVERITIES, Finding
from .dataclass import dataclass
from .history import Change

if TYPE_CHECKING:  # (the law's data is given to `near_deadline`: not imported with the Overview, #21)
    from .law import Deadlines

# The rules whose findings make a section of their own (by the rule's number in `checks.catalogue`).
DPA_RULES = frozenset(r for r in RULES if r.startswith("R22-"))
TIA_RULES = frozenset(r for r in RULES if r.startswith("R11-"))
LOG_RULES = frozenset(r for r in RULES if "breach" in r or "request" in r)

NEAR_BREACH_HOURS = 24  # a breach whose 72 hours end within this many hours, with no decision recorded
NEAR_REQUEST_DAYS = 7  # a request whose answer is due within this many days


def open_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings not accepted, the most severe first (the checks' own order within a severity)."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted((f for f in findings if not f.accepted), key=lambda f: rank.get(f.severity, len(rank)))


def of_rules(findings: Iterable[Finding], rules: frozenset[str]) -> list[Finding]:
    """The open findings of the given rules."""
    return [f for f in open_findings(findings) if f.rule_id in rules]


# --- completeness -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Completeness:
    role: str  # the activity's role (vocab.ROLES): "controller" or "processor"
    key: str  # the field (an Art. 30 mandatory point)
    filled: int
    total: int
    missing: tuple[int, ...] = ()  # ids of the activities that leave it empty, in the register's order

    @property
    def share(self) -> float:
        return self.filled / self.total if self.total else 1.0


def in_use(register: model.Register) -> list[model.Activity]:
    """The activities the register keeps current: all but the retired ones."""
    return [a for a in register.activities if getattr(a, "status", "") != "retired"]


def completeness(register: model.Register) -> list[Completeness]:
    """Per role that has activities, per mandatory Art. 30 field of that role (in `mandatory_missing`'s
    order): how many of the activities in use have it filled."""
    out: list[Completeness] = []
    activities = in_use(register)
    roles = list(dict.fromkeys(("processor" if a.role == "processor" else "controller") for a in activities))
    for role in sorted(roles, key=lambda r: r != "controller"):
        mine = [a for a in activities if ("processor" if a.role == "processor" else "controller") == role]
        gaps = {a.id: set(model.mandatory_missing(a)) for a in mine}
        for key in model.mandatory_missing(model.Activity(role=role)):  # a blank activity lacks them all
            missing = tuple(a.id for a in mine if key in gaps[a.id])
            out.append(Completeness(role, key, len(mine) - len(missing), len(mine), missing))
    return out


# --- breaches and requests near their deadline --------------------------------------------------------------
@dataclass(frozen=True)
class Due:
    kind: str  # kinds.BREACH.key or kinds.REQUEST.key
    record_id: int
    title: str
    due: datetime | date  # a breach: the moment the 72 hours end; a request: the day the answer is due
    field: str  # the field that records the decision or the answer


def near_deadline(register: model.Register, rules: Deadlines, now: datetime, today: date) -> list[Due]:
    """Breaches with no decision on notifying whose deadline has not passed but ends within
    NEAR_BREACH_HOURS, and unanswered requests due today or within NEAR_REQUEST_DAYS; earliest first.
    (Once a deadline has passed the checks report it: R42, R44.)"""
    out: list[tuple[datetime, Due]] = []
    for b in register.breaches:
        end = deadlines.notification_deadline(b, rules)
        undecided = b.authority_notified_at is None and b.risk != "no_risk"
        if end is not None and undecided and now <= end <= now + timedelta(hours=NEAR_BREACH_HOURS):
            out.append((end, Due(kinds.BREACH.key, b.id, kinds.BREACH.title(b), end, "authority_notified_at")))
    for r in register.requests:
        day = deadlines.request_deadline(r, rules)
        if day is None or r.answered_at is not None or r.outcome == "withdrawn":
            continue
        if today <= day <= today + timedelta(days=NEAR_REQUEST_DAYS):
            moment = datetime.combine(day, datetime.min.time(), tzinfo=now.tzinfo)
            out.append((moment, Due(kinds.REQUEST.key, r.id, kinds.REQUEST.title(r), day, "answered_at")))
    out.sort(key=lambda pair: _naive(pair[0]))
    return [due for _when, due in out]


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo is None else moment.astimezone().replace(tzinfo=None)


# --- what changed since an export ---------------------------------------------------------------------------
@dataclass
class ChangedRecord:
    kind: str  # a kind's key
    record_id: int
    label: str  # the record's name in the log's latest row about it
    added: bool = False  # made after the export
    removed: bool = False  # deleted after the export (and not made after it)
    fields: list[str] = field(default_factory=list)  # the fields changed, in the order they were first changed
    last: datetime | None = None  # the latest change


# The kinds of record the Art. 30 record holds (the export's "art30" scope): the logs and the accepted findings
# are for the company's own use.
ART30_KINDS = (kinds.ORGANISATION.key, kinds.ACTIVITY.key, kinds.RECIPIENT.key)


def in_scope(entity: str, field_key: str, scope: str) -> bool:
    """Whether a change of this field of this kind changes what an export of `scope` holds: the Art. 30 record
    ("art30") leaves out the logs, the accepted findings and the fields for internal use (`internal`)."""
    if scope != "art30":
        return True
    if entity not in ART30_KINDS:
        return False
    spec = next((fs for fs in kinds.kind(entity).fields if fs.key == field_key), None)
    return spec is None or not spec.internal


def changed_since(changes: Iterable[Change], last_change: int | None, scope: str = "art30") -> list[ChangedRecord]:
    """The records the change log touched after row `last_change` (None: every row) in what an export of
    `scope` holds, one entry per record, the most recently changed first."""
    found: dict[tuple[str, int], ChangedRecord] = {}
    for c in changes:
        if last_change is not None and c.id <= last_change:
            continue
        if not in_scope(c.entity, c.field, scope):
            continue
        entry = found.get((c.entity, c.record_id))
        if entry is None:
            entry = found[(c.entity, c.record_id)] = ChangedRecord(c.entity, c.record_id, c.record_label)
        if c.action == "insert":
            entry.added = True
            entry.removed = False
        elif c.action == "delete":
            entry.removed = not entry.added
            if entry.added:  # made and deleted since: nothing of it reached the authority or is left
                del found[(c.entity, c.record_id)]
                continue
        elif c.field and c.field not in entry.fields:
            entry.fields.append(c.field)
        if c.record_label:
            entry.label = c.record_label
        entry.last = c.at
    return sorted(found.values(), key=lambda e: e.last or datetime.min, reverse=True)
