"""Checks of third-country transfers: recorded at all, and on a mechanism that holds (6-9, 14, 15).

What counts as EEA, which destinations are adequate until when, and which mechanisms are invalid
since when all come from the legal reference data (`LawData`), not from this code.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import vocab
from ..law import ORG_PREFIX
from .catalogue import join
from .context import CheckContext, TransferRow
from .findings import Finding, LawText, Term


def code_of(text: str) -> str:
    text = (text or "").strip()
    return text.lower() if text.lower().startswith(ORG_PREFIX) else text.upper()


def mechanism_name(key: str) -> Term:
    """The mechanism's label without its article or "(invalid)" note, e.g. "EU-US Privacy Shield"."""
    return Term.vocab(vocab.TRANSFER_MECHANISMS.name, key, Term.SHORT)


def third_country_rows(ctx: CheckContext) -> list[TransferRow]:
    """Transfer rows whose destination is recorded and lies outside the EEA."""
    return [r for r in ctx.transfer_rows if code_of(r.transfer.country) and not ctx.law.is_eea(r.transfer.country)]


def check_recorded(ctx: CheckContext) -> Iterator[Finding]:
    """6: a recipient works outside the EEA but no transfer is recorded; transfers without or inside the EEA."""
    law = ctx.law
    for r in ctx.recipients:
        recorded = {code_of(t.country) for t in r.transfers}
        reported: set[str] = set()
        for raw in r.processing_countries:
            code = code_of(raw)
            if not code or code in reported or law.is_eea(code) or code in recorded:
                continue
            reported.add(code)
            yield ctx.finding("R06-transfer-missing", r, "transfers", recipient=r.name, country=ctx.country_name(code))
        est = code_of(r.country)
        if est and not law.is_eea(est) and est not in recorded and est not in reported:
            yield ctx.finding("R06-establishment-outside-eea", r, "transfers",
                              recipient=r.name, country=ctx.country_name(est))
    for row in ctx.transfer_rows:
        code = code_of(row.transfer.country)
        if not code:
            yield ctx.finding("R06-destination-missing", row, "country")
        elif law.is_eea(code):
            yield ctx.finding("R06-inside-eea", row, "country", country=ctx.country_name(code))


def check_mechanism(ctx: CheckContext) -> Iterator[Finding]:
    """7: no (valid) mechanism for a destination without adequacy; 8: struck-down mechanisms; 9: old SCCs."""
    law = ctx.law
    for row in third_country_rows(ctx):
        t = row.transfer
        code = code_of(t.country)
        country = ctx.country_name(code)
        key = t.mechanism or "none"
        info = law.mechanism(key)
        adequacy = law.adequacy_for(code, ctx.today)
        if info is None or info.kind == "none":
            if adequacy is not None and not adequacy.dpf_list_only:
                yield ctx.finding("R07-adequacy-not-recorded", row, "mechanism", country=country,
                                  decision=LawText.cited(adequacy.decision))
            elif adequacy is not None:  # the US: adequate for organisations on the DPF List only
                yield ctx.finding("R07-us-no-mechanism", row, "mechanism")
            else:
                yield ctx.finding("R07-no-mechanism", row, "mechanism", country=country)
        elif not info.valid:
            if key == "legacy_scc":
                rule = "R09-legacy-scc" if info.invalid_on(ctx.today) else "R09-legacy-scc-expiring"
                yield ctx.finding(rule, row, "mechanism", invalid_since=info.invalid_since)
            elif info.invalid_on(ctx.today):
                yield ctx.finding("R08-invalid-mechanism", row, "mechanism", reference=info.invalidated_by or None,
                                  mechanism=mechanism_name(key), invalid_since=info.invalid_since,
                                  invalidated_by=info.invalidated_by)
        elif info.kind == "adequacy":
            if info.destinations and code not in info.destinations:
                yield ctx.finding("R07-dpf-wrong-destination", row, "mechanism", country=country)
            elif adequacy is None:
                yield ctx.finding("R07-no-adequacy", row, "mechanism", country=country, today=ctx.today)
            elif adequacy.dpf_list_only and key != "dpf":
                yield ctx.finding("R07-us-needs-dpf", row, "mechanism")
        elif key == "bcr" and not t.bcr_reference.strip():
            yield ctx.finding("R07-bcr-reference-missing", row, "bcr_reference")
        elif info.public_bodies_only:
            yield ctx.finding("R08-public-bodies-only", row, "mechanism", mechanism=mechanism_name(key),
                              article=info.article)


def _relies_on_adequacy(key: str, adequacy_dpf_only: bool) -> bool:
    if key in ("", "none", "adequacy"):
        return not adequacy_dpf_only
    return key == "dpf"


def check_adequacy_scope(ctx: CheckContext) -> Iterator[Finding]:
    """14: adequacy relied on outside its scope (e.g. Canada beyond PIPEDA), or not yet binding in the EEA."""
    law = ctx.law
    org_country = code_of(ctx.register.organisation.country)
    for row in third_country_rows(ctx):
        t = row.transfer
        code = code_of(t.country)
        decision = law.adequacy_for(code, ctx.today)
        if decision is None or not _relies_on_adequacy(t.mechanism, decision.dpf_list_only):
            continue
        if decision.scope:
            text = " ".join((t.notes, t.safeguards_documentation, t.supplementary_measures)).casefold()
            if not any(k.casefold() in text for k in decision.scope_keywords):
                yield ctx.finding("R14-adequacy-scope", row, "notes", country=ctx.country_name(code),
                                  decision=LawText.cited(decision.decision), scope_note=decision.scope_note,
                                  keywords=join("list_sep", decision.scope_keywords))
        if decision.eea_incorporation_pending and law.is_efta_eea(org_country):
            yield ctx.finding("R14-eea-incorporation-pending", row, "mechanism", country=ctx.country_name(code),
                              org_country=ctx.country_name(org_country))
        elif decision.eea_incorporation_status == "unverified" and law.is_efta_eea(org_country):
            checked = decision.eea_incorporation_checked_on
            yield ctx.finding("R14-eea-incorporation-unverified", row, "mechanism", country=ctx.country_name(code),
                              decision=LawText.cited(decision.decision), org_country=ctx.country_name(org_country),
                              checked_on=checked or law.as_of)


def check_derogations(ctx: CheckContext) -> Iterator[Finding]:
    """15: derogation not named, used for a recurring processor relationship, or undocumented."""
    law = ctx.law
    recurring = law.policy.recurring_recipient_kinds
    for row in third_country_rows(ctx):
        t = row.transfer
        if t.mechanism != "derogation":
            continue
        derogation = law.derogations.get(t.derogation)
        if derogation is None:
            yield ctx.finding("R15-derogation-missing", row, "derogation")
        elif derogation.requires_documentation and not t.safeguards_documentation.strip():
            yield ctx.finding("R15-compelling-undocumented", row, "safeguards_documentation")
        rec = row.recipient
        if rec is not None and rec.kind in recurring:
            yield ctx.finding("R15-derogation-recurring", row, "mechanism", recipient=rec.name,
                              kind=Term.vocab(vocab.RECIPIENT_KINDS.name, rec.kind, Term.LOWER))


RULES = (check_recorded, check_mechanism, check_adequacy_scope, check_derogations)
