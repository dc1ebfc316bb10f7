"""The register's kinds of record, each declared once.

Everything that lists kinds of record derives the list from here: the order findings are sorted in,
the store's repositories and change notices, the JSON document's top-level keys and schema
definitions, the translation keys of field labels (`field.<key>.<field>`), the import plan, the
window's pages. A kind of record of its own (listed, edited, exported) has an `attr`: its attribute of
`model.Register` and its key in the JSON document; a nested kind lives inside another record's field.
"""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from . import model
from .dataclass import dataclass
from .messages import field_label


def _name(record: Any) -> str:
    return record.name


def _ref_and_name(record: Any) -> str:
    return f"{record.ref} {record.name}".strip()


def _country(record: Any) -> str:
    return record.country


@dataclass(frozen=True)
class RecordKind:
    key: str  # "activity": findings, the audit log, change notices, translation keys, JSON $defs
    cls: type  # the model class
    label: str  # its English name (translated as "kind.<key>")
    plural_label: str
    attr: str = ""  # attribute of model.Register and top-level key of the JSON document ("": nested)
    single: bool = False  # one per register (the organisation)
    title: Callable[[Any], str] = _name  # how one record is named in a finding, the audit log, a preview
    match: tuple[str, ...] = ("name",)  # an imported record is matched with the register's by these, in turn
    columns: tuple[str, ...] = ()  # the fields its generic list shows (none: `summary_keys` chooses)
    log: bool = False  # a log for the company's own use (breaches, requests): never in the Art. 30 record

    @property
    def top_level(self) -> bool:
        return bool(self.attr)

    @property
    def fields(self) -> list[model.FieldSpec]:
        return model.fields_of(self.cls)

    @property
    def summary_keys(self) -> list[str]:
        """The fields a generic list of this kind shows: its `columns`, else its first single text, choice or
        date fields."""
        if self.columns:
            return list(self.columns)
        keys = [
            fs.key for fs in self.fields
            if not fs.kind.many and fs.kind.family in ("text", "choice", "date", "datetime")
        ]
        return keys[:4]

    def refers_to(self) -> set[str]:
        """Keys of the other kinds this kind's records point at (REFS fields)."""
        return {fs.refers for fs in self.fields if fs.refers and fs.refers != self.key}

    def records(self, register: model.Register) -> list[Any]:
        """This kind's records in a register (the organisation as a one-item list)."""
        value = getattr(register, self.attr)
        return [value] if self.single else list(value)


ORGANISATION = RecordKind(
    "organisation", model.Organisation, "Organisation", "Organisation", attr="organisation", single=True, match=()
)
ACTIVITY = RecordKind(
    "activity", model.Activity, "Activity", "Activities", attr="activities",
    title=_ref_and_name, match=("ref", "name"),
)
RECIPIENT = RecordKind("recipient", model.Recipient, "Recipient", "Recipients", attr="recipients")
TRANSFER = RecordKind("transfer", model.Transfer, "Transfer", "Transfers", title=_country)
DATA_CATEGORY = RecordKind("data_category", model.DataCategory, "Data category", "Data categories")
JOINT_CONTROLLER = RecordKind("joint_controller", model.JointController, "Joint controller", "Joint controllers")
CONTROLLER_REF = RecordKind("controller_ref", model.ControllerRef, "Controller", "Controllers")


def _accepted_title(record: Any) -> str:
    return f"{record.rule_id} {record.record_label}".strip()


ACCEPTED_FINDING = RecordKind(
    "accepted_finding", model.AcceptedFinding, "Accepted finding", "Accepted findings", attr="accepted_findings",
    title=_accepted_title, match=("rule_id", "record_label"),
)


def _ref_and_title(record: Any) -> str:
    return f"{record.ref} {record.title}".strip()


def _ref_and_requester(record: Any) -> str:
    return " ".join(p for p in (record.ref, record.requester) if p.strip()).strip()


BREACH = RecordKind(
    "breach", model.Breach, "Personal data breach", "Personal data breaches", attr="breaches",
    title=_ref_and_title, match=("ref", "title"), columns=("ref", "title", "discovered_at", "risk"), log=True,
)
REQUEST = RecordKind(
    "request", model.DataSubjectRequest, "Data-subject request", "Data-subject requests", attr="requests",
    title=_ref_and_requester, match=("ref",), columns=("ref", "right", "received_at", "outcome"), log=True,
)

# In the order findings and lists show them.
KINDS: tuple[RecordKind, ...] = (
    ORGANISATION, ACTIVITY, RECIPIENT, TRANSFER, DATA_CATEGORY, JOINT_CONTROLLER, CONTROLLER_REF, BREACH, REQUEST,
    ACCEPTED_FINDING,
)

_BY_KEY = {k.key: k for k in KINDS}
_BY_CLASS = {k.cls: k for k in KINDS}


def kind(key: str) -> RecordKind:
    return _BY_KEY[key]


def kind_of(record_or_class: Any) -> RecordKind:
    cls = record_or_class if isinstance(record_or_class, type) else type(record_or_class)
    return _BY_CLASS[cls]


def kind_of_class(cls: type) -> RecordKind | None:
    """The kind whose records are of `cls`, or None (a class that is not a kind of record)."""
    return _BY_CLASS.get(cls)


def field_named(cls: type, key: str, text: str | None = None) -> str:
    """The field `key` of `cls` as a message names it: `text` in English (its label unless given), its label as the
    form shows it in the interface's language (`messages.field_label`); plain `text` for a class that is no kind of
    record or a field without a label."""
    kind_ = _BY_CLASS.get(cls)
    label = model.field_spec(cls, key).label
    if kind_ is None or not label:
        return text if text is not None else key
    return field_label(label, f"field.{kind_.key}.{key}", text)


def rank(key: str) -> int:
    """A kind's place in KINDS (unknown kinds last): the order findings are listed in."""
    found = _BY_KEY.get(key)
    return KINDS.index(found) if found is not None else len(KINDS)


def top_level() -> tuple[RecordKind, ...]:
    """The kinds of record of their own, singles first, then each after the kinds it points at (the
    order of the JSON document and of an import: recipients before the activities that name them)."""
    ordered: list[RecordKind] = [k for k in KINDS if k.single]
    pending = [k for k in KINDS if k.top_level and not k.single]
    while pending:
        ready = next(
            (k for k in pending if k.refers_to() <= {o.key for o in ordered}), pending[0]
        )  # a cycle of references would take the declared order
        ordered.append(ready)
        pending.remove(ready)
    return tuple(ordered)


def listed() -> tuple[RecordKind, ...]:
    """The kinds kept as lists of records (everything top-level but the organisation)."""
    return tuple(k for k in top_level() if not k.single)
