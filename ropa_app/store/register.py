"""A register file, opened like a document: the one object the other layers talk to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .. import paths
from ..domain import model
from . import fileio, schema
from .activities import ActivityRepo, Categories
from .audit import AuditLog
from .errors import ReadOnlyRegisterError, RegisterError
from .recipients import RecipientRepo
from .rows import from_row, to_row


class RegisterStore:
    """An open register file.

    Every edit method commits at once and durably (one transaction, `synchronous=FULL`) and writes
    the audit log in the same transaction. Open with `RegisterStore.open`, make a new file with
    `RegisterStore.create`.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, readonly: bool, user: str | None = None):
        self.path = path
        self.readonly = readonly
        self.db = Database(conn, execute_plugins=False)
        self.audit = AuditLog(self.db, user)
        self.categories = Categories(self.db)
        self.recipients = RecipientRepo(self.db, self.audit)
        self.activities = ActivityRepo(self.db, self.audit, self.categories, self.recipients.names)
        self.migration_backup: Path | None = None
        if readonly:
            self._guard_writes()

    # --- opening and creating ------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, organisation: model.Organisation | None = None, user: str | None = None
    ) -> "RegisterStore":
        """Create a new register file at `path` (which must not exist yet)."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise RegisterError(f"“{path}” already exists; choose another name.")
        if not path.parent.is_dir():
            raise RegisterError(f"The folder “{path.parent}” does not exist.")
        conn = sqlite3.connect(str(path), check_same_thread=False)
        fileio.configure(conn, readonly=False)
        store = cls(conn, path, readonly=False, user=user)
        schema.migrations.apply(store.db)
        with store.db.atomic():
            org = organisation or model.Organisation()
            store.db["organisation"].insert({"id": 1, **to_row(org)})
            store.audit.record("insert", "organisation", 1, org.name, None, org)
        return store

    @classmethod
    def open(
        cls,
        path: str | Path,
        readonly: bool = False,
        backup_dir: Path | None = None,
        user: str | None = None,
    ) -> "RegisterStore":
        """Open an existing register. A bad file raises a RegisterError and is left byte-for-byte
        unchanged; an older file is backed up (backup API) and migrated; `readonly=True` never writes
        (an older file is then migrated in memory)."""
        path = Path(path)
        info = fileio.inspect(path)
        if info.empty:
            raise fileio.NotARegisterError(f"“{path.name}” is empty: it is not a ROPA Desk register.")
        ro = fileio.connect(path, readonly=True)
        try:
            fileio.verify_integrity(ro, path.name)
            pending = info.schema_version < schema.SCHEMA_VERSION
            if readonly:
                if pending:
                    mem = sqlite3.connect(":memory:", check_same_thread=False)
                    ro.backup(mem)
                    ro.close()
                    ro = mem
                    fileio.configure(mem, readonly=True)
                    schema.migrations.apply(Database(mem, execute_plugins=False))
                return cls(ro, path, readonly=True, user=user)
            backup = None
            if pending:
                target = (backup_dir or paths.backup_dir()) / fileio.backup_name(
                    path, f"before-v{schema.SCHEMA_VERSION}"
                )
                backup = fileio.backup_to(ro, target)
        except sqlite3.DatabaseError as exc:
            ro.close()
            raise fileio.CorruptRegisterError(
                f"“{path.name}” is damaged and cannot be opened ({exc}). It was left unchanged."
            ) from exc
        except BaseException:
            ro.close()
            raise
        ro.close()
        try:
            conn = fileio.connect(path, readonly=False)
        except sqlite3.OperationalError:
            # The file or its folder is not writable: offer it read-only rather than fail.
            return cls.open(path, readonly=True, backup_dir=backup_dir, user=user)
        store = cls(conn, path, readonly=False, user=user)
        store.migration_backup = backup
        if pending:
            schema.migrations.apply(store.db)
        return store

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "RegisterStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # --- copies ----------------------------------------------------------------------------------
    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the register at `target`, through SQLite's backup API."""
        return fileio.backup_to(self.db.conn, Path(target))

    def save_as(self, target: str | Path) -> "RegisterStore":
        """Copy to `target` and return the store of the copy (the caller closes this one)."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise RegisterError("Choose a different file name: this is the file that is open.")
        self.backup(target)
        return RegisterStore.open(target, user=self.audit.user)

    # --- organisation and the whole register -----------------------------------------------------
    def organisation(self) -> model.Organisation:
        row = next(self.db.query("select * from organisation where id = 1"), None)
        return model.Organisation(**from_row(model.Organisation, row)) if row else model.Organisation()

    def save_organisation(self, org: model.Organisation) -> None:
        with self.db.atomic():
            old = self.organisation()
            self.db["organisation"].upsert({"id": 1, **to_row(org)}, pk="id")
            self.audit.record("update", "organisation", 1, org.name, old, org)

    def load_register(self) -> model.Register:
        return model.Register(self.organisation(), self.activities.all(), self.recipients.all())

    # --- read-only guard ----------------------------------------------------------------------
    def _guard_writes(self) -> None:
        def refuse(*_a: object, **_k: object) -> None:
            raise ReadOnlyRegisterError("This register is open read-only; changes cannot be saved.")

        for repo, names in (
            (self.activities, ("add", "update", "delete")),
            (self.recipients, ("add", "update", "delete", "restore")),
        ):
            for name in names:
                setattr(repo, name, refuse)
        self.save_organisation = refuse  # type: ignore[method-assign]
