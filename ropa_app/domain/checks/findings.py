"""What a check reports: a Finding, and the order findings are listed in."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)  # most serious first

RECORD_KINDS = ("organisation", "activity", "recipient", "transfer")


@dataclass(frozen=True)
class Finding:
    """One problem in the register, in words a non-lawyer understands.

    record_kind/record_id/record_label say which record it is about and field names the
    register-fields key to fix. For a transfer, owner_kind/owner_id name the recipient or activity
    that holds it. `params` are the values the message was built from (for later translation).
    """

    rule_id: str
    severity: str
    message: str
    reference: str
    record_kind: str
    record_id: int | None
    record_label: str
    field: str = ""
    owner_kind: str = ""
    owner_id: int | None = None
    params: dict[str, str] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "severity": self.severity,
            "message": self.message,
            "reference": self.reference,
            "record_kind": self.record_kind,
            "record_id": self.record_id,
            "record_label": self.record_label,
            "field": self.field,
            "owner_kind": self.owner_kind,
            "owner_id": self.owner_id,
        }


def sort_key(f: Finding) -> tuple[Any, ...]:
    """Severity first, then the record (kind, label, id), then the rule and field."""
    return (
        SEVERITIES.index(f.severity),
        RECORD_KINDS.index(f.record_kind) if f.record_kind in RECORD_KINDS else len(RECORD_KINDS),
        f.record_label.casefold(),
        f.record_id if f.record_id is not None else -1,
        f.rule_id,
        f.field,
    )
