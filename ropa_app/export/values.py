"""Turns register values into display strings of one export language. No Qt, no SQL.

Every user string is cleaned once here: characters that neither a spreadsheet nor a PDF can hold
(C0 control characters other than tab and newline, U+FFFE/U+FFFF, lone surrogates) are removed and
counted, and line ends become "\\n".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ropa_app.domain import kinds, model

from .i18n import Translator

# Same set as openpyxl's ILLEGAL_CHARACTERS_RE, plus what XML 1.0 cannot hold at all.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# A list within a nested record's line: its items separated by this (the record's fields by "; ").
LIST_SEPARATOR = ", "

# Choice values that are the "nothing special" default of a nested record and say nothing when shown.
_QUIET_DEFAULTS = {("data_category", "special"): "none"}


class Formatter:
    """Formats field values; shared by everything the document builder makes."""

    def __init__(self, tr: Translator, register: model.Register, internal: bool = True):
        """`internal` False: the fields marked internal (for the company's own use) are never shown."""
        self.tr = tr
        self.removed_chars = 0  # characters removed from the register's values (each value counted once)
        self.removed: set[str] = set()  # which characters those were
        self._counted: set[str] = set()  # values already counted (the same value is shown in several places)
        self._recipients = {r.id: r for r in register.recipients}
        self._activities = {a.id: a for a in register.activities}
        self._yes, self._no = tr("yes"), tr("no")
        self._specs: dict[type, list[tuple[str, model.FieldKind, str | None]]] = {}
        self._labels: dict[type, dict[str, str]] = {}
        for k in kinds.KINDS:
            specs = k.fields
            # a vocabulary's name, or for links to records the kind they point at (`ref` tells them apart)
            self._specs[k.cls] = [(fs.key, fs.kind, fs.vocabulary.name if fs.vocabulary else (fs.refers or None))
                                  for fs in specs if internal or not fs.internal]
            self._labels[k.cls] = {fs.key: tr.field(k.key, fs.key) for fs in specs}

    # -- plain values -------------------------------------------------------------------------

    def clean(self, text: str) -> str:
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _BAD_CHARS.search(text):
            cleaned = _BAD_CHARS.sub("", text)
            if text not in self._counted:
                self._counted.add(text)
                self.removed_chars += len(text) - len(cleaned)
                self.removed.update(_BAD_CHARS.findall(text))
            return cleaned
        return text

    def label(self, cls: type, key: str) -> str:
        return self._labels[cls][key]

    def recipient_name(self, recipient_id: int) -> str:
        r = self._recipients.get(recipient_id)
        if r is None:
            return self.tr("unknown_recipient", id=recipient_id)
        return self.clean(r.name) or self.tr("unknown_recipient", id=recipient_id)

    def value(self, kind: model.FieldKind, vocabulary: str | None, value: Any) -> str:
        """The display string of one value ('' when the field holds nothing); a list's items one per line."""
        if value is None or value == "" or value == []:
            return ""
        if kind.many:
            shown = (kind.item.visit(self, v, vocabulary) for v in value if v or kind.family == "ref")
            return "\n".join(shown)
        return kind.visit(self, value, vocabulary)

    # -- one value, by its kind (FieldKind.visit) ---------------------------------------------------

    def text(self, value: Any, vocabulary: str | None) -> str:
        return self.clean(value if isinstance(value, str) else str(value))

    def bool(self, value: Any, vocabulary: str | None) -> str:
        return self._yes if value else self._no

    def date(self, value: Any, vocabulary: str | None) -> str:
        return self.tr.date(value) if isinstance(value, date) else self.clean(str(value))

    def choice(self, value: Any, vocabulary: str | None) -> str:
        return self.tr.term(vocabulary, value) if vocabulary else self.clean(str(value))

    def country(self, value: Any, vocabulary: str | None) -> str:
        return self.tr.country(self.clean(value))

    def datetime(self, value: Any, vocabulary: str | None) -> str:
        return self.tr.datetime(value) if isinstance(value, date) else self.clean(str(value))

    def ref(self, value: Any, vocabulary: str | None) -> str:
        if vocabulary == kinds.ACTIVITY.key:  # a link to an activity: its reference and name
            a = self._activities.get(value)
            text = self.clean(f"{a.ref} {a.name}".strip()) if a is not None else ""
            return text or self.tr("unknown_activity", id=value)
        return self.recipient_name(value)

    def record(self, value: Any, vocabulary: str | None) -> str:
        return self.record_line(value)

    def values_of(self, obj: Any, skip: tuple[str, ...] = ()) -> dict[str, str]:
        """All non-empty field values of an entity, formatted, keyed by field key."""
        out: dict[str, str] = {}
        for key, kind, vocabulary in self._specs[type(obj)]:
            if key in skip:
                continue
            text = self.value(kind, vocabulary, getattr(obj, key))
            if text:
                out[key] = text
        return out

    # -- nested records -----------------------------------------------------------------------

    def record_line(self, item: Any, skip: tuple[str, ...] = ()) -> str:
        """One nested record on one line: its first field's value, then "Label: value" for the others,
        separated by "; " (a list's items by ", "; a line break within a value shown as "; ")."""
        cls = type(item)
        entity = kinds.kind_of(cls).key
        labels = self._labels[cls]
        head = ""
        rest: list[str] = []
        first = True
        for key, kind, vocabulary in self._specs[cls]:
            if key in skip:
                continue
            is_first, first = first, False
            raw = getattr(item, key)
            if _QUIET_DEFAULTS.get((entity, key)) == raw:
                continue
            if kind.many:  # items side by side ("Data subjects: Employees, Next of kin")
                items = (self.value(kind, vocabulary, [v]) for v in raw)
                text = LIST_SEPARATOR.join(i.replace("\n", "; ") for i in items if i)
            else:
                text = self.value(kind, vocabulary, raw).replace("\n", "; ")
            if not text:
                continue
            if is_first:  # only the first field goes unlabelled (a record without a name labels every value)
                head = text
            else:
                rest.append(f"{labels[key]}: {text}")
        if not rest:
            return head
        return f"{head} — {'; '.join(rest)}" if head else "; ".join(rest)
