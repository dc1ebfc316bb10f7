"""Checks of the organisation and the recipients (1 for the controller's identity, 22, 23, 25, 30, 31)."""

from __future__ import annotations

from collections.abc import Iterator

from .. import vocab
from ..kinds import ORGANISATION
from ..model import Organisation, fields_of
from ..transfers import recipients_of_activity
from .catalogue import article_reference, join, phrase
from .context import CheckContext
from .findings import Finding, Term

PROCESSOR_KINDS = ("processor", "sub_processor")


def check_organisation(ctx: CheckContext) -> Iterator[Finding]:
    """1: the controller's identity and contact details; 25: DPO contact."""
    org = ctx.register.organisation
    for spec in fields_of(Organisation):
        if spec.mandatory and not str(getattr(org, spec.key) or "").strip():
            yield ctx.finding("R01-organisation-incomplete", org, spec.key,
                              reference=article_reference(spec.article),
                              field_label=Term.field(ORGANISATION.key, spec.key, Term.LOWER))
    if not any(v.strip() for v in (org.address, org.email, org.phone)):
        yield ctx.finding("R01-organisation-contact-missing", org, "email")  # any contact detail will do
    if org.dpo_appointed and not org.dpo_name.strip():
        yield ctx.finding("R25-dpo-name-missing", org, "dpo_name")
    if org.dpo_appointed and not any(v.strip() for v in (org.dpo_email, org.dpo_phone, org.dpo_address)):
        yield ctx.finding("R25-dpo-contact-missing", org, "dpo_email")


def check_processors(ctx: CheckContext) -> Iterator[Finding]:
    """22: processor without a DPA (a DPA in place whose date is unknown is a DPA); 23: what the DPA says
    about sub-processors, and a processor whose sub-processors are not recorded.

    A sub-processor's contract is with our processor, not with us (Art. 28(4)): we ask whether our
    processor's DPA allows sub-processing and flows the obligations down, not for a DPA of our own."""
    for r in ctx.recipients:
        name = r.name or phrase("unnamed_processor")
        if r.kind != "processor":
            continue
        if r.dpa_signed is None and not r.dpa_link.strip() and r.dpa_in_place != "yes":
            yield ctx.finding("R22-dpa-missing", r, "dpa_signed", recipient=name)
        subs = [s.name for s in (ctx.register.recipient(i) for i in r.sub_processors) if s is not None]
        if subs and r.sub_processing == "not_allowed":
            yield ctx.finding("R23-sub-processing-not-allowed", r, "sub_processing", recipient=name,
                              names=join("list_sep", subs))
        elif subs and r.sub_processing in ("", "not_assessed"):
            yield ctx.finding("R23-sub-processing-not-assessed", r, "sub_processing", recipient=name,
                              names=join("list_sep", subs))
        elif not r.sub_processors and r.sub_processing != "not_allowed":
            yield ctx.finding("R23-sub-processors-missing", r, "sub_processors", recipient=name)


def _cycle(ctx: CheckContext, start: int) -> list[int]:
    """The shortest chain of sub-processors from `start` back to it (ids, `start` first), or []."""
    paths = {start: [start]}
    queue = [start]
    while queue:
        current = queue.pop(0)
        rec = ctx.register.recipient(current)
        for nxt in (rec.sub_processors if rec is not None else ()):
            if nxt == start:
                return paths[current]
            if nxt not in paths and ctx.register.recipient(nxt) is not None:
                paths[nxt] = [*paths[current], nxt]
                queue.append(nxt)
    return []


def check_sub_processor_cycles(ctx: CheckContext) -> Iterator[Finding]:
    """23: sub-processors that lead back to the recipient itself (A uses B, B uses A): a chain of Art. 28(4)
    contracts runs one way, so one of the links is recorded wrongly. One finding per cycle, on its first
    recipient in the register's order."""
    reported: set[frozenset[int]] = set()
    for r in ctx.recipients:
        if r.id is None or not r.sub_processors:
            continue
        chain = _cycle(ctx, r.id)
        if not chain or frozenset(chain) in reported:
            continue
        reported.add(frozenset(chain))
        names = [(ctx.register.recipient(i).name or phrase("unnamed_recipient")) for i in [*chain, r.id]]
        yield ctx.finding("R23-sub-processor-cycle", r, "sub_processors", recipient=names[0],
                          chain=join("chain_sep", names))


# The points of Art. 28(3) a DPA must cover (vocab.DPA_TERMS), and the clauses that cover them all
DPA_POINTS = tuple(k for k in vocab.DPA_TERMS.keys() if k.startswith("art28_3_"))
COMMISSION_CLAUSES = "ec_2021_915"


def check_dpa_content(ctx: CheckContext) -> Iterator[Finding]:
    """41: a DPA whose recorded content lacks points of Art. 28(3) (once any is recorded; the Commission's
    clauses of Decision (EU) 2021/915 cover them all)."""
    for r in ctx.recipients:
        if r.kind != "processor" or not r.dpa_terms or COMMISSION_CLAUSES in r.dpa_terms:
            continue
        missing = [k for k in DPA_POINTS if k not in r.dpa_terms]
        if missing:
            letters = join("list_sep", (POINT_LETTER[k] for k in missing))
            yield ctx.finding("R41-dpa-content-incomplete", r, "dpa_terms", recipient=r.name or phrase(
                "unnamed_processor"), points=letters)


POINT_LETTER = {k: k.rsplit("_", 1)[1].join("()") for k in DPA_POINTS}  # "art28_3_h" -> "(h)"


def check_recipients(ctx: CheckContext) -> Iterator[Finding]:
    """30: a recipient without a country; 31: a recipient no activity discloses data to."""
    used: set[int] = set()
    for a in ctx.register.activities:
        used |= {r.id for r in recipients_of_activity(ctx.register, a) if r.id is not None}
    for r in ctx.recipients:
        name = r.name or phrase("unnamed_recipient")
        if not r.country.strip():
            yield ctx.finding("R30-recipient-country-missing", r, "country", recipient=name)
        if r.id not in used:
            yield ctx.finding("R31-recipient-unused", r, "name", recipient=name)


RULES = (check_organisation, check_processors, check_sub_processor_cycles, check_dpa_content, check_recipients)
