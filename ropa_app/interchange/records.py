"""Turning plain data (parsed JSON, spreadsheet cells) into model records, collecting every problem.

Unlike `serialize.from_dict`, which stops at the first error, `read_record` keeps going and reports
each problem with its JSON path, so that the user sees everything to fix at once.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from ..domain import countries, kinds, links, model
from ..domain.dataclass import dataclass
from ..domain.fieldkinds import LINK, MAX_TEXT_CHARS, AnswerKind, DataError, default_of, parse_iso_datetime
from ..domain.law import ORG_PREFIX
from ..domain.messages import Message
from .problems import Problems

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def child(path: str, key: str) -> str:
    """The JSON path of a member: $.name, or $["odd key"] when the key is not a plain name."""
    return f"{path}.{key}" if str(key).isidentifier() else f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def match_key(text: str) -> str:
    """How names are compared when records are matched: case, spacing and Unicode form do not matter
    ("Café" typed as one character or as "e" and a combining accent is one name)."""
    return unicodedata.normalize("NFC", " ".join((text or "").split())).casefold()


@dataclass
class RawRefs:
    """References to other records (recipients, activities) as written in the source, resolved once every
    record they may point at is known."""

    values: list[Any]
    path: str  # the path of the record in the source
    key: str  # the field that lists them

    def at(self, i: int) -> str:
        """The path of the `i`th value (made only for a problem to report)."""
        return f"{child(self.path, self.key)}[{i}]"


def read_record(
    cls: type, data: Any, path: str, problems: Problems, allowed_extra: tuple[str, ...] = ()
) -> tuple[Any, frozenset[str], dict[str, RawRefs]] | None:
    """(record, provided keys, raw references) from a dict; None if `data` is not an object at all.

    Missing keys take the model's defaults. `allowed_extra` keys (such as a recipient's "id") are
    accepted and left to the caller.
    """
    fast = _read_valid(cls, data, path, allowed_extra)
    if fast is not None:
        return fast
    if not isinstance(data, dict):
        problems.error(path, "expected an object {{...}}, got {found}", found=_describe(data))
        return None
    for key in getattr(data, "duplicates", ()):
        problems.error(child(path, key), "this key is given more than once in the same object")
    specs = {fs.key: fs for fs in model.fields_of(cls)}
    kwargs: dict[str, Any] = {}
    refs: dict[str, RawRefs] = {}
    for key, value in data.items():
        where = child(path, key)
        if key in allowed_extra:
            continue
        fs = specs.get(key)
        if fs is None:
            hint = difflib.get_close_matches(key, list(specs), n=1)
            if hint:
                problems.error(where, "unknown field {key!r} (did you mean {hint!r}?)", key=key, hint=hint[0])
            else:
                problems.error(where, "unknown field {key!r}", key=key)
            continue
        if fs.kind.family == "ref":
            items = _list(value, where, problems)
            if items is not None:
                refs[key] = RawRefs(items, path, key)
                kwargs[key] = []
            continue
        ok, converted = read_value(cls, fs, value, where, problems)
        if ok:
            kwargs[key] = converted
    provided = frozenset(k for k in data if k in specs)
    return cls(**kwargs), provided, refs


# --- the fast way: a record whose every value is valid -----------------------------------------------
# Each field of each class has a reader (made once, from its field kind) that gives the model value of a valid
# plain value, in a few operations, or raises _Invalid. A record with anything else (an unknown or repeated key,
# a value to correct, a default taken for null) is read again the full way below, which says what is wrong:
# a reader accepts only values the full way accepts, and gives what it gives.
class _Invalid(Exception):
    """A value the fast way does not take (read it the full way)."""


# The fast way's test of a text, written once as code over a variable ({0}) with the names of `_IS_TEXT_NAMES`: a str
# of at most MAX_TEXT_CHARS characters without a lone surrogate (half of a UTF-16 pair, which UTF-8 cannot encode).
# `_valid_text` is made from it, and the readers `_whole_reader` makes hold it in line (most fields are texts).
_IS_TEXT = "type({0}) is str and len({0}) <= MAX and ({0}.isascii() or not lone({0}))"
_IS_TEXT_NAMES = {"MAX": MAX_TEXT_CHARS, "lone": _LONE_SURROGATE.search}


def _read_valid(
    cls: type, data: Any, path: str = "", allowed_extra: tuple[str, ...] = ()
) -> tuple[Any, frozenset, dict] | None:
    """`read_record`'s result for an object whose every key is a field (or `allowed_extra`) and every value
    valid; None otherwise."""
    if type(data) is dict:
        keys, read_all = _whole_reader(cls, allowed_extra)
        if read_all is not None and data.keys() == keys:
            return read_all(data, path)
    elif not isinstance(data, dict) or getattr(data, "duplicates", ()):
        return None
    readers = _readers(cls)
    kwargs: dict[str, Any] = {}
    refs: dict[str, RawRefs] = {}
    try:
        for key, value in data.items():
            if key in allowed_extra:
                continue
            reader = readers.get(key)
            if reader is not None:
                kwargs[key] = reader(value)
            elif key in _ref_keys(cls) and type(value) is list:
                refs[key] = RawRefs(value, path, key)
                kwargs[key] = []
            else:
                return None
        record = cls(**kwargs)
    except _Invalid:
        return None
    provided = frozenset(data) if not allowed_extra else frozenset(k for k in data if k not in allowed_extra)
    return record, provided, refs


@functools.cache
def _whole_reader(
    cls: type, allowed_extra: tuple[str, ...], nested: bool = False
) -> tuple[frozenset[str], Callable[..., Any] | None]:
    """(the keys, a function) for an object holding every field of `cls` and `allowed_extra`, each once (as our
    export writes them): `_read_valid`'s loop unrolled, made once per class from its field declarations. Each
    field is read in turn by its reader (a text checked in line), with no look-up of its reader and no dict of
    keyword arguments; the provided keys are one set shared by these records. The same record, provided keys
    and references as the loop, or None where the loop gives None. `nested`: the reader of a nested record
    (`_item_reader`), which gives the record alone or raises _Invalid."""
    readers, ref_keys = _readers(cls), _ref_keys(cls)
    specs = model.fields_of(cls)
    keys = frozenset(fs.key for fs in specs)
    if not all(key.isidentifier() for key in keys) or keys & set(allowed_extra):
        return keys | set(allowed_extra), None
    space: dict[str, Any] = {"cls": cls, **_IS_TEXT_NAMES, "RawRefs": RawRefs, "_Invalid": _Invalid,
                             "PROVIDED": keys, "REFS": ref_keys}
    body, args = [], []
    fail = "raise _Invalid" if nested else "return None"
    for i, fs in enumerate(specs):
        value, reader = f"v{i}", readers.get(fs.key)
        if fs.key in ref_keys:
            body += [f"{value} = data[{fs.key!r}]", f"if type({value}) is not list: return None"]
            args.append(f"{fs.key}=[]")
            continue
        parts = getattr(reader, "parts", None)
        if reader is _valid_text:  # in line, without a call
            body += [f"{value} = data[{fs.key!r}]", f"if not ({_IS_TEXT.format(value)}): {fail}"]
        elif parts is not None:  # a list: `_reader`'s `many` in line
            item, every, unique, categories = parts
            space[f"i{i}"] = item
            body += [f"{value} = data[{fs.key!r}]", f"if type({value}) is not list: {fail}"]
            if every is None:
                body.append(f"{value} = [i{i}(x) for x in {value}]")
            else:
                space[f"e{i}"] = every
                body.append(f"{value} = list({value}) if e{i}({value}) else [i{i}(x) for x in {value}]")
            if unique:
                body.append(f"{value} = list(dict.fromkeys({value}))")
            if categories:
                body.append(f"if len({{dc.name for dc in {value}}}) != len({value}): {fail}")
        else:
            space[f"r{i}"] = reader
            body.append(f"{value} = r{i}(data[{fs.key!r}])")
        args.append(f"{fs.key}={value}")
    if len(ref_keys) > 1:  # in the object's order, as the loop makes them
        refs = "{k: RawRefs(data[k], path, k) for k in data if k in REFS}"
    else:
        refs = "{" + ", ".join(f"{k!r}: RawRefs(data[{k!r}], path, {k!r})" for k in ref_keys) + "}"
    if nested:
        body.append(f"return cls({', '.join(args)})")
        source = "def read(data):\n" + "".join(f"    {line}\n" for line in body)
    else:
        body.append(f"return cls({', '.join(args)}), PROVIDED, {refs}")
        source = "def read(data, path):\n    try:\n" + "".join(f"        {line}\n" for line in body) + \
                 "    except _Invalid:\n        return None\n"
    exec(source, space)  # code made from the field declarations only, nothing of the document
    return keys | set(allowed_extra), space["read"]


@functools.cache
def _ref_keys(cls: type) -> frozenset[str]:
    return frozenset(fs.key for fs in model.fields_of(cls) if fs.kind.family == "ref")


@functools.cache
def _readers(cls: type) -> dict[str, Callable[[Any], Any]]:
    """The fast reader of each field of `cls` (references aside), from its field kind."""
    return {fs.key: _reader(cls, fs) for fs in model.fields_of(cls) if fs.kind.family != "ref"}


def _reader(cls: type, fs: model.FieldSpec) -> Callable[[Any], Any]:
    kind = fs.kind
    if not kind.many:
        return _item_reader(cls, fs, kind, False)
    item = _item_reader(cls, fs, kind.item, True)
    every = _every_valid(fs, kind.item)
    unique, categories = fs.unique, fs.category_kind == "data"

    def many(value: Any) -> list:
        if type(value) is not list:
            raise _Invalid
        out = list(value) if every is not None and every(value) else [item(v) for v in value]
        if unique:
            out = list(dict.fromkeys(out))
        if categories and len({dc.name for dc in out}) != len(out):  # listed twice: the full way tells
            raise _Invalid
        return out

    many.parts = (item, every, unique, categories)  # type: ignore[attr-defined]  # (`_whole_reader` puts it in line)
    return many


def _every_valid(fs: model.FieldSpec, item: Any) -> Callable[[list], bool] | None:
    """A check of a list's items all at once (in C, not an item at a time), where its kind of item has one: True
    when every item is valid and its own model value; False tells nothing (each item is then read alone)."""
    if item.family == "text" and fs.kind is not LINK:
        return _all_texts
    if item.family == "choice" and fs.vocabulary is not None:
        keys = frozenset(fs.vocabulary)
        return lambda values: _all_in(keys, values)
    if item.family == "country":
        return lambda values: _all_in(_KNOWN_CODES, values)
    return None


def _all_texts(values: list) -> bool:
    try:
        joined = "".join(values)
    except TypeError:  # an item is not text
        return False
    return ((len(joined) <= MAX_TEXT_CHARS or max(map(len, values)) <= MAX_TEXT_CHARS)
            and (joined.isascii() or not _LONE_SURROGATE.search(joined)))


def _all_in(keys: frozenset[str] | set[str], values: list) -> bool:
    try:
        return keys.issuperset(values)
    except TypeError:  # an item cannot be a key (a list, an object)
        return False


def _item_reader(cls: type, fs: model.FieldSpec, kind: Any, in_list: bool) -> Callable[[Any], Any]:
    """The reader of one value of `kind`: a field's, or an item of a list field's (`in_list`)."""
    family = kind.family
    if family == "bool":
        return _valid_bool
    if family == "date":
        return _valid_date
    if family == "datetime":
        return _valid_datetime
    if family == "record":
        nested, readers = fs.record, _readers(fs.record)
        whole_keys, read_whole = _whole_reader(nested, (), True) if not _ref_keys(nested) else (frozenset(), None)

        def record(value: Any) -> Any:  # `_read_valid`'s record, of a class with no links (nested records have none)
            if type(value) is not dict:  # (keys given twice: a dict of another class, `jsonformat._Object`)
                raise _Invalid
            if read_whole is not None and value.keys() == whole_keys:
                return read_whole(value)
            kwargs: dict[str, Any] = {}
            for key, item in value.items():
                reader = readers.get(key)
                if reader is None:  # an unknown key (or a link)
                    raise _Invalid
                kwargs[key] = reader(item)
            return nested(**kwargs)

        return record
    if family == "choice":
        # a field's "" takes its default (a text: the same object each time)
        default = None if in_list else default_of(cls, fs.key)
        empty = default if isinstance(default, str) else None
        if fs.vocabulary is None:
            if empty is None:
                return _valid_text

            def free_choice(value: Any) -> str:
                return empty if value == "" else _valid_text(value)

            return free_choice
        keys = {k: k for k in fs.vocabulary if in_list or k != ""}
        if empty is not None:
            keys[""] = empty

        def choice(value: Any) -> str:
            if type(value) is str:
                found = keys.get(value)
                if found is not None:
                    return found
            raise _Invalid

        return choice
    if family == "country":
        if in_list:
            return _valid_code

        def country(value: Any) -> str:
            return value if value == "" else _valid_code(value)

        return country
    if fs.kind is LINK:
        return _valid_link
    return _valid_text


def _made_valid_text() -> Callable[[Any], str]:
    """`_valid_text(value)`: `value` where it is a valid text (`_IS_TEXT`), else _Invalid."""
    space = {**_IS_TEXT_NAMES, "_Invalid": _Invalid}
    exec(f"def _valid_text(value):\n    if {_IS_TEXT.format('value')}:\n        return value\n    raise _Invalid\n",
         space)  # code made from `_IS_TEXT` only
    return space["_valid_text"]


_valid_text = _made_valid_text()


def _valid_link(value: Any) -> str:
    if _link_accepted(_valid_text(value)):
        return value
    raise _Invalid


@functools.lru_cache(maxsize=4096)
def _link_accepted(value: str) -> bool:
    return links.import_problem(value) is None


_KNOWN_CODES: set[str] = set()  # the country codes met, each checked once


def _valid_code(value: Any) -> str:
    if type(value) is not str:
        raise _Invalid
    if value in _KNOWN_CODES:
        return value
    if value == value.strip().upper() and countries.is_valid(value):
        _KNOWN_CODES.add(value)
        return value
    raise _Invalid


def _valid_bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    raise _Invalid


def _valid_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if type(value) is str and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _Invalid


def _valid_datetime(value: Any) -> Any:
    try:
        return parse_iso_datetime(value)
    except DataError:
        raise _Invalid from None


# --- the full way: every problem reported --------------------------------------------------------------
def read_value(cls: type, fs: model.FieldSpec, value: Any, where: str, problems: Problems) -> tuple[bool, Any]:
    """(True, value in model form) or (False, None) after recording the problem."""
    kind = fs.kind
    n_before = problems.error_count
    if not kind.many:
        return kind.visit(_Scalar, cls, fs, value, where, problems, False)
    items = _list(value, where, problems)
    if items is None:
        return False, None
    out = []
    for i, item in enumerate(items):
        ok, v = kind.item.visit(_Scalar, cls, fs, item, f"{where}[{i}]", problems, True)
        if ok:
            out.append(v)
    if fs.unique:  # the register keeps each value once
        out = list(dict.fromkeys(out))
    if fs.category_kind == "data":  # data categories are kept once per name
        out = _unique_categories(out, where, problems)
    return problems.error_count == n_before, out


class _Scalar:
    """Reading one value (of a field, or one item of a list field), by the kind of value."""

    @staticmethod
    def bool(cls, fs, value, where, problems, in_list):
        if isinstance(value, bool):
            return True, value
        problems.error(where, "expected true or false, got {found}", found=_describe(value))
        return False, None

    @staticmethod
    def date(cls, fs, value, where, problems, in_list):
        return _date(value, where, problems)

    @staticmethod
    def datetime(cls, fs, value, where, problems, in_list):
        try:
            return True, parse_iso_datetime(value, where)
        except DataError as exc:
            problems.error(where, exc.message)
            return False, None

    @staticmethod
    def record(cls, fs, value, where, problems, in_list):
        got = read_record(fs.record, value, where, problems)
        return (got is not None), (got[0] if got is not None else None)

    @staticmethod
    def text(cls, fs, value, where, problems, in_list):
        return _text(cls, fs, value, where, problems, in_list)

    @staticmethod
    def choice(cls, fs, value, where, problems, in_list):
        if isinstance(value, bool) and isinstance(fs.kind, AnswerKind):  # a document of before "not assessed"
            return True, "yes" if value else "no"
        ok, text = _text(cls, fs, value, where, problems, in_list)
        if not ok or text is not value:  # not text, or the default taken for null
            return ok, text
        if not in_list and value == "":
            return True, default_of(cls, fs.key)
        if fs.vocabulary is not None and value not in fs.vocabulary:
            hint = _vocabulary_hint(fs.vocabulary, value)
            # (`what`: the vocabulary's name in English, the field's label as the form shows it in the interface)
            what = kinds.field_named(cls, fs.key, fs.vocabulary.name.replace("_", " "))
            allowed = ", ".join(fs.vocabulary)
            if hint:
                problems.error(where, "unknown {what} {value!r} (did you mean {hint!r}?); allowed: {allowed}",
                               what=what, value=value, hint=hint[0], allowed=allowed)
            else:
                problems.error(where, "unknown {what} {value!r}; allowed: {allowed}", what=what, value=value,
                               allowed=allowed)
            return False, None
        return True, value

    @staticmethod
    def country(cls, fs, value, where, problems, in_list):
        ok, text = _text(cls, fs, value, where, problems, in_list)
        if not ok or text is not value:
            return ok, text
        return _country(value, where, problems, allow_org=fs.destination, allow_empty=not in_list)


def _text(cls: type, fs: model.FieldSpec, value: Any, where: str, problems: Problems, in_list: bool):
    if value is None and not in_list:
        return True, default_of(cls, fs.key)
    if not isinstance(value, str):
        problems.error(where, "expected text, got {found}", found=_describe(value))
        return False, None
    if len(value) > MAX_TEXT_CHARS:
        problems.error(where, "the text is {length:,} characters long; ROPA Desk keeps at most {most:,} characters "
                              "in one value; shorten it or link to a document", length=len(value), most=MAX_TEXT_CHARS)
        return False, None
    if fs.kind is LINK:
        refused = links.import_problem(value)
        if refused:
            problems.error(where, "this link is not accepted: {why}", why=refused)
            return False, None
    lone = _LONE_SURROGATE.search(value)
    if lone:  # only a JSON \\u escape can give one; no file or register can hold it
        problems.error(where, "the text holds \\u{code:04x} (at character {at}), half of a UTF-16 surrogate pair "
                              "and not a character; correct or remove it", code=ord(lone.group()), at=lone.start() + 1)
        return False, None
    return True, value


def _vocabulary_hint(vocabulary, value: str) -> list[str]:
    """The key the user probably meant: a similar key, or the one key whose label names the value
    ("contract" -> art6_1_b, "Health data" -> health)."""
    close = difflib.get_close_matches(value, list(vocabulary), n=1)
    if close:
        return close
    folded = value.strip().casefold()
    by_label = [
        k for k, label in vocabulary.items if folded and (folded in label.casefold() or label.casefold() in folded)
    ]
    return by_label if len(by_label) == 1 else []


def _date(value: Any, where: str, problems: Problems) -> tuple[bool, date | None]:
    if value is None or value == "":
        return True, None
    if isinstance(value, str):
        try:
            if _ISO_DATE.fullmatch(value):
                return True, date.fromisoformat(value)
        except ValueError:
            pass
        problems.error(where, "not a real date: {value!r} (expected YYYY-MM-DD)", value=value)
        return False, None
    problems.error(where, "expected a date \"YYYY-MM-DD\" or null, got {found}", found=_describe(value))
    return False, None


def _country(value: str, where: str, problems: Problems, allow_org: bool, allow_empty: bool) -> tuple[bool, str]:
    code = value.strip()
    if code == "" and allow_empty:
        return True, ""
    if allow_org and code.startswith(ORG_PREFIX) and len(code) > len(ORG_PREFIX):
        return True, code
    if countries.is_valid(code):
        return True, code.upper()
    guess = countries.lookup(code)
    if guess:
        problems.error(where, "unknown country code {value!r}: expected an ISO 3166-1 alpha-2 code such as SE "
                              "(did you mean {guess!r}, {country}?)", value=value, guess=guess,
                       country=countries.name(guess))
    else:
        problems.error(where, "unknown country code {value!r}: expected an ISO 3166-1 alpha-2 code such as SE",
                       value=value)
    return False, ""


def _unique_categories(cats: list[model.DataCategory], where: str, problems: Problems) -> list[model.DataCategory]:
    seen: dict[str, model.DataCategory] = {}
    for i, dc in enumerate(cats):
        first = seen.get(dc.name)
        if first is None:
            seen[dc.name] = dc
        elif first != dc:
            problems.error(f"{where}[{i}].name",
                           "the data category {name!r} is listed twice with different details; keep one", name=dc.name)
    return list(seen.values())


def _list(value: Any, where: str, problems: Problems) -> list | None:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    problems.error(where, "expected a list [...], got {found}", found=_describe(value))
    return None


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return Message("an object") if isinstance(value, dict) else Message("a list")
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
