"""The parts of the register document: which fields, in which order, and their values. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from ropa_app.domain import model

from .document import Column, ExportCancelled, ExportOptions, Record, RegisterDocument, Section
from .values import Formatter

# Controller register, in the order of the ICO template (its Art. 30 mandatory columns first), then the rest.
CONTROLLER_KEYS = [
    "ref", "name", "business_function", "description", "purposes", "joint_controllers",
    "data_subject_categories", "data_categories", "recipient_categories", "recipients",
    "third_countries", "transfer_safeguards", "retention", "security_measures", "security_description",
    "legal_bases", "legal_basis_note", "special_category_conditions", "criminal_data_basis",
    "legitimate_interests", "lia_link", "automated_decision_making", "adm_description", "source",
    "consent_record_link", "systems", "dpia_status", "dpia_link", "role", "owner",
    "controllers", "processing_categories", "status", "last_reviewed", "next_review", "notes",
]  # fmt: skip
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
RECIPIENT_KEYS = [
    "name", "legal_entity", "kind", "service", "country", "processing_countries", "address", "contact",
    "dpa_signed", "dpa_link", "sub_processors", "transfers", "used_by", "notes",
]  # fmt: skip
RECIPIENT_CORE = {"name", "kind", "service", "country", "processing_countries", "dpa_signed", "used_by"}
RECIPIENT_COMPACT = [
    ("name", "legal_entity", "address", "contact"), ("kind", "service"), ("country", "processing_countries"),
    ("dpa_signed", "dpa_link"), ("sub_processors",), ("transfers",), ("used_by",), ("notes",),
]  # fmt: skip
TRANSFER_KEYS = [
    "transferred_by", "used_by", "country", "mechanism", "scc_module", "derogation", "dpf_verified_on",
    "bcr_reference", "tia_date", "tia_link", "supplementary_measures", "safeguards_documentation", "notes",
]  # fmt: skip
TRANSFER_CORE = {"transferred_by", "used_by", "country", "mechanism", "safeguards_documentation"}
TRANSFER_COMPACT = [
    ("transferred_by", "used_by"), ("country",),
    ("mechanism", "scc_module", "derogation", "dpf_verified_on", "bcr_reference"), ("tia_date", "tia_link"),
    ("supplementary_measures",), ("safeguards_documentation",), ("notes",),
]  # fmt: skip
FINDING_KEYS = ["severity", "rule", "record", "field", "message", "reference"]

ORGANISATION_ORDER = [fs.key for fs in model.fields_of(model.Organisation)]
_ORG_MANDATORY = [fs.key for fs in model.fields_of(model.Organisation) if fs.mandatory]
_SAFEGUARD_SKIP = ("country", "tia_link", "supplementary_measures", "notes")


class _IndexedRegister(model.Register):
    """The register with recipient lookup by id in constant time (Register.recipient scans the list)."""

    def __init__(self, base: model.Register):
        super().__init__(base.organisation, base.activities, base.recipients)
        self._by_id = {r.id: r for r in base.recipients if r.id is not None}

    def recipient(self, recipient_id: int) -> model.Recipient | None:
        return self._by_id.get(recipient_id)


def _recipients_of_activity(register: model.Register, activity: model.Activity) -> list[model.Recipient]:
    """Fallback for ropa_app.domain.transfers: the recipients, then their sub-processors transitively."""
    out, seen, queue = [], set(), list(activity.recipients)
    for rid in queue:
        if rid in seen:
            continue
        seen.add(rid)
        rec = register.recipient(rid)
        if rec is not None:
            out.append(rec)
            queue.extend(rec.sub_processors)
    return out


def _transfers_of_activity(register: model.Register, activity: model.Activity) -> list[tuple[Any, model.Transfer]]:
    pairs: list[tuple[Any, model.Transfer]] = []
    for rec in _recipients_of_activity(register, activity):
        pairs.extend((rec, t) for t in rec.transfers)
    pairs.extend((None, t) for t in activity.transfers)
    return pairs


try:  # the domain's single definition of what an activity transfers (helper module)
    from ropa_app.domain.transfers import recipients_of_activity, transfers_of_activity
except ImportError:  # pragma: no cover - only before the domain module exists
    recipients_of_activity, transfers_of_activity = _recipients_of_activity, _transfers_of_activity


@dataclass
class Context:
    register: model.Register
    fmt: Formatter
    options: ExportOptions
    cancelled: Callable[[], bool]
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
        return acts if self.options.include_retired else [a for a in acts if a.status != "retired"]

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


def organisation_rows(org: model.Organisation, fmt: Formatter) -> list[tuple[str, str, str, bool]]:
    values = fmt.values_of(org)
    rows = []
    for key in ORGANISATION_ORDER:
        if key in values:
            rows.append((key, fmt.label(model.Organisation, key), values[key], False))
        elif key in _ORG_MANDATORY:
            rows.append((key, fmt.label(model.Organisation, key), fmt.tr("missing"), True))
    return rows


def cover_lines(doc: RegisterDocument, org: model.Organisation, fmt: Formatter) -> list[tuple[str, str]]:
    tr, label = fmt.tr, (lambda k: fmt.label(model.Organisation, k))
    values = fmt.values_of(org)
    lines = [(label(k), values[k]) for k in ("org_number", "address", "country", "email", "phone", "website") if k in values]
    if org.dpo_name or org.dpo_email:
        contact = ", ".join(values[k].replace("\n", ", ") for k in ("dpo_name", "dpo_email", "dpo_phone") if k in values)
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
    missing_text = tr("missing")
    labels = _labels(
        fmt,
        model.Activity,
        {"third_countries": tr("column.third_countries"), "transfer_safeguards": tr("column.transfer_safeguards")},
    )
    records = []
    for i, a in enumerate(ctx.activities()):
        if (a.role == "processor") != processor:
            continue
        if i % 200 == 0 and ctx.cancelled():
            raise ExportCancelled()
        values = fmt.values_of(a, skip=("transfers",))
        transfers = ctx.activity_transfers(a)
        if transfers:
            texts = [ctx.transfer_text(r, t) for r, t in transfers]
            values["third_countries"] = "\n".join(dict.fromkeys(c for c, _ in texts))
            values["transfer_safeguards"] = "\n".join(dict.fromkeys(s for _, s in texts))
        missing = tuple(model.mandatory_missing(a))
        for key in missing:
            values[key] = missing_text
        name = values.get("name", missing_text)
        title = f"{values['ref']} {name}" if "ref" in values else name
        records.append(Record("activity", a.id, title, values, missing))
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
    )


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
    labels = _labels(fmt, model.Transfer, {"transferred_by": tr("column.transferred_by"), "used_by": tr("column.used_by")})
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


def _severity_key(severity: Any) -> str:
    s = str(getattr(severity, "value", severity)).strip().lower()
    return {"e": "error", "w": "warning", "i": "info"}.get(s[:1], s)


def findings_section(ctx: Context, today: date) -> Section | None:
    try:
        from ropa_app.domain.checks import run_checks  # helper module, may not exist yet
    except ImportError:
        return None
    fmt, tr = ctx.fmt, ctx.fmt.tr
    labels = {k: tr(f"column.{k}") for k in FINDING_KEYS}
    field_labels: dict[str, dict[str, str]] = {}
    for cls in (model.Organisation, model.Activity, model.Recipient, model.Transfer):
        entity = {model.Organisation: "organisation", model.Activity: "activity"}.get(cls) or cls.__name__.lower()
        field_labels[entity] = {fs.key: fmt.label(cls, fs.key) for fs in model.fields_of(cls)}
    records = []
    for f in run_checks(ctx.register, today):
        kind = str(getattr(f, "record_kind", "") or "")
        field_key = str(getattr(f, "field", "") or "")
        values = {
            "severity": tr(f"severity.{_severity_key(getattr(f, 'severity', ''))}"),
            "rule": fmt.clean(str(getattr(f, "rule_id", "") or "")),
            "record": fmt.clean(str(getattr(f, "record_label", "") or "")),
            "field": field_labels.get(kind, {}).get(field_key, field_key),
            "message": fmt.clean(str(getattr(f, "message", "") or "")),
            "reference": fmt.clean(str(getattr(f, "reference", "") or "")),
        }
        values = {k: v for k, v in values.items() if v}
        records.append(Record("finding", getattr(f, "record_id", None), values.get("rule", ""), values))
    return Section(
        key="findings",
        title=tr("section.findings"),
        sheet_name=tr("sheet.findings"),
        columns=[Column(k, labels[k]) for k in FINDING_KEYS],
        records=records,
        labels=labels,
        compact=[(k,) for k in FINDING_KEYS],
        empty_text=tr("no_findings"),
    )
