"""The deadlines of the breach log and the request log, from the dated legal data (`law.Deadlines`).

A breach must be notified to the supervisory authority within 72 hours of the controller becoming aware
of it (Art. 33(1)): `notification_deadline` is `discovered_at` plus those hours, to the minute, in the
controller's local time as recorded. A data-subject request must be answered within one month of its
receipt, extendable by two further months with reasons (Art. 12(3)). A month runs to the same date of the
next month, and to the last day of that month when it has no such date (31 January → 28 or 29 February),
as Regulation (EEC, Euratom) No 1182/71 Art. 3(2)(c) counts a period in months and the EDPB's guidelines
on the right of access apply it (received 5 March, answered by 5 April). A deadline falling on a weekend
or public holiday is not moved to the next working day (Art. 3(4) of that Regulation): the day given is
never later than the law's, whichever country's holidays apply.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .dates import add_months
from .model import Breach, DataSubjectRequest

if TYPE_CHECKING:  # (the deadlines are given: the law's data is not imported with this module, #21)
    from .law import Deadlines


def notification_deadline(breach: Breach, rules: Deadlines) -> datetime | None:
    """When the 72 hours from awareness end (None while the moment of discovery is not recorded)."""
    if breach.discovered_at is None:
        return None
    return breach.discovered_at + timedelta(hours=rules.breach_notification_hours)


def notified_late(breach: Breach, rules: Deadlines) -> bool:
    """The authority was notified after the deadline (Art. 33(1): the notification must give reasons)."""
    deadline = notification_deadline(breach, rules)
    return deadline is not None and breach.authority_notified_at is not None and breach.authority_notified_at > deadline


def notification_overdue(breach: Breach, rules: Deadlines, now: datetime) -> bool:
    """The deadline has passed and no decision on notifying is recorded: not notified, and not assessed as
    unlikely to result in a risk (the one reason Art. 33(1) gives for not notifying)."""
    deadline = notification_deadline(breach, rules)
    return (
        deadline is not None and now > deadline and breach.authority_notified_at is None and breach.risk != "no_risk"
    )


def request_due(request: DataSubjectRequest, rules: Deadlines) -> date | None:
    """One month from receipt (None while the day of receipt is not recorded)."""
    if request.received_at is None:
        return None
    return add_months(request.received_at, rules.request_months)


def latest_extension(request: DataSubjectRequest, rules: Deadlines) -> date | None:
    """The latest day an extension may run to: two further months after the first."""
    if request.received_at is None:
        return None
    return add_months(request.received_at, rules.request_months + rules.request_extension_months)


def request_deadline(request: DataSubjectRequest, rules: Deadlines) -> date | None:
    """The day the answer is due: the extended day when an extension with its reasons is recorded (never
    later than the law allows), else one month from receipt."""
    due = request_due(request, rules)
    if due is None:
        return None
    if request.extended_to is not None and request.extension_reason.strip() and request.extended_to > due:
        return min(request.extended_to, latest_extension(request, rules))
    return due


def request_overdue(request: DataSubjectRequest, rules: Deadlines, today: date) -> bool:
    """Not answered (nor withdrawn) and the deadline has passed: the due day itself is still in time."""
    deadline = request_deadline(request, rules)
    if deadline is None or request.answered_at is not None or request.outcome == "withdrawn":
        return False
    return today > deadline
