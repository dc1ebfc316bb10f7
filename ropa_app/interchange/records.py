"""Turning plain data (parsed JSON, spreadsheet cells) into model records, collecting every problem.

Unlike `serialize.from_dict`, which stops at the first error, `read_record` keeps going and reports
each problem with its JSON path, so that the user sees everything to fix at once.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
import unicodedata
from datetime import date
from typing import Any

from ..domain import countries, links, model
from ..domain.fieldkinds import LINK, MAX_TEXT_CHARS, AnswerKind, DataError, default_of, parse_iso_datetime
from ..domain.law import ORG_PREFIX
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


@dataclasses.dataclass
class RawRefs:
    """References to other records (recipients, activities) as written in the source, resolved once every
    record they may point at is known."""

    values: list[tuple[Any, str]]  # (value, path)


def read_record(
    cls: type, data: Any, path: str, problems: Problems, allowed_extra: tuple[str, ...] = ()
) -> tuple[Any, frozenset[str], dict[str, RawRefs]] | None:
    """(record, provided keys, raw references) from a dict; None if `data` is not an object at all.

    Missing keys take the model's defaults. `allowed_extra` keys (such as a recipient's "id") are
    accepted and left to the caller.
    """
    if not isinstance(data, dict):
        problems.error(path, f"expected an object {{...}}, got {_describe(data)}")
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
            problems.error(where, f"unknown field {key!r}" + (f" (did you mean {hint[0]!r}?)" if hint else ""))
            continue
        if fs.kind.family == "ref":
            items = _list(value, where, problems)
            if items is not None:
                refs[key] = RawRefs([(v, f"{where}[{i}]") for i, v in enumerate(items)])
                kwargs[key] = []
            continue
        ok, converted = read_value(cls, fs, value, where, problems)
        if ok:
            kwargs[key] = converted
    provided = frozenset(k for k in data if k in specs)
    return cls(**kwargs), provided, refs


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
        problems.error(where, f"expected true or false, got {_describe(value)}")
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
            problems.error(
                where,
                f"unknown {fs.vocabulary.name.replace('_', ' ')} {value!r}"
                + (f" (did you mean {hint[0]!r}?)" if hint else "")
                + f"; allowed: {', '.join(fs.vocabulary)}",
            )
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
        problems.error(where, f"expected text, got {_describe(value)}")
        return False, None
    if len(value) > MAX_TEXT_CHARS:
        problems.error(where, f"the text is {len(value):,} characters long; ROPA Desk keeps at most "
                              f"{MAX_TEXT_CHARS:,} characters in one value; shorten it or link to a document")
        return False, None
    if fs.kind is LINK:
        refused = links.import_problem(value)
        if refused:
            problems.error(where, f"this link is not accepted: {refused}")
            return False, None
    lone = _LONE_SURROGATE.search(value)
    if lone:  # only a JSON \\u escape can give one; no file or register can hold it
        problems.error(
            where,
            f"the text holds \\u{ord(lone.group()):04x} (at character {lone.start() + 1}), half of a UTF-16 "
            "surrogate pair and not a character; correct or remove it",
        )
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
        problems.error(where, f"not a real date: {value!r} (expected YYYY-MM-DD)")
        return False, None
    problems.error(where, f"expected a date \"YYYY-MM-DD\" or null, got {_describe(value)}")
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
    hint = f" (did you mean {guess!r}, {countries.name(guess)}?)" if guess else ""
    problems.error(where, f"unknown country code {value!r}: expected an ISO 3166-1 alpha-2 code such as SE{hint}")
    return False, ""


def _unique_categories(cats: list[model.DataCategory], where: str, problems: Problems) -> list[model.DataCategory]:
    seen: dict[str, model.DataCategory] = {}
    for i, dc in enumerate(cats):
        first = seen.get(dc.name)
        if first is None:
            seen[dc.name] = dc
        elif first != dc:
            problems.error(
                f"{where}[{i}].name",
                f"the data category {dc.name!r} is listed twice with different details; keep one",
            )
    return list(seen.values())


def _list(value: Any, where: str, problems: Problems) -> list | None:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    problems.error(where, f"expected a list [...], got {_describe(value)}")
    return None


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "an object" if isinstance(value, dict) else "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
