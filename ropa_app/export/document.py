"""The register document: built ONCE from a Register, rendered by every exporter. No Qt, no SQL.

Everything in it is already text in the target language: vocabulary keys translated, dates in the
language's format, lists one item per line, recipients by name, countries by name and code. An empty
mandatory field (Art. 30, by role) holds the translated "Missing" instead of being left out.

Structure: RegisterDocument -> sections (controller register, processor register, annexes, findings)
-> records (one per activity, recipient, transfer, finding) whose `values` map field keys to strings.
The sections, their records and columns are built in sections.py (Section, Record and Column are
re-exported here); this module puts them together with the cover and the organisation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import field
from datetime import date, datetime

from ropa_app.domain import kinds, model
from ropa_app.domain.fieldkinds import plain
from ropa_app.domain.law import load_law

from ..domain.dataclass import dataclass
from . import sections
from .i18n import LANGUAGES, Translator
from .sections import WORKBOOK_LAYOUTS, Column, Record, Section
from .values import Formatter

__all__ = [
    "Column",
    "ExportCancelled",
    "ExportOptions",
    "SCOPES",
    "WORKBOOK_LAYOUTS",
    "Record",
    "RegisterDocument",
    "Section",
    "build_document",
    "cover_lines",
    "default_prepared_by",
    "organisation_rows",
    "removed_message",
]

ORGANISATION_ORDER = [fs.key for fs in model.fields_of(model.Organisation)]
_ORG_MANDATORY = [fs.key for fs in model.fields_of(model.Organisation) if fs.mandatory]


SCOPES = ("art30", "internal")  # what an export holds (ExportOptions.scope), the first the default


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
    prepared_by: str | None = None  # default: the organisation's privacy contact, else its DPO (never the login)
    exported_at: datetime | None = None  # default: now (local time)
    # "art30": the record as Art. 30 asks for it, for the supervisory authority (nothing internal: no owner,
    # status, notes, review dates or links into the company's own systems); "internal": every field.
    scope: str = "art30"
    # The breach log and the request log (Art. 33(5), 12), each a part of its own: None includes those that hold
    # records in the internal register and never in the Art. 30 record; True (both, also an empty one) or False
    # as the user asked.
    logs: bool | None = None
    source_name: str = ""  # the register file's name (not its folder: that is the user's machine)
    schema_version: int | None = None  # the register file's schema version
    # The workbook only (the PDF is the same whatever they say): the controller sheet's columns in the order of
    # an authority's template (WORKBOOK_LAYOUTS: "standard", "ico", "datatilsynet_no"), and a sheet linking each
    # data category to its data subjects and recipients (the Danish Datatilsynet's guidance).
    workbook_layout: str = "standard"
    data_links: bool = False
    # The register as it stood at this moment (rebuilt from its audit log, domain.history), not as it is now:
    # the cover says so.
    as_of: datetime | None = None
    # The data-flow picture (export/dataflow.py), a part of the PDF: None draws it for the internal register and
    # not for the Art. 30 record (its colours are the checks' findings, for the organisation's own use).
    dataflow: bool | None = None


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
    workbook_sections: list[Section] = field(default_factory=list)  # sheets only the workbook has (ExportOptions)
    # What ties a printed copy to the register it came from: (label, value), and the content's SHA-256.
    provenance: list[tuple[str, str]] = field(default_factory=list)
    fingerprint: str = ""
    dataflow: object | None = None  # the data-flow part of the PDF (export.dataflow.DataflowPart), if asked for

    def text(self, key: str, **kwargs: object) -> str:
        return self.tr(key, **kwargs)

    def org_line(self, keys: tuple[str, ...], sep: str = " · ") -> str:
        """Some organisation fields on one line: "Label: value · Label: value"."""
        parts = [f"{label}: {value.replace(chr(10), ', ')}" for k, label, value, _m in self.organisation if k in keys]
        return sep.join(parts)

    @property
    def record_count(self) -> int:
        return sum(len(s.records) for s in self.sections)


def fingerprint(register: model.Register) -> str:
    """The SHA-256 of the register's content (every record and field, in a canonical JSON form): the same
    register gives the same value on any computer; any change of a value gives another."""
    text = json.dumps(plain(register), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()  # any text, even half a pair


def provenance_lines(doc: RegisterDocument, options: ExportOptions) -> list[tuple[str, str]]:
    tr, law = doc.tr, load_law()
    lines = []
    if options.source_name:
        lines.append((tr("provenance.file"), options.source_name))
    if options.schema_version is not None:
        lines.append((tr("provenance.schema"), str(options.schema_version)))
    if options.as_of is not None:
        lines.append((tr("provenance.as_of"), tr.datetime(options.as_of.astimezone())))
    lines.append((tr("provenance.law"), tr("provenance.law_value", version=law.version, date=tr.date(law.as_of))))
    lines.append((tr("provenance.fingerprint"), doc.fingerprint))
    return lines


def removed_message(count: int, chars: set[str], most: int = 12) -> str:
    """The warning about the characters removed from the values: how many, and which (by code point)."""
    codes = [f"U+{ord(c):04X}" for c in sorted(chars)]
    listed = ", ".join(codes[:most]) + (f" and {len(codes) - most} more" if len(codes) > most else "")
    return f"{count} control character(s) that spreadsheets and PDF cannot hold were removed ({listed})."


def default_prepared_by(org: model.Organisation) -> str:
    """Who the record is from, as the organisation states it: its privacy contact, else its DPO. Never the
    computer's login name: that is not a person the authority can contact, and it says something about the
    user's machine."""
    return (org.privacy_contact_name or org.dpo_name or "").strip()


def _org_label(org: model.Organisation, fmt: Formatter, key: str) -> str:
    return fmt.tr.field_in(kinds.ORGANISATION.key, key, org.country)


def organisation_rows(org: model.Organisation, fmt: Formatter) -> list[tuple[str, str, str, bool]]:
    values = fmt.values_of(org)
    rows = []
    for key in ORGANISATION_ORDER:
        if key in values:
            rows.append((key, _org_label(org, fmt, key), values[key], False))
        elif key in _ORG_MANDATORY:
            rows.append((key, _org_label(org, fmt, key), fmt.tr("missing"), True))
    return rows


def cover_lines(doc: RegisterDocument, org: model.Organisation, fmt: Formatter) -> list[tuple[str, str]]:
    tr, label = fmt.tr, (lambda k: _org_label(org, fmt, k))
    values = fmt.values_of(org)
    keys = ("org_number", "address", "country", "email", "phone", "website")
    lines = [(label(k), values[k]) for k in keys if k in values]
    if org.dpo_name or org.dpo_email:
        keys = ("dpo_name", "dpo_email", "dpo_phone")
        contact = ", ".join(values[k].replace("\n", ", ") for k in keys if k in values)
        lines.append((label("dpo_name"), contact))
    if org.privacy_contact_name or org.privacy_contact_email:
        keys = ("privacy_contact_name", "privacy_contact_email")
        lines.append((label("privacy_contact_name"), ", ".join(values[k] for k in keys if k in values)))
    if "representative_name" in values:
        lines.append((label("representative_name"), values["representative_name"]))
    if "supervisory_authority" in values:
        lines.append((label("supervisory_authority"), values["supervisory_authority"]))
    lines.append((tr("date"), doc.exported_at_text))
    if doc.prepared_by:
        lines.append((tr("prepared_by"), doc.prepared_by))
    return lines


def _breaches_by_activity(register: model.Register, fmt: Formatter) -> dict[int, str]:
    """The breaches of the breach log concerning each activity, one per line (reference and title)."""
    out: dict[int, list[str]] = {}
    for b in getattr(register, "breaches", []):
        line = fmt.clean(f"{b.ref} {b.title}".strip())
        for activity_id in b.activities:
            out.setdefault(activity_id, []).append(line)
    return {k: "\n".join(v) for k, v in out.items()}


def build_document(
    register: model.Register,
    language: str | None = None,
    options: ExportOptions | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> RegisterDocument:
    """Build the document of a register in one language (default: the organisation's export language)."""
    options = options or ExportOptions()
    if language is None:  # the organisation's choice, if it is one the exports speak
        preferred = register.organisation.export_language
        language = preferred if preferred in LANGUAGES else "en"
    tr = Translator(language)
    if options.scope not in SCOPES:
        raise ValueError(f"unknown export scope {options.scope!r}; expected one of {', '.join(SCOPES)}")
    if options.workbook_layout not in WORKBOOK_LAYOUTS:
        raise ValueError(f"unknown workbook layout {options.workbook_layout!r}; "
                         f"expected one of {', '.join(WORKBOOK_LAYOUTS)}")
    fmt = Formatter(tr, register, internal=options.scope == "internal")
    exported_at = options.exported_at or datetime.now().astimezone()
    org_ = register.organisation
    prepared_by = options.prepared_by if options.prepared_by is not None else default_prepared_by(org_)
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
        organisation=organisation_rows(org, fmt),
        cover=[],
        sections=[],
        tr=tr,
    )
    doc.fingerprint = fingerprint(register)
    doc.provenance = provenance_lines(doc, options)
    doc.cover = [*cover_lines(doc, org, fmt), (tr("scope"), tr(f"scope.{options.scope}")), *doc.provenance]
    check = cancelled or (lambda: False)

    def checkpoint() -> None:
        if check():
            raise ExportCancelled()

    ctx = sections.Context(register, fmt, options.include_retired, checkpoint)
    logs = options.logs if options.logs is not None else options.scope == "internal"
    if options.controller_register:
        controller = sections.activity_section(ctx, "controller")
        if options.workbook_layout != "standard":
            sections.apply_workbook_layout(controller, options.workbook_layout, tr,
                                           _breaches_by_activity(register, fmt) if logs else None)
        doc.sections.append(controller)
    if options.processor_register:
        processor = sections.activity_section(ctx, "processor")
        if processor.records:
            doc.sections.append(processor)
    if options.recipients_annex:
        doc.sections.append(sections.recipients_section(ctx))
    if options.transfers_annex:
        doc.sections.append(sections.transfers_section(ctx))
    for kind in sections.OTHER_KINDS:  # each further kind of record: a table of its own, when it has records
        section = sections.kind_section(ctx, kind)
        if section.records:
            doc.sections.append(section)
    if logs:  # asked for: each log, also an empty one ("None recorded"); with the internal register: those kept
        for kind in sections.LOG_KINDS:
            if options.logs or kind.records(register):
                doc.sections.append(sections.log_section(ctx, kind))
    if options.findings:
        doc.sections.append(sections.findings_section(ctx, today or exported_at.date()))
    if options.data_links:
        doc.workbook_sections.append(sections.data_links_section(ctx))
    if options.dataflow if options.dataflow is not None else options.scope == "internal":
        from .dataflow import build_part  # reportlab's drawing: only when the picture is asked for

        doc.dataflow = build_part(register, tr, load_law(), today or exported_at.date())
    checkpoint()
    if fmt.removed_chars:
        doc.warnings.append(("characters_removed", removed_message(fmt.removed_chars, fmt.removed)))
    return doc
