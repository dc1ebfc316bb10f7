"""Checks of what an activity records: mandatory content, retention, security, whose data, lawfulness (1-5, 16-21)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import vocab
from ..model import Activity, field_spec, mandatory_missing
from .catalogue import article_reference, join, phrase
from .context import CheckContext
from .findings import Finding, Join, Param

CONTROLLER_ROLES = ("controller", "joint_controller")
NO_DPIA_YET = ("not_required", "required")
MAX_NAMED = 3  # data categories named in a message; the rest are counted


def _special(a: Activity) -> list[str]:
    """Art. 9(1) categories of the activity's data (keys), in order, each once."""
    keys = [d.special for d in a.data_categories if d.special and d.special not in ("none", "criminal")]
    return list(dict.fromkeys(keys))


def _labels(keys: list[str]) -> Join:
    return join("list_sep", (vocab.SPECIAL_CATEGORIES.label(k).lower() for k in keys))


def check_mandatory(ctx: CheckContext) -> Iterator[Finding]:
    """1: Art. 30 mandatory content. (A processor's missing controllers are rule 28.)"""
    for a in ctx.activities:
        for key in mandatory_missing(a):
            if a.role == "processor" and key == "controllers":
                continue
            spec = field_spec(Activity, key)
            yield ctx.finding("R01-activity-incomplete", a, key, reference=article_reference(spec.article),
                              field_label=spec.label)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_vague(text: str, phrases: tuple[str, ...]) -> bool:
    t = _normal(text)
    return bool(t) and not re.search(r"\d", t) and any(p in t for p in phrases)


def check_retention(ctx: CheckContext) -> Iterator[Finding]:
    """2: retention missing or vague; 3: one period for categories that differ."""
    phrases = ctx.law.policy.vague_retention
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES:
            continue
        texts = [a.retention] + [d.retention for d in a.data_categories]
        texts = [t for t in texts if t.strip()]
        if not texts:
            yield ctx.finding("R02-retention-missing", a, "retention")
            continue
        vague = next((t for t in texts if _is_vague(t, phrases)), None)
        if vague is not None:
            yield ctx.finding("R02-retention-vague", a, "retention", retention=vague.strip())
        kinds = {d.special or "none" for d in a.data_categories}
        periods = {_normal(d.retention) for d in a.data_categories}
        if len(a.data_categories) > 1 and len(kinds) > 1 and len(periods) == 1:
            if periods != {""} or a.retention.strip():
                cats = join("list_sep", (d.name for d in a.data_categories if d.name))
                yield ctx.finding("R03-retention-undifferentiated", a, "data_categories", categories=cats)


def check_security(ctx: CheckContext) -> Iterator[Finding]:
    """4: no security measures."""
    for a in ctx.activities:
        if not a.security_measures and not a.security_description.strip():
            yield ctx.finding("R04-security-missing", a, "security_measures")


def _named(names: list[str]) -> Param:
    """The first MAX_NAMED names, then how many more ("A, B, C and 2 more")."""
    shown = join("list_sep", names[:MAX_NAMED])
    rest = len(names) - MAX_NAMED
    return phrase("and_more", names=shown, count=str(rest)) if rest > 0 else shown


def check_subject_links(ctx: CheckContext) -> Iterator[Finding]:
    """5: data categories not linked to any of the activity's data-subject categories.

    Only where the link is not obvious: two or more data-subject categories and some data category.
    A link to a name the activity no longer lists (renamed or removed) counts as no link.
    """
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES:
            continue  # Art. 30(1)(c) is the controller's record; a processor's need not list data or subjects
        subjects = {s for s in a.data_subject_categories if s.strip()}
        named = [d for d in a.data_categories if d.name.strip()]
        if len(subjects) < 2 or not named:
            continue
        # names as the editor links them (exactly), so that the check agrees with what the editor shows
        unlinked = [d.name.strip() for d in named if not subjects.intersection(d.subjects)]
        unlinked = list(dict.fromkeys(unlinked))
        if unlinked:
            yield ctx.finding("R05-data-subjects-unlinked", a, "data_categories",
                              categories=_named(unlinked), count=len(unlinked))


def check_special_data(ctx: CheckContext) -> Iterator[Finding]:
    """16: Art. 9 data without a condition; 17: Art. 10 data without a basis."""
    for a in ctx.activities:
        special = _special(a)
        if special and not a.special_category_conditions:
            yield ctx.finding("R16-special-category-condition", a, "special_category_conditions",
                              categories=_labels(special))
        if any(d.special == "criminal" for d in a.data_categories) and not a.criminal_data_basis.strip():
            yield ctx.finding("R17-criminal-data-basis", a, "criminal_data_basis")


def check_legal_basis(ctx: CheckContext) -> Iterator[Finding]:
    """18: no legal basis; 19: legitimate interests without LIA; 20: consent without a record."""
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES:
            continue  # a processor acts on the controller's basis
        if not a.legal_bases:
            yield ctx.finding("R18-legal-basis-missing", a, "legal_bases")
        if "art6_1_f" in a.legal_bases:
            if not a.lia_link.strip():
                yield ctx.finding("R19-lia-missing", a, "lia_link")
            if not a.legitimate_interests.strip():
                yield ctx.finding("R19-interest-not-described", a, "legitimate_interests")
        consent = "art6_1_a" in a.legal_bases or "art9_2_a" in a.special_category_conditions
        if consent and not a.consent_record_link.strip():
            yield ctx.finding("R20-consent-record-missing", a, "consent_record_link")


def _monitoring(a: Activity, keywords: tuple[str, ...]) -> bool:
    text = _normal(" ".join([a.name, a.description, *a.purposes]))
    return any(k in text for k in keywords)


def check_dpia(ctx: CheckContext) -> Iterator[Finding]:
    """21: DPIA triggers without a DPIA in progress or done."""
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES or a.dpia_status not in NO_DPIA_YET:
            continue
        triggers = []
        if _special(a) or any(d.special == "criminal" for d in a.data_categories):
            triggers.append(phrase("trigger_special"))
        if _monitoring(a, ctx.law.policy.monitoring_keywords):
            triggers.append(phrase("trigger_monitoring"))
        if a.automated_decision_making:
            triggers.append(phrase("trigger_adm"))
        if triggers:
            yield ctx.finding("R21-dpia-missing", a, "dpia_status", triggers=join("and", triggers))


RULES = (
    check_mandatory, check_retention, check_security, check_subject_links, check_special_data, check_legal_basis,
    check_dpia,
)
