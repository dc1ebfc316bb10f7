"""The sections of the register document: which fields, in which order, and their values. No Qt, no SQL.

A Section holds records (one per activity, recipient, transfer, finding) whose `values` map field keys to
strings. Its `columns` are the flat table (every field with a value somewhere, in a fixed order); its
`compact` columns group fields for narrow page tables; `detail` sections are printed record by record.
document.py puts the sections together; this module does not import it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import field
from datetime import date

from ropa_app.domain import deadlines, kinds, model
from ropa_app.domain.checks import run_checks
from ropa_app.domain.law import load_law
from ropa_app.domain.transfers import recipients_of_activity, transfers_of_activity

from ..domain.dataclass import dataclass
from .values import Formatter


@dataclass(slots=True)
class Record:
    kind: str  # a domain.kinds key, or "finding"
    id: int | None
    title: str
    values: dict[str, str]
    missing: tuple[str, ...] = ()
    # Values as the printed record shows them where they differ from `values` (which the workbook holds
    # and reads back): shorter for a reader, never a different fact.
    printed: dict[str, str] | None = None


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
    # (label, value) rows printed before the records: who keeps this record (the processor of Art. 30(2)(a)),
    # or what the records were checked against (findings)
    preamble: list[tuple[str, str]] = field(default_factory=list)
    preamble_names_keeper: bool = False  # the preamble says who keeps the record, instead of the organisation lines
    # The workbook's row above the header: (0-based column, label) where a group of columns starts (the
    # Norwegian template's mandatory and optional columns); empty: no such row.
    column_groups: list[tuple[int, str]] = field(default_factory=list)

    def rows(self) -> Iterator[list[str]]:
        keys = [c.key for c in self.columns]
        for r in self.records:
            get = r.values.get
            yield [get(k, "") for k in keys]

    def detail_rows(self, record: Record) -> list[tuple[str, str, bool]]:
        """(label, value, missing) for each field of the record that holds a value, in order."""
        values, labels, missing = record.values, self.labels, record.missing
        if record.printed:
            values = {**values, **record.printed}
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


def _and_the_rest(keys: list[str], cls: type, skip: tuple[str, ...] = ()) -> list[str]:
    """`keys`, then every other field of `cls` in declaration order: a field added to the model is exported
    (at the end) without a change here."""
    return keys + [fs.key for fs in model.fields_of(cls) if fs.key not in keys and fs.key not in skip]


# Controller register, in the order of the ICO template (its Art. 30 mandatory columns first), then the rest.
CONTROLLER_KEYS = _and_the_rest([
    "ref", "name", "business_function", "description", "purposes", "joint_controllers",
    "data_subject_categories", "data_categories", "recipient_categories", "recipients",
    "third_countries", "transfer_safeguards", "retention", "security_measures", "security_description",
    "legal_bases", "legal_basis_note", "special_category_conditions", "criminal_data_basis",
    "legitimate_interests", "lia_link", "automated_decision_making", "adm_description", "source",
    "consent_record_link", "systems", "dpia_status", "dpia_link", "role", "owner",
    "controllers", "processing_categories", "status", "last_reviewed", "next_review", "notes",
], model.Activity, skip=("transfers",))  # fmt: skip
# Always shown as columns, even when no activity fills them (ICO mandatory columns and the legal basis).
CONTROLLER_CORE = {
    "ref", "name", "business_function", "purposes", "joint_controllers", "data_subject_categories",
    "data_categories", "recipient_categories", "third_countries", "transfer_safeguards", "retention",
    "security_measures", "security_description", "legal_bases",
}  # fmt: skip
# Processor register, Art. 30(2)(a)-(d) first.
PROCESSOR_KEYS = ["ref", "name", "controllers", "processing_categories"] + [
    k for k in CONTROLLER_KEYS if k not in ("ref", "name", "controllers", "processing_categories")
]
PROCESSOR_CORE = {
    "ref", "name", "controllers", "processing_categories", "third_countries", "transfer_safeguards",
    "security_measures", "security_description",
}  # fmt: skip
RECIPIENT_KEYS = _and_the_rest([
    "name", "legal_entity", "kind", "service", "country", "processing_countries", "address", "contact",
    "dpa_signed", "dpa_link", "sub_processors", "transfers", "used_by", "notes",
], model.Recipient)  # fmt: skip
RECIPIENT_CORE = {"name", "kind", "service", "country", "processing_countries", "dpa_signed", "used_by"}
RECIPIENT_COMPACT = [
    ("name", "legal_entity", "address", "contact"), ("kind", "service"), ("country", "processing_countries"),
    ("dpa_signed", "dpa_link"), ("sub_processors",), ("transfers",), ("used_by",),
    ("notes", *RECIPIENT_KEYS[RECIPIENT_KEYS.index("notes") + 1:]),
]  # fmt: skip
TRANSFER_KEYS = _and_the_rest([
    "transferred_by", "used_by", "country", "mechanism", "scc_module", "derogation", "dpf_verified_on",
    "bcr_reference", "tia_date", "tia_link", "supplementary_measures", "safeguards_documentation", "notes",
], model.Transfer)  # fmt: skip
TRANSFER_CORE = {"transferred_by", "used_by", "country", "mechanism", "safeguards_documentation"}
TRANSFER_COMPACT = [
    ("transferred_by", "used_by"), ("country",),
    ("mechanism", "scc_module", "derogation", "dpf_verified_on", "bcr_reference"), ("tia_date", "tia_link"),
    ("supplementary_measures",), ("safeguards_documentation",),
    ("notes", *TRANSFER_KEYS[TRANSFER_KEYS.index("notes") + 1:]),
]  # fmt: skip
# The Art. 30 points asked "where possible" or "where applicable": when the register holds nothing for one,
# the export says "Not stated" there (in the first key of the group; a group is stated by any of its keys)
# rather than leaving the row out (PDF) or the cell blank (workbook).
_STATED = {
    "controller": [("retention",), ("security_measures", "security_description"),
                   ("third_countries", "transfer_safeguards")],
    "processor": [("security_measures", "security_description"), ("third_countries", "transfer_safeguards")],
}
FINDING_KEYS = ["severity", "rule", "record", "field", "message", "reference"]

# The workbook's layouts of the controller sheet (ExportOptions.workbook_layout), the first the default.
WORKBOOK_LAYOUTS = ("standard", "ico", "datatilsynet_no")
# The ICO template's columns ROPA Desk keeps no field for (16; 24 and 25 from the breach log): present, saying
# "Not stated" where the export holds nothing to fill them from.
ICO_EXTRA = {"rights": "automated_decision_making", "breach_occurred": None, "breach_link": None}  # -> goes before
ICO_KEYS = [k for key in CONTROLLER_KEYS for k in ([*(e for e, b in ICO_EXTRA.items() if b == key), key])] + [
    e for e, b in ICO_EXTRA.items() if b is None]
# The Norwegian Datatilsynet's template: the Art. 30(1) items in the order of its list (purposes; data subjects
# and data; recipients; transfers and their safeguards; time limits for erasure; security measures), the
# mandatory columns, then the optional ones (the rest, in the standard order).
NO_MANDATORY = [
    "purposes", "joint_controllers", "data_subject_categories", "data_categories", "recipient_categories",
    "recipients", "third_countries", "transfer_safeguards", "retention", "security_measures", "security_description",
]  # fmt: skip
NO_KEYS = ["ref", "name", *NO_MANDATORY, *(k for k in CONTROLLER_KEYS if k not in NO_MANDATORY and k not in
                                             ("ref", "name"))]

_SAFEGUARD_SKIP = ("country", "tia_link", "supplementary_measures", "notes")


class _IndexedRegister(model.Register):
    """The register with recipient lookup by id in constant time (Register.recipient scans the list)."""

    def __init__(self, base: model.Register):
        super().__init__(**{f.name: getattr(base, f.name) for f in dataclasses.fields(model.Register)})
        self._by_id = {r.id: r for r in base.recipients if r.id is not None}

    def recipient(self, recipient_id: int) -> model.Recipient | None:
        return self._by_id.get(recipient_id)


@dataclass
class Context:
    """What every section is built from: the register, the formatter, and the recipients' users."""

    register: model.Register
    fmt: Formatter
    include_retired: bool
    checkpoint: Callable[[], None]  # called now and then while building; raises when the user cancelled
    used_by: dict[int, list[str]] = field(init=False)
    _transfer_text: dict[int, tuple[str, str]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.register = _IndexedRegister(self.register)
        self.used_by = {}
        for a in self.activities():
            tag = self.activity_tag(a)
            for rec in recipients_of_activity(self.register, a):
                self.used_by.setdefault(rec.id, []).append(tag)

    def activities(self) -> list[model.Activity]:
        acts = self.register.activities
        return acts if self.include_retired else [a for a in acts if a.status != "retired"]

    def activity_tag(self, a: model.Activity) -> str:
        return self.fmt.clean(a.ref or a.name) or "?"

    def activity_transfers(self, a: model.Activity) -> list[tuple[model.Recipient | None, model.Transfer]]:
        return list(transfers_of_activity(self.register, a))

    def transfer_text(self, recipient: model.Recipient | None, t: model.Transfer) -> tuple[str, str]:
        """(third-country line, safeguards line) of one transfer, formatted once."""
        cached = self._transfer_text.get(id(t))
        if cached is not None:
            return cached
        fmt = self.fmt
        country = fmt.tr.country(fmt.clean(t.country)) if t.country else fmt.tr("missing")
        who = fmt.clean(recipient.name) if recipient is not None else ""
        place = f"{country} — {fmt.tr('via', name=who)}" if who else country
        detail = fmt.record_line(t, skip=_SAFEGUARD_SKIP)
        text = (place, f"{place}: {detail}" if detail else place)
        self._transfer_text[id(t)] = text
        return text


def _columns(keys: list[str], core: set[str], records: list[Record], labels: dict[str, str]) -> list[Column]:
    present: set[str] = set()
    for r in records:
        present.update(r.values)
    return [Column(k, labels[k]) for k in keys if k in core or k in present]


def _labels(fmt: Formatter, cls: type, extra: dict[str, str]) -> dict[str, str]:
    labels = {fs.key: fmt.label(cls, fs.key) for fs in model.fields_of(cls)}
    labels.update(extra)
    return labels


def activity_section(ctx: Context, role: str) -> Section:
    fmt, tr = ctx.fmt, ctx.fmt.tr
    processor = role == "processor"
    missing_text, not_stated = tr("missing"), tr("not_stated")
    labels = _labels(
        fmt,
        model.Activity,
        {"third_countries": tr("column.third_countries"), "transfer_safeguards": tr("column.transfer_safeguards")},
    )
    if processor:  # the processor's own recipients are its sub-processors
        labels["recipients"] = tr("processor.sub_processors")
    records = []
    for i, a in enumerate(ctx.activities()):
        if (a.role == "processor") != processor:
            continue
        if i % 200 == 0:
            ctx.checkpoint()
        values = fmt.values_of(a, skip=("transfers",))
        printed = None
        if len(a.data_subject_categories) == 1 and a.data_categories and all(
            set(dc.subjects) <= set(a.data_subject_categories) for dc in a.data_categories
        ):  # all the data concerns the one data-subject category listed: the printed record says so once.
            # The workbook keeps each link as recorded, so that reading it back states no link nobody made.
            lines = (fmt.record_line(dc, skip=("subjects",)) for dc in a.data_categories)
            printed = {"data_categories": "\n".join(lines)}
        transfers = ctx.activity_transfers(a)
        if transfers:
            texts = [ctx.transfer_text(r, t) for r, t in transfers]
            values["third_countries"] = "\n".join(dict.fromkeys(c for c, _ in texts))
            values["transfer_safeguards"] = "\n".join(dict.fromkeys(s for _, s in texts))
        missing = tuple(model.mandatory_missing(a))
        for key in missing:
            values[key] = missing_text
        gaps = tuple(group[0] for group in _STATED[role] if not any(k in values for k in group))
        for key in gaps:  # an Art. 30 point the register says nothing about: say so, in both formats
            values[key] = not_stated
        name = values.get("name", missing_text)
        title = f"{values['ref']} {name}" if "ref" in values else name
        records.append(Record(kinds.ACTIVITY.key, a.id, title, values, missing, printed))
    keys = PROCESSOR_KEYS if processor else CONTROLLER_KEYS
    return Section(
        key=role,
        title=tr(f"section.{role}"),
        sheet_name=tr(f"sheet.{role}"),
        columns=_columns(keys, PROCESSOR_CORE if processor else CONTROLLER_CORE, records, labels),
        records=records,
        labels=labels,
        detail=True,
        detail_keys=keys,
        empty_text=tr("no_activities"),
        preamble=_processor_rows(ctx) if processor else [],
        preamble_names_keeper=processor,
    )


def apply_workbook_layout(section: Section, layout: str, tr: Callable[..., str],
                          breaches: dict[int, str] | None = None) -> None:
    """The controller sheet's columns in the order of an authority's template (only the workbook's flat table
    changes; the printed record keeps its order). "ico": the ICO template's columns 16, 24 and 25 are added:
    the rights (no field holds them: "Not stated"), whether a breach concerned the activity and which
    (`breaches`, by activity id, when the export holds the breach log; else "Not stated"); "datatilsynet_no":
    the mandatory columns first, then the optional ones, each group named in a row above the header."""
    if layout not in WORKBOOK_LAYOUTS:
        raise ValueError(f"unknown workbook layout {layout!r}; expected one of {', '.join(WORKBOOK_LAYOUTS)}")
    present = {c.key for c in section.columns}
    if layout == "ico":
        not_stated = tr("not_stated")
        none = tr("none_recorded")
        for key in ICO_EXTRA:
            section.labels[key] = tr(f"column.{key}")
        for record in section.records:
            record.values["rights"] = not_stated
            record.values["breach_link"] = not_stated if breaches is None else breaches.get(record.id, none)
            record.values["breach_occurred"] = not_stated if breaches is None else tr(
                "yes" if record.id in breaches else "no")
        present |= set(ICO_EXTRA)
        section.columns = [Column(k, section.labels[k]) for k in ICO_KEYS if k in present]
    elif layout == "datatilsynet_no":
        section.columns = [Column(k, section.labels[k]) for k in NO_KEYS if k in present]
        keys = [c.key for c in section.columns]
        mandatory = [i for i, k in enumerate(keys) if k in NO_MANDATORY]
        optional = [i for i, k in enumerate(keys) if k not in NO_MANDATORY and i > max(mandatory, default=-1)]
        section.column_groups = [(mandatory[0], tr("column.group.mandatory"))] if mandatory else []
        if optional:
            section.column_groups.append((optional[0], tr("column.group.optional")))


def data_links_section(ctx: Context) -> Section:
    """Each data category of each Art. 30(1) activity on a row of its own, with the data subjects it concerns
    and the recipients it is disclosed to (the Danish Datatilsynet's guidance). A link nobody recorded says
    "Not stated": it is never taken for "all"."""
    fmt, tr = ctx.fmt, ctx.fmt.tr
    not_stated = tr("not_stated")
    act_labels = _labels(fmt, model.Activity, {})
    labels = {"ref": act_labels["ref"], "activity": tr("column.activity"),
              **{fs.key: fmt.label(model.DataCategory, fs.key) for fs in model.fields_of(model.DataCategory)}}
    keys = ["ref", "activity", *(fs.key for fs in model.fields_of(model.DataCategory))]
    records = []
    for a in ctx.activities():
        if a.role == "processor":
            continue
        head = fmt.values_of(a)
        for dc in a.data_categories:
            values = {k: v for k, v in fmt.values_of(dc).items() if k in labels}
            if "name" not in values:
                continue
            values.setdefault("subjects", not_stated)
            values.setdefault("recipients", not_stated)
            values["activity"] = head.get("name", tr("missing"))
            if "ref" in head:
                values["ref"] = head["ref"]
            records.append(Record("data_category", a.id, values["name"], values))
    return Section(
        key="data_links",
        title=tr("section.data_links"),
        sheet_name=tr("sheet.data_links"),
        columns=_columns(keys, {"ref", "activity", "name", "subjects", "recipients"}, records, labels),
        records=records,
        labels=labels,
        compact=[(k,) for k in keys],
        empty_text=tr("none_recorded"),
    )


def _processor_rows(ctx: Context) -> list[tuple[str, str]]:
    """Art. 30(2)(a): the processor's name and contact details, its DPO and its representative (the
    organisation keeping the register, which acts as processor here)."""
    fmt, tr, org = ctx.fmt, ctx.fmt.tr, ctx.register.organisation
    values = fmt.values_of(org)

    def joined(*keys: str) -> str:
        return ", ".join(values[k].replace("\n", ", ") for k in keys if k in values)

    rows = [(tr("processor.name"), values.get("name", tr("missing"))),
            (tr("processor.contact"), joined("address", "country", "email", "phone") or tr("missing"))]
    if joined("dpo_name", "dpo_email", "dpo_phone"):
        rows.append((tr("processor.dpo"), joined("dpo_name", "dpo_email", "dpo_phone", "dpo_address")))
    if joined("representative_name", "representative_contact"):
        rows.append((tr("processor.representative"), joined("representative_name", "representative_contact")))
    return rows


def recipients_section(ctx: Context) -> Section:
    fmt, tr = ctx.fmt, ctx.fmt.tr
    labels = _labels(fmt, model.Recipient, {"used_by": tr("column.used_by")})
    records = []
    for r in ctx.register.recipients:
        values = fmt.values_of(r)
        if r.id in ctx.used_by:
            values["used_by"] = ", ".join(ctx.used_by[r.id])
        missing: tuple[str, ...] = ()
        if "name" not in values:
            missing = ("name",)
            values["name"] = tr("missing")
        records.append(Record("recipient", r.id, values["name"], values, missing))
    return Section(
        key="recipients",
        title=tr("section.recipients"),
        sheet_name=tr("sheet.recipients"),
        columns=_columns(RECIPIENT_KEYS, RECIPIENT_CORE, records, labels),
        records=records,
        labels=labels,
        compact=RECIPIENT_COMPACT,
        empty_text=tr("none_recorded"),
    )


# Listed kinds of record without a section of their own: each gets a table of all its fields (`kind_section`).
# (Accepted findings are listed in the findings annex, each with the finding it answers and its reason.)
OTHER_KINDS = tuple(k for k in kinds.listed()
                    if k not in (kinds.ACTIVITY, kinds.RECIPIENT, kinds.ACCEPTED_FINDING) and not k.log)
# The logs (breaches, requests): a part each, only when the export asks for them (`log_section`).
LOG_KINDS = tuple(k for k in kinds.listed() if k.log)


def kind_section(ctx: Context, kind: kinds.RecordKind) -> Section:
    """A kind of record as one table: a column per field, a row per record."""
    fmt, tr = ctx.fmt, ctx.fmt.tr
    labels = _labels(fmt, kind.cls, {})
    keys = [fs.key for fs in kind.fields]
    records = []
    for record in kind.records(ctx.register):
        values = fmt.values_of(record)
        records.append(Record(kind.key, record.id, fmt.clean(kind.title(record)), values))
    return Section(
        key=kind.attr,
        title=tr(f"section.{kind.attr}"),
        sheet_name=tr(f"sheet.{kind.attr}"),
        columns=_columns(keys, set(keys[:1]), records, labels),
        records=records,
        labels=labels,
        compact=[(k,) for k in keys],
        empty_text=tr("none_recorded"),
    )


def _deadline_values(ctx: Context, record: object) -> dict[str, str]:
    """The deadline of a breach or a request, as the law data counts it (domain.deadlines)."""
    rules, tr = load_law().deadlines, ctx.fmt.tr
    if isinstance(record, model.Breach):
        at = deadlines.notification_deadline(record, rules)
        return {"notification_deadline": tr.datetime(at)} if at else {}
    if isinstance(record, model.DataSubjectRequest):
        day = deadlines.request_deadline(record, rules)
        return {"request_deadline": tr.date(day)} if day else {}
    return {}


# Where a log's deadline goes among its fields: after this field.
_DEADLINE_AFTER = {"notification_deadline": "discovered_at", "request_deadline": "received_at"}


def log_section(ctx: Context, kind: kinds.RecordKind) -> Section:
    """A log (breaches, requests) as a part of its own: a column per field and its deadline, a row per record."""
    fmt, tr = ctx.fmt, ctx.fmt.tr
    extra = {k: tr(f"column.{k}") for k in _DEADLINE_AFTER}
    labels = _labels(fmt, kind.cls, extra)
    keys = []
    for fs in kind.fields:
        keys.append(fs.key)
        keys.extend(k for k, after in _DEADLINE_AFTER.items() if after == fs.key)
    records = []
    for record in kind.records(ctx.register):
        values = {**fmt.values_of(record), **_deadline_values(ctx, record)}
        records.append(Record(kind.key, record.id, fmt.clean(kind.title(record)) or tr("missing"), values))
    return Section(
        key=kind.attr,
        title=tr(f"section.{kind.attr}"),
        sheet_name=tr(f"sheet.{kind.attr}"),
        columns=_columns(keys, set(kind.columns), records, labels),
        records=records,
        labels=labels,
        detail=True,
        detail_keys=keys,
        empty_text=tr("none_recorded"),
    )


def _transfer_record(ctx: Context, t: model.Transfer, by: str, used_by: list[str]) -> Record:
    fmt = ctx.fmt
    values = fmt.values_of(t)
    values["transferred_by"] = by
    if used_by:
        values["used_by"] = ", ".join(used_by)
    missing: tuple[str, ...] = ()
    if "country" not in values:
        values["country"], missing = fmt.tr("missing"), ("country",)
    return Record("transfer", t.id, f"{by}: {values['country']}", values, missing)


def transfers_section(ctx: Context) -> Section:
    fmt, tr = ctx.fmt, ctx.fmt.tr
    extra = {"transferred_by": tr("column.transferred_by"), "used_by": tr("column.used_by")}
    labels = _labels(fmt, model.Transfer, extra)
    records = []
    for r in ctx.register.recipients:
        for t in r.transfers:
            name = fmt.clean(r.name) or tr("missing")
            records.append(_transfer_record(ctx, t, name, ctx.used_by.get(r.id, [])))
    for a in ctx.activities():
        for t in a.transfers:
            tag = ctx.activity_tag(a)
            records.append(_transfer_record(ctx, t, tr("direct_transfer", activity=tag), [tag]))
    return Section(
        key="transfers",
        title=tr("section.transfers"),
        sheet_name=tr("sheet.transfers"),
        columns=_columns(TRANSFER_KEYS, TRANSFER_CORE, records, labels),
        records=records,
        labels=labels,
        compact=TRANSFER_COMPACT,
        empty_text=tr("none_recorded"),
    )


def findings_section(ctx: Context, today: date) -> Section:
    fmt, tr = ctx.fmt, ctx.fmt.tr
    labels = {k: tr(f"column.{k}") for k in FINDING_KEYS}
    field_labels = {k.key: {fs.key: fmt.label(k.cls, fs.key) for fs in k.fields} for k in kinds.KINDS}
    law = load_law()
    records = []
    for f in run_checks(ctx.register, today, law):
        severity, message = tr(f"severity.{f.severity}"), fmt.clean(f.text(fmt.tr))
        if f.accepted:  # answered by the user: listed with its reason, not as an open problem
            severity = tr("severity.accepted", severity=severity.lower())
            message += "\n" + tr("accepted_reason", reason=fmt.clean(f.accepted_reason))
        values = {
            "severity": severity,
            "rule": fmt.clean(f.rule_id),
            "record": fmt.clean(f.label_text(fmt.tr)),
            "field": field_labels.get(f.record_kind, {}).get(f.field, f.field),
            "message": message,
            "reference": fmt.clean(f.reference_text(fmt.tr)),
        }
        values = {k: v for k, v in values.items() if v}
        records.append(Record("finding", f.record_id, values.get("rule", ""), values))
    return Section(
        key="findings",
        title=tr("section.findings"),
        sheet_name=tr("sheet.findings"),
        columns=[Column(k, labels[k]) for k in FINDING_KEYS],
        records=records,
        labels=labels,
        compact=[(k,) for k in FINDING_KEYS],
        empty_text=tr("no_findings"),
        # Which law the findings were checked against: a finding is only as true as the law data's date.
        preamble=[(tr("provenance.checked_against"), tr("provenance.law_value", version=law.version,
                                                         date=tr.date(law.as_of)))],
    )
