"""The app's log file: `<app data>/logs/ropa-desk.log`, rotating (1 MB x 5). No Qt.

It holds what a person supporting a user needs: the errors the user saw and their cause (with the
traceback), backups made, locks taken over, interrupted writes rolled back.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from . import paths

LOG_NAME = "ropa-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s [%(process)d] %(name)s: %(message)s"

logger = logging.getLogger("ropa_app")
_handler: logging.Handler | None = None


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
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
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
