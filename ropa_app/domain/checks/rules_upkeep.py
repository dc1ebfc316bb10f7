"""Checks of roles, reviews and purposes (24, 26-29)."""

from __future__ import annotations

from collections.abc import Iterator

from .catalogue import phrase
from .context import CheckContext
from .findings import Finding


def check_joint_controllers(ctx: CheckContext) -> Iterator[Finding]:
    """24: joint controllers without an Art. 26 arrangement."""
    for a in ctx.activities:
        if a.role == "joint_controller" and not a.joint_controllers:
            yield ctx.finding("R24-joint-controllers-missing", a, "joint_controllers")
        for jc in a.joint_controllers:
            name = jc.name.strip() or phrase("unnamed_joint_controller")
            if not jc.arrangement_link.strip():
                yield ctx.finding("R24-arrangement-missing", a, "joint_controllers", name=name)
            if not jc.contact.strip():
                yield ctx.finding("R24-joint-controller-contact-missing", a, "joint_controllers", name=name)


def check_adm(ctx: CheckContext) -> Iterator[Finding]:
    """26: automated decision-making without a description, or the question never answered."""
    for a in ctx.activities:
        if a.automated_decision_making == "yes" and not a.adm_description.strip():
            yield ctx.finding("R26-adm-description-missing", a, "adm_description")
        elif a.automated_decision_making in ("", "not_assessed") and a.role != "processor":
            yield ctx.finding("R26-adm-not-assessed", a, "automated_decision_making")


def check_reviews(ctx: CheckContext) -> Iterator[Finding]:
    """27: review overdue, or else last review too long ago (one finding is enough); no review planned
    (info, active activities)."""
    months = ctx.law.policy.review_max_age_months
    for a in ctx.activities:
        if a.next_review is not None and a.next_review < ctx.today:
            yield ctx.finding("R27-review-overdue", a, "next_review", next_review=a.next_review)
        elif a.last_reviewed is not None and ctx.older_than(a.last_reviewed, months):
            yield ctx.finding("R27-review-stale", a, "last_reviewed",
                              last_reviewed=a.last_reviewed, months=months)
        if a.status == "active" and a.next_review is None and a.last_reviewed is None:
            yield ctx.finding("R27-review-not-planned", a, "next_review")


def check_processor_role(ctx: CheckContext) -> Iterator[Finding]:
    """28: processor-role activity without the controllers it acts for, or without their contact details
    (Art. 30(2)(a): name and contact details of each controller, its representative and DPO where any)."""
    for a in ctx.activities:
        if a.role != "processor":
            continue
        if not any(c.name.strip() for c in a.controllers):
            yield ctx.finding("R28-controllers-missing", a, "controllers")
        for c in a.controllers:
            if c.name.strip() and not c.contact.strip():
                yield ctx.finding("R28-controller-contact-missing", a, "controllers", name=c.name.strip())


def _normal_purpose(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:!-–—").casefold()


def check_purposes(ctx: CheckContext) -> Iterator[Finding]:
    """29: a purpose that is a generic phrase (whole purpose, any language, case-insensitive)."""
    generic = ctx.law.policy.generic_purposes
    for a in ctx.activities:
        for p in a.purposes:
            if _normal_purpose(p) in generic:
                yield ctx.finding("R29-generic-purpose", a, "purposes", purpose=p.strip())


RULES = (check_joint_controllers, check_adm, check_reviews, check_processor_role, check_purposes)
