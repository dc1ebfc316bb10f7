"""Opening register files safely: inspect before touching, pragmas, backups through the backup API."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain.dataclass import dataclass
from . import schema
from .errors import (
    CorruptRegisterError,
    Message,
    NewerVersionError,
    NotARegisterError,
    RegisterError,
    RegisterNotFoundError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileInfo:
    path: Path
    schema_version: int
    empty: bool  # a zero-length file: a register not yet created


def inspect(path: Path) -> FileInfo:
    """Read the SQLite header only; raise a user-facing error for anything that is not a register
    this version can open. Nothing is written, nothing is locked."""
    if not path.exists():
        raise RegisterNotFoundError(Message(
            "The register file “{path}” does not exist (was it moved, or the drive removed?).", path=path))
    if path.is_dir():
        raise NotARegisterError(Message("“{path}” is a folder, not a register file.", path=path))
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise RegisterNotFoundError(Message("The register file “{path}” cannot be read: {detail}.", path=path,
                                             detail=exc.strerror or str(exc))) from exc
    if not stat.S_ISREG(mode):  # a FIFO, socket or device would block or never end
        raise NotARegisterError(Message("“{name}” is not a regular file (it is a pipe, socket or device), so it is "
                                        "not a ROPA Desk register. Nothing was read from it.", name=path.name))
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise RegisterNotFoundError(Message("The register file “{path}” cannot be read: {detail}.", path=path,
                                             detail=exc.strerror or str(exc))) from exc
    if len(header) == 0:
        return FileInfo(path, 0, True)
    if not header.startswith(SQLITE_MAGIC):
        raise NotARegisterError(Message("“{name}” is not a ROPA Desk register (it is not a SQLite database file).",
                                        name=path.name))
    if len(header) < 100:
        raise CorruptRegisterError(Message("“{name}” is damaged: the file is truncated.", name=path.name))
    user_version, = struct.unpack(">I", header[60:64])
    application_id, = struct.unpack(">I", header[68:72])
    if application_id != schema.APPLICATION_ID:
        raise NotARegisterError(Message(
            "“{name}” is a SQLite database, but not a ROPA Desk register. It was left unchanged.", name=path.name))
    if user_version > schema.SCHEMA_VERSION:
        raise NewerVersionError(Message(
            "“{name}” was written by a newer version of ROPA Desk (register format {format}; this version reads up "
            "to {supported}). Please update ROPA Desk. The file was left unchanged.",
            name=path.name, format=user_version, supported=schema.SCHEMA_VERSION))
    return FileInfo(path, user_version, False)


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """Open an existing file without ever creating one (mode=rw / mode=ro)."""
    mode = "ro" if readonly else "rw"
    extra = "&immutable=1" if readonly and _wal_without_log(path) else ""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}{extra}", uri=True, check_same_thread=False)
    configure(conn, readonly)
    return conn


# No single SQL statement may run longer than this (an endless recursive view, a slow trigger): it is
# interrupted and reported. A real register's slowest statement (integrity_check of a large file) takes
# well under a second per megabyte.
STATEMENT_SECONDS = 60.0
_PROGRESS_STEPS = 20_000  # SQLite virtual-machine steps between two looks at the clock


def _wal_without_log(path: Path) -> bool:
    """A file in WAL mode (ROPA Desk never writes one; it came from elsewhere) with no -wal file beside it:
    read as immutable, so that a read-only open creates no -wal/-shm files and works on a read-only mount."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and not path.with_name(path.name + "-wal").exists()


def configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    harden(conn)
    if not readonly:
        # A rollback journal (not WAL): WAL needs shared memory and is unsafe on network shares and in
        # synced folders. FULL makes every committed edit durable before the call returns.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def harden(conn: sqlite3.Connection) -> None:
    """SQLite's defences against a file written by someone else: functions with side effects are never
    run from the schema (`trusted_schema=OFF`), the defensive flag where Python offers it (3.12+:
    no writes to the schema tables, no shadow-table tricks), and a bound on the work of any one statement."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    setconfig = getattr(conn, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:  # Python 3.12+; 3.11 has no way to set it
        setconfig(defensive, True)
    bound_statements(conn)


def bound_statements(
    conn: sqlite3.Connection, seconds: float | None = None, cancelled: Callable[[], bool] | None = None,
    steps: int = _PROGRESS_STEPS,
) -> Callable[..., None]:
    """Interrupt any statement of `conn` that runs longer than `seconds` (default STATEMENT_SECONDS), or,
    with `cancelled`, as soon as it returns True (a read in a worker the user or a closing window stopped):
    the statement fails with SQLITE_INTERRUPT ("interrupted"), which the callers report. SQLite asks every
    `steps` steps of its virtual machine. Returns what restarts the clock (SQLite calls it as each statement
    starts)."""
    started = [time.monotonic()]
    limit = STATEMENT_SECONDS if seconds is None else seconds

    def statement_started(_sql: str = "") -> None:
        started[0] = time.monotonic()

    def progress() -> int:
        return 1 if (cancelled is not None and cancelled()) or time.monotonic() - started[0] > limit else 0

    conn.set_trace_callback(statement_started)
    conn.set_progress_handler(progress, steps)
    return statement_started


BULK_ROWS = 5_000  # rows of one `executemany` timed together by `bulk_rows`


@contextlib.contextmanager
def bulk_rows(conn: sqlite3.Connection) -> Iterator[Callable[[], None]]:
    """For many rows written one statement each (an import's `executemany`): `bound_statements` without its
    trace callback, for which SQLite makes the text of each statement with its values (a fifth of the time of
    writing an import); the caller restarts the clock instead (the callable given), before each row or part of
    BULK_ROWS rows, and any of them running longer than STATEMENT_SECONDS is interrupted the same way. The
    connection is bounded as `configure` bounds it again at the end."""
    restart = bound_statements(conn)
    conn.set_trace_callback(None)
    try:
        yield restart
    finally:
        bound_statements(conn)


def is_interrupted(exc: BaseException) -> bool:
    """A statement was stopped by `bound_statements` (it ran too long)."""
    return (getattr(exc, "sqlite_errorname", "") or "") == "SQLITE_INTERRUPT" or "interrupted" in str(exc)


def damaged_message(name: str) -> Message:
    return Message(
        "“{name}” is damaged: SQLite's integrity check found errors in the file, so it cannot be opened "
        "safely. It was left unchanged. Restore the register from a backup (File > Restore from backup…).", name=name)


def verify_integrity(conn: sqlite3.Connection, name: str, full: bool = False) -> None:
    """`quick_check` (or the full `integrity_check`); CorruptRegisterError when it fails. An
    OperationalError (busy, I/O, a hot journal on a read-only connection) is passed on as it is."""
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        raise CorruptRegisterError(damaged_message(name), str(exc)) from exc
    if [r[0] for r in rows] != ["ok"]:
        raise CorruptRegisterError(damaged_message(name), "; ".join(str(r[0]) for r in rows[:20]))


BACKUP_RETRY_SECONDS = 0.005  # a stepped backup's wait before it tries again when a writer holds the file


def backup_to(
    conn: sqlite3.Connection, target: Path, overwrite: bool = True, pages: int = -1,
    step: Callable[[int, int], None] | None = None, check: Callable[[sqlite3.Connection], None] | None = None,
) -> Path:
    """Copy a live database consistently through SQLite's backup API into a new file at `target`.

    The copy is written as "<target>.part" and given its name only when complete (and checked): no partial
    file ever has a backup's name. With `overwrite=False` an existing `target` is never replaced
    (RegisterError instead). `pages` > 0 copies that many pages per step, each step under a read lock of its
    own, so that a writer on another connection waits for one step at most; SQLite starts the copy again
    after such a write, so that the copy is always of one committed state. `step(remaining, total)` is called
    after each step (pages left to copy; it raises to stop the copy, which then leaves no file). `check(dest)`
    is run on the complete copy before it is renamed (it raises to refuse it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    dest = sqlite3.connect(str(tmp))
    try:
        if step is None:
            conn.backup(dest, pages=pages)
        else:
            conn.backup(dest, pages=pages, progress=lambda _status, remaining, total: step(remaining, total),
                        sleep=BACKUP_RETRY_SECONDS)
        if check is not None:
            check(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.commit()
    except BaseException:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise
    dest.close()
    if overwrite:
        os.replace(tmp, target)
        return target
    try:
        try:
            os.link(tmp, target)  # fails if target exists: no window in which it could be overwritten
        except FileExistsError:
            raise RegisterError(_exists(target)) from None
        except OSError:  # no hard links on this file system (FAT, some shares)
            if target.exists():
                raise RegisterError(_exists(target)) from None
            os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


# --- an interrupted write (hot journal) ---------------------------------------------------------
SQLITE_READONLY_ROLLBACK = 776


def is_hot_journal(exc: BaseException) -> bool:
    """A read-only connection met a journal left by an interrupted write (it would have to roll it back)."""
    return getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def recovered_copy(path: Path) -> sqlite3.Connection:
    """The register as of its last committed change, in memory, for a file whose last write was
    interrupted: the file and its journal are copied to a temporary folder, SQLite rolls the copy
    back, and the result is checked and loaded into memory. The file itself is not touched."""
    with tempfile.TemporaryDirectory(prefix="ropa-recover-") as tmp:
        copy = Path(tmp) / "register.ropa"
        shutil.copyfile(path, copy)
        try:
            shutil.copyfile(journal_path(path), journal_path(copy))
        except FileNotFoundError:
            pass  # the writer finished meanwhile
        conn = sqlite3.connect(str(copy))
        try:
            harden(conn)
            verify_integrity(conn, path.name)
            mem = sqlite3.connect(":memory:", check_same_thread=False)
            conn.backup(mem)
        except sqlite3.DatabaseError as exc:
            raise CorruptRegisterError(damaged_message(path.name), str(exc)) from exc
        finally:
            conn.close()
    configure(mem, readonly=True)
    return mem


def roll_back_journal(path: Path) -> None:
    """Let SQLite roll back an interrupted write in the file itself (the caller holds the write lock and
    has checked a recovered copy): any read on a read-write connection does it."""
    conn = connect(path, readonly=False)
    try:
        conn.execute("select count(*) from sqlite_master").fetchone()
    finally:
        conn.close()


# --- can it be written? -----------------------------------------------------------------------------
def _exists(target: Path) -> Message:
    return Message("“{name}” already exists; nothing was overwritten.", name=target.name)


def write_problem(path: Path) -> str | None:
    """Why `path` cannot be opened for writing, in the user's words; None when it looks writable."""
    try:
        st = path.stat()
        mode = st.st_mode
    except OSError:
        return None
    if st.st_nlink > 1:
        return Message(
            "“{name}” has other names (hard links), so ROPA Desk cannot tell whether it is open for writing "
            "under another name. To edit it, make a copy (File > Save As…).", name=path.name)
    if not (mode & 0o222) or not os.access(path, os.W_OK):
        return Message(
            "“{name}” is a read-only file. To edit it, make a copy (File > Save As…) or ask whoever "
            "manages the file to make it writable.", name=path.name)
    if os.name != "nt" and not os.access(path.parent, os.W_OK):
        return Message(
            "The folder of “{name}” cannot be written to (ROPA Desk writes a lock and a journal file next "
            "to the register). To edit it, make a copy (File > Save As…).", name=path.name)
    return None


def probe_write(conn: sqlite3.Connection) -> None:
    """Start a write transaction and roll it back: raises OperationalError when SQLite cannot write the
    file or its journal. Nothing reaches the file."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {int(version)}")
    finally:
        conn.execute("ROLLBACK")
