"""`dataclass`: the standard library's, with its `__eq__`, `__hash__` and `__repr__` compiled when first called.

Every dataclass of the app is made with this one (`tests/test_layers.py` checks that none imports the standard one).
Python 3.11's `dataclasses` writes each generated method as source text and compiles it when the class is made. For
`__eq__` and `__repr__` that text names every field (twice for `__eq__`), and compiling it was more than half the
cost of making a class: an activity's 44 fields took 2.3 ms, 0.85 ms without them. A start made 41 dataclasses before
the window's first paint, ~24 ms of it (#21), most of whose objects are never compared or shown then. Here each of
those methods is a stand-in that, at its first call, compiles the same text the standard library writes, puts the
method on the class in its place, and calls it; from then on the class runs the standard library's code (a method
of our own instead, reading the fields through `operator.attrgetter`, was 2.5x slower per comparison: Python 3.11
reads a slot faster in compiled code). They behave as the standard ones:

- `__eq__`: only with an object of the very same class (else `NotImplemented`), as the tuples of the fields with
  `compare=True` compared;
- `__hash__`: as the standard table decides (`eq` and `frozen` without a `__hash__` of the class's own: the hash of
  that tuple, of the fields with `hash=True`, or `compare=True` where `hash` is unset; `eq` without `frozen`:
  unhashable; a class's own `__hash__` kept);
- `__repr__`: `Name(field=value, ...)` of the fields with `repr=True`, "..." where an object is its own field;
- a method the class defines itself is kept, as the standard one does.

`__init__` (defaults, factories, `__post_init__`), `frozen`'s `__setattr__`, `slots`, `fields()`, `replace()` and
`asdict()` are the standard library's. `order=True` and `unsafe_hash=True` are left to it whole. Python 3.13 compiles
a class's methods at once and makes this unneeded.
"""

from __future__ import annotations

import _thread
import abc
import dataclasses
import functools
from typing import Any, dataclass_transform


def _tuple(fields: list[str], name: str) -> str:
    """`(self.a,self.b,)`: the tuple the generated methods build (a 1-tuple for one field, `()` for none)."""
    return f"({''.join(f'{name}.{f},' for f in fields)})"


_SOURCES = {  # the methods' text, as the standard library writes it (in a `__create_fn__`, as it does: pprint and
    # pytest's printer lay a dataclass out field by field when its `__repr__` wraps a function of that name)
    "__eq__": "def __create_fn__():\n"
              "    def __eq__(self, other):\n"
              "        if other.__class__ is self.__class__:\n"
              "            return {mine} == {theirs}\n"
              "        return NotImplemented\n"
              "    return __eq__\n",
    "__hash__": "def __create_fn__():\n"
                "    def __hash__(self):\n"
                "        return hash({mine})\n"
                "    return __hash__\n",
    "__repr__": "def __create_fn__():\n"
                "    def __repr__(self):\n"
                "        return self.__class__.__qualname__ + f\"({shown})\"\n"
                "    return __repr__\n",
}
_PARAMETERS = {"__eq__": "self, other", "__hash__": "self", "__repr__": "self"}


def _recursive_repr(function):
    """`function`, giving "..." for an object met again while it is being shown (on the same thread), as the
    standard library's `__repr__` does; the standard's wraps its function the same way (`__wrapped__`)."""
    running: set[tuple[int, int]] = set()

    @functools.wraps(function)
    def wrapper(self):
        key = id(self), _thread.get_ident()
        if key in running:
            return "..."
        running.add(key)
        try:
            return function(self)
        finally:
            running.discard(key)

    return wrapper


def _compiled(cls: type, name: str, fields: list[str]):
    """The method `name` of `cls` over `fields`, compiled from its text now."""
    text = _SOURCES[name].format(mine=_tuple(fields, "self"), theirs=_tuple(fields, "other"),
                                 shown=", ".join(f"{f}={{self.{f}!r}}" for f in fields))
    scope: dict[str, Any] = {}
    exec(text, {"__builtins__": __builtins__, "__name__": cls.__module__}, scope)  # (our own text: field names)
    method = scope["__create_fn__"]()
    if name == "__repr__":
        method = _recursive_repr(method)
    method.__qualname__ = f"{cls.__qualname__}.{name}"
    return method


def _stand_in_for(name: str):
    """What a stand-in says it wraps: a function of the method's name and parameters made in a `__create_fn__` (its
    signature is the method's, and pprint lays the object out as it does once the method is compiled)."""
    scope: dict[str, Any] = {}
    exec(f"def __create_fn__():\n    def {name}({_PARAMETERS[name]}): pass\n    return {name}\n", {}, scope)
    return scope["__create_fn__"]()


_WRAPPED = {name: _stand_in_for(name) for name in _SOURCES}


def _on_first_use(cls: type, name: str, fields: list[str]) -> None:
    """Give `cls` a method `name` that compiles the real one at its first call, puts it on the class in its place and
    calls it: a class whose objects are never compared, hashed or shown costs no compiling, and one that is runs the
    same code as the standard library's from its second call on."""

    def first_use(self, *args):
        method = _compiled(cls, name, fields)
        setattr(cls, name, method)
        return method(self, *args)

    first_use.__name__, first_use.__qualname__ = name, f"{cls.__qualname__}.{name}"
    first_use.__module__ = cls.__module__
    first_use.__wrapped__ = _WRAPPED[name]
    setattr(cls, name, first_use)


def _add_methods(cls: type, own: dict[str, Any], eq: bool, repr: bool, frozen: bool) -> type:
    """`own`: the class's own attributes as its body made them (before any method was added)."""
    fields = dataclasses.fields(cls)
    params = cls.__dataclass_params__  # (what the class says it was made with: the options given, as the standard's)
    params.repr, params.eq = repr, eq
    if repr and "__repr__" not in own:
        _on_first_use(cls, "__repr__", [f.name for f in fields if f.repr])
    if eq and "__eq__" not in own:
        _on_first_use(cls, "__eq__", [f.name for f in fields if f.compare])
    own_hash = own.get("__hash__", dataclasses.MISSING)
    if eq and (own_hash is dataclasses.MISSING or (own_hash is None and "__eq__" in own)):  # (no __hash__ of its own)
        if frozen:
            _on_first_use(cls, "__hash__", [f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        else:
            cls.__hash__ = None
    abc.update_abstractmethods(cls)  # (an abstract method of a base that these now give, as the standard does)
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
        own = dict(original.__dict__)
        made = dataclasses.dataclass(original, repr=False, eq=False, **options)
        return _add_methods(made, own, eq=eq, repr=repr, frozen=frozen)

    return wrap if cls is None else wrap(cls)
