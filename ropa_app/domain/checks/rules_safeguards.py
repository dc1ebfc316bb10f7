"""Checks of the paperwork behind a transfer mechanism: SCC module, TIA, DPF listing (10-13)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Activity, Recipient
from ..transfers import transfers_of_activity
from .catalogue import join, phrase
from .context import CheckContext, TransferRow
from .findings import Finding, Phrase
from .rules_transfers import code_of, mechanism_name, third_country_rows

EXPORTER_ROLE = {"controller": "controller", "joint_controller": "controller", "processor": "processor"}
IMPORTER_ROLE = {
    "processor": "processor",
    "sub_processor": "processor",
    "independent_controller": "controller",
    "joint_controller": "controller",
    "public_authority": "controller",
}  # group companies and "other" can be either: their module is not checked
ROLE_PHRASES = {"controller": "role_controller", "processor": "role_processor"}


def _expected_modules(ctx: CheckContext, activity: Activity, rec: Recipient | None) -> tuple[str, str, list[str]]:
    """(exporter role, importer role or "", SCC modules that fit) for a transfer of `activity`."""
    if rec is None or rec.id in activity.recipients:
        exporter = EXPORTER_ROLE.get(activity.role, "controller")
    else:
        exporter = "processor"  # reached through our processor: it is the processor's transfer
    importer = IMPORTER_ROLE.get(rec.kind, "") if rec is not None else ""
    modules = [
        m.key
        for m in ctx.law.scc_modules.values()
        if m.exporter == exporter and (not importer or m.importer == importer)
    ]
    if rec is not None and rec.kind == "sub_processor" and exporter == "controller":
        # a sub-processor we list directly may have signed with us (2) or with our processor (3)
        modules += [m.key for m in ctx.law.scc_modules.values() if m.exporter == "processor" and m.importer == importer]
    return exporter, importer, sorted(set(modules))


def _roles(exporter: str, importer: str, rec: Recipient | None) -> Phrase:
    if importer and rec is not None:
        return phrase("roles_both", exporter=phrase(ROLE_PHRASES[exporter]), recipient=rec.name,
                      importer=phrase(ROLE_PHRASES[importer]))
    return phrase("roles_exporter", exporter=phrase(ROLE_PHRASES[exporter]))


def check_scc_module(ctx: CheckContext) -> Iterator[Finding]:
    """10: the SCC module is not recorded, or does not fit the roles of exporter and importer."""
    for row in third_country_rows(ctx):
        if row.transfer.mechanism == "scc_2021" and not row.transfer.scc_module:
            yield ctx.finding("R10-scc-module-missing", row, "scc_module")
    reported: set[tuple[int, int | None]] = set()
    for a in ctx.activities:
        for rec, t in transfers_of_activity(ctx.register, a):
            if t.mechanism != "scc_2021" or not t.scc_module or not ctx.law.is_third_country(t.country):
                continue
            if (id(t), a.id) in reported:
                continue
            exporter, importer, expected = _expected_modules(ctx, a, rec)
            if not expected or t.scc_module in expected:
                continue
            reported.add((id(t), a.id))
            owner = rec if rec is not None else a
            row = TransferRow(t, owner, tuple(owner.transfers))
            yield ctx.finding(
                "R10-scc-module-mismatch", row, "scc_module",
                activity=a.name or a.ref, roles=_roles(exporter, importer, rec),
                expected=join("or", expected), module=t.scc_module,
            )


def check_tia(ctx: CheckContext) -> Iterator[Finding]:
    """11: safeguards that need a transfer impact assessment without one, or with a stale one."""
    months = ctx.law.policy.tia_max_age_months
    for row in third_country_rows(ctx):
        t = row.transfer
        info = ctx.law.mechanism(t.mechanism)
        if info is None or not info.valid or not info.requires_tia:
            continue
        if t.tia_date is None:
            yield ctx.finding("R11-tia-missing", row, "tia_date", mechanism=mechanism_name(t.mechanism))
        elif ctx.older_than(t.tia_date, months):
            yield ctx.finding("R11-tia-stale", row, "tia_date", tia_date=t.tia_date, months=months)


def _has_fallback(row: TransferRow) -> bool:
    t = row.transfer
    if t.scc_module.strip():
        return True  # SCCs signed alongside the DPF
    return any(
        s is not t and s.mechanism == "scc_2021" and code_of(s.country) == code_of(t.country) for s in row.siblings
    )


def check_dpf(ctx: CheckContext) -> Iterator[Finding]:
    """12: DPF listing not checked, or checked too long ago; 13: DPF with no fallback SCCs."""
    months = ctx.law.policy.dpf_listing_max_age_months
    dpf = ctx.law.mechanism("dpf")
    for row in third_country_rows(ctx):
        t = row.transfer
        if t.mechanism != "dpf":
            continue
        if dpf is not None and dpf.destinations and code_of(t.country) not in dpf.destinations:
            continue  # rule 7 reports the wrong destination
        if t.dpf_verified_on is None:
            yield ctx.finding("R12-dpf-not-verified", row, "dpf_verified_on")
        elif ctx.older_than(t.dpf_verified_on, months):
            yield ctx.finding("R12-dpf-verification-stale", row, "dpf_verified_on",
                              verified_on=t.dpf_verified_on, months=months)
        if not _has_fallback(row):
            yield ctx.finding("R13-dpf-no-fallback", row, "mechanism")


RULES = (check_scc_module, check_tia, check_dpf)
