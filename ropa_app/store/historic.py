"""A register file of the register as it stood at a moment: what the app's read-only "as of" window opens.

The register is rebuilt from the audit log (`RegisterStore.as_of`, domain.history) and written into a new file;
the copy's own audit log (the inserts that wrote it) is then replaced by the source's log up to that moment, so
that the copy's History shows the changes that led to it, with their real times and users.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..domain.history import HistoricRegister
from .demo import write_register
from .register import RegisterStore


def write_historic_copy(store: RegisterStore, moment: datetime, path: Path) -> HistoricRegister:
    """Write the register of `store` as it stood at `moment` (aware) into a new register file at `path`."""
    historic = store.as_of(moment)
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
