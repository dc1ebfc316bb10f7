"""This process's resident memory, for the benchmarks' memory figures (bench_export, bench_import, bench_gui).

On Linux the kernel reports the resident set (VmRSS) and its high-water mark (VmHWM) in /proc/self/status, and
writing 5 to /proc/self/clear_refs restarts the high-water mark at the current resident set. So the peak read
after a piece of work is that work's own peak (`peak_of`). Elsewhere `memory` gives the peak getrusage reports,
and a work's own peak cannot be measured (-1).
"""

from __future__ import annotations

import resource
from collections.abc import Callable
from typing import Any


def memory() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB: the kernel's high-water mark and resident set
    (/proc/self/status; elsewhere the peak getrusage reports, for both)."""
    try:
        with open("/proc/self/status") as status:
            kb = dict(line.split(":", 1) for line in status if line.startswith(("VmHWM", "VmRSS")))
        return int(kb["VmHWM"].split()[0]) / 1024, int(kb["VmRSS"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


def restart_peak() -> bool:
    """Restart the kernel's high-water mark at the current resident set (Linux: clear_refs 5); False if it cannot."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def restarted() -> float:
    """The high-water mark restarted: the resident set (MB) it starts at, or -1 where it cannot be restarted."""
    return memory()[1] if restart_peak() else -1


def peak_of(fn: Callable[..., Any], *args: Any) -> float:
    """MB the process's resident memory rose to above what it held when `fn(*args)` began (the kernel's
    high-water mark restarted just before); -1 where the kernel does not offer it."""
    before = restarted()
    if before < 0:
        return -1
    fn(*args)
    return memory()[0] - before
