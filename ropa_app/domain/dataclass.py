"""`dataclass`: the standard library's, with the same `__eq__`, `__hash__` and `__repr__` made without compiling them.

Every dataclass of the app is made with this one (`tests/test_layers.py` checks that none imports the standard one).
Python 3.11's `dataclasses` writes each generated method as source text and compiles it when the class is made. For
`__eq__` and `__repr__` that source names every field (twice for `__eq__`), and compiling it was more than half the
cost of making a class: an activity's 44 fields took 2.3 ms, 0.85 ms without them. A start made 41 dataclasses before
the window's first paint, ~24 ms of it (#21). Here those methods are the same for every class, read the fields through
an `operator.attrgetter` made once per class, and behave as the generated ones do:

- `__eq__`: only with an object of the very same class (else `NotImplemented`), as the tuples of the fields with
  `compare=True` compared;
- `__hash__`: as the standard table decides (`eq` and `frozen` without a `__hash__` of the class's own: the hash of
  that tuple, of the fields with `hash=True`, or `compare=True` where `hash` is unset; `eq` without `frozen`:
  unhashable; a class's own `__hash__` kept);
- `__repr__`: `Name(field=value, ...)` of the fields with `repr=True`, "..." where an object is its own field;
- a method the class defines itself is kept, as the standard one does.

`__init__` (defaults, factories, `__post_init__`), `frozen`'s `__setattr__`, `slots`, `fields()`, `replace()` and
`asdict()` are the standard library's. `order=True` and `unsafe_hash=True` are left to it whole. Python 3.13 compiles a
class's methods at once and makes this unneeded.
"""

from __future__ import annotations

import dataclasses
import reprlib
from operator import attrgetter
from typing import Any, dataclass_transform


def _getter(names: list[str]):
    """The tuple of an object's fields `names`, as the generated methods build it: `(self.a, self.b)`."""
    if len(names) > 1:
        return attrgetter(*names)  # (a tuple, made in C)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _named(cls: type, function):
    function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
    return function


def _add_methods(cls: type, original: type, eq: bool, repr: bool, frozen: bool) -> type:
    fields = dataclasses.fields(cls)
    own = original.__dict__
    if repr and "__repr__" not in own:
        shown = [f.name for f in fields if f.repr]

        @reprlib.recursive_repr()
        def __repr__(self) -> str:  # noqa: N807 (the method)
            return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in shown)})"

        cls.__repr__ = _named(cls, __repr__)
    if not eq:
        return cls
    if "__eq__" not in own:
        compared = _getter([f.name for f in fields if f.compare])

        def __eq__(self, other: object) -> bool:  # noqa: N807 (the method)
            if other.__class__ is self.__class__:
                return compared(self) == compared(other)
            return NotImplemented

        cls.__eq__ = _named(cls, __eq__)
    own_hash = own.get("__hash__", dataclasses.MISSING)
    if own_hash is dataclasses.MISSING or (own_hash is None and "__eq__" in own):  # (no __hash__ of its own)
        if frozen:
            hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])

            def __hash__(self) -> int:  # noqa: N807 (the method)
                return hash(hashed(self))

            cls.__hash__ = _named(cls, __hash__)
        else:
            cls.__hash__ = None
    return cls


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def dataclass(cls: type | None = None, /, *, init: bool = True, repr: bool = True, eq: bool = True,
              order: bool = False, unsafe_hash: bool = False, frozen: bool = False, match_args: bool = True,
              kw_only: bool = False, slots: bool = False, weakref_slot: bool = False) -> Any:
    """`dataclasses.dataclass`, with the same options and the same class made (see the module)."""

    def wrap(original: type) -> type:
        options = dict(init=init, order=order, unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                       kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
        if order or unsafe_hash:
            return dataclasses.dataclass(original, repr=repr, eq=eq, **options)
        made = dataclasses.dataclass(original, repr=False, eq=False, **options)
        return _add_methods(made, original, eq=eq, repr=repr, frozen=frozen)

    return wrap if cls is None else wrap(cls)
