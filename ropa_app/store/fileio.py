"""Opening register files safely: inspect before touching, pragmas, backups through the backup API."""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import schema
from .errors import (
    CorruptRegisterError,
    NewerVersionError,
    NotARegisterError,
    RegisterNotFoundError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
REGISTER_SUFFIX = ".ropa"


@dataclass(frozen=True)
class FileInfo:
    path: Path
    schema_version: int
    empty: bool  # a zero-length file: a register not yet created


def inspect(path: Path) -> FileInfo:
    """Read the SQLite header only; raise a user-facing error for anything that is not a register
    this version can open. Nothing is written, nothing is locked."""
    if not path.exists():
        raise RegisterNotFoundError(f"The register file “{path}” does not exist (was it moved, or the drive removed?).")
    if path.is_dir():
        raise NotARegisterError(f"“{path}” is a folder, not a register file.")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise RegisterNotFoundError(f"The register file “{path}” cannot be read: {exc.strerror or exc}.") from exc
    if len(header) == 0:
        return FileInfo(path, 0, True)
    if not header.startswith(SQLITE_MAGIC):
        raise NotARegisterError(f"“{path.name}” is not a ROPA Desk register (it is not a SQLite database file).")
    if len(header) < 100:
        raise CorruptRegisterError(f"“{path.name}” is damaged: the file is truncated.")
    user_version, = struct.unpack(">I", header[60:64])
    application_id, = struct.unpack(">I", header[68:72])
    if application_id != schema.APPLICATION_ID:
        raise NotARegisterError(
            f"“{path.name}” is a SQLite database, but not a ROPA Desk register. It was left unchanged."
        )
    if user_version > schema.SCHEMA_VERSION:
        raise NewerVersionError(
            f"“{path.name}” was written by a newer version of ROPA Desk (register format {user_version}; "
            f"this version reads up to {schema.SCHEMA_VERSION}). Please update ROPA Desk. The file was left unchanged."
        )
    return FileInfo(path, user_version, False)


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """Open an existing file without ever creating one (mode=rw / mode=ro)."""
    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, check_same_thread=False)
    configure(conn, readonly)
    return conn


def configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        # A rollback journal (not WAL): WAL needs shared memory and is unsafe on network shares and in
        # synced folders. FULL makes every committed edit durable before the call returns.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def verify_integrity(conn: sqlite3.Connection, name: str) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise CorruptRegisterError(f"“{name}” is damaged and cannot be opened ({exc}). It was left unchanged.") from exc
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise CorruptRegisterError(f"“{name}” is damaged ({detail}). It was left unchanged.")


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy a live database consistently through SQLite's backup API into a new file at `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    dest = sqlite3.connect(str(tmp))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.commit()
    finally:
        dest.close()
    os.replace(tmp, target)
    return target


def backup_name(path: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{path.stem}-{reason}-{stamp}{REGISTER_SUFFIX}"
