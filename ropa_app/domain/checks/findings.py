"""What a check reports: a Finding, and the order findings are listed in.

A finding's message is a key of the checks' text table (`messages.MESSAGES`) with parameters, put into
words when it is read: `finding.message` in English, `finding.text(translate)` in the language of
`translate` (anything that gives the text of a key, such as `ropa_app.export.i18n.Translator`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import kinds
from .messages import MESSAGES

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)  # most serious first



Translate = Callable[[str], str]  # a key of the text table -> its text (a template) in some language


def english(key: str) -> str:
    """The English text of a key of the checks' text table."""
    return MESSAGES[key]


@dataclass(frozen=True)
class Phrase:
    """Words of the checks inside a message: a key of the text table with its own parameters, put into
    words in the language the message is read in ("the processor", "the exporter is {exporter}")."""

    key: str
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict, hash=False)

    def text(self, translate: Translate = english) -> str:
        return render(self.key, self.params, translate)


@dataclass(frozen=True)
class Join:
    """Items one after the other, between them the text of the key `separator` (", ", " and ")."""

    separator: str
    items: tuple[Param, ...]

    def text(self, translate: Translate = english) -> str:
        return translate(self.separator).join(param_text(item, translate) for item in self.items)


# A parameter of a message: text shown as it is in every language (a name from the register, a date,
# a number, reference data) or the checks' own words (a Phrase, or a Join of parameters).
Param = str | Phrase | Join


def param_text(value: Param, translate: Translate = english) -> str:
    return value.text(translate) if isinstance(value, (Phrase, Join)) else str(value)


def render(key: str, params: Mapping[str, Param], translate: Translate = english) -> str:
    """The text of `key` in the language of `translate`, its `{names}` filled with the parameters."""
    return translate(key).format(**{name: param_text(value, translate) for name, value in params.items()})


def param_to_json(value: Param) -> Any:
    """A parameter for JSON: text as it is; a phrase as {"key", "params"}; a join as {"separator", "items"}."""
    if isinstance(value, Phrase):
        return {"key": value.key, "params": {k: param_to_json(v) for k, v in value.params.items()}}
    if isinstance(value, Join):
        return {"separator": value.separator, "items": [param_to_json(v) for v in value.items]}
    return value


@dataclass(frozen=True)
class Finding:
    """One problem in the register, in words a non-lawyer understands.

    record_kind/record_id/record_label say which record it is about and field names the
    register-fields key to fix. For a transfer, owner_kind/owner_id name the recipient or activity
    that holds it. The message is the text of `message_key` (`check.<rule id>`) filled with `params`:
    `message` in English, `text(translate)` in another language.
    """

    rule_id: str
    severity: str
    message_key: str
    reference: str
    record_kind: str
    record_id: int | None
    record_label: str
    field: str = ""
    owner_kind: str = ""
    owner_id: int | None = None
    params: dict[str, Param] = dataclasses.field(default_factory=dict, hash=False)
    # Set when the user accepted this finding with a reason (an AcceptedFinding record whose facts still hold)
    accepted_id: int | None = None
    accepted_reason: str = ""

    @property
    def accepted(self) -> bool:
        """Answered by the user (accepted with a reason): shown as accepted, not as an open problem."""
        return self.accepted_id is not None

    @property
    def status(self) -> str:
        """"accepted" once answered, else the severity (what the Checks view filters on)."""
        return "accepted" if self.accepted else self.severity

    @property
    def message(self) -> str:
        """The message in English."""
        return self.text()

    def text(self, translate: Translate = english) -> str:
        """The message in the language of `translate` (a key -> its text, e.g. an export Translator);
        a text the language lacks is the translator's to fall back on."""
        return render(self.message_key, self.params, translate)

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
            "message_key": self.message_key,
            "params": {name: param_to_json(value) for name, value in self.params.items()},
            "accepted": self.accepted,
            "accepted_reason": self.accepted_reason,
        }


def sort_key(f: Finding) -> tuple[Any, ...]:
    """Open findings before accepted ones; then severity, the record (kind, label, id), the rule and field."""
    return (
        f.accepted,
        SEVERITIES.index(f.severity),
        kinds.rank(f.record_kind),
        f.record_label.casefold(),
        f.record_id if f.record_id is not None else -1,
        f.rule_id,
        f.field,
    )
