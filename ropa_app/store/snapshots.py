"""What was exported, when: a row per export of the record (PDF, workbook), kept inside the register.

Each row has the moment, the format, the language and scope, the file's name (not its folder: that is the
user's machine) and SHA-256, the register's content fingerprint (export.document.fingerprint) and the id of
the last change-log row at that moment: with it the register as it was exported can be rebuilt
(`RegisterStore.as_of`), so "what did we send IMY in March" has an answer. Rows are never edited; they go
with the register file (Save As, backups).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.dataclass import dataclass

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "export_snapshot"


@dataclass(frozen=True)
class ExportSnapshot:
    id: int
    at: datetime  # aware (UTC)
    format: str  # pdf, xlsx
    language: str
    scope: str  # art30, internal
    file_name: str
    file_sha256: str
    register_fingerprint: str
    last_change: int | None  # id of the last audit-log row when exported (None: the log was empty)
    user: str


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ExportSnapshots:
    def __init__(self, db: Database, user: str):
        self._db = db
        self.user = user

    def record(self, path: Path, fmt: str, language: str, scope: str, register_fingerprint: str,
               at: datetime | None = None, last_change: int | None = -1) -> int:
        """Keep a row for the file just exported at `path` (read for its SHA-256). `last_change`: the last
        change-log row the exported register holds, for a register exported as it stood at an earlier moment
        (`RegisterStore.as_of`); by default the log's last row (the register as it is)."""
        last = (self._db.execute("select max(id) from audit_log").fetchone()[0] if last_change == -1
                else last_change)
        row = {
            "at": (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
            "format": fmt,
            "language": language,
            "scope": scope,
            "file_name": Path(path).name,
            "file_sha256": file_digest(Path(path)),
            "register_fingerprint": register_fingerprint,
            "last_change": last,
            "os_user": self.user,
        }
        with self._db.atomic():
            return self._db[TABLE].insert(row).last_pk

    def all(self) -> list[ExportSnapshot]:
        rows = self._db.execute(
            f"select id, at, format, language, scope, file_name, file_sha256, register_fingerprint, last_change, "
            f"os_user from {TABLE} order by id").fetchall()
        return [ExportSnapshot(r[0], _aware(r[1]), r[2] or "", r[3] or "", r[4] or "", r[5] or "", r[6] or "",
                               r[7] or "", r[8], r[9] or "") for r in rows]

    def find(self, sha256: str) -> ExportSnapshot | None:
        """The export whose file has this SHA-256 (a file sent to the authority, found again)."""
        wanted = sha256.strip().lower()
        return next((s for s in self.all() if s.file_sha256 == wanted), None)


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
