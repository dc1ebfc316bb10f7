"""Where the app finds its shipped resources and puts its exports. No Qt."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _base_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller bundle
        return Path(frozen)
    return PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    """A file or folder below `resources/` (source checkout or frozen app)."""
    return _base_dir().joinpath("resources", *parts)


def is_source_checkout() -> bool:
    return not getattr(sys, "frozen", False) and (PACKAGE_DIR.parent / "pyproject.toml").exists()


def default_export_dir() -> Path:
    """`exports/` in a source checkout; the user's Documents folder otherwise."""
    if is_source_checkout():
        return PACKAGE_DIR.parent / "exports"
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


def app_data_dir() -> Path:
    """The local (not roaming) application data folder: logs and automatic backups.

    `ROPA_DESK_DATA_DIR` overrides it (tests, portable use)."""
    import os

    override = os.environ.get("ROPA_DESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("ROPA Desk", "ROPA Desk", roaming=False))


def backup_dir() -> Path:
    return app_data_dir() / "backups"
