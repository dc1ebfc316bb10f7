"""Checks of the organisation and the recipients (1 for the controller's identity, 22, 23, 25)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Organisation, fields_of
from .catalogue import article_reference, phrase
from .context import CheckContext
from .findings import Finding

PROCESSOR_KINDS = ("processor", "sub_processor")


def check_organisation(ctx: CheckContext) -> Iterator[Finding]:
    """1: the controller's identity and contact details; 25: DPO contact."""
    org = ctx.register.organisation
    for spec in fields_of(Organisation):
        if spec.mandatory and not str(getattr(org, spec.key) or "").strip():
            yield ctx.finding("R01-organisation-incomplete", org, spec.key,
                              reference=article_reference(spec.article), field_label=spec.label.lower())
    if org.dpo_appointed and not any(v.strip() for v in (org.dpo_email, org.dpo_phone, org.dpo_address)):
        yield ctx.finding("R25-dpo-contact-missing", org, "dpo_email")


def check_processors(ctx: CheckContext) -> Iterator[Finding]:
    """22: processor without a DPA; 23: processor without recorded sub-processors."""
    for r in ctx.recipients:
        if r.kind in PROCESSOR_KINDS and r.dpa_signed is None and not r.dpa_link.strip():
            yield ctx.finding("R22-dpa-missing", r, "dpa_signed", recipient=r.name or phrase("unnamed_processor"))
        if r.kind == "processor" and not r.sub_processors:
            yield ctx.finding("R23-sub-processors-missing", r, "sub_processors",
                              recipient=r.name or phrase("unnamed_processor"))


RULES = (check_organisation, check_processors)
