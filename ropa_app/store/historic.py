"""A register file of the register as it stood at a moment: what the app's read-only "as of" window opens.

The register is rebuilt from the audit log (`RegisterStore.as_of`, domain.history) and written into a new file;
the copy's own audit log (the inserts that wrote it) is then replaced by the source's log up to that moment, so
that the copy's History shows the changes that led to it, with their real times and users.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from ..domain.history import Change, HistoricRegister, register_as_of
from .demo import write_register
from .register import RegisterStore


def write_historic_copy(store: RegisterStore, moment: datetime, path: Path, last_id: int | None = None,
                        step: Callable[[int], None] | None = None) -> HistoricRegister:
    """Write the register of `store` as it stood at `moment` (aware) into a new register file at `path`; with
    `last_id` (an export snapshot's `last_change`), as it stood after the audit row of that id (exact).
    `step(rows_read)` is called every 1,000 log rows read (progress; it may raise to stop)."""
    changes = store.audit.changes(until=None if last_id is not None else moment)
    historic = register_as_of(changes if step is None else _counted(changes, step), moment, last_id)
    columns = ("at", "os_user", "action", "entity", "record_id", "record_label", "field", "old_value", "new_value")
    rows = [] if historic.last_change is None else [
        dict(zip(columns, row)) for row in store.db.execute(
            f"select {', '.join(columns)} from audit_log where id <= ? order by id", (historic.last_change,))]
    with RegisterStore.create(path, user=store.audit.user) as copy:
        write_register(copy, historic.register)
        with copy.db.atomic():
            copy.db.execute("delete from audit_log")
            if rows:
                copy.db["audit_log"].insert_all(rows)
    return historic


def _counted(changes: Iterator[Change], step: Callable[[int], None]) -> Iterator[Change]:
    for n, change in enumerate(changes, 1):
        if n % 1000 == 0:
            step(n)
        yield change
