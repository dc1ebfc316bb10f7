"""A record copied with some fields changed, cheaply: for imports, which copy every incoming record."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any


def replaced(obj: Any, /, **changes: Any) -> Any:
    """`dataclasses.replace(obj, **changes)` without running `__init__` again: a shallow copy with `changes` set,
    which is the object `replace` makes of a dataclass without `__post_init__` and with every field set by
    `__init__` (the records and items of a plan; others go through `replace`)."""
    cls = type(obj)
    if not _copyable(cls) or not changes.keys() <= _field_names(cls):
        return dataclasses.replace(obj, **changes)
    new = object.__new__(cls)
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


@functools.cache
def _copyable(cls: type) -> bool:
    params = getattr(cls, "__dataclass_params__", None)
    # a dataclass whose instances are their __dict__: no __slots__, nothing but `__init__`'s fields set on them
    return (params is not None and not params.frozen and not hasattr(cls, "__post_init__")
            and "__slots__" not in cls.__dict__ and all(f.init for f in dataclasses.fields(cls)))


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))
