"""Plain-data form of the model: dicts of str/bool/int/list with ISO dates.

Used by the store (nested records kept as JSON), the demo data, and the JSON interchange format.
Unknown keys are rejected so that a typo in a data file is an error, not a silently lost value.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, TypeVar

from . import model

T = TypeVar("T")


class DataError(ValueError):
    """Input that does not fit the model; `path` says where (JSON-path style)."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def to_dict(obj: Any, with_id: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name == "id" and not with_id:
            continue
        out[f.name] = to_plain(getattr(obj, f.name), with_id)
    return out


def to_plain(value: Any, with_id: bool) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return to_dict(value, with_id)
    if isinstance(value, list):
        return [to_plain(v, with_id) for v in value]
    return value


def parse_date(value: Any, path: str = "$") -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DataError(path, f"expected a date (YYYY-MM-DD), got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DataError(path, f"not a real date: {value!r} (expected YYYY-MM-DD)") from None


def from_dict(cls: type[T], data: Any, path: str = "$") -> T:
    if not isinstance(data, dict):
        raise DataError(path, f"expected an object, got {type(data).__name__}")
    known = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(data) - set(known)
    if unknown:
        raise DataError(path, f"unknown field(s): {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        kwargs[key] = _field_value(cls, key, value, f"{path}.{key}")
    return cls(**kwargs)


def _field_value(cls: type, key: str, value: Any, path: str) -> Any:
    if key == "id":
        if value is not None and not isinstance(value, int):
            raise DataError(path, "expected an integer id")
        return value
    spec = model.field_spec(cls, key)
    kind = spec.kind
    if kind == model.DATE:
        return parse_date(value, path)
    if kind == model.BOOL:
        if not isinstance(value, bool):
            raise DataError(path, f"expected true or false, got {value!r}")
        return value
    if kind == model.RECORDS:
        rec_cls = model.RECORD_TYPES[key]
        if not isinstance(value, list):
            raise DataError(path, "expected a list")
        return [from_dict(rec_cls, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if kind in (model.TEXT_LIST, model.CATEGORY_LIST, model.CHOICES, model.COUNTRY_LIST, model.REFS):
        if not isinstance(value, list):
            raise DataError(path, "expected a list")
        item_type = int if kind == model.REFS else str
        for i, v in enumerate(value):
            if not isinstance(v, item_type) or isinstance(v, bool):
                raise DataError(f"{path}[{i}]", f"expected {item_type.__name__}, got {v!r}")
            if kind == model.CHOICES and spec.vocabulary and v not in spec.vocabulary:
                raise DataError(f"{path}[{i}]", f"unknown value {v!r} (one of {', '.join(spec.vocabulary)})")
        return list(value)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DataError(path, f"expected text, got {value!r}")
    if kind == model.CHOICE and value and spec.vocabulary and value not in spec.vocabulary:
        raise DataError(path, f"unknown value {value!r} (one of {', '.join(spec.vocabulary)})")
    return value
