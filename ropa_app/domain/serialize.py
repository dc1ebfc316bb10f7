"""Plain-data form of the model: dicts of str/bool/int/list with ISO dates.

Used by the store (nested records kept as JSON), the demo data, and the JSON interchange format.
Unknown keys are rejected so that a typo in a data file is an error, not a silently lost value. The
conversions themselves belong to the field kinds (`fieldkinds`); these are their names for callers.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .fieldkinds import DataError, parse_iso_date, plain, record_from_plain, record_to_plain

__all__ = ["DataError", "from_dict", "parse_date", "to_dict", "to_plain"]

T = TypeVar("T")


def to_dict(obj: Any, with_id: bool = True) -> dict[str, Any]:
    return record_to_plain(obj, with_id)


def to_plain(value: Any, with_id: bool) -> Any:
    return plain(value, with_id)


def parse_date(value: Any, path: str = "$"):
    return parse_iso_date(value, path)


def from_dict(cls: type[T], data: Any, path: str = "$") -> T:
    return record_from_plain(cls, data, path)
