"""Errors the store raises. Each message is written for the user: what is wrong and what to do.

A message is a `Message`: its English template and its parameters, declared where it is raised as
`Message("“{name}” is damaged …", name=path.name)` with the template a literal (tests/ui/test_translations.py
finds every one by a scan of the store's source and checks that each language's UI table translates it). It
is a `str` holding the English text, so `str(err)` stays the English message for the log and the command line;
the interface shows an error in its language through `ropa_app.ui.i18n.store_text(err)`, which translates the
template (context "store") and fills in the parameters, a parameter that is itself a Message translated too.
"""

from __future__ import annotations

import sqlite3
from typing import Any

# (made in domain/messages.py, where the import's problems (interchange) use them too; re-exported here)
from ..domain.messages import Message as Message, listing as listing


class RegisterError(Exception):
    """Base of every problem with a register file. `str(err)` is the message (English); `message` is the
    Message it was raised with (a plain str when it was raised with one), for the interface's language."""

    @property
    def message(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


class RegisterNotFoundError(RegisterError):
    pass


class NotARegisterError(RegisterError):
    pass


class CorruptRegisterError(RegisterError):
    """The file fails SQLite's integrity check. `detail` holds SQLite's own report (for the log)."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.detail = detail


class NewerVersionError(RegisterError):
    pass


class ReadOnlyRegisterError(RegisterError):
    pass


class ForeignSchemaError(RegisterError):
    """The file holds triggers, views, tables, indexes or columns that ROPA Desk does not make (see
    `store.shape`); it was not opened for writing and was left unchanged. `findings` lists what was found
    (each with `.kind` and `.text`); `readable` says whether it can still be opened read-only (a copy in
    memory without its triggers, views and unknown indexes)."""

    def __init__(self, message: str, findings: list | None = None, readable: bool = True):
        super().__init__(message)
        self.findings = list(findings or [])
        self.readable = readable


class RecordNotFoundError(RegisterError):
    pass


class RegisterLockedError(RegisterError):
    """Another ROPA Desk (or another window) has the register open for writing.

    `holder` is the LockInfo of the other writer (None when the lock file cannot be read);
    `maybe_stale` is True when the holder cannot be verified from here (another computer, or a lock
    file that does not look alive): the user may then choose to take it over
    (`RegisterStore.open(..., take_over_stale=True)`); `this_process` is True when this very
    process holds it (the register is already open in this app)."""

    def __init__(self, message: str, holder: Any = None, maybe_stale: bool = False, this_process: bool = False):
        super().__init__(message)
        self.holder = holder
        self.maybe_stale = maybe_stale
        self.this_process = this_process


class RegisterWriteError(RegisterError):
    """A change could not be saved (disk full, file locked by another program, permission lost).
    The change was rolled back; every change saved before it is still in the file."""


class RegisterConstraintError(RegisterError, sqlite3.IntegrityError):
    """A change broke a rule of the register file (a record it points at does not exist, a value that must be
    there is missing, a name that must be unique is not). The change was rolled back. It is also an
    sqlite3.IntegrityError, so code that checks for SQLite's own error still sees it; the user sees the
    message."""


class RegisterUnavailableError(RegisterWriteError):
    """The register file is no longer reachable (drive removed, network gone, folder moved)."""
