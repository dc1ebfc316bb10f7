"""Is a register kept in a cloud-synced folder or on a network drive? A warning in plain language.

Detected from the path (OneDrive, Dropbox, iCloud Drive, Google Drive, Box folders; UNC paths
\\\\server\\share) and, where the platform tells cheaply, from the file system: /proc/mounts on Linux,
`mount` on macOS, the drive type on Windows. No Qt.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PurePosixPath

from .errors import Message

# (test on one lower-cased folder name, the service's name)
_CLOUD_FOLDERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^onedrive\b"), "OneDrive"),  # "OneDrive", "OneDrive - Company AB", "OneDrive-Personal"
    (re.compile(r"^dropbox\b"), "Dropbox"),  # "Dropbox", "Dropbox (Company)"
    (re.compile(r"^(icloud ?drive|icloud~.*|mobile documents|com~apple~clouddocs)$"), "iCloud Drive"),
    (re.compile(r"^(google ?drive\b.*|my drive|shared drives)$"), "Google Drive"),
    (re.compile(r"^(box sync|box-box)$"), "Box"),
)

NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs", "fuse.sshfs", "sshfs",
    "9p", "afs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "fuse.rclone", "fuse.s3fs", "nfs3",
}


def cloud_service(path: str | os.PathLike) -> str | None:
    """The cloud service whose synced folder holds `path`, judged by its folder names."""
    parts = [p.strip().lower() for p in re.split(r"[\\/]+", str(path))[:-1]]
    for low in parts:
        for pattern, service in _CLOUD_FOLDERS:
            if pattern.search(low):
                return service
    for i in range(1, len(parts) - 1):  # macOS File Provider folders: ~/Library/CloudStorage/<service>/
        if parts[i - 1] == "library" and parts[i] == "cloudstorage":
            return Message("the cloud storage service")
    return None


def is_unc(path: str | os.PathLike) -> bool:
    text = str(path)
    if text.startswith("\\\\?\\"):
        return text[4:].upper().startswith("UNC\\")
    return text.startswith(("\\\\", "//")) and not text.startswith("\\\\.\\")


def _mount_fs_type(path: str, mounts: str) -> str | None:
    """The file system type of the longest mount point holding `path`, from /proc/mounts-style text
    ("device mountpoint type options ...") or macOS `mount` output ("device on /point (type, ...)")."""
    best, best_type = "", None
    for line in mounts.splitlines():
        mac = re.match(r"^(?P<dev>\S.*?) on (?P<point>/.*?) \((?P<type>[^,)]+)", line)
        if mac:
            point, fstype = mac["point"], mac["type"]
        else:
            fields = line.split()
            if len(fields) < 3:
                continue
            point, fstype = fields[1].replace("\\040", " "), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type


def _system_mounts(system: str) -> str:
    try:
        if system == "Linux":
            with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
                return fh.read()
        if system == "Darwin":
            import subprocess  # (on macOS only: with the locale and signal modules, 3 ms of a start elsewhere, #21)

            try:
                return subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=3).stdout
            except subprocess.SubprocessError:
                pass
    except OSError:
        pass
    return ""


def _system() -> str:
    """This system's name as `platform.system()` gives it ("Linux", "Darwin", "Windows"), without importing
    `platform` (#21)."""
    if sys.platform.startswith("linux"):
        return "Linux"
    return {"darwin": "Darwin", "win32": "Windows"}.get(sys.platform, sys.platform)


def _windows_remote_drive(path: str) -> bool:
    import ctypes

    drive = os.path.splitdrive(path)[0]
    if not drive or not drive.endswith(":"):
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE


def storage_warning(path: str | os.PathLike, mounts: str | None = None, system: str | None = None) -> Message | None:
    """Why keeping the register at `path` is risky, in plain language (a Message: English as `str`, said in the
    interface's language through `ui.i18n.store_text`); None when it looks local.

    `mounts` (text of /proc/mounts or of macOS `mount`) and `system` ("Linux", "Darwin", "Windows")
    are for tests; by default they are read from this computer."""
    system = system or _system()
    text = str(path)
    candidates = [text]
    if mounts is None:
        try:
            resolved = str(Path(text).resolve())
            if resolved != text:
                candidates.append(resolved)  # a link into a synced folder
        except OSError:
            pass
    name = re.split(r"[\\/]+", text)[-1] or text
    for candidate in candidates:
        service = cloud_service(candidate)
        if service:
            return Message(
                "“{name}” is in a folder that {service} synchronises. If the register is changed on two computers "
                "before {service} has caught up, {service} keeps conflicting copies and changes can be lost, and a "
                "copy taken while ROPA Desk is saving can be damaged. Keep the register in a folder on this computer "
                "that {service} does not synchronise, or make sure only one person works on it and that {service} has "
                "finished synchronising before it is opened elsewhere.", name=name, service=service)
    detail = None
    if is_unc(text):
        detail = Message("a shared folder on another computer")
    elif system == "Windows" and mounts is None:
        try:
            detail = Message("a network drive") if _windows_remote_drive(text) else None
        except (OSError, AttributeError):
            detail = None
    elif system in ("Linux", "Darwin"):
        fstype = _mount_fs_type(str(PurePosixPath(candidates[-1])),
                                _system_mounts(system) if mounts is None else mounts)
        if fstype and fstype.lower() in NETWORK_FS:
            detail = Message("a network drive ({fstype})", fstype=fstype)
    if detail:
        return Message(
            "“{name}” is on {detail}. If the connection drops while ROPA Desk is saving, your last change can be lost, "
            "and some network drives do not honour the lock that keeps two people from editing the register at the "
            "same time. Keep the register on this computer if you can; otherwise make sure the connection is stable "
            "and only one person edits it at a time.", name=name, detail=detail)
    return None
