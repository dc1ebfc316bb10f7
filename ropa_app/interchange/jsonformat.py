"""The JSON interchange format of a whole register (format_version 2; version 1 is still read); see
docs/json-format.md.

`to_document` / `dumps` write it, `parse` reads it back into validated `Incoming` records. Writing is
deterministic: the same register always gives the same bytes, and export -> import into a new
register -> export gives the identical document.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain import collector, kinds, model, serialize
from ..domain.messages import Message
from . import jsontext
from .problems import Incoming, Located, Problems
from .records import RawRefs, child, match_key, read_record

FORMAT_VERSION = 2
# The versions still read: 1 is 2 without the breach log and the request log.
READABLE_VERSIONS = (1, 2)
TOP_LEVEL_KEYS = ("$schema", "format_version", "generator", *(k.attr for k in kinds.top_level()))
# The listed kinds written and read here record by record, as their fields are (no references to resolve).
_PLAIN_KINDS = tuple(k for k in kinds.listed() if k not in (kinds.RECIPIENT, kinds.ACTIVITY))


def generator_name() -> str:
    return f"ROPA Desk {__version__}"


# --- writing ---------------------------------------------------------------------------------------
def sorted_recipients(recipients: list[model.Recipient]) -> list[model.Recipient]:
    """The document's recipient order: by name (case-insensitive), ties kept in register order."""
    return sorted(recipients, key=lambda r: (r.name.casefold(), r.name))


def to_document(register: model.Register, generator: str | None = None) -> dict[str, Any]:
    """The register as a plain JSON-ready dict; recipients get document ids "R1", "R2", ..."""
    return {key: list(value) if isinstance(value, _Records) else value
            for key, value in _document_items(register, generator).items()}


class _Records:
    """A list of the document's records made one at a time as it is written (`iter_json`): `make` gives a
    record's dict, `text` its text in the document (`jsontext.RecordText`, without the dict)."""

    def __init__(self, records: list[Any], make, text):
        self.records, self.make, self.text = records, make, text

    def __iter__(self):
        return map(self.make, self.records)

    def texts(self) -> Iterator[str]:
        return map(self.text, self.records)


def _document_items(register: model.Register, generator: str | None) -> dict[str, Any]:
    """`to_document` with each list of records as `_Records` (made when iterated)."""
    recipients = sorted_recipients(register.recipients)
    doc_ids = {r.id: f"R{i}" for i, r in enumerate(recipients, start=1) if r.id is not None}

    def ids(refs: list[int]) -> list[str]:
        return [doc_ids[i] for i in refs if i in doc_ids]

    def recipient_fields(r: model.Recipient) -> dict[str, Any]:
        item = serialize.to_dict(r, with_id=False)
        item["sub_processors"] = ids(r.sub_processors)
        return item

    def recipient(numbered: tuple[int, model.Recipient]) -> dict[str, Any]:
        return {"id": f"R{numbered[0]}", **recipient_fields(numbered[1])}

    recipient_writer = jsontext.RecordText(model.Recipient, 2, {"sub_processors": ids}, recipient_fields)

    def recipient_text(numbered: tuple[int, model.Recipient]) -> str:
        return recipient_writer.with_id(numbered[1], f"R{numbered[0]}")

    def activity(a: model.Activity) -> dict[str, Any]:
        item = serialize.to_dict(a, with_id=False)
        item["recipients"] = ids(a.recipients)
        return item

    activity_text = jsontext.RecordText(model.Activity, 2, {"recipients": ids}, activity)

    # Other records link activities by their reference (or their name, when they have no reference)
    activity_names = {a.id: a.ref.strip() or a.name.strip() for a in register.activities if a.id is not None}
    targets = {kinds.RECIPIENT.key: doc_ids, kinds.ACTIVITY.key: activity_names}

    def plain_record(record: Any) -> dict[str, Any]:
        item = serialize.to_dict(record, with_id=False)
        for fs in model.fields_of(type(record)):
            if fs.refers:
                item[fs.key] = named(getattr(record, fs.key), targets[fs.refers])
        return item

    def named(refs: list[int], names: dict[int, str]) -> list[str]:
        return [names[i] for i in refs if names.get(i)]

    def plain_text(cls: type) -> jsontext.RecordText:
        refs = {fs.key: functools.partial(named, names=targets[fs.refers]) for fs in model.fields_of(cls) if fs.refers}
        return jsontext.RecordText(cls, 2, refs, plain_record)

    return {
        "format_version": FORMAT_VERSION,
        "generator": generator or generator_name(),
        "organisation": serialize.to_dict(register.organisation, with_id=False),
        "recipients": _Records(list(enumerate(recipients, start=1)), recipient, recipient_text),
        "activities": _Records(register.activities, activity, activity_text),
        **{k.attr: _Records(k.records(register), plain_record, plain_text(k.cls)) for k in _PLAIN_KINDS},
    }


def dumps(document: dict[str, Any]) -> str:
    """The document as text: UTF-8 friendly (no \\u escapes for letters), indented, newline-terminated.

    A lone surrogate (half of a UTF-16 pair, not a character, which UTF-8 cannot encode) is written
    as its \\u escape, so that the text can always be saved; `parse` reports it as an error."""
    # (a surrogate is only ever inside a string value: an escape is valid there)
    return jsontext.escaped(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def export_json(register: model.Register, generator: str | None = None) -> str:
    """The document's text, `dumps(to_document(...))` byte for byte, written as `iter_json` writes it."""
    return "".join(iter_json(register, generator))


def iter_json(register: model.Register, generator: str | None = None) -> Iterator[str]:
    """The text of `export_json` in pieces, a record at a time (its concatenation is `export_json`'s text,
    byte for byte): nothing holds the whole text, nor the whole document, nor a record as a dict. Each
    record is written from its fields by `jsontext.RecordText` (strings escaped by the json module's C
    function, the indentation of `json.dumps(indent=2)`)."""
    return map(jsontext.escaped, _pieces(register, generator))


def _pieces(register: model.Register, generator: str | None) -> Iterator[str]:
    """`iter_json`'s pieces before a lone surrogate is escaped (`jsontext.escaped`)."""
    items = _document_items(register, generator)
    yield "{"
    for n, (key, value) in enumerate(items.items()):
        head = f'{"," if n else ""}\n  {jsontext.string(key)}: '
        if not isinstance(value, _Records):
            yield head + jsontext.indented(value, 1)
        elif not value.records:
            yield head + "[]"
        else:
            first = True
            for text in value.texts():
                yield (head + "[\n    " if first else ",\n    ") + text
                first = False
            yield "\n  ]"
    yield "\n}\n"


def save_json(register: model.Register, path: str | os.PathLike) -> Path:
    """Write the register document to `path` atomically (a hidden temporary file beside it, moved over
    it when complete), UTF-8. Raises ExportError (an OSError) in the user's words when it cannot be
    written; nothing is then left at `path`."""
    from ..export.output import atomic_output  # noqa: PLC0415 - the exports' atomic write

    path = Path(path)
    with atomic_output(path) as tmp:
        with open(tmp, "wb") as fh:
            for piece in _pieces(register, None):
                try:
                    data = piece.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate: written as its \u escape (as `iter_json`)
                    data = jsontext.escaped(piece).encode("utf-8")
                fh.write(data)
    return path


# --- reading ---------------------------------------------------------------------------------------
class _Object(dict):
    """A parsed JSON object that remembers keys given twice (the JSON parser keeps the last)."""

    duplicates: tuple[str, ...] = ()


def _object_hook(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):  # each key given again, in the order of its second time (linear in the keys)
        obj = _Object(obj)
        seen: set[str] = set()
        again: dict[str, None] = {}
        for k, _ in pairs:
            if k in seen:
                again[k] = None
            seen.add(k)
        obj.duplicates = tuple(again)
    return obj


# The json module's reasons (JSONDecodeError.msg), said in the interface's language; another is shown as it is.
_JSON_REASONS = {
    "Expecting value": Message("Expecting value"),
    "Expecting property name enclosed in double quotes": Message("Expecting property name enclosed in double quotes"),
    "Expecting ',' delimiter": Message("Expecting ',' delimiter"),
    "Expecting ':' delimiter": Message("Expecting ':' delimiter"),
    "Extra data": Message("Extra data"),
    "Unterminated string starting at": Message("Unterminated string starting at"),
    "Invalid control character at": Message("Invalid control character at"),
    "Invalid \\escape": Message("Invalid \\escape"),
    "Invalid \\uXXXX escape": Message("Invalid \\uXXXX escape"),
    "Illegal trailing comma before end of object": Message("Illegal trailing comma before end of object"),
    "Illegal trailing comma before end of array": Message("Illegal trailing comma before end of array"),
}


def loads(text: str, problems: Problems) -> Any:
    """Parse JSON text; a syntax error becomes a problem located by line and column."""
    try:
        return json.loads(text, object_pairs_hook=_object_hook)
    except json.JSONDecodeError as exc:
        problems.error(Message("line {line}, column {column}", line=exc.lineno, column=exc.colno),
                       "this is not valid JSON: {detail}", detail=_JSON_REASONS.get(exc.msg, exc.msg))
    except RecursionError:
        problems.error("$", "the JSON is nested too deeply to be a register")
    except ValueError as exc:  # an integer of thousands of digits (Python refuses to convert it)
        problems.error("$", "the JSON holds a number too long to be a register value ({detail})", detail=str(exc))
    return None


def parse(text: str) -> Incoming:
    """Read and validate a register document; raises InvalidSource listing every problem."""
    problems = Problems()
    with collector.held():  # an import's many objects: no collector passes over them (domain/collector.py)
        data = loads(text, problems)
        problems.raise_if_errors()
        incoming = read_document(data, problems)
        del data  # freed before the collector looks at what was made
    problems.raise_if_errors()
    assert incoming is not None
    incoming.warnings = problems.warnings
    return incoming


def read_document(data: Any, problems: Problems) -> Incoming | None:
    if not isinstance(data, dict):
        problems.error("$", "expected a JSON object with \"format_version\", \"recipients\" and \"activities\"")
        return None
    if not _check_version(data, problems):
        return None
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            problems.error(child("$", key), "unknown top-level key {key!r} (allowed: {allowed})", key=key,
                           allowed=", ".join(TOP_LEVEL_KEYS))
    for key in getattr(data, "duplicates", ()):
        problems.error(child("$", key), "this key is given more than once")
    for key in ("$schema", "generator"):
        if key in data and not isinstance(data[key], str):
            problems.error(child("$", key), "expected text")

    organisation = None
    if data.get("organisation") is not None:
        got = read_record(model.Organisation, data["organisation"], "$.organisation", problems)
        if got is not None:
            organisation = Located(got[0], got[1], "$.organisation")

    recipients, rec_refs, ids, names = _read_recipients(_top_list(data, "recipients", problems), problems)
    activities = []
    for i, raw in enumerate(_top_list(data, "activities", problems)):
        path = f"$.activities[{i}]"
        got = read_record(model.Activity, raw, path, problems)
        if got is None:
            continue
        activity, provided, refs = got
        if "recipients" in refs:
            activity.recipients = _resolve(refs["recipients"], ids, names, problems)
        activities.append(Located(activity, provided, path))
    for located, refs in zip(recipients, rec_refs):
        if "sub_processors" in refs:
            subs = _resolve(refs["sub_processors"], ids, names, problems)
            if located.record.id in subs:
                problems.error(f"{located.location}.sub_processors", "a recipient cannot be its own sub-processor")
            located.record.sub_processors = subs
    _check_unique_refs(activities, problems)
    for i, located in enumerate(activities):
        located.record.id = i + 1  # source-local id, what other records' links resolve to
    activity_refs: dict[str, int] = {}
    activity_names: dict[str, int] = {}
    if any(data.get(k.attr) for k in _PLAIN_KINDS):  # records that may link activities
        activity_refs = {match_key(a.record.ref): a.record.id for a in activities if match_key(a.record.ref)}
        for a in activities:
            activity_names.setdefault(match_key(a.record.name), a.record.id)
    others = {}
    for k in _PLAIN_KINDS:
        located = []
        for i, raw in enumerate(_top_list(data, k.attr, problems)):
            got = read_record(k.cls, raw, f"$.{k.attr}[{i}]", problems)
            if got is None:
                continue
            record, provided, refs = got
            for key, raw_refs in refs.items():
                if model.field_spec(k.cls, key).refers == kinds.ACTIVITY.key:
                    resolved = _resolve(raw_refs, activity_refs, activity_names, problems, "activity")
                else:
                    resolved = _resolve(raw_refs, ids, names, problems)
                setattr(record, key, resolved)
            located.append(Located(record, provided, f"$.{k.attr}[{i}]"))
        if located:
            others[k.key] = located
    return Incoming(organisation, recipients, activities, kind="json", others=others)


def _check_version(data: dict, problems: Problems) -> bool:
    version = data.get("format_version")
    if "format_version" not in data:
        problems.error("$.format_version", "missing: a ROPA Desk register document has \"format_version\": {version}",
                       version=FORMAT_VERSION)
        return False
    if isinstance(version, bool) or not isinstance(version, int):
        problems.error("$.format_version", "expected the number {expected}, got {version!r}", expected=FORMAT_VERSION,
                       version=version)
        return False
    if version > FORMAT_VERSION:
        problems.error(
            "$.format_version",
            "format version {version} was written by a newer ROPA Desk; this version reads version "
            "{readable}. Please update ROPA Desk.", version=version, readable=FORMAT_VERSION,
        )
        return False
    if version not in READABLE_VERSIONS:
        problems.error("$.format_version", "unknown format version {version} (this version reads {readable})",
                       version=version, readable=", ".join(map(str, READABLE_VERSIONS)))
        return False
    return True


def _top_list(data: dict, key: str, problems: Problems) -> list:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.error(f"$.{key}", "expected a list [...]")
        return []
    return value


def _read_recipients(raws: list, problems: Problems):
    recipients: list[Located[model.Recipient]] = []
    all_refs: list[dict[str, RawRefs]] = []
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    first_at: dict[str, str] = {}
    for i, raw in enumerate(raws):
        path = f"$.recipients[{i}]"
        got = read_record(model.Recipient, raw, path, problems, allowed_extra=("id",))
        if got is None:
            continue
        recipient, provided, refs = got
        recipient.id = len(recipients) + 1  # source-local id
        if "id" in raw:
            doc_id = raw["id"]
            if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or doc_id == "":
                problems.error(f"{path}.id", "expected a text or integer id such as \"R1\", got {value!r}",
                               value=doc_id)
            elif str(doc_id) in ids:
                problems.error(f"{path}.id", "the id {value!r} is already used by another recipient", value=doc_id)
            else:
                ids[str(doc_id)] = recipient.id
        key = match_key(recipient.name)
        if not key:
            problems.error(f"{path}.name", "a recipient needs a name")
        elif key in names:
            problems.error(f"{path}.name", "the name {name!r} is already used by {other}", name=recipient.name,
                           other=first_at[key])
        else:
            names[key] = recipient.id
            first_at[key] = path
        recipients.append(Located(recipient, provided, path))
        all_refs.append(refs)
    return recipients, all_refs, ids, names


def _resolve(
    refs: RawRefs, ids: dict[str, int], names: dict[str, int], problems: Problems, what: str = "recipient"
) -> list[int]:
    """Source-local ids of the records referred to: by document id (recipients) or reference (activities),
    else by name."""
    out: list[int] = []
    for i, value in enumerate(refs.values):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            if what == "recipient":
                problems.error(refs.at(i), "expected a recipient id or name, got {value!r}", value=value)
            else:
                problems.error(refs.at(i), "expected an activity reference or name, got {value!r}", value=value)
            continue
        local = ids.get(str(value)) if what == "recipient" else ids.get(match_key(str(value)))
        if local is None and isinstance(value, str):
            local = names.get(match_key(value))
        if local is None:
            if what == "recipient":
                problems.error(refs.at(i), "no recipient has the id or name {value!r}", value=value)
            else:
                problems.error(refs.at(i), "no activity has the reference or name {value!r}", value=value)
        elif local not in out:
            out.append(local)
    return out


def _check_unique_refs(activities: list[Located[model.Activity]], problems: Problems) -> None:
    seen: dict[str, str] = {}
    for located in activities:
        ref = match_key(located.record.ref)
        if not ref:
            continue
        if ref in seen:
            problems.error(f"{located.location}.ref", "the reference {ref!r} is already used by {other}",
                           ref=located.record.ref, other=seen[ref])
        else:
            seen[ref] = located.location


def save_json_to(register: model.Register, destination: str | os.PathLike) -> Path:
    """Save into a folder (under "<organisation>-ROPA-<date>.json") or to a file path; returns the path."""
    from datetime import date

    from ..export import default_filename

    path = Path(destination)
    if path.is_dir() or path.suffix == "" or str(path).endswith(("/", "\\")):
        name = default_filename(register.organisation.name, "xx", "json", date.today()).replace("-xx-", "-")
        path = path / name
    return save_json(register, path)
