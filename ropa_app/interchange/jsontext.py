"""The text of the JSON document written straight from the records, without a dict per record.

`RecordText(cls, level, refs)` writes a record of a model class as `json.dumps(to_dict(record),
ensure_ascii=False, indent=2)` writes it nested `level` deep in the document, byte for byte. Once per class
and level, a function is made from the field declarations (`_compiled`): the text around the values (the
indentation and each key) is one %-template, each text value is escaped by the json module's C function,
each list of texts or of nested records is joined in one expression, and only dates, booleans and
undeclared values go through a writer of their own. A record is then one call, with no Python loop over its
fields and no dict. A value whose type is not the one its field declares (never so in a register read from
a file, but a record is a plain dataclass) makes the whole record written by the general path (`indented`)
from the dict `fallback(record)` gives, which is what the document holds.

CPython 3.11's C encoder is used by `json.dumps` only without indentation; the general path (`indented`)
writes what the pure-Python indenting encoder writes, a value at a time.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import types
from collections.abc import Callable
from datetime import date, datetime
from json.encoder import encode_basestring as string  # the C function where the json module has it
from typing import Any

from ..domain import model, serialize

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CONSTANTS = {True: "true", False: "false"}


def escaped(text: str) -> str:
    """`text` with each lone surrogate as its \\u escape (`jsonformat.dumps` and the streamed writer)."""
    if _LONE_SURROGATE.search(text):
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def indented(value: Any, level: int) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` as it appears nested `level` deep in a document."""
    parts: list[str] = []
    _write_value(value, level, parts.append)
    return "".join(parts)


def _write_value(value: Any, level: int, out) -> None:
    kind = type(value)
    if kind is str:
        out(string(value))
    elif value is None:
        out("null")
    elif kind is bool:
        out(_CONSTANTS[value])
    elif kind is int:
        out(int.__repr__(value))
    elif isinstance(value, dict) and all(type(k) is str for k in value):
        if not value:
            out("{}")
            return
        inner = "\n" + "  " * (level + 1)
        separator = "{" + inner
        for key, item in value.items():
            out(separator)
            out(string(key))
            out(": ")
            _write_value(item, level + 1, out)
            separator = "," + inner
        out("\n" + "  " * level + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out("[]")
            return
        inner = "\n" + "  " * (level + 1)
        separator = "[" + inner
        for item in value:
            out(separator)
            _write_value(item, level + 1, out)
            separator = "," + inner
        out("\n" + "  " * level + "]")
    else:  # floats, other keys: what the json module makes of them, indented the same
        out(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level))


# --- the writers of one value of a declared kind: TypeError when the value is not of that kind -------
def _bool(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise TypeError(value)


def _iso(kind: type, **isoformat: str) -> Callable[[Any], str]:
    """The writer of a value of exactly `kind` (a date or a datetime) in ISO form, or of None."""

    def write(value: Any) -> str:
        if value is None:
            return "null"
        if type(value) is kind:
            return f'"{value.isoformat(**isoformat)}"'
        raise TypeError(value)

    return write


_date = _iso(date)
_datetime = _iso(datetime, timespec="minutes")


def _list_of(item: Callable[[Any], str], level: int) -> Callable[[Any], str]:
    """The writer of a list `level` deep whose items `item` writes."""
    opening, separator, closing = "[\n" + "  " * (level + 1), ",\n" + "  " * (level + 1), "\n" + "  " * level + "]"

    def write(value: Any) -> str:
        if type(value) is not list:
            raise TypeError(value)
        if not value:
            return "[]"
        return opening + separator.join(map(item, value)) + closing

    return write


def _general(level: int) -> Callable[[Any], str]:
    """The writer of any value `level` deep: the general path, from the value's plain data."""

    def write(value: Any) -> str:
        return indented(serialize.to_plain(value, False), level)

    return write


def _not_a_list(value: Any) -> str:
    raise TypeError(value)


_SCALARS = {"text": "string", "choice": "string", "country": "string", "bool": "_bool", "date": "_date",
            "datetime": "_datetime"}


class RecordText:
    """Writes records of `cls` nested `level` deep. `refs`: for a field holding ids of other records, what
    the document holds instead (a list of names or document ids, as the document's dict has them).
    `fallback(record)`: the document's dict of the record, written by the general path when a value is not
    of its field's kind (TypeError from its writer), or the record not of `cls`."""

    def __init__(self, cls: type, level: int, refs: dict[str, Callable[[list[int]], list[str]]] | None = None,
                 fallback: Callable[[Any], dict[str, Any]] | None = None):
        self.cls, self.level = cls, level
        self.fallback = fallback or (lambda record: serialize.to_plain(record, False))
        self.inner, self.closing = "\n" + "  " * (level + 1), "\n" + "  " * level + "}"
        refs = refs or {}
        made = _compiled(cls, level, frozenset(refs))
        names = _list_of(string, level + 1)
        renamed = {f"ref_{key}": _then(convert, names) for key, convert in refs.items()}
        self.write = types.FunctionType(made.__code__, {**made.__globals__, **renamed}) if renamed else made

    def __call__(self, record: Any) -> str:
        """The record's text: each value written by its field's writer into the text around the values."""
        if type(record) is not self.cls:
            return indented(self.fallback(record), self.level)
        try:
            return self.write(record)
        except TypeError:  # a value not of its field's kind
            return indented(self.fallback(record), self.level)

    def with_id(self, record: Any, doc_id: str) -> str:
        """The record's text with `"id": doc_id` as its first key (the document's recipients)."""
        text = self(record)
        head = "{" + self.inner + '"id": ' + string(doc_id)
        return head + self.closing if text == "{}" else head + "," + text[1:]


def _then(convert: Callable[[Any], Any], write: Callable[[Any], str]) -> Callable[[Any], str]:
    def both(value: Any) -> str:
        return write(convert(value))

    return both


@functools.cache
def _compiled(cls: type, level: int, renamed: frozenset[str]) -> Callable[[Any], str]:
    """The function writing a record of `cls` nested `level` deep, made once per class and level from its
    field declarations: the text around the values is one %-template (the indentation and each key), each
    text value is escaped by the json module's C function, a list of texts or of nested records is joined
    here; the other values (dates, booleans, anything undeclared) go through a writer of their kind. A field
    in `renamed` is written by the function `ref_<key>` of the function's globals (`RecordText`)."""
    inner, deeper = "\n" + "  " * (level + 1), "  " * (level + 2)
    specs = {fs.key: fs for fs in model.fields_of(cls)}
    namespace: dict[str, Any] = {"string": string, "_bool": _bool, "_date": _date, "_datetime": _datetime,
                                 "_not_a_list": _not_a_list}
    template, lines, values = "{", ["def write(r):"], []
    for f in dataclasses.fields(cls):
        if f.name == "id":
            continue
        n, key, fs = len(values), f.name, specs.get(f.name)
        template += ("," if values else "") + inner + string(key) + ": %s"  # a name has no "%"
        kind = fs.kind if fs is not None else None
        if key in renamed:
            values.append(f"ref_{key}(r.{key})")
        elif kind is not None and not kind.many and kind.family in _SCALARS:
            values.append(f"{_SCALARS[kind.family]}(r.{key})")
        elif kind is not None and kind.many and (fs.record is not None or _SCALARS.get(kind.family) == "string"):
            item = RecordText(fs.record, level + 2) if fs.record is not None else string
            namespace.update({f"item{n}": item, f"open{n}": "[\n" + deeper, f"sep{n}": ",\n" + deeper,
                              f"close{n}": inner + "]"})
            lines.append(f"    v{n} = r.{key}")
            values.append(f'((open{n} + sep{n}.join(map(item{n}, v{n})) + close{n} if v{n} else "[]") '
                          f'if type(v{n}) is list else _not_a_list(v{n}))')
        else:
            namespace[f"general{n}"] = _general(level + 1)
            values.append(f"general{n}(r.{key})")
    namespace["template"] = template + "\n" + "  " * level + "}" if values else "{}"
    lines.append(f"    return template % ({', '.join(values)}{',' if values else ''})")
    exec("\n".join(lines), namespace)  # code made from the model's field names only
    return namespace["write"]
