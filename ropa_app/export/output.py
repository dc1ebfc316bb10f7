"""What every renderer shares: the export report, progress/cancel plumbing and the atomic file write."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .document import ExportCancelled, RegisterDocument

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(Exception):
    """The export could not be written (e.g. the file is open in another program)."""


@dataclass
class ExportWarning:
    code: str  # "value_split", "characters_removed", "checks_unavailable", ...
    message: str  # English; the GUI may translate by code
    where: str = ""  # e.g. "Art 30(1) controller!P12"

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class ExportReport:
    path: Path
    format: str
    language: str
    warnings: list[ExportWarning] = field(default_factory=list)
    records: int = 0  # activities, recipients, transfers and findings written
    pages: int | None = None  # PDF only
    seconds: float = 0.0

    def warn(self, code: str, message: str, where: str = "") -> None:
        self.warnings.append(ExportWarning(code, message, where))

    @classmethod
    def start(cls, document: RegisterDocument, path: os.PathLike | str, fmt: str) -> "ExportReport":
        report = cls(Path(path), fmt, document.language)
        for code, message in document.warnings:
            report.warn(code, message)
        report.seconds = time.perf_counter()
        return report

    def finish(self) -> "ExportReport":
        self.seconds = time.perf_counter() - self.seconds
        return self


class Ticker:
    """Reports progress at most every `every` steps and raises ExportCancelled when asked to stop."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None, every: int = 100):
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._every = every
        self._next = 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.done >= self._next:
            self._next = self.done + self._every
            self.check()
            if self._progress is not None:
                self._progress(min(self.done, self.total), self.total)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


@contextlib.contextmanager
def atomic_output(path: os.PathLike | str) -> Iterator[Path]:
    """Yield a temporary file next to `path`; move it into place only if the block succeeds.

    On any exception (cancel included) the temporary file is deleted and `path` is left untouched.
    """
    target = Path(path)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; give the export normal permissions
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ExportError(
                f"Cannot replace {target.name}: it may be open in another program. Close it and export again."
            ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
