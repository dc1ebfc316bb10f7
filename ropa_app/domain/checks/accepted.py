"""Findings the user has answered: accepted with a reason, kept in the register (`model.AcceptedFinding`).

An accepted finding names the finding's rule, record and field, and a fingerprint of the facts it was
about (the finding's parameters: the text, the categories, the criteria it names). It applies while the
check still finds the same thing; when those facts change, the fingerprint no longer matches and the
finding is open again (the accepted record stays in the register and its audit log, as history).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from datetime import date

from ..model import AcceptedFinding
from .findings import Finding, param_to_json


def record_key(f: Finding) -> str:
    """The record a finding is about, as an accepted finding names it ("activity:3", "organisation")."""
    return f.record_kind if f.record_id is None else f"{f.record_kind}:{f.record_id}"


def fingerprint(f: Finding) -> str:
    """A digest of what the finding says: its rule, record, field and parameters."""
    facts = {
        "rule": f.rule_id,
        "record": record_key(f),
        "field": f.field,
        "params": {k: param_to_json(v) for k, v in sorted(f.params.items())},
    }
    text = json.dumps(facts, ensure_ascii=True, sort_keys=True)  # ASCII: any text, even a lone surrogate
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def accept(f: Finding, reason: str, user: str, today: date) -> AcceptedFinding:
    """The record that accepts `f` with `reason` (to be added to the register)."""
    if not reason.strip():
        raise ValueError("an accepted finding needs a reason")
    return AcceptedFinding(
        rule_id=f.rule_id, record=record_key(f), field=f.field, record_label=f.record_label, reason=reason.strip(),
        accepted_by=user, accepted_on=today, fingerprint=fingerprint(f),
    )


def matches(accepted: AcceptedFinding, f: Finding) -> bool:
    return (
        accepted.rule_id == f.rule_id and accepted.record == record_key(f) and accepted.field == f.field
        and accepted.fingerprint == fingerprint(f)
    )


def apply_accepted(findings: Iterable[Finding], accepted: Iterable[AcceptedFinding]) -> list[Finding]:
    """The findings, those the user accepted (with the same facts) marked with the acceptance's reason."""
    by_print = {(a.rule_id, a.record, a.field, a.fingerprint): a for a in accepted}
    out = []
    for f in findings:
        found = by_print.get((f.rule_id, record_key(f), f.field, fingerprint(f)))
        if found is not None:
            f = dataclasses.replace(f, accepted_id=found.id if found.id is not None else -1,
                                    accepted_reason=found.reason)
        out.append(f)
    return out


def reopened(findings: Iterable[Finding], accepted: Iterable[AcceptedFinding]) -> list[AcceptedFinding]:
    """Accepted findings that no longer apply: the check no longer finds exactly what was accepted."""
    live = {(f.rule_id, record_key(f), f.field, fingerprint(f)) for f in findings}
    return [a for a in accepted if (a.rule_id, a.record, a.field, a.fingerprint) not in live]
