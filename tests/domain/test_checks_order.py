"""The order of the findings (#21): `run_checks` sorts them in parts and merges them, so that no single sort call
holds the GIL for long; the order must be exactly that of one sort by `sort_key`, equal keys in the order found."""

from __future__ import annotations

import random

from ropa_app.domain import checks
from ropa_app.domain.checks import run_checks, sorted_findings
from ropa_app.domain.checks.findings import ERROR, INFO, WARNING, Finding, sort_key
from ropa_app.store.demo import build_demo_register

from .factories import TODAY


def _findings(n: int) -> list[Finding]:
    """Findings with many equal keys (same severity, record and rule) that still differ (params, acceptance)."""
    rng = random.Random(21)
    out = []
    for i in range(n):
        out.append(Finding(
            rule_id=rng.choice(("R01-a", "R02-b")),
            severity=rng.choice((ERROR, WARNING, INFO)),
            message_key="check.x",
            reference="Art. 30(1)",
            record_kind=rng.choice(("activity", "transfer")),
            record_id=rng.choice((None, 1)),
            record_label=rng.choice(("Payroll", "payroll", "Åre")),  # one key for the first two
            field="purposes",
            params={"n": str(i)},  # not part of the key: equal keys, told apart by it
            accepted_id=rng.choice((None, None, 7)),
        ))
    return out


def test_the_parts_merged_give_the_order_of_one_sort(monkeypatch):
    findings = _findings(1000)
    expected = sorted(findings, key=sort_key)
    for part in (1, 7, 64, 999, 1000, 5000):
        monkeypatch.setattr(checks, "SORT_PART", part)
        got = sorted_findings(findings)
        assert len(got) == len(findings)
        assert all(a is b for a, b in zip(got, expected)), f"parts of {part}"
    assert len({sort_key(f) for f in findings}) <= 96, "the test has many equal keys"


def test_run_checks_lists_the_demo_in_the_same_order_whatever_the_parts(monkeypatch):
    register = build_demo_register(TODAY)
    monkeypatch.setattr(checks, "SORT_PART", 10**9)  # one sort, as before
    whole = [f.to_dict() for f in run_checks(register, TODAY)]
    monkeypatch.setattr(checks, "SORT_PART", 2)
    parts = run_checks(register, TODAY)
    assert [f.to_dict() for f in parts] == whole and len(whole) > 2 * 5
    assert parts == sorted(parts, key=sort_key)


def test_the_run_lets_go_of_its_own_tables_an_item_at_a_time_and_of_nothing_it_was_given():
    """What a run made (the context's tables of names and texts) is emptied an item at a time before it returns, so
    that it is not freed in one long C call; the register, and any list also held elsewhere, are left as they were."""
    from ropa_app.domain.checks.context import CheckContext
    from ropa_app.domain.law import load_law

    popped = []

    class Table(dict):
        def popitem(self):
            popped.append("table")
            return super().popitem()

    class Rows(list):
        def pop(self, *args):
            popped.append("rows")
            return super().pop(*args)

    register = build_demo_register(TODAY)
    ctx = CheckContext(register=register, today=TODAY, law=load_law())
    held_elsewhere = Rows(register.activities)
    vars(ctx).update(table=Table(a=1, b=2), rows=Rows([object()] * 3), held=held_elsewhere, shared=register.activities)
    activities = len(register.activities)
    checks._let_go(ctx)
    assert sorted(popped) == ["rows"] * 3 + ["table"] * 2 and "table" not in vars(ctx)
    assert len(held_elsewhere) == len(register.activities) == activities > 0
    assert ctx.register is register and ctx.today == TODAY
    first = [f.to_dict() for f in run_checks(register, TODAY)]
    assert [f.to_dict() for f in run_checks(register, TODAY)] == first and len(register.activities) == activities
