"""The national (Nordic) layer: rules 32-39, applied with the rules of the organisation's country.

Which country's rules apply is the organisation's country of establishment; each rule takes its
provision, condition and age from `LawData.nordic` (resources/law/nordic.json, dated, with its sources),
and a country without national rules there gets the GDPR and EDPB rules alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..transfers import transfers_of_activity
from .catalogue import join, phrase
from .context import CheckContext, TransferRow
from .findings import Finding, LawText
from .rules_content import (
    CONTROLLER_ROLES, _named, applicants, children, employees, names_any, staff_monitoring,
)

CONSENT_BASES = ("art6_1_a",)
CONSENT_CONDITIONS = ("art9_2_a",)


# Keys of a national rule in nordic.json (reference data, shown as it is: a provision is cited as written)
NAME, PROVISION, CONDITION, AGE = "name", "provision", "condition", "age"
NO_NATIONAL_PROVISION = "GDPR Art. 88"  # a citation, the same in every language


def _facts(rule: dict) -> tuple[LawText, LawText, LawText]:
    """(name, provision, condition) of a national rule, each in the languages the law data gives it in."""
    return LawText.of(rule, NAME), LawText.of(rule, PROVISION), LawText.of(rule, CONDITION)


def _provision(rule: dict) -> LawText:
    return LawText.of(rule, PROVISION, NO_NATIONAL_PROVISION)


def _rules(ctx: CheckContext):
    return ctx.law.nordic.rules_for(ctx.register.organisation.country)


def _country(ctx: CheckContext) -> str:
    code = ctx.register.organisation.country.strip()
    return ctx.country_name(code) if code else "?"


def _consent(a) -> bool:
    return any(b in CONSENT_BASES for b in a.legal_bases) or any(
        c in CONSENT_CONDITIONS for c in a.special_category_conditions
    )


def check_dpo_and_representative(ctx: CheckContext) -> Iterator[Finding]:
    """32: large-scale sensitive data or monitoring and no DPO; 33: an Art. 27 representative recorded for
    a controller in the EEA, or missing for one outside it."""
    org = ctx.register.organisation
    if not org.dpo_appointed:
        for a in ctx.activities:
            crit = set(a.dpia_criteria)
            if "large_scale" not in crit:
                continue
            sensitive, monitoring = "sensitive_data" in crit, "systematic_monitoring" in crit
            if sensitive or monitoring:
                what = join("and", [p for p, met in ((phrase("what_sensitive"), sensitive),
                                                     (phrase("what_monitoring"), monitoring)) if met])
                yield ctx.finding("R32-dpo-may-be-mandatory", org, "dpo_appointed",
                                  activity=a.name.strip() or a.ref, what=what)
                break  # one finding for the organisation
    country = org.country.strip()
    if not country:
        return
    if ctx.law.is_eea(country):
        if org.representative_name.strip() or org.representative_contact.strip():
            yield ctx.finding("R33-representative-not-applicable", org, "representative_name",
                              country=ctx.country_name(country))
    elif not org.representative_name.strip():
        yield ctx.finding("R33-representative-missing", org, "representative_name", country=ctx.country_name(country))


def check_employees(ctx: CheckContext) -> Iterator[Finding]:
    """34: consent as the legal basis for the organisation's own staff; 38: monitoring of staff."""
    rules = _rules(ctx)
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES:
            continue
        staff = employees(ctx, a)
        if staff and _consent(a):
            yield ctx.finding("R34-employee-consent", a, "legal_bases", subjects=join("list_sep", staff))
        monitoring = staff_monitoring(ctx, a)
        if monitoring and a.dpia_status not in ("in_progress", "done") and not a.dpia_screening_note.strip():
            provision = _provision(rules.employee_monitoring)
            yield ctx.finding("R38-employee-monitoring", a, "dpia_status", what=join("list_sep", monitoring),
                              provision=provision, country=_country(ctx))


def check_identity_numbers(ctx: CheckContext) -> Iterator[Finding]:
    """35: personal identity numbers without the reason the national law asks for."""
    rules = _rules(ctx)
    if not rules.identity_number:
        return
    words = ctx.law.nordic.identity_number_words
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES or a.identity_number_reason.strip():
            continue
        found = names_any([d.name for d in a.data_categories], words)
        if found:
            name, provision, condition = _facts(rules.identity_number)
            yield ctx.finding("R35-identity-number-reason", a, "identity_number_reason", name=name,
                              categories=join("list_sep", found), provision=provision, condition=condition)


def _cites_a_provision(text: str) -> bool:
    return "§" in text or any(ch.isdigit() for ch in text)


def check_criminal_records(ctx: CheckContext) -> Iterator[Finding]:
    """36: criminal-record extracts of staff whose Art. 10 basis names no provision (the national condition)."""
    rules = _rules(ctx)
    if not rules.criminal_record:
        return
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES or not any(d.special == "criminal" for d in a.data_categories):
            continue
        staff = employees(ctx, a) + applicants(ctx, a)
        basis = a.criminal_data_basis.strip()
        if staff and basis and not _cites_a_provision(basis):  # no basis at all: rule 17 reports it
            name, provision, condition = _facts(rules.criminal_record)
            yield ctx.finding("R36-criminal-record-condition", a, "criminal_data_basis", name=name,
                              subjects=join("list_sep", staff), country=_country(ctx), condition=condition,
                              provision=provision)


def check_children(ctx: CheckContext) -> Iterator[Finding]:
    """37: consent of children, with the national age of Art. 8(1)."""
    age = _rules(ctx).child_consent_age or ctx.law.nordic.rules_for("default").child_consent_age
    if not age:
        return
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES or not _consent(a):
            continue
        kids = children(ctx, a)
        if kids:
            years, provision = str(age.get(AGE, "")), _provision(age)
            yield ctx.finding("R37-child-consent-age", a, "legal_bases", subjects=join("list_sep", kids),
                              country=_country(ctx), age=years, provision=provision)


def check_dpf_hr(ctx: CheckContext) -> Iterator[Finding]:
    """39: staff data to the US under the DPF: covered only if the importer's certification covers HR data."""
    reported: set[int] = set()
    for a in ctx.activities:
        staff = names_any(a.data_subject_categories, ctx.law.nordic.hr_words)
        staff = [s for s in staff if s in employees(ctx, a)]
        if not staff:
            continue
        for rec, t in transfers_of_activity(ctx.register, a):
            if t.mechanism != "dpf" or t.dpf_hr_covered == "yes" or id(t) in reported:
                continue
            reported.add(id(t))
            owner = rec if rec is not None else a
            row = TransferRow(t, owner, tuple(owner.transfers))
            rule = "R39-dpf-hr-not-covered" if t.dpf_hr_covered == "no" else "R39-dpf-hr-not-checked"
            name = rec.name if rec is not None else a.name
            yield ctx.finding(rule, row, "dpf_hr_covered", subjects=join("list_sep", staff), recipient=name)


def check_recipient_links(ctx: CheckContext) -> Iterator[Finding]:
    """5 (Denmark): recipients of an activity that no data category is linked to. The Danish Datatilsynet's
    guidance asks the record to show, per recipient, which categories of personal data it receives; where
    the country's rules (nordic.json `record_links`) do not ask for it, nothing is said. A link to a name the
    activity no longer lists counts as no link (as the editor shows it)."""
    rule = _rules(ctx).record_links
    if not rule:
        return
    for a in ctx.activities:
        if a.role not in CONTROLLER_ROLES or a.no_external_recipients:
            continue
        named = [d for d in a.data_categories if d.name.strip()]
        receivers = [r for r in a.recipient_categories if r.strip()]
        for rid in a.recipients:
            rec = ctx.register.recipient(rid)
            if rec is not None and rec.name.strip() and rec.name not in receivers:
                receivers.append(rec.name)
        if not named or not receivers:
            continue
        linked = {name for d in named for name in d.recipients}
        unlinked = [r.strip() for r in receivers if r not in linked]
        if unlinked:
            yield ctx.finding("R05-data-recipients-unlinked", a, "data_categories",
                              recipients=_named(unlinked), count=len(unlinked),
                              provision=_provision(rule))


def national_basis(register, law) -> dict[str, str]:
    """Which country's rules the checks applied to `register`, which DPIA list, which law data: for the
    command line and the export (reference data, shown as it is)."""
    code = register.organisation.country.strip().upper()
    rules = law.nordic.rules_for(code)
    dpia = rules.dpia_list
    return {
        "country": code,
        "country_rules": rules.country,  # the code, or "default" (GDPR and EDPB rules only)
        "authority": rules.authority,
        "dpia_list": dpia.get(NAME, ""),
        "dpia_list_as_of": dpia.get("as_of", ""),
        "dpia_list_source": dpia.get("source", ""),
        "law_version": law.version,
        "law_as_of": law.as_of.isoformat(),
        "national_data_version": law.versions.get("nordic.json", ""),
    }


RULES = (
    check_dpo_and_representative, check_employees, check_identity_numbers, check_criminal_records, check_children,
    check_dpf_hr, check_recipient_links,
)
