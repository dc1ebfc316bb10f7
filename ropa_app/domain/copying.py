"""A record copied with some fields changed, cheaply: for imports, which copy every incoming record (a record
held in its instance's __dict__ or, like Activity and Recipient, in slots)."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any


def replaced(obj: Any, /, **changes: Any) -> Any:
    """`dataclasses.replace(obj, **changes)` without running `__init__` again: a shallow copy with `changes` set,
    which is the object `replace` makes of a dataclass without `__post_init__` and with every field set by
    `__init__` (the records and items of a plan; others go through `replace`)."""
    cls = type(obj)
    how = _copyable(cls)
    if not how or not changes.keys() <= _field_names(cls):
        return dataclasses.replace(obj, **changes)
    if how == "slots":
        return _slot_copier(cls)(obj, changes)
    new = object.__new__(cls)
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


@functools.cache
def _slot_copier(cls: type):
    """A function made once for a slotted record class (as `dataclasses` makes `__init__`): each slot of a new
    instance set from the original, then the changes set. Only field names, which are identifiers, go into the
    code; the class is not frozen (`_copyable`), so plain attribute assignment sets its slots."""
    lines = ["def copy(obj, changes):", "    new = _new(cls)"]
    lines += [f"    new.{name} = obj.{name}" for name in sorted(_field_names(cls))]
    lines += ["    for name, value in changes.items():", "        _set(new, name, value)", "    return new"]
    scope = {"_new": object.__new__, "cls": cls, "_set": object.__setattr__}
    exec("\n".join(lines), scope)  # no data in the code: see above
    return scope["copy"]


@functools.cache
def _copyable(cls: type) -> str:
    """"dict": a dataclass whose instances are their __dict__ (no __slots__, nothing but `__init__`'s fields set on
    them); "slots": one whose instances are its fields' slots and nothing else (`@dataclass(slots=True)` without a
    base class that has a __dict__); "": neither, copied through `dataclasses.replace`."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or params.frozen or hasattr(cls, "__post_init__") or \
            not all(f.init for f in dataclasses.fields(cls)):
        return ""
    if not any("__slots__" in c.__dict__ for c in cls.__mro__[:-1]):  # (a subclass of a slotted class: neither)
        return "dict"
    return "slots" if cls.__dictoffset__ == 0 and set(cls.__slots__) == _field_names(cls) else ""


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))
