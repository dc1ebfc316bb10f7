"""Python's cycle collector: when it is held off, and on which thread it runs — one mechanism for the process.

Reference counting frees almost every object the moment it is dropped; the cycle collector finds the rest
(objects that refer to each other in a ring). Two things about it matter here:

* Work that builds millions of objects kept after it (the checks of a register of 50,000 activities; an
  import) holds it off (`held`): each of its passes goes through every object while holding the GIL, so the
  window stood still 0.1-1.5 s at each pass, and an import spent a fifth of its time in it. When the last
  hold ends, the objects made meanwhile leave the young generation in one step, without a pass over them
  (`gc.freeze`): frozen (never gone through again) when a hold asked to `keep` them or something is frozen
  already (unfreezing would undo that), else moved to the oldest generation (`gc.freeze` then
  `gc.unfreeze`). Frozen objects are still freed by reference counting when dropped; only a reference cycle
  among them would stay (the checks' read, checks and index make none: measured at 10,000 activities).
* In the desktop app the collector runs on the UI thread only (`drive_from_this_thread` + `collect_due`).
  Automatic collection runs in whichever thread allocates when a count passes its threshold, and a pass
  frees the cyclic garbage of every thread: a pass in a worker thread destroyed Qt objects of the UI thread
  and crashed the process (#21). So the app turns automatic collection off for good and its UI thread
  collects each generation as automatic collection would (CPython's thresholds and its rule that a full
  pass waits until a quarter of the oldest generation is new), calibre's GarbageCollector's approach.

Without a driver (the command line, tests of the lower layers) a hold turns automatic collection back on
when the last one ends, if it was on when the first began.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holds = 0  # holds under way, in any thread
_keep = False  # a hold of the current round asked that what is alive at its end stay frozen
_frozen_before = False  # something was frozen (by `held(keep=True)`) when the round's first hold began
_frozen = False  # a round with `keep` froze what was alive at its end (only this module freezes)
_resume_automatic = False  # automatic collection was on when the round began (and no thread drives it)
_driven = False  # one thread collects through collect_due(): automatic collection stays off
_long_lived_total = 0  # objects in the oldest generation after its last pass (collect_due's estimate)
_long_lived_pending = 0  # objects moved into it since (collect_due's estimate)


@contextlib.contextmanager
def held(keep: bool = False) -> Iterator[None]:
    """No cycle collection (automatic or `collect_due`) while any hold is under way, in any thread.
    `keep=True`: what is alive when the last hold ends stays frozen (work whose result is kept long, such as
    the checks' register); else it joins the oldest generation, unless something is frozen already."""
    global _holds, _keep, _frozen_before, _resume_automatic
    with _lock:
        if _holds == 0:
            _keep = False
            _frozen_before = _frozen  # (gc.get_freeze_count() walks every frozen object: an import would pay it)
            _resume_automatic = gc.isenabled() and not _driven
            gc.disable()
        _holds += 1
        _keep = _keep or keep
    try:
        yield
    finally:
        with _lock:
            _holds -= 1
            if _holds == 0:
                _settle()


def _settle() -> None:
    """The objects made during the round leave the young generation in one step (no pass over them)."""
    global _long_lived_pending, _frozen
    moving = not _keep and not _frozen_before
    if moving and _driven:  # collect_due's estimate: the young objects are about to join the oldest generation
        _long_lived_pending += len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    gc.freeze()  # (the estimate of the oldest generation is left as it was, as CPython leaves its own)
    if moving:
        gc.unfreeze()  # into the oldest generation
    else:
        _frozen = True
    if _resume_automatic and not _driven:
        gc.enable()


def is_held() -> bool:
    return _holds > 0


def drive_from_this_thread() -> None:
    """From now on only the calling thread collects, through `collect_due` (called often, e.g. by a timer):
    automatic collection is off for good. Idempotent."""
    global _driven, _resume_automatic, _long_lived_total
    with _lock:
        if _driven:
            return
        _driven = True
        _resume_automatic = False
        gc.disable()
        _long_lived_total = len(gc.get_objects(generation=2))


def is_driven() -> bool:
    return _driven


def collect_due() -> int | None:
    """Collect the oldest generation whose count passed its threshold, as automatic collection would; nothing
    while work holds the collector off. Returns the generation collected, or None."""
    global _long_lived_total, _long_lived_pending
    if _holds:
        return None
    threshold, count = gc.get_threshold(), gc.get_count()
    if threshold[0] == 0:
        return None  # collection switched off (gc.set_threshold(0))
    if count[2] > threshold[2] and _long_lived_pending > _long_lived_total // 4:
        gc.collect(2)
        _long_lived_total, _long_lived_pending = len(gc.get_objects(generation=2)), 0
        return 2
    if count[1] > threshold[1]:
        young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        _long_lived_pending += max(0, young - gc.collect(1))  # the survivors move to the oldest generation
        return 1
    if count[0] > threshold[0]:
        gc.collect(0)
        return 0
    return None
