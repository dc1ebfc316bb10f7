"""The register checks: rules that find what an Art. 30 record lacks or gets wrong.

`run_checks(register, today)` runs every rule and returns the findings, most serious first.
Rules are grouped by theme in the `rules_*` modules; their wording is in `catalogue`, and the law
they apply (EEA, adequacy, mechanisms, intervals, phrases) comes from `LawData`.
"""

from __future__ import annotations

import dataclasses
import heapq
import sys
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from ..draining import drain
from ..model import Register
from .catalogue import RULES, Rule
from .findings import ERROR, INFO, SEVERITIES, WARNING, Finding, sort_key

if TYPE_CHECKING:
    from ..law import LawData
    from .context import CheckContext


@cache
def _all_checks() -> tuple[Callable, ...]:
    """Every check, in the order they run. The rule modules (and the law they read) are imported by the first run,
    not with this package: the window's findings, severities and catalogue do without them (#21, the start)."""
    from . import rules_content, rules_logs, rules_national, rules_parties, rules_safeguards, rules_transfers
    from . import rules_upkeep

    return (
        *rules_parties.RULES,
        *rules_content.RULES,
        *rules_transfers.RULES,
        *rules_safeguards.RULES,
        *rules_upkeep.RULES,
        *rules_national.RULES,
        *rules_logs.RULES,
    )


def __getattr__(name: str):
    if name == "ALL_CHECKS":  # (made at its first use: `_all_checks`)
        return _all_checks()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def run_checks(
    register: Register, today: date, law: LawData | None = None, at: datetime | None = None,
    between: Callable[[], None] | None = None,
) -> list[Finding]:
    """All findings for the register on day `today` (at the moment `at`, for deadlines in hours), sorted by
    severity, then record. `between` is called after each check (a worker stops there by raising)."""
    from ..law import load_law
    from .accepted import apply_accepted
    from .context import CheckContext

    ctx = CheckContext(register=register, today=today, law=law or load_law(), at=at)
    findings: list[Finding] = []
    for check in _all_checks():
        findings.extend(check(ctx))
        if between is not None:
            between()
    out = sorted_findings(apply_accepted(findings, register.accepted_findings))
    _let_go(ctx)
    return out


def _let_go(ctx: CheckContext) -> None:
    """Drop what the run made on its way (the context's tables and lists: records' names, shared texts, the rows it
    went through) an item at a time. Dropped with the context as `run_checks` returns, they were freed in one C call
    that holds the GIL: ~20 ms at 10,000 activities, ~0.1 s at 50,000, a pause of the window while a worker checks
    (#21). What the context was given (the register, the law) is left alone, and so is any of their own tables or
    lists (a cached property may return one as it is), found by identity (which no interpreter counts differently), and
    so is a table or list that something else holds too, by its count of references."""
    made = ctx.__dict__
    given = {f.name for f in dataclasses.fields(ctx) if f.init}
    theirs = {id(getattr(owner, f.name)) for owner in (ctx.register, ctx.law) if dataclasses.is_dataclass(owner)
              for f in dataclasses.fields(owner)}
    for name in [name for name in made if name not in given]:
        value = made.pop(name)
        if id(value) in theirs or sys.getrefcount(value) > 2:  # held elsewhere too (2: `value` and the call's argument)
            continue
        if isinstance(value, (dict, list)):
            drain(value)


SORT_PART = 4096  # findings sorted in one C call at most (sorted_findings)


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    """`sorted(findings, key=sort_key)`: the same order (equal keys in the order given), made without one long C
    call. Python's sort of ~159,000 findings (50,000 activities) is one call of ~100 ms that holds the GIL, and the
    window's event loop waited for it while the checks ran in a worker (#21). Here parts of `SORT_PART` findings
    are sorted one at a time and merged by `heapq.merge`, a Python loop that lets the UI thread run between items;
    each finding carries its place, so equal keys keep the order given and findings are never compared. Costs
    ~0.2 s more of the worker's CPU at 159,000 findings."""
    if len(findings) <= SORT_PART:
        return sorted(findings, key=sort_key)
    parts = []
    for start in range(0, len(findings), SORT_PART):
        part = [(sort_key(f), place, f) for place, f in enumerate(findings[start:start + SORT_PART], start)]
        part.sort()
        parts.append(part)
    merged = [f for _key, _place, f in heapq.merge(*parts)]
    drain(parts)  # the keys freed a part at a time: freeing them all at once is one C call too (~40 ms)
    return merged


def counts(findings: list[Finding]) -> dict[str, int]:
    """Number of open findings per severity (every severity present, possibly 0); accepted ones not counted."""
    out = {s: 0 for s in SEVERITIES}
    for f in findings:
        if not f.accepted:
            out[f.severity] += 1
    return out


__all__ = ["ERROR", "WARNING", "INFO", "SEVERITIES", "Finding", "Rule", "RULES", "run_checks", "counts", "ALL_CHECKS"]
