"""Reviews: who keeps each activity and processor current, how often, when it is due, and a calendar of it.

A record with review fields (activities and recipients: `owner`, `review_interval`, `last_reviewed`,
`reviewed_by`, `review_note`, `next_review`) is due on its `next_review` when one is set, else one interval
after its last review, else now (never reviewed). The interval is the record's own (vocab.REVIEW_INTERVALS)
or, when it has none, the law data's review policy (`check-policy.json`, 12 months). Marking a record as
reviewed is an ordinary edit of those fields (audit-logged with who and when), and plans the next review.

The calendar is iCalendar (RFC 5545): one all-day event per due review, which Outlook, Google Calendar
and Apple Calendar import; each event's UID is stable for the record and its review cycle (the last review
it follows, or "first"), not for the day: importing an updated file again moves the events instead of doubling
them, and a never-reviewed record keeps its event from one day to the next. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from . import kinds
from .dataclass import dataclass
from .dates import add_months

REVIEW_FIELDS = frozenset({"owner", "last_reviewed", "next_review"})


def reviewed_kinds() -> list[kinds.RecordKind]:
    """The kinds of record that are reviewed: those with review fields (activities and recipients)."""
    return [k for k in kinds.listed() if REVIEW_FIELDS <= {fs.key for fs in k.fields}]


def interval_months(record: Any, default_months: int) -> int:
    """The record's review interval in months ("12m" -> 12), or the policy's default."""
    text = str(getattr(record, "review_interval", "") or "")
    return int(text[:-1]) if text.endswith("m") and text[:-1].isdigit() else default_months


def due_date(record: Any, default_months: int, today: date) -> date:
    """When the record's next review is due: its planned date, else one interval after its last review,
    else today (never reviewed)."""
    if getattr(record, "next_review", None) is not None:
        return record.next_review
    last = getattr(record, "last_reviewed", None)
    if last is not None:
        return add_months(last, interval_months(record, default_months))
    return today


@dataclass(frozen=True)
class DueReview:
    kind: str  # "activity" or "recipient"
    record_id: int
    title: str
    owner: str
    due: date
    overdue: bool
    never_reviewed: bool
    last_reviewed: date | None


def due_reviews(register: Any, today: date, default_months: int = 12, horizon_days: int = 30,
                owner: str | None = None) -> list[DueReview]:
    """The reviews due by `today` + `horizon_days` (overdue ones included), earliest first; only `owner`'s
    when given (compared without case). Retired activities are left out: nothing to keep current."""
    out: list[DueReview] = []
    wanted = owner.strip().casefold() if owner else None
    for kind in reviewed_kinds():
        key = kind.key
        for record in kind.records(register):
            if getattr(record, "status", "") == "retired":
                continue
            who = str(getattr(record, "owner", "") or "")
            if wanted is not None and who.strip().casefold() != wanted:
                continue
            due = due_date(record, default_months, today)
            if (due - today).days > horizon_days:
                continue
            last = getattr(record, "last_reviewed", None)
            out.append(DueReview(key, record.id, kind.title(record), who, due, due < today,
                                 last is None and getattr(record, "next_review", None) is None, last))
    out.sort(key=lambda r: (r.due, r.kind, r.title.casefold()))
    return out


def mark_reviewed(record: Any, who: str, when: date, note: str, default_months: int = 12) -> Any:
    """The record as reviewed by `who` on `when` with `note`, its next review planned one interval later."""
    return replace(record, last_reviewed=when, reviewed_by=who, review_note=note,
                   next_review=add_months(when, interval_months(record, default_months)))


def owners(register: Any) -> list[str]:
    """The owners named on the register's activities and recipients (as first written), in alphabetical order
    without case."""
    found: dict[str, str] = {}
    for kind in reviewed_kinds():
        for record in kind.records(register):
            who = str(getattr(record, "owner", "") or "").strip()
            if who:
                found.setdefault(who.casefold(), who)
    return sorted(found.values(), key=str.casefold)


def pack_owners(register: Any) -> list[str]:
    """The owners a review pack can be made for: those of the register's activities in use (a pack is a
    workbook of activities to correct; an owner of recipients alone reviews them in the app)."""
    found: dict[str, str] = {}
    for a in register.activities:
        who = str(a.owner or "").strip()
        if who and a.status != "retired":
            found.setdefault(who.casefold(), who)
    return sorted(found.values(), key=str.casefold)


def pack_register(register: Any, owner: str) -> Any:
    """The review pack's register: the organisation, `owner`'s activities (retired ones left out: nothing to
    keep current), the recipients they name and those recipients' sub-processors (so that every name in the
    pack is one of its own records and reads back as it went out), and nothing else."""
    wanted = owner.strip().casefold()
    activities = [a for a in register.activities if a.status != "retired"
                  and str(a.owner or "").strip().casefold() == wanted]
    by_id = {r.id: r for r in register.recipients}
    keep: list[int] = []
    pending = [rid for a in activities for rid in a.recipients]
    while pending:
        rid = pending.pop(0)
        if rid in keep or rid not in by_id:
            continue
        keep.append(rid)
        pending.extend(by_id[rid].sub_processors)
    recipients = [r for r in register.recipients if r.id in keep]
    empty = {k.attr: [] for k in kinds.listed()}
    return type(register)(**{**empty, "organisation": register.organisation, "activities": activities,
                             "recipients": recipients})


# --- iCalendar ----------------------------------------------------------------------------------------------
def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
            .replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> list[str]:
    """A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # a continuation line starts with a space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def calendar(reviews: Iterable[DueReview], texts: dict[str, str], register_name: str,
             now: datetime | None = None) -> str:
    """An iCalendar file of the reviews: one all-day event on each due date (an overdue one: today).
    `texts` gives the words (translated by the caller): "summary" with {title}, "description" with {kind},
    {owner} and {last}, "never" for a record never reviewed, and "kind.<key>" for the kinds' names."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    today = (now or datetime.now(UTC)).date()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ROPA Desk//Reviews//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{_escape(register_name)}"]
    for r in reviews:
        day = max(r.due, today)
        last = r.last_reviewed.isoformat() if r.last_reviewed else texts["never"]
        description = texts["description"].format(kind=texts[f"kind.{r.kind}"], owner=r.owner or "—", last=last)
        lines += [
            "BEGIN:VEVENT",
            f"UID:review-{r.kind}-{r.record_id}-"
            f"{r.last_reviewed.isoformat() if r.last_reviewed else 'first'}@ropa-desk",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"SUMMARY:{_escape(texts['summary'].format(title=r.title))}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
