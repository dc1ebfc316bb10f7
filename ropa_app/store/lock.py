"""One writer per register: a lock file beside the register ("<name>.ropa.lock").

The lock file says who holds the register (user, computer, process, since when) so that a second
instance can tell the user, and it is held open with an OS lock (flock on POSIX, a byte-range lock on
Windows) for as long as the register is open. The OS releases that lock when the process dies, even
by SIGKILL or a power cut, which is how a lock left by a crash on this computer is recognised as stale
and taken over without asking. A lock from another computer cannot be verified from here (OS locks
are not reliable across network shares): it is only taken over when the user confirms
(`take_over_stale=True`), and never while its OS lock is visibly held.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
import sys
import time
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from ..domain.dataclass import dataclass
from ..paths import pid_alive
from .audit import os_user
from .errors import Message, RegisterLockedError

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
YOUNG_SECONDS = 2.0  # an empty lock file this young is being written right now
APP_STARTED = datetime.now().astimezone().isoformat(timespec="seconds")
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte far beyond the text, so readers can still read it
_HELD_HERE: set[str] = set()  # lock files this process holds


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO time the register was opened for writing
    app_started: str = ""
    app: str = "ROPA Desk"

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(os_user(), this_host(), os.getpid(), datetime.now().astimezone().isoformat(timespec="seconds"),
                   APP_STARTED)

    @classmethod
    def parse(cls, data: bytes) -> LockInfo | None:
        try:
            raw = json.loads(data.decode("utf-8"))
            return cls(str(raw["user"]), str(raw["host"]), int(raw["pid"]), str(raw["since"]),
                       str(raw.get("app_started", "")), str(raw.get("app", "ROPA Desk")))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8")

    def since_text(self) -> str:
        try:
            when = datetime.fromisoformat(self.since)
        except ValueError:
            return self.since
        local = when.astimezone() if when.tzinfo else when
        if local.date() == datetime.now().date():
            return local.strftime("%H:%M")
        return local.strftime("%Y-%m-%d %H:%M")

    @property
    def on_this_host(self) -> bool:
        return self.host.casefold() == this_host().casefold()


def this_host() -> str:
    """This computer's name, as `socket.gethostname()` gives it: on macOS and Linux the system's node name (the same
    name, read without importing `socket`: #21)."""
    if hasattr(os, "uname"):
        return os.uname().nodename or "this computer"
    import socket

    return socket.gethostname() or "this computer"


def lock_path(register: Path) -> Path:
    """The lock file of a register, beside the file the register's path resolves to: a symbolic link to a
    register open elsewhere is the same register. (A hard link cannot be told apart by its name: the store
    opens a register with other hard links read-only.)"""
    real = Path(os.path.realpath(register))
    return real.with_name(real.name + LOCK_SUFFIX)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows, where creating a symbolic link needs admin rights


def _open_lock_file(path: Path, flags: int) -> int:
    """Open the lock file without following a symbolic link; only a plain regular file with one name is
    accepted (a link would make us overwrite its target). OSError otherwise."""
    fd = os.open(path, flags | _NOFOLLOW | getattr(os, "O_BINARY", 0), 0o644)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1 or os.path.islink(path):
            raise OSError(errno.EPERM, f"the lock file “{path.name}” is a link or not a regular file; "
                                       "remove it if no ROPA Desk has the register open")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_lock(register: Path) -> LockInfo | None:
    """Who holds the register according to its lock file (None: no lock file, or unreadable)."""
    try:
        return LockInfo.parse(lock_path(register).read_bytes())
    except OSError:
        return None


def _try_os_lock(fd: int) -> bool:
    """Take the OS lock on an open lock file without waiting; False when someone holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if sys.platform == "win32" or exc.errno in (11, 13, 35):  # EAGAIN, EACCES, EWOULDBLOCK (macOS)
            return False
        log.warning("OS locks do not work on %s (%s); relying on the lock file alone", fd, exc)
    return True


def _os_unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


def _read_fd(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
        if sum(map(len, chunks)) > 1 << 16:
            break
    return b"".join(chunks)


def _same_file(fd: int, path: Path) -> bool:
    """The open lock file is still the one at `path` (not unlinked by a releasing holder meanwhile)."""
    try:
        st_fd, st_path = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    if not st_fd.st_ino:  # file systems without inode numbers
        return True
    return (st_fd.st_dev, st_fd.st_ino) == (st_path.st_dev, st_path.st_ino)


def locked_message(register: Path, holder: LockInfo | None) -> Message:
    name = register.name
    if holder is None:
        return Message("“{name}” is open in ROPA Desk in another window or on another computer, so it cannot be "
                       "changed here until it is closed there.", name=name)
    if holder.on_this_host:
        return Message("“{name}” is open in ROPA Desk by {user} on this computer since {since}, so it cannot be "
                       "changed here until it is closed there.", name=name, user=holder.user, since=holder.since_text())
    return Message("“{name}” is open in ROPA Desk by {user} on {host} since {since}, so it cannot be changed here "
                   "until it is closed there.", name=name, user=holder.user, host=holder.host,
                   since=holder.since_text())


class RegisterLock:
    """The write lock of one register, held from `acquire` until `release`."""

    def __init__(self, register: Path, fd: int, info: LockInfo):
        self.register = register
        self.path = lock_path(register)
        self.info = info
        self._fd: int | None = fd
        _HELD_HERE.add(self._key)

    @property
    def _key(self) -> str:
        return os.path.normcase(os.path.abspath(self.path))

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, register: Path, take_over_stale: bool = False) -> RegisterLock:
        """Lock `register` for writing or raise RegisterLockedError. May raise OSError when the lock
        file cannot be created (a read-only folder)."""
        path = lock_path(register)
        for _attempt in range(5):
            try:
                fd = _open_lock_file(path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
                fresh = True
            except FileExistsError:
                try:
                    fd = _open_lock_file(path, os.O_RDWR)
                except FileNotFoundError:
                    continue  # released meanwhile: try to create it again
                fresh = False
            try:
                lock = cls._claim(register, fd, fresh, take_over_stale)
            except OSError:
                if fresh:  # ours and never written (a full disk): leave no empty lock file behind
                    _remove_if_empty(path)  # while the OS lock is still ours
                os.close(fd)
                raise
            except BaseException:
                os.close(fd)
                raise
            if lock is not None:
                return lock
            os.close(fd)
        raise RegisterLockedError(locked_message(register, read_lock(register)), read_lock(register))

    @classmethod
    def _claim(cls, register: Path, fd: int, fresh: bool, take_over_stale: bool) -> RegisterLock | None:
        path = lock_path(register)
        locked = _try_os_lock(fd)
        for _wait in range(20 if fresh else 0):  # another opener may be judging our new, empty file
            if locked:
                break
            time.sleep(0.05)
            locked = _try_os_lock(fd)
        if not locked:
            holder = LockInfo.parse(_read_fd(fd))
            raise RegisterLockedError(locked_message(register, holder), holder, this_process=_held_here(path))
        if not _same_file(fd, path):
            _os_unlock(fd)
            return None  # the holder released and removed it just now: start again
        if not fresh:
            holder = LockInfo.parse(_read_fd(fd))
            stale, certain = _judge(path, holder)
            if not (stale and (certain or take_over_stale)):
                _os_unlock(fd)
                raise RegisterLockedError(locked_message(register, holder), holder, maybe_stale=stale,
                                          this_process=_held_here(path))
            log.warning("taking over the lock of %s left by %s (%s)", register.name, holder,
                        "verified stale" if certain else "the user confirmed")
        info = LockInfo.mine()
        data = info.to_bytes()
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)
        os.fsync(fd)
        return cls(register, fd, info)

    def release(self) -> None:
        """Give the register up: the lock file is removed (if it is still ours) and the OS lock freed."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _HELD_HERE.discard(self._key)
        try:
            ours = _same_file(fd, self.path) and LockInfo.parse(_read_fd(fd)) == self.info
            if ours and sys.platform != "win32":
                self.path.unlink(missing_ok=True)  # while still holding the OS lock: no window for a race
            elif ours:
                os.ftruncate(fd, 0)
        except OSError as exc:
            log.warning("could not remove the lock file %s: %s", self.path, exc)
            ours = False
        finally:
            _os_unlock(fd)
            os.close(fd)
        if ours and sys.platform == "win32":
            try:  # Windows cannot remove an open file; a racing opener then keeps it, which is fine
                self.path.unlink(missing_ok=True)
            except OSError:
                pass


def _remove_if_empty(path: Path) -> None:
    try:
        if os.lstat(path).st_size == 0:
            path.unlink()
    except OSError:
        pass


def _held_here(path: Path) -> bool:
    return os.path.normcase(os.path.abspath(path)) in _HELD_HERE


def _judge(path: Path, holder: LockInfo | None) -> tuple[bool, bool]:
    """(stale, certain) for a lock file whose OS lock we could take."""
    if holder is None:
        try:
            age = time.time() - os.stat(path).st_mtime
            empty = os.stat(path).st_size == 0
        except OSError:
            return True, True
        if age < YOUNG_SECONDS:
            return False, False  # being written right now (on a file system without OS locks)
        return True, empty  # an empty file is a released lock; garbage needs the user's word
    if not holder.on_this_host:
        return True, False  # cannot check another computer's processes
    if holder.pid == os.getpid():
        return (not _held_here(path)), True  # a lock of an earlier process that had our pid
    if not pid_alive(holder.pid):
        return True, True
    return True, False  # alive but not holding its OS lock: pid reuse, or a file system without locks
