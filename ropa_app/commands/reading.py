"""Reading a register for a command that only reads it, telling on stderr what the file holds that
ROPA Desk does not make (it was read without it) and which values could not be read."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.model import Register


def read_register(path: Path) -> Register:
    from ..store import RegisterStore

    with RegisterStore.open(path, readonly=True) as store:
        register = store.load_register()
        warn(store)
    return register


def warn(store) -> None:
    """The warnings of a store opened read-only, one line each on stderr."""
    for finding in store.foreign_findings:
        print(f"ropa-app: warning: {store.path.name} holds {finding.text}; it was read without running it",
              file=sys.stderr)
    for problem in store.read_problems:
        print(f"ropa-app: warning: {problem}", file=sys.stderr)
