"""Injected file-system faults for the export and import tests: a disk that fills up part-way through
a file, a folder that may not be written, a destination held open by another program.

The faults are injected by monkeypatching, at the level the operating system would report them (an
OSError with the errno a real disk gives), so that they behave the same for root (where chmod does
not stop writes) and on every platform.
"""

from __future__ import annotations

import builtins
import errno
import hashlib
import io
import os
from pathlib import Path

from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.store.demo import write_register


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def entries(folder: Path) -> list[str]:
    """Every name in the folder, hidden temporary files included."""
    return sorted(os.listdir(folder))


def make_register(path: Path, register: model.Register) -> Path:
    with RegisterStore.create(path) as store:
        write_register(store, register)
    return path


class FillingFile:
    """A writable file whose writes fail with ENOSPC once `room` bytes (characters in text mode) have
    been written: the first write that does not fit is written in part, as a full disk does."""

    def __init__(self, fh, room: int):
        self._fh = fh
        self._room = room
        self.failed = False

    def write(self, data):  # noqa: ANN001
        if len(data) > self._room:
            if self._room:
                self._fh.write(data[: self._room])
                self._room = 0
            self.failed = True
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.__dict__["_fh"], name)

    def __enter__(self) -> FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


class DiskFills:
    """Patch `open` (the builtin and io.open, which zipfile uses) so that every file written in
    `folder` runs out of room after `room` bytes (the n-th file opened after `room[n]` bytes when a
    list is given, its last item repeating). `opened` lists the files written there."""

    def __init__(self, monkeypatch, folder: Path, room: int | list[int]):
        self.folder = Path(folder).resolve()
        self.rooms = room if isinstance(room, list) else [room]
        self.opened: list[FillingFile] = []
        real_open = builtins.open

        def fake_open(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
            fh = real_open(file, mode, *args, **kwargs)
            if isinstance(file, (str, os.PathLike)) and any(m in mode for m in "wax+"):
                if Path(file).resolve().parent == self.folder:
                    room = self.rooms[min(len(self.opened), len(self.rooms) - 1)]
                    wrapped = FillingFile(fh, room)
                    self.opened.append(wrapped)
                    return wrapped
            return fh

        monkeypatch.setattr(builtins, "open", fake_open)
        monkeypatch.setattr(io, "open", fake_open)

    @property
    def hit(self) -> bool:
        return any(f.failed for f in self.opened)


def writes_blocked_by_permissions(folder: Path) -> bool:
    """True when a folder chmod-ed 0o555 really refuses new files (not so for root, or on Windows)."""
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except PermissionError:
        return True
    probe.unlink()
    return False


def deny_writes_in(monkeypatch, folder: Path) -> None:
    """What the OS does for a folder the user may not write in: creating a file there raises EACCES.

    Used where chmod does not block writes (root); patched at os.open, which tempfile.mkstemp and
    every file creation go through, and at builtins.open for the same folder."""
    folder = Path(folder).resolve()
    real_os_open, real_open = os.open, builtins.open

    def refused(path) -> bool:  # noqa: ANN001
        return isinstance(path, (str, os.PathLike)) and Path(path).resolve().parent == folder

    def fake_os_open(path, flags, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if refused(path) and flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_os_open(path, flags, *args, **kwargs)

    def fake_open(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if refused(file) and any(m in mode for m in "wax+"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)


def lock_destination(monkeypatch, target: Path) -> list[Path]:
    """What Windows does while Excel (or a PDF reader) holds `target` open: replacing it raises
    PermissionError (WinError 32 / EACCES). Returns the list of refused attempts."""
    target = Path(target).resolve()
    real_replace = os.replace
    refused: list[Path] = []

    def fake_replace(src, dst, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if Path(dst).resolve() == target:
            refused.append(Path(src))
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                  "by another process", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", fake_replace)
    return refused
