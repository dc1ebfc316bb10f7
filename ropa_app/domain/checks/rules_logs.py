"""Checks of the breach log and the request log (42-45): the deadlines of Art. 33(1) and 12(3), the
information of data subjects after a high-risk breach (Art. 34), and a breach at a processor whose
contract is not recorded (Art. 28(3)). The deadlines come from the dated legal data (`domain.deadlines`)."""

from __future__ import annotations

from collections.abc import Iterator

from .. import deadlines
from .catalogue import join
from .context import CheckContext, recipient_label
from .findings import Finding


def _moment(value) -> str:
    return value.isoformat(sep=" ", timespec="minutes")


def check_breaches(ctx: CheckContext) -> Iterator[Finding]:
    """42: no decision on notifying the authority once the 72 hours have passed, or a late notification
    without its reasons; 43: a high-risk breach and nothing recorded about informing the data subjects;
    45: a breach naming a processor without a recorded DPA."""
    rules = ctx.law.deadlines
    now = ctx.now
    for b in ctx.register.breaches:
        deadline = deadlines.notification_deadline(b, rules)
        if deadlines.notification_overdue(b, rules, now):
            yield ctx.finding("R42-breach-notification-overdue", b, "authority_notified_at",
                              discovered=_moment(b.discovered_at), deadline=_moment(deadline),
                              hours=rules.breach_notification_hours)
        elif deadlines.notified_late(b, rules) and not b.delay_reasons.strip():
            yield ctx.finding("R42-breach-late-without-reasons", b, "delay_reasons",
                              notified=_moment(b.authority_notified_at), hours=rules.breach_notification_hours)
        if b.risk == "high_risk" and b.subjects_informed_at is None and not b.subjects_not_informed_reason.strip():
            yield ctx.finding("R43-breach-subjects-not-informed", b, "subjects_informed_at")
        without = []
        for rid in b.recipients:
            r = ctx.register.recipient(rid)
            if r is not None and r.kind in ("processor", "sub_processor") and r.dpa_signed is None and (
                    not r.dpa_link.strip() and r.dpa_in_place != "yes"):
                without.append(recipient_label(r))
        if without:
            yield ctx.finding("R45-breach-processor-without-dpa", b, "recipients", names=join("list_sep", without))


def check_requests(ctx: CheckContext) -> Iterator[Finding]:
    """44: a data-subject request not answered by its deadline (one month, or the recorded extension)."""
    rules = ctx.law.deadlines
    for r in ctx.register.requests:
        if deadlines.request_overdue(r, rules, ctx.today):
            yield ctx.finding("R44-request-overdue", r, "answered_at",
                              received=r.received_at.isoformat(),
                              deadline=deadlines.request_deadline(r, rules).isoformat())


RULES = (check_breaches, check_requests)
