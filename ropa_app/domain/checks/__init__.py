"""The register checks: rules that find what an Art. 30 record lacks or gets wrong.

`run_checks(register, today)` runs every rule and returns the findings, most serious first.
Rules are grouped by theme in the `rules_*` modules; their wording is in `catalogue`, and the law
they apply (EEA, adequacy, mechanisms, intervals, phrases) comes from `LawData`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from ..law import LawData, load_law
from ..model import Register
from . import rules_content, rules_logs, rules_national, rules_parties, rules_safeguards, rules_transfers, rules_upkeep
from .accepted import apply_accepted
from .catalogue import RULES, Rule
from .context import CheckContext
from .findings import ERROR, INFO, SEVERITIES, WARNING, Finding, sort_key

ALL_CHECKS = (
    *rules_parties.RULES,
    *rules_content.RULES,
    *rules_transfers.RULES,
    *rules_safeguards.RULES,
    *rules_upkeep.RULES,
    *rules_national.RULES,
    *rules_logs.RULES,
)


def run_checks(
    register: Register, today: date, law: LawData | None = None, at: datetime | None = None,
    between: Callable[[], None] | None = None,
) -> list[Finding]:
    """All findings for the register on day `today` (at the moment `at`, for deadlines in hours), sorted by
    severity, then record. `between` is called after each check (a worker stops there by raising)."""
    ctx = CheckContext(register=register, today=today, law=law or load_law(), at=at)
    findings: list[Finding] = []
    for check in ALL_CHECKS:
        findings.extend(check(ctx))
        if between is not None:
            between()
    return sorted(apply_accepted(findings, register.accepted_findings), key=sort_key)


def counts(findings: list[Finding]) -> dict[str, int]:
    """Number of open findings per severity (every severity present, possibly 0); accepted ones not counted."""
    out = {s: 0 for s in SEVERITIES}
    for f in findings:
        if not f.accepted:
            out[f.severity] += 1
    return out


__all__ = ["ERROR", "WARNING", "INFO", "SEVERITIES", "Finding", "Rule", "RULES", "run_checks", "counts", "ALL_CHECKS"]
