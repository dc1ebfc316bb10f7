"""The kinds of field a record can have, each declared once with everything that depends on it.

A field kind is a `str` (its name, so it compares and prints as before) that also knows how its values
are turned into plain data (JSON) and back, how they are kept in a column of the register file, what
JSON Schema describes them, when a value counts as empty, and which editor shows it. Consumers that
need a behaviour per kind of *value* (the export's formatter, the import readers) dispatch on
`family` (text, bool, date, choice, country, record, ref) through `visit`, and treat list kinds through
`item`: a list of countries is a list whose items are countries. No consumer switches on kind names.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from datetime import date, datetime
from typing import Any
from collections.abc import Callable

from .dataclass import dataclass
from .messages import Message

# The most characters one text value may hold (a field, or one item of a list): about 40 printed pages.
# The editors stop there and say so, the import refuses more with the place named, and a register file
# holding more is read with the value cut there (and a word about it).
MAX_TEXT_CHARS = 100_000


class DataError(ValueError):
    """Input that does not fit the model; `path` says where (JSON-path style)."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def parse_iso_date(value: Any, path: str = "$") -> date | None:
    """A date from its ISO form (YYYY-MM-DD); None for nothing; DataError for anything else."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DataError(path, f"expected a date (YYYY-MM-DD), got {value!r}")
    try:
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise DataError(path, f"not a real date: {value!r} (expected YYYY-MM-DD)")


def parse_iso_datetime(value: Any, path: str = "$") -> datetime | None:
    """A date and time to the minute from its ISO form (YYYY-MM-DDTHH:MM, also with a space or seconds);
    None for nothing; DataError for anything else (a date alone is not enough: the hours count)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, str) and len(value) in (16, 19) and value[10] in "T ":
        try:
            return datetime.fromisoformat(value).replace(second=0, microsecond=0)
        except ValueError:
            pass
    raise DataError(path, Message("not a real date and time: {value!r} (expected YYYY-MM-DDTHH:MM)", value=value))


def default_of(cls: type, key: str) -> Any:
    """The declared default of a field (a fresh list for list fields)."""
    for f in dataclasses.fields(cls):
        if f.name == key:
            if f.default is not dataclasses.MISSING:
                return f.default
            return f.default_factory()  # type: ignore[misc]
    raise KeyError(key)


def record_to_plain(obj: Any, with_id: bool = True) -> dict[str, Any]:
    """A record (dataclass) as a dict of plain values, in declaration order."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name == "id" and not with_id:
            continue
        out[f.name] = plain(getattr(obj, f.name), with_id)
    return out


def plain(value: Any, with_id: bool = True) -> Any:
    """Any model value as plain data: dates as ISO text, records as dicts, lists item by item."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return record_to_plain(value, with_id)
    if isinstance(value, list):
        return [plain(v, with_id) for v in value]
    return value


def record_from_plain(cls: type, data: Any, path: str = "$") -> Any:
    """A record from plain data, strictly: an unknown key or a value of the wrong kind is a DataError."""
    if not isinstance(data, dict):
        raise DataError(path, f"expected an object, got {type(data).__name__}")
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise DataError(path, f"unknown field(s): {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{path}.{key}"
        if key == "id":
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise DataError(where, "expected an integer id")
            kwargs[key] = value
            continue
        fs = field_spec(cls, key)
        kwargs[key] = fs.kind.from_plain(value, fs, where)
    return cls(**kwargs)


class FieldKind(str):
    """One kind of field. `family` is the kind of one value; `item` the kind of each item of a list."""

    family: str
    many: bool
    unique: bool
    editor: str
    item: FieldKind

    def __new__(cls, name: str, family: str, *, item: FieldKind | None = None, unique: bool = False,
                editor: str = "") -> FieldKind:
        obj = super().__new__(cls, name)
        obj.family = family
        obj.many = item is not None
        obj.item = item if item is not None else obj
        obj.unique = unique
        obj.editor = editor or name
        return obj

    # --- emptiness ------------------------------------------------------------------------------
    def empty(self, value: Any) -> bool:
        return value is None or value == "" or value == [] or value is False

    # --- plain data (JSON) -----------------------------------------------------------------------
    def to_plain(self, value: Any) -> Any:
        return plain(value, False)

    def from_plain(self, value: Any, fs: FieldSpec, path: str) -> Any:
        """The model value of plain data, strictly (DataError at `path` otherwise)."""
        if self.many:
            if not isinstance(value, list):
                raise DataError(path, "expected a list")
            return [self.item._item_from_plain(v, fs, f"{path}[{i}]") for i, v in enumerate(value)]
        return self._item_from_plain(value, fs, path)

    def _item_from_plain(self, value: Any, fs: FieldSpec, path: str) -> Any:
        family = self.family
        if family == "date":
            return parse_iso_date(value, path)
        if family == "bool":
            if not isinstance(value, bool):
                raise DataError(path, f"expected true or false, got {value!r}")
            return value
        if family == "record":
            return record_from_plain(fs.record, value, path)
        if family == "ref":
            if not isinstance(value, int) or isinstance(value, bool):
                raise DataError(path, f"expected int, got {value!r}")
            return value
        if value is None and self is fs.kind:  # a scalar text field: null means empty
            value = ""
        if not isinstance(value, str):
            raise DataError(path, f"expected {'text' if self is fs.kind else 'str'}, got {value!r}")
        if family == "choice" and value and fs.vocabulary is not None and value not in fs.vocabulary:
            raise DataError(path, f"unknown value {value!r} (one of {', '.join(fs.vocabulary)})")
        return value

    # --- a column of the register file ---------------------------------------------------------
    @property
    def json_column(self) -> bool:
        """Kept as JSON text in its column (lists and nested records)."""
        return self.many

    def to_column(self, value: Any) -> Any:
        if self.many:
            return json.dumps(plain(value, False), ensure_ascii=False)
        if self.family == "bool":
            return 1 if value else 0
        if self.family == "date":
            return value.isoformat() if value else None
        return value

    def from_column(self, raw: Any, fs: FieldSpec) -> Any:
        if self.many:
            data = json.loads(raw) if raw else []
            if self.family == "record":
                return [record_from_plain(fs.record, d) for d in data]
            return data
        if self.family == "bool":
            return bool(raw)
        if self.family == "date":
            return parse_iso_date(raw)
        return raw if raw is not None else ""

    # --- JSON Schema -----------------------------------------------------------------------------
    def schema(self, fs: FieldSpec, owner: type, ref: Callable[[type], str]) -> dict[str, Any]:
        """The JSON Schema of a value; `ref(cls)` names the $defs entry of a nested record class."""
        if self.many:
            return {"type": "array", "items": self.item._item_schema(fs, owner, ref)}
        return self._item_schema(fs, owner, ref)

    def _item_schema(self, fs: FieldSpec, owner: type, ref: Callable[[type], str]) -> dict[str, Any]:
        family = self.family
        if family == "bool":
            return {"type": "boolean"}
        if family == "date":
            return {"$ref": "#/$defs/date"}
        if family == "choice":
            keys = list(fs.vocabulary) if fs.vocabulary else []
            if not fs.kind.many and default_of(owner, fs.key) == "":
                keys = ["", *keys]
            return {"type": "string", "enum": keys}
        if family == "country":
            if fs.kind.many:
                return {"$ref": "#/$defs/country"}
            return {"$ref": "#/$defs/destination" if fs.destination else "#/$defs/country_or_empty"}
        if family == "record":
            return {"$ref": f"#/$defs/{ref(fs.record)}"}
        if family == "ref":
            return {"$ref": f"#/$defs/{fs.refers}_ref"}
        return {"type": "string"}

    # --- per kind of value ------------------------------------------------------------------------
    def visit(self, visitor: Any, *args: Any) -> Any:
        """`visitor.<family>(*args)`: the one place a behaviour is chosen by the kind of value."""
        return getattr(visitor, self.family)(*args)


class AnswerKind(FieldKind):
    """A yes/no question that may not have been answered: "not_assessed", "yes" or "no" (vocab.ANSWERS).

    Kept in an integer column as before it had a third state: 1 yes, 0 no, NULL not assessed (so a file
    of an older schema keeps the answers it has). Plain data (JSON) names the answer, and its schema says so;
    `true`/`false` of an older document are still read as "yes"/"no"."""

    def empty(self, value: Any) -> bool:
        return value in (None, "", "not_assessed")

    def _item_from_plain(self, value: Any, fs: FieldSpec, path: str) -> Any:
        if isinstance(value, bool):
            return "yes" if value else "no"
        if value in (None, ""):
            return "not_assessed"
        return super()._item_from_plain(value, fs, path)

    def to_column(self, value: Any) -> Any:
        return {"yes": 1, "no": 0}.get(value)

    def from_column(self, raw: Any, fs: FieldSpec) -> Any:
        if raw is None or raw == "":
            return "not_assessed"
        return "yes" if int(raw) else "no"


class DateTimeKind(FieldKind):
    """A moment to the minute (a breach happened, was discovered, was notified: Art. 33(1) counts 72 hours).

    The controller's local time, without a zone (as a person writes it in an incident report); kept as
    ISO text "YYYY-MM-DDTHH:MM" in its column and in plain data (JSON), edited in one line."""

    def _item_from_plain(self, value: Any, fs: FieldSpec, path: str) -> Any:
        return parse_iso_datetime(value, path)

    def to_column(self, value: Any) -> Any:
        return value.isoformat(timespec="minutes") if value else None

    def from_column(self, raw: Any, fs: FieldSpec) -> Any:
        return parse_iso_datetime(raw)

    def _item_schema(self, fs: FieldSpec, owner: type, ref: Callable[[type], str]) -> dict[str, Any]:
        return {"$ref": "#/$defs/datetime"}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    kind: FieldKind
    article: str
    need: str
    vocabulary: Any  # a vocab.Vocabulary, or None
    category_kind: str | None
    label: str
    record: type | None = None
    refers: str = ""
    unique: bool = False
    destination: bool = False
    internal: bool = False  # for the company's own use: left out of the Art. 30 record sent to the authority

    @property
    def mandatory(self) -> bool:
        return self.need == "M"


def fields_of(cls: type) -> list[FieldSpec]:
    """The declared register fields of an entity class, in declaration order (ids excluded)."""
    return list(_specs(cls).values())


def field_spec(cls: type, key: str) -> FieldSpec:
    return _specs(cls)[key]


@functools.cache
def _specs(cls: type) -> dict[str, FieldSpec]:
    # The classes are fixed at import: read their metadata once (lists and checks ask per cell, per row).
    return {f.name: FieldSpec(key=f.name, **f.metadata) for f in dataclasses.fields(cls) if f.metadata}


# One value
TEXT = FieldKind("text", "text")  # one line
LONGTEXT = FieldKind("longtext", "text")  # several lines
LINK = FieldKind("link", "text")  # URL or file path, opened with the system handler
BOOL = FieldKind("bool", "bool")
DATE = FieldKind("date", "date")
DATETIME = DateTimeKind("datetime", "datetime")  # a date and a time to the minute (local time)
CHOICE = FieldKind("choice", "choice")  # one key of a vocabulary
ANSWER = AnswerKind("answer", "choice", editor="choice")  # yes, no or not assessed (vocab.ANSWERS)
COUNTRY = FieldKind("country", "country")  # ISO 3166-1 alpha-2 (a transfer's: or org:<id>)
RECORD = FieldKind("record", "record")  # one nested record (the items of RECORDS)
REF = FieldKind("ref", "ref")  # one record id (the items of REFS)
# Lists
CHOICES = FieldKind("choices", "choice", item=CHOICE)  # several keys of a vocabulary
TEXT_LIST = FieldKind("text_list", "text", item=TEXT)  # free-text values
CATEGORY_LIST = FieldKind("category_list", "text", item=TEXT, unique=True)  # reusable category values
COUNTRY_LIST = FieldKind("country_list", "country", item=COUNTRY)
RECORDS = FieldKind("records", "record", item=RECORD)  # nested records (data categories, transfers, ...)
REFS = FieldKind("refs", "ref", item=REF)  # ids of other records (recipients)

FIELD_KINDS: tuple[FieldKind, ...] = (
    TEXT, LONGTEXT, LINK, BOOL, DATE, DATETIME, CHOICE, ANSWER, COUNTRY, CHOICES, TEXT_LIST, CATEGORY_LIST,
    COUNTRY_LIST, RECORDS, REFS,
)
