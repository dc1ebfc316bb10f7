"""The app's log file: `<app data>/logs/ropa-desk.log`, rotating (1 MB x 5). No Qt.

It holds what a person supporting a user needs: the errors the user saw and their cause (with the
traceback), backups made, locks taken over, interrupted writes rolled back.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from . import paths

LOG_NAME = "ropa-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s [%(process)d] %(name)s: %(message)s"

logger = logging.getLogger("ropa_app")
_handler: logging.Handler | None = None
_swap = threading.Lock()


class _LogFile(logging.FileHandler):
    """The log file while it has room: when a record would fill it, logging.handlers' RotatingFileHandler takes
    over (and rolls it over as it would have from the start). logging.handlers imports socket, pickle and queue,
    a few milliseconds of every start that the first paint does not need (#21)."""

    maxBytes, backupCount = MAX_BYTES, BACKUP_COUNT  # noqa: N815 (RotatingFileHandler's names: what it is made with)

    def emit(self, record: logging.LogRecord) -> None:
        if _handler is not self:  # taken over (another thread's record filled the file) or set up again
            if _handler is not None:
                _handler.handle(record)
            return
        try:
            self.stream.seek(0, 2)  # (as RotatingFileHandler measures it, Windows included)
            full = self.stream.tell() + len(self.format(record)) + 1 >= self.maxBytes  # (the record, its newline)
        except (AttributeError, OSError, ValueError):  # (no stream: closed at exit; FileHandler opens it again)
            full = False
        if full:
            _rotating(self).handle(record)
        else:
            super().emit(record)


def _rotating(full: _LogFile) -> logging.Handler:
    """The rotating handler that takes over from `full` (made once, whichever thread's record fills the file)."""
    global _handler
    import logging.handlers

    with _swap:
        if _handler is not full:
            return _handler if _handler is not None else logging.NullHandler()
        handler = logging.handlers.RotatingFileHandler(
            full.baseFilename, maxBytes=full.maxBytes, backupCount=full.backupCount, encoding="utf-8")
        handler.setFormatter(full.formatter)
        logger.addHandler(handler)
        logger.removeHandler(full)
        _handler = handler
    full.close()
    return handler


def log_dir() -> Path:
    return paths.app_data_dir() / "logs"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records (logger "ropa_app" and below) to the rotating log file. Calling it
    again (another data folder, in tests) moves the file. Returns the file, or None when the folder
    cannot be written (the app then runs without a log file rather than not at all)."""
    global _handler
    target = log_path()
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(target, encoding="utf-8")  # (rotating, 1 MB x 5, once it is full)
    except OSError as exc:
        print(f"ROPA Desk: no log file ({exc})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    return target


def user_error(message: str, cause: BaseException | None = None) -> None:
    """Record an error message the user was shown, with its cause (and that cause's traceback)."""
    exc_info = (type(cause), cause, cause.__traceback__) if cause is not None else None
    detail = getattr(cause, "detail", "")  # e.g. SQLite's integrity report for a damaged file
    logger.getChild("ui").warning("shown to the user: %s%s", message, f"\n  detail: {detail}" if detail else "",
                                  exc_info=exc_info)
