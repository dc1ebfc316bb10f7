"""Mapping between the model's dataclasses and table rows (scalar columns only)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..domain import model, serialize

# Fields not stored as a column of the entity's own table (kept in link/child tables).
CHILD_FIELDS = {
    model.Activity: {"data_subject_categories", "data_categories", "recipient_categories", "recipients", "transfers"},
    model.Recipient: {"sub_processors", "transfers"},
    model.Organisation: set(),
    model.Transfer: set(),
}

_JSON_KINDS = {model.TEXT_LIST, model.CHOICES, model.COUNTRY_LIST, model.RECORDS}


def to_row(obj: Any) -> dict[str, Any]:
    cls = type(obj)
    row: dict[str, Any] = {}
    for fs in model.fields_of(cls):
        if fs.key in CHILD_FIELDS[cls]:
            continue
        value = getattr(obj, fs.key)
        if fs.kind in _JSON_KINDS:
            row[fs.key] = json.dumps(serialize.to_plain(value, False), ensure_ascii=False)
        elif fs.kind == model.BOOL:
            row[fs.key] = 1 if value else 0
        elif fs.kind == model.DATE:
            row[fs.key] = value.isoformat() if value else None
        else:
            row[fs.key] = value
    return row


def from_row(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for `cls` from a row (child fields excluded)."""
    kw: dict[str, Any] = {}
    for fs in model.fields_of(cls):
        if fs.key in CHILD_FIELDS[cls] or fs.key not in row:
            continue
        value = row[fs.key]
        if fs.kind in _JSON_KINDS:
            data = json.loads(value) if value else []
            if fs.kind == model.RECORDS:
                rec = model.RECORD_TYPES[fs.key]
                data = [serialize.from_dict(rec, d) for d in data]
            kw[fs.key] = data
        elif fs.kind == model.BOOL:
            kw[fs.key] = bool(value)
        elif fs.kind == model.DATE:
            kw[fs.key] = serialize.parse_date(value)
        else:
            kw[fs.key] = value if value is not None else ""
    if "id" in row and any(f.name == "id" for f in dataclasses.fields(cls)):
        kw["id"] = row["id"]
    return kw


def audit_text(value: Any) -> str | None:
    """How a field value is written into the audit log."""
    if model.is_empty(value) and value is not False:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    plain = serialize.to_plain(value, False)
    if isinstance(plain, (list, dict)):
        return json.dumps(plain, ensure_ascii=False)
    return str(plain)
