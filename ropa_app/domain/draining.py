"""Emptying a big list or dict an item at a time, so that its items are not freed in one long C call.

When the last reference to a list or dict of many objects goes, they are all freed in one C call that holds
the GIL: ~20 ms for the checks' tables at 10,000 activities, ~0.1 s at 50,000. The window's event loop waits
for that even when a worker thread lets go (#21). `drain` empties the container in a Python loop instead. The
interpreter can hand the GIL to another thread between items, so the freeing is spread out. An item that
something else still holds stays alive.
"""

from __future__ import annotations

from collections.abc import Callable


def drain(items: list | dict, stop: Callable[[], bool] | None = None) -> None:
    """Empty `items` an item at a time: a list from its end (`pop`), a dict by `popitem`. Each item is freed as
    it is taken out, unless something else holds it. `stop`, when given, is asked before each item. Once it
    returns True, what is left stays in `items` (a worker told to stop)."""
    take = items.popitem if isinstance(items, dict) else items.pop
    if stop is None:
        while items:
            take()
    else:
        while items and not stop():
            take()
