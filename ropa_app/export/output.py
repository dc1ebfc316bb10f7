"""What every renderer shares: the export report, progress/cancel plumbing and the atomic file write."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import tempfile
import time
from dataclasses import field
from pathlib import Path
from collections.abc import Callable, Iterator

from ..domain.dataclass import dataclass
from ..paths import pid_alive
from .document import ExportCancelled, RegisterDocument

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Temporary files are hidden, beside the destination: ".<name>.p<process id>-<8 random characters>.part"
# (older versions wrote ".<name>.<8 random characters>.part").
PART_SUFFIX = ".part"
_PART_NAME = re.compile(r"\..+\.(?:p(\d+)-)?[a-z0-9_]{8}\.part")
STALE_AFTER = 3600.0  # seconds: an older temporary file of ours was left by an export that was killed
# ... and one whose process is no longer alive on this computer was left by a killed export once it is this
# old (a file on a shared folder may be another computer's running export: its process id means nothing
# here, so such a file is only ever removed after a while without a write; a running export writes it).
DEAD_AFTER = 120.0


class ExportError(OSError):
    """The export could not be written; `str(err)` says why in the user's words and what to do (the
    disk is full, the folder may not be written, the file is open in another program). Nothing was
    left at the destination. An OSError, so that whoever handles file errors handles it too."""


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


def write_error(exc: OSError, target: Path) -> ExportError:
    """The ExportError to raise when writing `target` failed with `exc`."""
    if isinstance(exc, ExportError):
        return exc
    name, folder = target.name, target.parent
    code = exc.errno
    if code in _FULL:
        text = (f"The disk is full: “{name}” could not be written. "
                "Free some space, or choose another folder, and export again.")
    elif code == errno.EFBIG:
        text = f"“{name}” is too large for the disk it goes to. Choose another folder and export again."
    elif code == errno.EROFS:
        text = f"The folder “{folder}” is on a read-only disk. Choose another folder and export again."
    elif code in _DENIED or isinstance(exc, PermissionError):
        text = f"ROPA Desk may not write in the folder “{folder}”. Choose another folder and export again."
    else:
        text = f"“{name}” could not be written ({exc.strerror or exc}). Choose another folder and export again."
    return ExportError(text + " Nothing was saved there; the register is unchanged.")


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
    def start(cls, document: RegisterDocument, path: os.PathLike | str, fmt: str) -> ExportReport:
        report = cls(Path(path), fmt, document.language)
        for code, message in document.warnings:
            report.warn(code, message)
        report.seconds = time.perf_counter()
        return report

    def finish(self) -> ExportReport:
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


def writing_error(exc: OSError, target: Path) -> OSError:
    """What to raise for an OSError from the code that writes `target`'s temporary file: an ExportError
    when it is about the writing (a write on the open file names no file; or a file in the destination
    folder), else `exc` itself (a font file that cannot be read is no full disk)."""
    name = exc.filename
    if isinstance(exc, ExportError) or not name:
        return write_error(exc, target)
    try:
        here = Path(os.fsdecode(name)).resolve().parent == target.parent.resolve()
    except (OSError, TypeError, ValueError):
        here = True
    return write_error(exc, target) if here else exc


def remove_stale_parts(folder: Path, older_than: float = STALE_AFTER) -> list[Path]:
    """Delete the temporary files of ours that an export killed midway left in `folder` (hidden, named
    like ".<name>.p<pid>-<8 characters>.part", older than `older_than` seconds -- a running export's is
    young -- or, when the process that made it is not alive on this computer, older than DEAD_AFTER).
    Anything else is left alone. Returns what was deleted; a file that cannot be deleted is skipped."""
    removed: list[Path] = []
    now = time.time()
    try:
        with os.scandir(folder) as it:
            candidates = [(e, m) for e in it if e.name.endswith(PART_SUFFIX) and (m := _PART_NAME.fullmatch(e.name))]
        for entry, match in candidates:
            pid = int(match.group(1)) if match.group(1) else 0
            dead = bool(pid) and pid != os.getpid() and not pid_alive(pid)
            limit = now - (min(DEAD_AFTER, older_than) if dead else older_than)
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    except OSError as exc:  # an unreadable folder: the export itself will say what is wrong
        log.debug("could not look for stale temporary files in %s: %s", folder, exc)
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted export in %s", len(removed), folder)
    return removed


def _temporary(target: Path) -> Path:
    """A new, empty, hidden temporary file beside `target`, after a clean-up of stale ones."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(folder)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.p{os.getpid()}-", suffix=PART_SUFFIX, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise write_error(exc, target) from exc
    return Path(name)


def _finish(tmp: Path, target: Path) -> None:
    """Make the written temporary file durable and readable like any file of the user's, and move it
    over `target`."""
    try:
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        raise write_error(exc, target) from exc
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):  # mkstemp creates 0600; a file system without modes keeps its own
        os.chmod(tmp, 0o666 & ~umask)
    try:
        os.replace(tmp, target)
    except PermissionError as exc:  # Windows, when another program holds the file open
        raise ExportError(
            f"Cannot replace {target.name}: it may be open in another program. Close it and export again."
        ) from exc
    except OSError as exc:
        raise write_error(exc, target) from exc


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError as exc:  # e.g. still open elsewhere on Windows: removed by the next export (stale)
        log.warning("could not remove the temporary file %s: %s", tmp, exc)


@contextlib.contextmanager
def atomic_output(path: os.PathLike | str) -> Iterator[Path]:
    """Yield a temporary file next to `path`; move it into place only if the block succeeds.

    On any exception (cancel included) the temporary file is deleted and `path` is left untouched. A
    file-system error (disk full, permission denied, the file open in another program) is raised as an
    ExportError that says so in the user's words.
    """
    target = Path(path)
    tmp = _temporary(target)
    try:
        try:
            yield tmp
        except OSError as exc:
            err = writing_error(exc, target)
            if err is exc:
                raise
            raise err from exc
        _finish(tmp, target)
    finally:
        _discard(tmp)


@contextlib.contextmanager
def atomic_outputs(paths: list[Path]) -> Iterator[list[Path]]:
    """`atomic_output` for several files that belong together (the Excel and PDF of one export): a
    temporary file for each; all are moved into place only if the block succeeds, in order.

    If moving one fails (it is open in another program), the files this export moved into place
    before it are removed again when they were new; one that replaced an earlier file cannot be taken
    back, and the error says so.
    """
    targets = [Path(p) for p in paths]
    tmps: list[Path] = []
    try:
        for target in targets:
            tmps.append(_temporary(target))
        yield list(tmps)  # the block says which file an error of its own is about (writing_error)
        done: list[tuple[Path, bool]] = []
        for tmp, target in zip(tmps, targets):
            existed = target.exists()
            try:
                _finish(tmp, target)
            except ExportError as exc:
                kept = []
                for written, replaced in done:
                    if replaced:
                        kept.append(written.name)
                    else:
                        _discard(written)
                if kept:
                    exc.args = (f"{exc} Already written, in place of the earlier export: {', '.join(kept)}.",)
                raise
            done.append((target, existed))
    finally:
        for tmp in tmps:
            _discard(tmp)


def render_atomically(write, document, path: os.PathLike | str, progress=None, cancelled=None) -> ExportReport:
    """Run a renderer's `write(document, tmp, progress, cancelled)` into a temporary file and move it to
    `path` only when complete (what every format's `render` does)."""
    with atomic_output(path) as tmp:
        report = write(document, tmp, progress, cancelled)
    report.path = Path(path)
    return report
