"""What a link field's text points at, and whether ROPA Desk may open it (pure Python, no Qt).

A register travels between companies, so a link's text is someone else's: web pages (http, https) and
e-mail addresses (mailto) are opened directly; a local file (a path, or a file: URL) only after the user
has been told which file, and never a type that runs code when opened; every other scheme (smb:, ms-excel:,
javascript:, …) is refused. The import refuses those too, naming the place; the editor's "Open" button
follows the same rules (`classify`).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlsplit

from .dataclass import dataclass

WEB = "web"  # http(s): opened directly
MAIL = "mail"  # mailto: opened directly
FILE = "file"  # a local file: opened after confirmation
EMPTY = "empty"
REFUSED = "refused"  # never opened

DIRECT_SCHEMES = {"http": WEB, "https": WEB, "mailto": MAIL}

# File types that run code (or open something that does) when the system opens them.
EXECUTABLE_SUFFIXES = frozenset({
    ".exe", ".bat", ".cmd", ".com", ".hta", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".msi", ".msp",
    ".scr", ".ps1", ".psm1", ".psd1", ".lnk", ".url", ".jar", ".app", ".sh", ".command", ".pif", ".cpl", ".reg",
    ".inf", ".scf", ".msc", ".gadget", ".application", ".appref-ms", ".vb", ".ws", ".dll", ".sys", ".drv",
    ".ocx", ".library-ms", ".settingcontent-ms", ".diagcab", ".appx", ".msix", ".appinstaller", ".py", ".pyw",
    ".pl", ".rb", ".bash", ".zsh", ".csh", ".ksh", ".run", ".bin", ".elf", ".deb", ".rpm", ".pkg", ".dmg",
    ".action", ".workflow", ".terminal", ".tool", ".desktop", ".apk", ".iso", ".img", ".vhd", ".vhdx",
    ".xll", ".xla", ".xlam", ".ppam", ".chm", ".hlp", ".website",
})  # fmt: skip

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True)
class Link:
    kind: str  # WEB, MAIL, FILE, EMPTY or REFUSED
    target: str  # the URL (WEB, MAIL) or the local path (FILE); "" otherwise
    reason: str = ""  # why it is refused, in the user's words


def classify(text: str) -> Link:
    """What `text` points at. Bare paths and file: URLs are local files; UNC paths (\\\\server\\share)
    are refused like smb: (they reach another computer)."""
    text = (text or "").strip()
    if not text:
        return Link(EMPTY, "")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        return Link(REFUSED, "", "the link contains control characters")
    if text.startswith(("\\\\", "//")):
        return Link(REFUSED, "", "a path on another computer (\\\\server\\share) is not opened from a register")
    if _WINDOWS_DRIVE.match(text):
        return _file(text)
    m = _SCHEME.match(text)
    if m is None:
        return _file(text)
    scheme = m.group(1).lower()
    if text[m.end():m.end() + 1].isspace():  # "Intranet: Legal/DPA" is words, not an address
        return _file(text)
    if scheme in DIRECT_SCHEMES:
        kind = DIRECT_SCHEMES[scheme]
        if kind == WEB and not urlsplit(text).netloc:
            return Link(REFUSED, "", "a web address needs a host name after “//”")
        return Link(kind, text)
    if scheme == "file":
        parts = urlsplit(text)
        if parts.netloc not in ("", "localhost"):
            return Link(REFUSED, "", "a file on another computer is not opened from a register")
        return _file(unquote(parts.path))
    return Link(REFUSED, "", f"links starting with “{scheme}:” are not opened (only http, https, mailto and files)")


def _file(path: str) -> Link:
    if executable(path):
        return Link(REFUSED, "", f"“{file_name(path)}” is a type of file that runs programs; it is not opened "
                                 "from a register")
    return Link(FILE, path)


def file_name(path: str) -> str:
    return (PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name) or path


def executable(path: str) -> bool:
    """A file type that runs code when the system opens it (judged by its name, whatever the case, and
    also with trailing dots or spaces, which Windows ignores)."""
    name = file_name(path).rstrip(". ").lower()
    return any(name.endswith(suffix) for suffix in EXECUTABLE_SUFFIXES)


def import_problem(text: str) -> str | None:
    """Why a link value cannot be imported: an address of a scheme that is never opened (smb:, ms-excel:,
    javascript:, …), a path or file: URL on another computer; None if fine. (Any other text is imported as
    it is: "Open" still refuses programs and asks before a local file.)"""
    text = (text or "").strip()
    if text.startswith(("\\\\", "//")) or _WINDOWS_DRIVE.match(text):
        return classify(text).reason if text.startswith(("\\\\", "//")) else None
    m = _SCHEME.match(text)
    if m is None or text[m.end():m.end() + 1].isspace() or m.end() == len(text):
        return None
    link = classify(text)
    return link.reason if link.kind == REFUSED and not link.reason.startswith("“") else None
