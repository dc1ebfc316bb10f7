"""Automatic backups of register files through SQLite's backup API, in the local app data folder.

A backup is a complete register file named
"<register name>.<8 hex of the register's full path>.<YYYYmmdd-HHMMSS-ffffff>.<reason>.ropa", all in
one folder (`paths.backup_dir()`), so that the backups of one register are found by the hash of its path
and a person browsing the folder still sees which register each file belongs to. The last
`DEFAULT_KEEP` backups of each register are kept.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import paths
from ..domain.dataclass import dataclass
from . import fileio
from .errors import CorruptRegisterError, Message, RegisterError

log = logging.getLogger(__name__)

DEFAULT_KEEP = 20  # backups kept per register; the app may change it from its settings
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<key>[0-9a-f]{8})\.(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<reason>[a-z0-9-]+)\.ropa$")
_STALE_PART_SECONDS = 600


class BackupCancelled(Exception):
    """A backup stopped before it was complete (the window closed): no file was left."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    reason: str  # "daily", "before-v3", "before-import", "manual", ...
    register_name: str  # the register's file name without .ropa

    @property
    def reason_text(self) -> str:
        if self.reason == "daily":
            return Message("Daily backup when opened")
        if self.reason.startswith("before-v"):
            return Message("Before upgrading to register format {format}", format=self.reason[8:])
        if self.reason == "before-import":
            return Message("Before an import")
        if self.reason == "manual":
            return Message("Manual")
        return self.reason.replace("-", " ").capitalize()


def register_key(register: Path) -> str:
    """8 hex digits naming a register by its full path (two "Register.ropa" in different folders differ)."""
    full = os.path.normcase(str(Path(register).resolve()))
    return hashlib.sha1(full.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def backup_file_name(register: Path, reason: str, now: datetime | None = None) -> str:
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    stem = register.name[:-5] if register.name.lower().endswith(".ropa") else register.name
    return f"{stem}.{register_key(register)}.{stamp}.{reason}.ropa"


def parse(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        created = datetime.strptime(m["stamp"], STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, size, m["reason"], m["stem"])


def list_backups(register: Path | None = None, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of `register` (of every register when None), newest first."""
    folder = folder or paths.backup_dir()
    pattern = f"*.{register_key(Path(register))}.*.ropa" if register is not None else "*.ropa"
    try:
        found = [parse(p) for p in folder.glob(pattern)]
    except OSError:
        return []
    return sorted((b for b in found if b is not None), key=lambda b: (b.created, b.path.name), reverse=True)


def backed_up_today(register: Path, folder: Path | None = None) -> bool:
    today = datetime.now().date()
    return any(b.created.date() == today for b in list_backups(register, folder))


def make_backup(
    conn: sqlite3.Connection, register: Path, reason: str, folder: Path | None = None, keep: int | None = None,
    **copy: Any,
) -> Path:
    """Copy the open register (`conn`) into the backup folder, then keep only the newest `keep`. `copy`: how
    (`fileio.backup_to`'s `pages`, `step`, `check`; by default the whole file in one step)."""
    folder = folder or paths.backup_dir()
    target = fileio.backup_to(conn, folder / backup_file_name(register, reason), **copy)
    log.info("backup of %s (%s) written to %s", register.name, reason, target)
    prune(register, DEFAULT_KEEP if keep is None else keep, folder, spare=target)
    return target


def prune(register: Path, keep: int, folder: Path | None = None, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups of `register` (never `spare`, the one just made), and
    half-written copies left by a crash. Returns what was deleted."""
    folder = folder or paths.backup_dir()
    removed = []
    for old in list_backups(register, folder)[max(keep, 1):]:
        if spare is not None and old.path == spare:
            continue
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", old.path, exc)
    for part in folder.glob(f"*.{register_key(register)}.*.ropa.part"):
        try:
            if time.time() - part.stat().st_mtime > _STALE_PART_SECONDS:
                part.unlink()
                removed.append(part)
        except OSError:
            pass
    return removed


def restore_backup(backup: Path, target: Path) -> Path:
    """Restore `backup` into the NEW file `target` (never over an existing file), through the backup API,
    and verify the result with a full integrity check. Returns `target`."""
    backup, target = Path(backup), Path(target)
    if target.exists():
        raise RegisterError(Message("“{name}” already exists. Restore into a new file name.", name=target.name))
    if not target.parent.is_dir():
        raise RegisterError(Message("The folder “{folder}” does not exist.", folder=target.parent))
    info = fileio.inspect(backup)
    if info.empty:
        raise CorruptRegisterError(Message("The backup “{name}” is empty and cannot be restored.", name=backup.name))
    src = fileio.connect(backup, readonly=True)
    try:
        fileio.verify_integrity(src, backup.name, full=True)
        fileio.backup_to(src, target, overwrite=False)
    except sqlite3.DatabaseError as exc:
        raise CorruptRegisterError(Message("The backup “{name}” cannot be read ({detail}).", name=backup.name,
                                           detail=str(exc)), str(exc)) from exc
    finally:
        src.close()
    check = fileio.connect(target, readonly=True)
    try:
        fileio.verify_integrity(check, target.name, full=True)
    except CorruptRegisterError:
        check.close()
        target.unlink(missing_ok=True)
        raise
    check.close()
    log.info("backup %s restored into %s", backup, target)
    return target
