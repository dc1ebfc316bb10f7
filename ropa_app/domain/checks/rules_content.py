"""Checks of what an activity records: mandatory content, retention, security, whose data, lawfulness (1-5, 16-21)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import vocab
from ..kinds import ACTIVITY
from ..model import Activity, field_spec, mandatory_missing
from .catalogue import article_reference, join, phrase
from .context import CheckContext
from .findings import Finding, Join, LawText, Param, Term

CONTROLLER_ROLES = ("controller", "joint_controller")
NOT_ASSESSED = ("", "not_assessed")
MAX_NAMED = 3  # data categories named in a message; the rest are counted


def _special(a: Activity) -> list[str]:
    """Art. 9(1) categories of the activity's data (keys), in order, each once."""
    keys = [d.special for d in a.data_categories if d.special and d.special not in ("none", "criminal")]
    return list(dict.fromkeys(keys))


def _labels(keys: list[str]) -> Join:
    return join("list_sep", (Term.vocab(vocab.SPECIAL_CATEGORIES.name, k, Term.LOWER) for k in keys))


def check_mandatory(ctx: CheckContext) -> Iterator[Finding]:
    """1: Art. 30 mandatory content. (A processor's missing controllers are rule 28.)"""
    for a in ctx.activities:
        for key in mandatory_missing(a):
            if a.role == "processor" and key == "controllers":
                continue
            spec = field_spec(Activity, key)
            yield ctx.finding("R01-activity-incomplete", a, key, reference=article_reference(spec.article),
                              field_label=Term.field(ACTIVITY.key, spec.key))


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=4)
def _concrete_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of a period, an event or a criterion: at the start of a word; a short one as a whole word."""
    parts = [re.escape(w) + (r"\b" if len(w) <= 4 else "") for w in sorted(words, key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")") if parts else re.compile(r"(?!x)x")


def is_vague_retention(text: str, concrete: tuple[str, ...], phrases: tuple[str, ...] = ()) -> bool:
    """Whether a retention text names no period, no criterion and no event, as a reader would see it:
    no number, and none of the `concrete` words (a unit of time, a contract, an account, a law ...).
    "As long as appropriate", "until the purpose has ended", "så länge det behövs" are all vague."""
    t = _normal(text)
    if not t or re.search(r"\d", t):
        return False
    if any(p in t for p in phrases):
        return True
    return not _concrete_pattern(concrete).search(t)


def check_retention(ctx: CheckContext) -> Iterator[Finding]:
    """2: retention missing or vague; 3: one period for categories that differ."""
    phrases, concrete = ctx.law.policy.vague_retention, ctx.law.policy.retention_concrete
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES:
            continue
        texts = [a.retention] + [d.retention for d in a.data_categories]
        texts = [t for t in texts if t.strip()]
        if not texts:
            yield ctx.finding("R02-retention-missing", a, "retention")
            continue
        vague = next((t for t in texts if is_vague_retention(t, concrete, phrases)), None)
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
    """16: Art. 9 data without a condition; 17: Art. 10 data without a basis (the controller's choice: not
    asked of a processor-role activity)."""
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES:
            continue
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
    text = _normal(" ".join([a.name, a.description, *a.purposes, *a.systems]))
    return any(k in text for k in keywords)


def names_any(names: list[str], words: tuple[str, ...]) -> list[str]:
    """The names (data-subject categories ...) that contain one of `words` at the start of a word."""
    pattern = _concrete_pattern(words)
    return [n for n in names if n.strip() and pattern.search(_normal(n))]


def employees(ctx: CheckContext, a: Activity) -> list[str]:
    """The activity's data-subject categories that are the organisation's staff or applicants (not a
    customer's employees)."""
    others = set(names_any(a.data_subject_categories, ctx.law.nordic.other_organisation_words))
    return [n for n in names_any(a.data_subject_categories, ctx.law.nordic.employee_words) if n not in others]


def applicants(ctx: CheckContext, a: Activity) -> list[str]:
    """The activity's data-subject categories that are job applicants (to the organisation)."""
    others = set(names_any(a.data_subject_categories, ctx.law.nordic.other_organisation_words))
    return [n for n in names_any(a.data_subject_categories, ctx.law.nordic.applicant_words) if n not in others]


def children(ctx: CheckContext, a: Activity) -> list[str]:
    return names_any(a.data_subject_categories, ctx.law.nordic.child_words)


def staff_monitoring(ctx: CheckContext, a: Activity) -> list[str]:
    """The words that show the activity monitors staff (e-mail or internet logging, GPS, CCTV at work)."""
    if not employees(ctx, a):
        return []
    text = _normal(" ".join([a.name, a.description, *a.purposes, *a.systems]))
    return [w for w in ctx.law.nordic.employee_monitoring_words if w in text]


def dpia_criteria(ctx: CheckContext, a: Activity) -> list[str]:
    """The WP248 criteria the activity meets: those ticked in its screening, and those its recorded facts
    show (Art. 9 or 10 data, monitoring, staff or children, automated decisions), in the list's order."""
    met = set(a.dpia_criteria)
    if _special(a) or any(d.special == "criminal" for d in a.data_categories):
        met.add("sensitive_data")  # WP248 criterion 4: sensitive or highly personal data, Art. 10 included
    if _monitoring(a, ctx.law.policy.monitoring_keywords) or staff_monitoring(ctx, a):
        met.add("systematic_monitoring")
    if employees(ctx, a) or applicants(ctx, a) or children(ctx, a):
        met.add("vulnerable_subjects")
    if a.automated_decision_making == "yes":
        met.add("automated_decisions")
    return [k for k in vocab.DPIA_CRITERIA.keys() if k in met]


def dpia_list_name(ctx: CheckContext) -> LawText:
    """The DPIA list of the organisation's country (IMY's, Datatilsynet's ...), else the EDPB criteria."""
    rules = ctx.law.nordic.rules_for(ctx.register.organisation.country)
    return LawText.of(rules.dpia_list, "name", "WP248 rev.01")


def _criteria_labels(keys: list[str]) -> Join:
    return join("list_sep", (Term.vocab(vocab.DPIA_CRITERIA.name, k, Term.LOWER) for k in keys))


def check_dpia(ctx: CheckContext) -> Iterator[Finding]:
    """21: the DPIA screening. Not assessed: ask for it. Two or more criteria of the national list (the
    WP248 criteria) and "not required" without a reason: ask for the reason. "Required" and not started.
    One special-category item alone is one criterion, not a DPIA (Art. 35(3)(b) speaks of large scale)."""
    listed = ctx.law.nordic.dpia_likely_from
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES:
            continue
        met = dpia_criteria(ctx, a)
        if a.dpia_status in NOT_ASSESSED:
            hint = (phrase("dpia_hint", count=str(len(met)), criteria=_criteria_labels(met)) if met
                    else phrase("nothing"))
            yield ctx.finding("R21-dpia-not-assessed", a, "dpia_status", dpia_list=dpia_list_name(ctx), hint=hint)
        elif a.dpia_status == "required":
            yield ctx.finding("R21-dpia-missing", a, "dpia_status")
        elif a.dpia_status == "not_required" and len(met) >= listed and not a.dpia_screening_note.strip():
            yield ctx.finding("R21-dpia-reason-missing", a, "dpia_screening_note", dpia_list=dpia_list_name(ctx),
                              count=str(len(met)), criteria=_criteria_labels(met))


def check_privacy_notice(ctx: CheckContext) -> Iterator[Finding]:
    """40: no privacy notice linked (Art. 13), and where the data also comes from elsewhere, Art. 14."""
    for a in ctx.activities:
        if a.role in CONTROLLER_ROLES and not a.privacy_notice_link.strip():
            source = a.source.strip()
            hint = phrase("art14_hint", source=source) if source else phrase("nothing")
            yield ctx.finding("R40-privacy-notice-missing", a, "privacy_notice_link", hint=hint)


RULES = (
    check_mandatory, check_retention, check_security, check_subject_links, check_special_data, check_legal_basis,
    check_dpia, check_privacy_notice,
)
