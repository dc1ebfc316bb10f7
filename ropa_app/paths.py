"""Where the app finds its shipped resources and puts its exports, and whether the process that left a
temporary file or a lock beside a register is still alive. No Qt."""

from __future__ import annotations

import os
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


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
