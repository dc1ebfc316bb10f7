"""A register file, opened like a document: the one object the other layers talk to."""

from __future__ import annotations

import logging
import sqlite3
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..domain import kinds, model
from ..domain.history import HistoricRegister, register_as_of
from . import backups, fileio, schema, shape
from .activities import ActivityRepo, Categories
from .audit import AuditLog
from .errors import (
    CorruptRegisterError, ForeignSchemaError, Message, NotARegisterError, ReadOnlyRegisterError, RegisterError, listing,
)
from .guard import GuardedDatabase, write_errors
from .lock import RegisterLock, lock_path
from .recipients import RecipientRepo
from .repository import Repository
from .snapshots import ExportSnapshots
from .rows import from_row, sharing, to_row

log = logging.getLogger(__name__)
OPENED_READ_ONLY = Message("This register was opened read-only.")  # (why, when nothing more is known)

# How often a cancellable read asks whether to stop: every this many SQLite VM steps (every few dozen rows)
CANCEL_CHECK_STEPS = 1000
# Pages the day's first backup copies per step when it is taken after the window shows (`make_daily_backup`): an
# edit committed meanwhile waits for one step at most (4 MB of 4 kB pages: a median step of 11-22 ms at 50,000).
BACKUP_STEP_PAGES = 1024


class RegisterStore:
    """An open register file.

    Every edit method commits at once and durably (one transaction, `synchronous=FULL`) and writes
    the audit log in the same transaction; a write that fails raises a RegisterWriteError in the
    user's words. Open with `RegisterStore.open`, make a new file with `RegisterStore.create`. A store
    open for writing holds the register's lock (one writer per register) until `close()`.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        readonly: bool,
        user: str | None = None,
        readonly_reason: str | None = None,
    ):
        self.path = path
        self.readonly = readonly
        # Why it is read-only, in the user's words (for the banner); None when writable.
        self.readonly_reason = (readonly_reason or OPENED_READ_ONLY) if readonly else None
        self.db = GuardedDatabase(conn)
        self.db.register_path = path
        self.db.read_problems = []  # values that could not be read (store.rows.from_row), in the user's words
        self.audit = AuditLog(self.db, user)
        self.exports = ExportSnapshots(self.db, self.audit.user)  # what was exported, when (store.snapshots)
        self.categories = Categories(self.db)
        self.recipients = RecipientRepo(self.db, self.audit)
        self.activities = ActivityRepo(self.db, self.audit, self.categories, self.recipients.names)
        # Every kind of record kept as a list, by its key (a kind with no repository of its own here
        # gets the generic one): what the UI's generic commands and pages work through.
        self.repos: dict[str, Repository] = {
            k.key: getattr(self, k.attr, None) or Repository(self.db, self.audit, k) for k in kinds.listed()
        }
        self.migration_backup: Path | None = None
        self.daily_backup: Path | None = None  # the backup made when this store was opened, if any
        self.daily_backup_due = False  # opened with defer_backup=True and not backed up today: make_daily_backup
        self.closed = False  # close() was called (a backup still running from a worker stops)
        self.backup_problem: str | None = None  # why the daily backup could not be made
        self.backup_dir: Path | None = None  # where automatic backups go (None: paths.backup_dir())
        self.keep_backups: int | None = None  # None: backups.DEFAULT_KEEP
        self.recovered = False  # an interrupted write (hot journal) was rolled back when opening
        # What the file holds that ROPA Desk does not make (store.shape); only ever set on a read-only
        # store, which then reads a copy in memory without the file's triggers, views and unknown indexes.
        self.foreign_findings: list[shape.Finding] = []
        self._release = None
        if readonly:
            self._guard_writes()

    def _hold(self, lock: RegisterLock) -> None:
        # Released by close(); if a store is dropped without close, when it is collected or at exit.
        self._release = weakref.finalize(self, lock.release)

    # --- opening and creating ------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, organisation: model.Organisation | None = None, user: str | None = None
    ) -> RegisterStore:
        """Create a new register file at `path` (which must not exist yet)."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise RegisterError(Message("“{path}” already exists; choose another name.", path=path))
        if not path.parent.is_dir():
            raise RegisterError(Message("The folder “{folder}” does not exist.", folder=path.parent))
        try:
            lock = RegisterLock.acquire(path)
        except OSError as exc:
            raise RegisterError(Message("“{name}” cannot be created there: {detail}.", name=path.name,
                                        detail=exc.strerror or str(exc))) from exc
        try:
            conn = sqlite3.connect(str(path), check_same_thread=False)
            fileio.configure(conn, readonly=False)
            store = cls(conn, path, readonly=False, user=user)
            store._hold(lock)
            schema.migrations.apply(store.db)
            with store.db.atomic():
                org = organisation or model.Organisation()
                store.db[kinds.ORGANISATION.key].insert({"id": 1, **to_row(org)})
                store.audit.record("insert", kinds.ORGANISATION.key, 1, org.name, None, org)
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def open(
        cls,
        path: str | Path,
        readonly: bool = False,
        backup_dir: Path | None = None,
        user: str | None = None,
        take_over_stale: bool = False,
        keep_backups: int | None = None,
        defer_backup: bool = False,
        quick_check: bool = True,
    ) -> RegisterStore:
        """Open an existing register. A bad file raises a RegisterError and is left byte-for-byte
        unchanged. For writing, the register's lock is taken (RegisterLockedError when another live
        instance holds it; a lock it cannot verify is only taken over with `take_over_stale=True`); an
        older file is backed up (backup API) and migrated; a daily backup is made; a file that cannot be
        written is opened read-only instead (`readonly_reason` says why). `readonly=True` takes no lock
        and never writes (an older file is then migrated in memory). `defer_backup=True` (the window) leaves
        the daily backup to `make_daily_backup`, which the caller runs after its window shows
        (`daily_backup_due` says whether it is due); a backup before an upgrade is made here all the same.
        `quick_check=False` (read-only only): a reader beside a connection of this process that checked the file
        as it opened it (a worker's read while the window has the register open, #21): not checked again (each
        check reads the whole file: ~0.4 s of CPU at 50,000 activities, against the workers and the window)."""
        path = Path(path)
        info = fileio.inspect(path)
        if info.empty:
            raise NotARegisterError(Message("“{name}” is empty: it is not a ROPA Desk register.", name=path.name))
        if readonly:
            return cls._open_readonly(path, info, user, None, quick_check)
        problem = fileio.write_problem(path)
        if problem:
            return cls._open_readonly(path, info, user, problem)
        try:
            lock = RegisterLock.acquire(path, take_over_stale=take_over_stale)
        except OSError as exc:
            log.warning("cannot create the lock file %s: %s", lock_path(path), exc)
            reason = Message("ROPA Desk cannot write its lock file next to “{name}” ({detail}).", name=path.name,
                             detail=exc.strerror or str(exc))
            return cls._open_readonly(path, info, user, reason)
        try:
            return cls._open_writable(path, info, user, lock, backup_dir, keep_backups, defer_backup)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _read_connection(cls, path: Path, quick_check: bool = True) -> tuple[sqlite3.Connection, bool]:
        """A read-only connection whose file passed quick_check (unless `quick_check=False`); (conn, True) is an
        in-memory copy as of the last committed change when the last write was interrupted (hot journal)."""
        ro = None
        try:
            ro = fileio.connect(path, readonly=True)
            if quick_check:
                fileio.verify_integrity(ro, path.name)
            else:
                ro.execute("select 1 from sqlite_master limit 1").fetchall()  # a hot journal shows here all the same
            return ro, False
        except sqlite3.OperationalError as exc:
            if ro is not None:
                ro.close()
            if fileio.is_hot_journal(exc):
                log.warning("%s has a journal left by an interrupted write; reading a rolled-back copy", path)
                return fileio.recovered_copy(path), True
            raise _unreadable(path, exc) from exc
        except BaseException:
            if ro is not None:
                ro.close()
            raise

    @classmethod
    def _open_readonly(cls, path: Path, info: fileio.FileInfo, user: str | None, reason: str | None,
                       quick_check: bool = True) -> RegisterStore:
        conn, recovered = cls._read_connection(path, quick_check)
        try:
            found = shape.differences(conn, info.schema_version)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _unreadable(path, exc) from exc
        if (info.schema_version < schema.SCHEMA_VERSION or found) and not recovered:
            # migrate, or strip, a copy in memory; the file stays as it is
            mem = sqlite3.connect(":memory:", check_same_thread=False)
            conn.backup(mem)
            conn.close()
            conn = mem
            fileio.configure(mem, readonly=True)
        if found:
            left = shape.strip(conn, info.schema_version)
            if not shape.readable(left):
                conn.close()
                raise ForeignSchemaError(shape.message(path.name, found, readable=False), found, readable=False)
            log.warning("%s holds objects ROPA Desk does not make; reading a copy without them: %s",
                        path, "; ".join(f.text for f in found))
            reason = Message("{reason} It holds things ROPA Desk does not make ({found}); you see its data, and "
                             "nothing in it is run.", reason=reason or OPENED_READ_ONLY,
                             found=listing([f.text for f in found[:3]] + (["…"] if len(found) > 3 else []), ", "))
        if info.schema_version < schema.SCHEMA_VERSION:
            schema.migrations.apply(GuardedDatabase(conn))
        if recovered:
            reason = Message("{reason} Its last change was interrupted (ROPA Desk or the computer stopped while "
                             "saving); you see it as it was after the last completed change.",
                             reason=reason or OPENED_READ_ONLY)
        store = cls(conn, path, readonly=True, user=user, readonly_reason=reason)
        store.recovered = recovered
        store.foreign_findings = found
        return store

    @classmethod
    def _open_writable(
        cls, path: Path, info: fileio.FileInfo, user: str | None, lock: RegisterLock,
        backup_dir: Path | None, keep: int | None, defer_backup: bool = False,
    ) -> RegisterStore:
        ro, recovered = cls._read_connection(path)
        try:
            found = shape.differences(ro, info.schema_version)
        except sqlite3.DatabaseError as exc:
            ro.close()
            raise _unreadable(path, exc) from exc
        if found:  # refused before anything is written: no rollback, no backup, no migration
            ro.close()
            log.warning("refused to open %s for writing: %s", path, "; ".join(f.text for f in found))
            readable = shape.readable([f for f in found if f.kind == "missing-table"])  # (else no read-only offer)
            raise ForeignSchemaError(shape.message(path.name, found, readable=readable), found, readable=readable)
        if recovered:  # the copy was fine: let SQLite roll the interrupted write back in the file
            ro.close()
            try:
                fileio.roll_back_journal(path)
            except sqlite3.OperationalError as exc:
                return cls._fall_back_to_readonly(path, info, user, lock, exc)
            log.warning("rolled back an interrupted write in %s", path)
            ro, _ = cls._read_connection(path)
        pending = info.schema_version < schema.SCHEMA_VERSION
        backup = None
        try:
            if pending:
                try:
                    backup = backups.make_backup(ro, path, f"before-v{schema.SCHEMA_VERSION}", backup_dir, keep)
                except (OSError, sqlite3.Error) as exc:
                    raise RegisterError(Message(
                        "“{name}” needs an upgrade, but the backup before it could not be written ({detail}). "
                        "The register was left unchanged.", name=path.name, detail=str(exc))) from exc
        finally:
            ro.close()
        conn = None
        try:
            conn = fileio.connect(path, readonly=False)
            fileio.probe_write(conn)
        except sqlite3.OperationalError as exc:
            if conn is not None:
                conn.close()
            return cls._fall_back_to_readonly(path, info, user, lock, exc)
        store = cls(conn, path, readonly=False, user=user)
        store._hold(lock)
        store.migration_backup, store.backup_dir, store.keep_backups = backup, backup_dir, keep
        store.recovered = recovered
        if pending:
            try:
                with write_errors(path):
                    schema.migrations.apply(store.db)
            except BaseException:
                store.close()
                raise
        if defer_backup:
            store.daily_backup_due = not backups.backed_up_today(path, backup_dir)
        else:
            store._daily_backup()
        return store

    @classmethod
    def _fall_back_to_readonly(
        cls, path: Path, info: fileio.FileInfo, user: str | None, lock: RegisterLock, exc: sqlite3.Error
    ) -> RegisterStore:
        lock.release()
        log.warning("%s cannot be written (%s); opening it read-only", path, exc)
        return cls._open_readonly(path, info, user, Message("“{name}” cannot be written ({detail}).", name=path.name,
                                                            detail=str(exc)))

    def _daily_backup(self) -> None:
        """At most one backup a day per register, made when it is opened for writing."""
        if self.path is None:
            return
        try:
            if not backups.backed_up_today(self.path, self.backup_dir):
                self.daily_backup = self.backup_now("daily")
        except RegisterError as exc:
            self.backup_problem = exc.message  # (the Message: the window says it in its language)
            log.warning("daily backup failed: %s", exc)

    def make_daily_backup(
        self, progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> Path:
        """The day's first backup of a store opened with `defer_backup=True`, for a worker thread while the
        window is in use: through a read-only connection of its own, BACKUP_STEP_PAGES pages per step, so that
        an edit committed meanwhile waits for one step at most (SQLite then starts the copy again: the copy is
        always of one committed state, and the last edit before it ends is in it). The copy gets SQLite's full
        integrity check (the one `backup_now` runs on the register: the copy is the register's pages) before
        it is given its backup name; nothing is left under a backup's name otherwise. `progress(copied,
        total)` after each step; `cancelled()` stops it at the next step (BackupCancelled, no file left).
        Raises RegisterError (CorruptRegisterError for a damaged register) as `backup_now` does."""
        if self.path is None:
            raise _no_file_to_back_up()
        name = self.path.name

        def step(remaining: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise backups.BackupCancelled()
            if progress is not None:
                progress(total - remaining, total)

        def check(copy: sqlite3.Connection) -> None:
            fileio.bound_statements(copy, cancelled=cancelled, steps=CANCEL_CHECK_STEPS)
            try:
                fileio.verify_integrity(copy, name, full=True)
            except CorruptRegisterError as exc:
                raise _damaged(name, exc) from exc

        try:
            source = fileio.connect(self.path, readonly=True)
        except sqlite3.Error as exc:
            raise _backup_failed(name, "made", exc) from exc
        try:
            made = backups.make_backup(source, self.path, "daily", self.backup_dir, self.keep_backups,
                                       pages=BACKUP_STEP_PAGES, step=step, check=check)
        except sqlite3.OperationalError as exc:
            if cancelled is not None and cancelled() and fileio.is_interrupted(exc):
                raise backups.BackupCancelled() from exc
            raise _backup_failed(name, "written", exc) from exc
        except (OSError, sqlite3.Error) as exc:
            raise _backup_failed(name, "written", exc) from exc
        finally:
            source.close()
        log.info("daily backup of %s made after opening: %s", name, made)
        return made

    def close(self) -> None:
        """Close the file and give up the lock (idempotent)."""
        self.closed = True
        try:
            self.db.conn.close()
        finally:
            if self._release is not None:
                self._release()

    def __enter__(self) -> RegisterStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_problems(self) -> list[str]:
        """Values read so far that did not fit their field (shown as the field's default), in the user's words."""
        return self.db.read_problems

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # --- copies ----------------------------------------------------------------------------------
    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the register at `target`, through SQLite's backup API."""
        return fileio.backup_to(self.db.conn, Path(target))

    def backup_now(self, reason: str = "manual") -> Path:
        """An automatic backup now (before an import, say): into the backup folder, keeping the newest
        `keep_backups`. Raises RegisterError when it cannot be written (the caller should then not go on)."""
        if self.path is None:
            raise _no_file_to_back_up()
        try:  # the full check: quick_check passes index damage that would make the backup unrestorable
            fileio.verify_integrity(self.db.conn, self.path.name, full=True)
        except CorruptRegisterError as exc:
            raise _damaged(self.path.name, exc, before_import=True) from exc
        except sqlite3.OperationalError as exc:
            raise _backup_failed(self.path.name, "made", exc) from exc
        try:
            return backups.make_backup(self.db.conn, self.path, reason, self.backup_dir, self.keep_backups)
        except (OSError, sqlite3.Error) as exc:
            raise _backup_failed(self.path.name, "written", exc) from exc

    def save_as(self, target: str | Path) -> RegisterStore:
        """Copy to `target` and return the store of the copy (the caller closes this one)."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise RegisterError(Message("Choose a different file name: this is the file that is open."))
        lock = RegisterLock.acquire(target)  # never replace a register someone has open
        try:
            self.backup(target)
        finally:
            lock.release()
        return RegisterStore.open(target, user=self.audit.user)

    # --- organisation and the whole register -----------------------------------------------------
    def organisation(self) -> model.Organisation:
        row = next(self.db.query(f"select * from {kinds.ORGANISATION.key} where id = 1"), None)
        if not row:
            return model.Organisation()
        return model.Organisation(**from_row(model.Organisation, row, (), self.db.read_problems))

    def save_organisation(self, org: model.Organisation) -> None:
        with self.db.atomic():
            old = self.organisation()
            self.db[kinds.ORGANISATION.key].upsert({"id": 1, **to_row(org)}, pk="id")
            self.audit.record("update", kinds.ORGANISATION.key, 1, org.name, old, org)

    def load_register(self, cancelled: Callable[[], bool] | None = None) -> model.Register:
        """The whole register. With `cancelled` (for a read in a worker thread), the read stops soon after it
        returns True, with sqlite3.OperationalError ("interrupted"): SQLite asks it every CANCEL_CHECK_STEPS
        steps of its virtual machine, and the repositories make each record as its row is read."""
        if cancelled is None:
            return self._load_register()
        conn = self.db.conn
        fileio.bound_statements(conn, cancelled=cancelled, steps=CANCEL_CHECK_STEPS)
        try:
            return self._load_register()
        finally:
            fileio.bound_statements(conn)  # the connection's usual bound, as `configure` set it

    def _load_register(self) -> model.Register:
        with sharing(self.db):  # a text repeated in many records is read as one string
            return model.Register(
                organisation=self.organisation(), **{k.attr: self.repos[k.key].all() for k in kinds.listed()}
            )

    def as_of(self, moment: datetime) -> HistoricRegister:
        """The register as it stood at `moment` (aware), rebuilt from the audit log (domain.history)."""
        return register_as_of(self.audit.changes(until=moment), moment)

    # --- read-only guard ----------------------------------------------------------------------
    def _guard_writes(self) -> None:
        def refuse(*_a: object, **_k: object) -> None:
            raise ReadOnlyRegisterError(Message("This register is open read-only; changes cannot be saved."))

        for repo in self.repos.values():
            for name in ("add", "update", "delete", "restore"):
                setattr(repo, name, refuse)
        self.save_organisation = refuse  # type: ignore[method-assign]
        self.exports.record = refuse  # type: ignore[method-assign]


# What `make_daily_backup` and `backup_now` tell the user when they make no backup
def _no_file_to_back_up() -> RegisterError:
    return RegisterError(Message("Only a register file can be backed up."))


def _backup_failed(name: str, what: str, exc: Exception) -> RegisterError:
    """A backup of the register `name` that could not be `what` ("made": its source not read; "written")."""
    if what == "made":
        return RegisterError(Message("A backup of “{name}” could not be made ({detail}).", name=name, detail=str(exc)))
    return RegisterError(Message("A backup of “{name}” could not be written ({detail}).", name=name, detail=str(exc)))


def _damaged(name: str, exc: CorruptRegisterError, before_import: bool = False) -> CorruptRegisterError:
    """The register `name` failed SQLite's full integrity check (`exc`), so no backup was made (`before_import`: the
    backup before an import, so nothing was imported either)."""
    if before_import:
        return CorruptRegisterError(Message(
            "“{name}” is damaged (SQLite's full integrity check found errors), so no backup was made and nothing was "
            "imported. Your earlier backups are kept: restore the register from one (File > Restore from backup…), "
            "or export it to JSON and import that into a new register.", name=name), exc.detail)
    return CorruptRegisterError(Message(
        "“{name}” is damaged (SQLite's full integrity check found errors), so no backup was made. Your "
        "earlier backups are kept: restore the register from one (File > Restore from backup…), or export it to JSON "
        "and import that into a new register.", name=name), exc.detail)


def _unreadable(path: Path, exc: sqlite3.DatabaseError) -> RegisterError:
    code = getattr(exc, "sqlite_errorname", "") or ""
    if fileio.is_interrupted(exc):
        return RegisterError(Message("“{name}” took too long to read (more than {seconds} s for one step), so reading "
                                     "it was stopped. It was left unchanged.", name=path.name,
                                     seconds=f"{fileio.STATEMENT_SECONDS:.0f}"))
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return RegisterError(Message("“{name}” is busy in another program. Wait a moment and open it again.",
                                     name=path.name))
    return RegisterError(Message("“{name}” cannot be read ({detail}). It was left unchanged.", name=path.name,
                                 detail=str(exc)))
