"""The register document: built ONCE from a Register, rendered by every exporter. No Qt, no SQL.

Everything in it is already text in the target language: vocabulary keys translated, dates in the
language's format, lists one item per line, recipients by name, countries by name and code. An empty
mandatory field (Art. 30, by role) holds the translated "Missing" instead of being left out.

Structure: RegisterDocument -> sections (controller register, processor register, annexes, findings)
-> records (one per activity, recipient, transfer, finding) whose `values` map field keys to strings.
A section's `columns` are the flat table (every field with a value somewhere, in a fixed order); its
`compact` columns group fields for narrow page tables; `detail` sections are printed record by record.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable, Iterator

from ropa_app.domain import model

from .i18n import LANGUAGES, Translator
from .values import Formatter


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass
class ExportOptions:
    """Which parts the document has, and who and when it is from."""

    controller_register: bool = True  # Art. 30(1): activities with role controller or joint controller
    processor_register: bool = True  # Art. 30(2): only when there are processor-role activities
    recipients_annex: bool = True
    transfers_annex: bool = True
    findings: bool = False  # the completeness checks' findings (ropa_app.domain.checks)
    include_retired: bool = True
    prepared_by: str | None = None  # default: the operating-system user
    exported_at: datetime | None = None  # default: now (local time)


@dataclass(slots=True)
class Record:
    kind: str  # "activity", "recipient", "transfer", "finding"
    id: int | None
    title: str
    values: dict[str, str]
    missing: tuple[str, ...] = ()


@dataclass(slots=True)
class Column:
    key: str
    label: str


@dataclass
class Section:
    key: str  # "controller", "processor", "recipients", "transfers", "findings"
    title: str
    sheet_name: str
    columns: list[Column]
    records: list[Record]
    labels: dict[str, str]  # field key -> label, for every key a record of this section may hold
    detail: bool = False  # printed record by record (label/value rows) rather than as one table
    detail_keys: list[str] = field(default_factory=list)
    compact: list[tuple[str, ...]] = field(default_factory=list)  # groups of keys, one per page-table column
    empty_text: str = ""

    def rows(self) -> Iterator[list[str]]:
        keys = [c.key for c in self.columns]
        for r in self.records:
            get = r.values.get
            yield [get(k, "") for k in keys]

    def detail_rows(self, record: Record) -> list[tuple[str, str, bool]]:
        """(label, value, missing) for each field of the record that holds a value, in order."""
        values, labels, missing = record.values, self.labels, record.missing
        return [(labels[k], values[k], k in missing) for k in self.detail_keys if k in values]

    def compact_cells(self, record: Record) -> list[str]:
        """One string per compact column: the first field as is, the others as "Label: value"."""
        out = []
        for keys in self.compact:
            parts = []
            for i, k in enumerate(keys):
                v = record.values.get(k)
                if v:
                    parts.append(v if i == 0 else f"{self.labels[k]}: {v}")
            out.append("\n".join(parts))
        return out


@dataclass
class RegisterDocument:
    language: str
    title: str
    subtitle: str
    subject: str
    organisation_name: str
    exported_at: datetime
    exported_at_text: str
    prepared_by: str
    organisation: list[tuple[str, str, str, bool]]  # (key, label, value, missing), every field with a value
    cover: list[tuple[str, str]]  # the cover page's lines
    sections: list[Section]
    tr: Translator
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, English message)

    def text(self, key: str, **kwargs: object) -> str:
        return self.tr(key, **kwargs)

    def org_value(self, key: str) -> str:
        for k, _label, value, _missing in self.organisation:
            if k == key:
                return value
        return ""

    def org_line(self, keys: tuple[str, ...], sep: str = " · ") -> str:
        """Some organisation fields on one line: "Label: value · Label: value"."""
        parts = [f"{label}: {value.replace(chr(10), ', ')}" for k, label, value, _m in self.organisation if k in keys]
        return sep.join(parts)

    @property
    def record_count(self) -> int:
        return sum(len(s.records) for s in self.sections)


def removed_message(count: int, chars: set[str], most: int = 12) -> str:
    """The warning about the characters removed from the values: how many, and which (by code point)."""
    codes = [f"U+{ord(c):04X}" for c in sorted(chars)]
    listed = ", ".join(codes[:most]) + (f" and {len(codes) - most} more" if len(codes) > most else "")
    return f"{count} control character(s) that spreadsheets and PDF cannot hold were removed ({listed})."


def default_prepared_by() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return ""


def build_document(
    register: model.Register,
    language: str | None = None,
    options: ExportOptions | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> RegisterDocument:
    """Build the document of a register in one language (default: the organisation's export language)."""
    from . import sections  # noqa: PLC0415 - sections imports this module's classes

    options = options or ExportOptions()
    if language is None:  # the organisation's choice, if it is one the exports speak
        preferred = register.organisation.export_language
        language = preferred if preferred in LANGUAGES else "en"
    tr = Translator(language)
    fmt = Formatter(tr, register)
    exported_at = options.exported_at or datetime.now().astimezone()
    prepared_by = options.prepared_by if options.prepared_by is not None else default_prepared_by()
    org = register.organisation
    org_name = fmt.clean(org.name)

    doc = RegisterDocument(
        language=language,
        title=tr("title"),
        subtitle=tr("subtitle"),
        subject=tr("subject", org=org_name or tr("missing")),
        organisation_name=org_name,
        exported_at=exported_at,
        exported_at_text=tr.datetime(exported_at),
        prepared_by=fmt.clean(prepared_by),
        organisation=sections.organisation_rows(org, fmt),
        cover=[],
        sections=[],
        tr=tr,
    )
    doc.cover = sections.cover_lines(doc, org, fmt)
    check = cancelled or (lambda: False)
    ctx = sections.Context(register, fmt, options, check)
    if options.controller_register:
        doc.sections.append(sections.activity_section(ctx, "controller"))
    if options.processor_register:
        processor = sections.activity_section(ctx, "processor")
        if processor.records:
            doc.sections.append(processor)
    if options.recipients_annex:
        doc.sections.append(sections.recipients_section(ctx))
    if options.transfers_annex:
        doc.sections.append(sections.transfers_section(ctx))
    if options.findings:
        findings = sections.findings_section(ctx, today or exported_at.date())
        if findings is not None:
            doc.sections.append(findings)
        else:
            doc.warnings.append(("checks_unavailable", "The completeness checks are not available; no findings annex."))
    if check():
        raise ExportCancelled()
    if fmt.removed_chars:
        doc.warnings.append(("characters_removed", removed_message(fmt.removed_chars, fmt.removed)))
    return doc
