"""Mapping between the model's dataclasses and table rows: each field kind says how its value is kept
in a column (`FieldKind.to_column` / `from_column`); a repository names the fields it keeps in tables of
their own (`skip`)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any
from collections.abc import Iterable

from ..domain import model, serialize


def to_row(obj: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    skip = set(skip)
    return {fs.key: fs.kind.to_column(getattr(obj, fs.key)) for fs in model.fields_of(type(obj)) if fs.key not in skip}


def from_row(cls: type, row: dict[str, Any], skip: Iterable[str] = ()) -> dict[str, Any]:
    """Keyword arguments for `cls` from a row (skipped fields and absent columns left out)."""
    skip = set(skip)
    kw = {
        fs.key: fs.kind.from_column(row[fs.key], fs)
        for fs in model.fields_of(cls)
        if fs.key not in skip and fs.key in row
    }
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
