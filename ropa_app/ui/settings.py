"""Application settings (QSettings): recent files, window geometry, column choices, interface language."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from .. import paths

MAX_RECENT = 8


def app_settings() -> QSettings:
    """The app's settings; an ini file inside ROPA_DESK_DATA_DIR when that is set (tests, portable)."""
    if os.environ.get("ROPA_DESK_DATA_DIR"):
        return QSettings(str(paths.app_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("ROPA Desk", "ROPA Desk")


def recent_files() -> list[Path]:
    value = app_settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    return [Path(v) for v in (value or [])]


def remember_opened(path: Path) -> None:
    """The register just opened: first of the recent files, and the one the next start opens. One write of
    the settings file (each write is synced to disk, which a start waits for)."""
    path = path.resolve()
    items = [p for p in recent_files() if p != path]
    items.insert(0, path)
    s = app_settings()
    s.setValue("recent_files", [str(p) for p in items[:MAX_RECENT]])
    s.setValue("last_file", str(path))


def remove_recent_file(path: Path) -> None:
    items = [p for p in recent_files() if p != path.resolve()]
    app_settings().setValue("recent_files", [str(p) for p in items])


LANGUAGE_KEY = "interface/language"


def interface_language() -> str:
    """The interface language chosen under Preferences; "" to follow the system (the default)."""
    return str(app_settings().value(LANGUAGE_KEY, "") or "")


def set_interface_language(code: str) -> None:
    """Choose the interface language ("" follows the system); it takes effect at the next start."""
    app_settings().setValue(LANGUAGE_KEY, code)
