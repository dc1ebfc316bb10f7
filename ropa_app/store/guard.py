"""Write failures in the user's words: one place that turns SQLite's errors on a write into RegisterErrors.

Every edit of the repositories runs inside `db.atomic()`; the store's database is a `GuardedDatabase`
whose `atomic()` translates an OperationalError or a corruption error raised inside it (the
transaction has been rolled back by then) into a RegisterWriteError that says what happened and that
every earlier change is safe. An IntegrityError (a rule of the register broken, e.g. by a file whose
records point at records it does not hold) becomes a RegisterConstraintError that says so, and is still an
IntegrityError; programming errors pass through unchanged: they are bugs, not faults of the file.

A `GuardedDatabase` runs a plain SELECT (`execute`, `query`) on its sqlite3 connection itself, as
sqlite-utils' `Database` would run it; everything else (writes, `atomic`, tables, migrations) goes through
a sqlite-utils `Database` on the same connection, made at its first use: a start reads the register and
shows it without importing sqlite-utils (#21).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sqlite3
from pathlib import Path
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from .errors import (
    CorruptRegisterError, Message, RegisterConstraintError, RegisterError, RegisterUnavailableError,
    RegisterWriteError,
)

log = logging.getLogger(__name__)

SAFE = Message("Your last change was not saved; every change before it is safe in the file.")

# What every write (`atomic`) runs inside: the desktop app lets the workers it holds back go on while its UI thread
# writes (ui/worker.py `_UiReads`: a worker waiting inside a read keeps the file's shared lock). A plain context
# manager factory: nothing of the interface here.
around_writes: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext


def _reachable(path: Path | None) -> bool:
    if path is None:
        return True
    try:
        return path.exists() and path.parent.is_dir()
    except OSError:
        return False


def translate(exc: sqlite3.Error, path: Path | None) -> RegisterError | None:
    """The RegisterError to raise for a failed write, or None to let `exc` through."""
    if isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        return None
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    name = _name(path, capital=True)
    code = getattr(exc, "sqlite_errorname", "") or ""
    if code in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return CorruptRegisterError(Message(
            "{name} turned out to be damaged while saving ({detail}). {safe} Close it and restore it from a backup "
            "(File > Restore from backup…).", name=name, detail=str(exc), safe=SAFE), str(exc))
    if not _reachable(path) or code in ("SQLITE_READONLY_DBMOVED", "SQLITE_CANTOPEN"):
        return RegisterUnavailableError(Message(
            "The register file is no longer reachable (was the USB stick removed, the network drive "
            "disconnected or the folder moved?). {safe} Reconnect the drive, then open the register again.",
            safe=SAFE))
    if code == "SQLITE_FULL":
        return RegisterWriteError(Message("The disk holding {name} is full. {safe} Free some space and try again.",
                                          name=_name(path), safe=SAFE))
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return RegisterWriteError(Message(
            "{name} is busy in another program. {safe} Close the other program, or wait a moment, and try again.",
            name=name, safe=SAFE))
    if code.startswith("SQLITE_READONLY"):
        return RegisterWriteError(Message(
            "{name} can no longer be written (its permissions or the drive changed). {safe} "
            "Open it again, or make a copy with File > Save As….", name=name, safe=SAFE))
    if code == "SQLITE_INTERRUPT":
        return RegisterWriteError(Message("Saving into {name} took too long and was stopped. {safe}",
                                          name=_name(path), safe=SAFE))
    if isinstance(exc, sqlite3.OperationalError) or code.startswith("SQLITE_IOERR"):
        return RegisterWriteError(Message(
            "{name} could not be written: the disk or network reported an error ({detail}). {safe}",
            name=name, detail=str(exc), safe=SAFE))
    return None


@contextlib.contextmanager
def write_errors(path: Path | None) -> Iterator[None]:
    """Translate SQLite's errors inside the block (see module doc)."""
    try:
        yield
    except RegisterError:
        raise
    except sqlite3.IntegrityError as exc:
        err = RegisterConstraintError(Message(
            "The change could not be saved: it breaks a rule of {name} ({rule}). This happens "
            "when the file holds records that point at records it does not have, often in a file edited "
            "outside ROPA Desk. {safe} If it happens again, restore the register from a backup (File > Restore "
            "from backup…).", name=_name(path), rule=_constraint(exc), safe=SAFE))
        log.error("a write to %s broke a constraint: %r", path, exc)
        raise err from exc
    except sqlite3.Error as exc:
        err = translate(exc, path)
        if err is None:
            raise
        log.error("a write to %s failed: %r; told the user: %s", path, exc, err)
        raise err from exc
    except UnicodeEncodeError as exc:  # half of a UTF-16 pair (pasted from a broken source) is no character
        bad = exc.object[exc.start:exc.end] if isinstance(exc.object, str) else ""
        codes = ", ".join(f"U+{ord(c):04X}" for c in bad) or "?"
        err = RegisterWriteError(Message(
            "The text contains a character that cannot be stored ({codes}, half of a character pair, often "
            "left by copying from a damaged document). Type or paste that text again. {safe}", codes=codes, safe=SAFE))
        log.error("a write to %s failed: %r; told the user: %s", path, exc, err)
        raise err from exc


def _name(path: Path | None, capital: bool = False) -> str:
    """The register in a message: its file name in quotes (the language's quotes), or "the register" (at a
    sentence's start: "The")."""
    if path is not None:
        return Message("“{name}”", name=path.name)
    return Message("The register") if capital else Message("the register")


def _constraint(exc: sqlite3.IntegrityError) -> str:
    """Which rule, in words (SQLite's own text names a table and column at most)."""
    text = str(exc)
    if "FOREIGN KEY" in text:
        return Message("a record it refers to does not exist")
    if "NOT NULL" in text:
        return Message("a value that must be there is missing: {column}", column=text.split(':', 1)[-1].strip())
    if "UNIQUE" in text:
        return Message("a value that must be unique is there twice: {column}", column=text.split(':', 1)[-1].strip())
    return text


class GuardedDatabase:
    """The store's database: `atomic()` (every edit) reports write failures as RegisterErrors.

    A SELECT (the statement's first word, no comment before it) given to `execute` or `query` runs on `conn`
    directly: sqlite-utils' `Database.execute` and `query` run a SELECT just so (`query` inside a savepoint
    that only matters for a statement that writes) and return the same cursor and rows. Any other
    statement or attribute goes to `full`, a sqlite-utils `Database` on `conn` made at its first use."""

    register_path: Path | None = None
    # Values of the file that could not be read as their field's kind, in the user's words (store.rows), and the
    # texts shared while a whole register is read (rows.sharing): class defaults, so that looking for them on a
    # connection that has none never reaches `__getattr__` (which would make `full` and import sqlite-utils).
    read_problems: list[str] | None = None
    read_shared: dict[str, str] | None = None
    _full: Database | None = None

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers=on;")  # what sqlite-utils' Database sets on a connection

    @property
    def full(self) -> Database:
        """The sqlite-utils `Database` on this connection (made, and sqlite-utils imported, at the first call)."""
        if self._full is None:
            self._full = _guarded_database()(self, recursive_triggers=False, execute_plugins=False)
        return self._full

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if not _select(sql):
            return self.full.execute(sql, parameters)
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> Iterator[dict]:
        if not _select(sql):
            return self.full.query(sql, params)
        cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        if len(set(keys)) < len(keys):  # sqlite-utils renames a column name met twice: its query does it
            return self.full.query(sql, params)
        return (dict(zip(keys, row)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[GuardedDatabase]:
        with self.full.atomic():
            yield self

    def __getitem__(self, table_name: str) -> Any:
        return self.full[table_name]

    def __getattr__(self, name: str) -> Any:  # what sqlite-utils' Database has and this class does not
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full, name)


@functools.cache
def _guarded_database() -> type:
    """sqlite-utils' `Database` whose `atomic()` (its tables' writes and the migrations use it too) reports write
    failures as RegisterErrors (`write_errors`) for the register of the GuardedDatabase it is made for."""
    from sqlite_utils import Database

    class Guarded(Database):
        def __init__(self, guarded: GuardedDatabase, **options: Any):
            super().__init__(guarded.conn, **options)
            self.guarded = guarded

        @contextlib.contextmanager
        def atomic(self) -> Iterator[Database]:
            with around_writes(), write_errors(self.guarded.register_path):
                with super().atomic() as db:
                    yield db

    return Guarded


def _select(sql: str) -> bool:
    """A statement that starts with the word SELECT (no comment, no WITH before it): it only reads."""
    head = sql.lstrip()[:7].lower()
    return head.startswith("select") and (len(head) == 6 or not (head[6].isalnum() or head[6] == "_"))
