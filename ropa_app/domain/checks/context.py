"""What every rule gets: the register, the day of the check, the law, and helpers to report findings."""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime, time
from functools import cached_property
from typing import Any

from .. import kinds
from ..dataclass import dataclass
from ..dates import older_than_months
from ..law import LawData
from ..model import Activity, Organisation, Recipient, Register, Transfer
from ..transfers import recipients_of_activity
from .catalogue import RULES, phrase
from .findings import Finding, Join, LawText, Param, Phrase, Term, param_text


@dataclass(frozen=True)
class TransferRow:
    """One recorded transfer with the record that holds it (a recipient or an activity)."""

    transfer: Transfer
    owner: Recipient | Activity
    siblings: tuple[Transfer, ...]  # all transfers of the same owner, this one included

    @property
    def owner_kind(self) -> str:
        return (kinds.RECIPIENT if isinstance(self.owner, Recipient) else kinds.ACTIVITY).key

    @property
    def recipient(self) -> Recipient | None:
        return self.owner if isinstance(self.owner, Recipient) else None


_SHARED = frozenset({str, Term, LawText})  # parameters that hash by their value (a phrase by its key alone)


def activity_label(a: Activity) -> str:
    return param_text(_activity_name(a))


def _is_day(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _activity_name(a: Activity) -> Param:
    return " ".join(p for p in (a.ref.strip(), a.name.strip()) if p) or phrase("unnamed_activity")


def recipient_label(r: Recipient) -> str:
    return r.name.strip() or phrase("unnamed_recipient").text()


@dataclass
class CheckContext:
    register: Register
    today: date
    law: LawData
    at: datetime | None = None  # the moment of the check, for deadlines in hours (None: see `now`)
    # The findings' repeated values, one object each for the run (`finding`): texts and terms by value, a record's
    # name by the record (at 50,000 activities, ~159,000 findings kept while the window shows them)
    _shared: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    _labels: dict[int, tuple[Any, tuple[str, int | None, Param, str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def now(self) -> datetime:
        """The moment of the check: `at`, else now when checking today, else the end of `today`."""
        if self.at is not None:
            return self.at
        return datetime.now().replace(second=0, microsecond=0) if self.today == date.today() else (
            datetime.combine(self.today, time(23, 59)))

    # ------------------------------------------------------------ what is checked

    @cached_property
    def activities(self) -> list[Activity]:
        """The activities to check: all but the retired ones."""
        return [a for a in self.register.activities if a.status != "retired"]

    @cached_property
    def recipients(self) -> list[Recipient]:
        """Recipients used by a checked activity (directly or as sub-processor), or by no activity at all."""
        used: set[int] = set()
        used_by_live: set[int] = set()
        for a in self.register.activities:
            ids = {r.id for r in recipients_of_activity(self.register, a) if r.id is not None}
            used |= ids
            if a.status != "retired":
                used_by_live |= ids
        return [r for r in self.register.recipients if r.id in used_by_live or r.id not in used]

    @cached_property
    def transfer_rows(self) -> list[TransferRow]:
        rows: list[TransferRow] = []
        for owner in [*self.recipients, *self.activities]:
            siblings = tuple(owner.transfers)
            rows.extend(TransferRow(t, owner, siblings) for t in owner.transfers)
        return rows

    def older_than(self, day: date, months: int) -> bool:
        return older_than_months(day, months, self.today)

    def country_name(self, code: str) -> Term:
        """A country (or international organisation) in a message: its name in the reader's language (one Term per
        code for the run)."""
        term = Term.country(code)
        return self._shared.setdefault(term, term)

    # ------------------------------------------------------------ reporting

    def finding(
        self,
        rule_id: str,
        record: Any,
        field_key: str = "",
        reference: str | None = None,
        **params: Any,
    ) -> Finding:
        """A finding of `rule_id` about `record`; `reference` replaces the rule's legal reference.

        `params` fill the rule's message: a Phrase, Join or Term as it is (put into words when the message
        is read), a day as a Term (written as the reader's language writes dates), anything else as text.
        """
        rule = RULES[rule_id]
        share = self._shared.setdefault
        values: dict[str, Param] = {}
        for k, v in params.items():
            v = v if isinstance(v, (Phrase, Join, Term, LawText)) else Term.day(v) if _is_day(v) else str(v)
            values[k] = share(v, v) if type(v) in _SHARED else v
        owner_kind, owner_id = "", None
        kind, rid, label, record_label = self._label(record)
        if isinstance(record, TransferRow):
            owner_kind, owner_id = record.owner_kind, record.owner.id
        text = reference if reference is not None else self._reference(rule.reference, values)
        return Finding(
            rule_id=rule.rule_id,
            severity=rule.severity,
            message_key=rule.message_key,
            reference=share(text, text),
            record_kind=kind,
            record_id=rid,
            record_label=record_label,
            label=label,
            reference_template=rule.reference if reference is None else "",
            field=field_key,
            owner_kind=owner_kind,
            owner_id=owner_id,
            params=values,
        )

    def _label(self, record: Any) -> tuple[str, int | None, Param, str]:
        """The kind and id of `record`, and its name: as words for the reader's language and in English (made once
        per record of the run, the record kept with it so that its `id()` stays its own)."""
        found = self._labels.get(id(record))
        if found is not None and found[0] is record:
            return found[1]
        kind, rid, label, text = self._make_label(record)
        share = self._shared.setdefault
        made = (kind, rid, share(label, label) if type(label) is str else label, share(text, text))
        self._labels[id(record)] = (record, made)
        return made

    def _make_label(self, record: Any) -> tuple[str, int | None, Param, str]:
        # The record's name: as recorded, a stand-in phrase where it has none, and for a transfer its
        # holder and destination (`Finding.label`, in the reader's language; `record_label` in English)
        if isinstance(record, Organisation):
            kind, rid, label = "organisation", None, record.name.strip() or phrase("unnamed_organisation")
        elif isinstance(record, Activity):
            kind, rid, label = kinds.ACTIVITY.key, record.id, _activity_name(record)
        elif isinstance(record, Recipient):
            kind, rid, label = "recipient", record.id, record.name.strip() or phrase("unnamed_recipient")
        elif not isinstance(record, TransferRow):  # a record of another listed kind (a breach, a request)
            found = kinds.kind_of(record)
            kind, rid, label = found.key, record.id, found.title(record) or phrase("unnamed_record")
        else:
            kind, rid = "transfer", record.transfer.id
            owner = record.owner
            owner_label = (owner.name.strip() or phrase("unnamed_recipient")) if isinstance(owner, Recipient) \
                else _activity_name(owner)
            dest = self.country_name(record.transfer.country) if record.transfer.country else "?"
            label = phrase("transfer_label", owner=owner_label, destination=dest)
        return kind, rid, label, param_text(label)

    @staticmethod
    def _reference(template: str, params: dict[str, Param]) -> str:
        """A rule's reference, its `{names}` (if any) filled with the parameters."""
        return template.format(**{k: param_text(v) for k, v in params.items()})
