"""Mapping between the model's dataclasses and table rows: each field kind says how its value is kept
in a column (`FieldKind.to_column` / `from_column`); a repository names the fields it keeps in tables of
their own (`skip`)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
from typing import Any
from collections.abc import Callable, Iterable, Iterator

from ..domain import kinds, model, serialize
from ..domain.messages import Message, Said
from ..domain.fieldkinds import MAX_TEXT_CHARS, default_of

log = logging.getLogger(__name__)


def to_row(obj: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    skip = set(skip)
    return {fs.key: fs.kind.to_column(getattr(obj, fs.key)) for fs in model.fields_of(type(obj)) if fs.key not in skip}


def from_row(
    cls: type, row: dict[str, Any], skip: Iterable[str] = (), problems: list[str] | None = None,
    shared: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `cls` from a row (skipped fields and absent columns left out).

    With `shared` (`sharing`: a whole register read), each text, and each text of a list, is the one string of
    its value that `shared` holds (a vocabulary key, a country, a category or an owner repeated in many records
    is kept once instead of once per record).

    A value that does not fit its field's kind (a file edited by another program: "{not json" in a list
    column, 2026-02-30, a BLOB for a name) is read as the field's default and described in `problems`
    (record and field named); a text longer than MAX_TEXT_CHARS is cut there. The rest of the register
    stays usable."""
    skip = set(skip)
    kw = {}
    for fs in model.fields_of(cls):
        if fs.key in skip or fs.key not in row:
            continue
        try:
            kw[fs.key] = _checked(fs, fs.kind.from_column(row[fs.key], fs))
        except _TooLong as exc:
            kw[fs.key] = exc.cut
            _report(problems, cls, row, fs, Message("it holds {length:,} characters, more than the {most:,} ROPA Desk "
                                                    "keeps; it is shown cut there", length=exc.length,
                                                    most=MAX_TEXT_CHARS))
        except (ValueError, TypeError, KeyError, AttributeError, UnicodeError) as exc:
            kw[fs.key] = default_of(cls, fs.key)
            _report(problems, cls, row, fs, Message("its value cannot be read ({why}); it is shown empty",
                                                    why=_short(exc)))
    if shared is not None:
        share = shared.setdefault
        for key, value in kw.items():
            if type(value) is str:
                kw[key] = share(value, value)
            elif type(value) is list and value and type(value[0]) is str:  # a list of texts (`_checked`), just read
                for i, v in enumerate(value):
                    value[i] = share(v, v)
    if "id" in row and any(f.name == "id" for f in dataclasses.fields(cls)):
        kw["id"] = row["id"]
    return kw


@contextlib.contextmanager
def sharing(db: Any) -> Iterator[None]:
    """While a whole register is read from `db`: one string per distinct text read (`db.read_shared`, which
    `from_row` and the repositories' children share through), dropped when the read ends. At 50,000 activities
    most texts of a register repeat (vocabulary keys, countries, categories, owners, statuses)."""
    if getattr(db, "read_shared", None) is not None:  # within a read already
        yield
        return
    db.read_shared = {}
    try:
        yield
    finally:
        db.read_shared = None


def shared_texts(db: Any) -> Callable[[Any], Any]:
    """A text as the one string of its value that `db`'s read shares (`sharing`), else as it is."""
    shared = getattr(db, "read_shared", None)
    if shared is None:
        return _as_it_is
    share = shared.setdefault
    return lambda value: share(value, value) if type(value) is str else value


def _as_it_is(value: Any) -> Any:
    return value


class _TooLong(ValueError):
    def __init__(self, cut: str, length: int):
        super().__init__("too long")
        self.cut, self.length = cut, length


def _checked(fs: model.FieldSpec, value: Any) -> Any:
    """`value` as read from its column, if it has the form of its field kind; ValueError otherwise."""
    kind = fs.kind
    if kind.many:
        if not isinstance(value, list):
            raise ValueError(Message("expected a list, found {found}", found=type(value).__name__))
        if kind.family == "ref":
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
                raise ValueError(Message("expected a list of record ids"))
        elif kind.family != "record":
            if not all(isinstance(v, str) for v in value):
                raise ValueError(Message("expected a list of texts"))
            if any(len(v) > MAX_TEXT_CHARS for v in value):
                raise ValueError(Message("an item is longer than {most:,} characters", most=MAX_TEXT_CHARS))
        return value
    if kind.family in ("text", "choice", "country"):
        if not isinstance(value, str):
            found = Message("binary data") if isinstance(value, bytes) else type(value).__name__
            raise ValueError(Message("expected text, found {found}", found=found))
        if len(value) > MAX_TEXT_CHARS:
            raise _TooLong(value[:MAX_TEXT_CHARS], len(value))
    return value


def _short(exc: BaseException) -> str:
    """Why a value cannot be read: our own reason as its Message, another's (json's, SQLite's) cut short."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "…"


def _report(problems: list[str] | None, cls: type, row: dict[str, Any], fs: model.FieldSpec, what: str) -> None:
    """One value that cannot be read, said as a Message: the record (its kind, id and name) and the field; in English
    (the log) by the record's class and the field's key, as it has always said them; in the interface by the kind's
    name and the field's label as the form shows them."""
    name = row.get("name")
    kind = kinds.kind_of_class(cls)
    record = Said(cls.__name__.lower(), kind.label) if kind else cls.__name__.lower()
    field = kinds.field_named(cls, fs.key, fs.key)
    if isinstance(name, str) and name:
        text = Message("{record} {id} “{name}”, field “{field}”: {what}.", record=record, id=row.get("id", ""),
                       name=name[:80], field=field, what=what)
    else:
        text = Message("{record} {id}, field “{field}”: {what}.", record=record, id=row.get("id", ""), field=field,
                       what=what)
    log.warning("reading the register: %s", text)
    if problems is not None and text not in problems:
        problems.append(text)


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
