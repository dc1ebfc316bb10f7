"""Reading a register for a command that only reads it, telling on stderr what the file holds that
ROPA Desk does not make (it was read without it) and which values could not be read."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from ..domain.model import Register


def read_register(path: Path, as_of: datetime | None = None) -> Register:
    """The register of `path` (opened read-only); with `as_of`, as it stood at that moment (rebuilt from its
    audit log: what could not be rebuilt is told on stderr)."""
    from ..store import RegisterStore

    with RegisterStore.open(path, readonly=True) as store:
        if as_of is None:
            register = store.load_register()
        else:
            historic = store.as_of(as_of)
            register = historic.register
            for problem in historic.problems:
                print(f"ropa-app: warning: as of {as_of.astimezone():%Y-%m-%d %H:%M}: {problem}", file=sys.stderr)
        warn(store)
    return register


def moment(text: str) -> datetime:
    """argparse type of WHEN: an ISO date (the end of that day) or date and time (local time)."""
    import argparse

    from ..domain.history import parse_moment

    try:
        return parse_moment(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def warn(store) -> None:
    """The warnings of a store opened read-only, one line each on stderr."""
    for finding in store.foreign_findings:
        print(f"ropa-app: warning: {store.path.name} holds {finding.text}; it was read without running it",
              file=sys.stderr)
    for problem in store.read_problems:
        print(f"ropa-app: warning: {problem}", file=sys.stderr)
