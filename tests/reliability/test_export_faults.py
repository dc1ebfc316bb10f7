"""Exports under faults: the disk fills up part-way, the folder may not be written, the destination is
held open by another program, the user cancels. Each gives a clear message (an ExportError in the
user's words, or ExportCancelled), leaves nothing at the destination (no file, no temporary file) and
the register file byte-for-byte unchanged. An earlier export at the destination stays as it was.

Export runs the way the GUI runs it: from a register file open for writing, with the data loaded.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.export import ExportCancelled, ExportError, export_files, export_register
from ropa_app.interchange import save_json
from ropa_app.store import RegisterStore

from .faults import (
    DiskFills, deny_writes_in, digest, entries, lock_destination, make_register, writes_blocked_by_permissions,
)
from .kill_helpers import env

FORMATS = ["xlsx", "pdf", "json"]


@pytest.fixture
def register_file(tmp_path):
    return make_register(tmp_path / "register.ropa", synthetic_register(12, 6, seed=8))


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def export(register_file: Path, target: Path, fmt: str, **kwargs):
    """Export from the register open for writing (as in the app); the store is closed afterwards."""
    with RegisterStore.open(register_file) as store:
        data = store.load_register()
        if fmt == "json":
            return save_json(data, target)
        return export_register(data, target, fmt, language="en", **kwargs)


def assert_clear(exc: BaseException, *words: str) -> None:
    text = str(exc)
    assert text and "Errno" not in text and ".part" not in text, f"not a message for the user: {text!r}"
    assert any(w in text.lower() for w in words), f"{text!r} names none of {words}"


# --- disk full ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_disk_full_midway(monkeypatch, register_file, out, fmt):
    before = digest(register_file)
    disk = DiskFills(monkeypatch, out, room=3000)
    with pytest.raises(ExportError) as info:
        export(register_file, out / f"register.{fmt}", fmt)
    assert disk.hit, "the export never reached the full disk"
    assert_clear(info.value, "disk is full")
    assert entries(out) == []
    monkeypatch.undo()
    assert digest(register_file) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_disk_full_keeps_an_earlier_export(monkeypatch, register_file, out, fmt):
    target = out / f"register.{fmt}"
    target.write_bytes(b"earlier export")
    DiskFills(monkeypatch, out, room=1000)
    with pytest.raises(ExportError):
        export(register_file, target, fmt)
    monkeypatch.undo()
    assert entries(out) == [target.name] and target.read_bytes() == b"earlier export"


_LIMITED_CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    from ropa_app.export import ExportError, export_register
    from ropa_app.interchange import save_json
    from ropa_app.store import RegisterStore
    register, target, fmt = sys.argv[1:]
    with RegisterStore.open(register, readonly=True) as store:
        data = store.load_register()
    try:
        save_json(data, target) if fmt == "json" else export_register(data, target, fmt, language="en")
    except ExportError as exc:
        print("ExportError:", exc)
    else:
        print("written")
    """
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_real_limit_on_file_size_stops_the_export_cleanly(tmp_path, monkeypatch, out, fmt):
    """Not simulated: the kernel refuses the write past 20 kB (RLIMIT_FSIZE, no root needed), the way a
    small file system that fills up does. Where there is no such limit (Windows) the disk fills up by
    monkeypatch instead, with the same outcome asserted."""
    register_file = make_register(tmp_path / "big.ropa", synthetic_register(40, 12, seed=9))
    before = digest(register_file)
    target = out / f"register.{fmt}"
    try:
        import resource  # noqa: F401, PLC0415 - POSIX only
    except ImportError:
        DiskFills(monkeypatch, out, room=20_000)
        with pytest.raises(ExportError) as info:
            export(register_file, target, fmt)
        message = f"ExportError: {info.value}"
    else:
        proc = subprocess.run(
            [sys.executable, "-c", _LIMITED_CHILD, str(register_file), str(target), fmt],
            capture_output=True, text=True, encoding="utf-8", env=env(), timeout=120,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        message = proc.stdout.strip()
    assert message.startswith("ExportError:"), message
    assert "too large" in message or "disk is full" in message, message
    assert entries(out) == []
    assert digest(register_file) == before


# --- permission denied -------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_that_may_not_be_written(monkeypatch, register_file, out, fmt):
    before = digest(register_file)
    os.chmod(out, 0o555)
    try:
        if not writes_blocked_by_permissions(out):  # root (or Windows): chmod does not stop writes
            deny_writes_in(monkeypatch, out)
        with pytest.raises(ExportError) as info:
            export(register_file, out / f"register.{fmt}", fmt)
        monkeypatch.undo()
    finally:
        os.chmod(out, 0o755)
    assert_clear(info.value, "may not write")
    assert str(out) in str(info.value), "the message names the folder"
    assert entries(out) == []
    assert digest(register_file) == before


# --- destination held open by another program --------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_destination_locked_by_another_program(monkeypatch, register_file, out, fmt):
    before = digest(register_file)
    target = out / f"register.{fmt}"
    target.write_bytes(b"earlier export, open in Excel")
    refused = lock_destination(monkeypatch, target)
    with pytest.raises(ExportError) as info:
        export(register_file, target, fmt)
    monkeypatch.undo()
    assert refused, "the export never tried to replace the file"
    assert_clear(info.value, "open in another program")
    assert target.name in str(info.value)
    assert entries(out) == [target.name] and target.read_bytes() == b"earlier export, open in Excel"
    assert digest(register_file) == before


# --- several formats at once: all or nothing ---------------------------------------------------------
class CancelWhen:
    """Cancel once the progress has passed `at` (of 1000: the PDF is the second half)."""

    def __init__(self, at: int):
        self.at, self.seen = at, 0

    def progress(self, done: int, total: int) -> None:
        self.seen = max(self.seen, done * 1000 // total)

    def __call__(self) -> bool:
        return self.seen > self.at


def test_cancel_during_the_second_format_leaves_no_file(register_file, out):
    """Excel and PDF: cancelled while the PDF is made, the finished workbook is not left behind
    either (the dialog then says "No file was written")."""
    before = digest(register_file)
    cancel = CancelWhen(600)
    with RegisterStore.open(register_file) as store:
        with pytest.raises(ExportCancelled):
            export_files(store.load_register(), out, language="en", progress=cancel.progress, cancelled=cancel)
    assert cancel.seen > 600
    assert entries(out) == []
    assert digest(register_file) == before


def test_disk_full_during_the_second_format_leaves_no_file(monkeypatch, register_file, out):
    with RegisterStore.open(register_file) as store:
        data = store.load_register()
    disk = DiskFills(monkeypatch, out, room=[10**9, 2000])  # the workbook fits, the PDF does not
    with pytest.raises(ExportError) as info:
        export_files(data, out, language="en")
    monkeypatch.undo()
    assert [f.failed for f in disk.opened] == [False, True]
    assert_clear(info.value, "disk is full")
    assert entries(out) == []


def test_locked_second_file_leaves_the_new_first_file_out_too(monkeypatch, register_file, out):
    with RegisterStore.open(register_file) as store:
        data = store.load_register()
    first = export_files(data, out, ("pdf",), language="en")[0].path  # an earlier PDF, open in a reader
    first.write_bytes(b"earlier PDF")
    lock_destination(monkeypatch, first)
    with pytest.raises(ExportError) as info:
        export_files(data, out, ("xlsx", "pdf"), language="en")
    monkeypatch.undo()
    assert first.name in str(info.value)
    assert entries(out) == [first.name] and first.read_bytes() == b"earlier PDF"


def test_a_locked_second_file_after_a_replaced_first_one_says_so(monkeypatch, register_file, out):
    """Both files were exported before; the PDF is open in a reader. The new workbook already replaced
    the old one when the PDF cannot be replaced (a rename cannot be taken back): the message says so."""
    with RegisterStore.open(register_file) as store:
        data = store.load_register()
    workbook, pdf = (r.path for r in export_files(data, out, language="en"))
    pdf.write_bytes(b"earlier PDF")
    lock_destination(monkeypatch, pdf)
    with pytest.raises(ExportError) as info:
        export_files(data, out, language="en")
    monkeypatch.undo()
    assert pdf.name in str(info.value) and f"in place of the earlier export: {workbook.name}" in str(info.value)
    assert entries(out) == sorted([workbook.name, pdf.name]) and pdf.read_bytes() == b"earlier PDF"


def test_export_files_puts_every_file_in_place(register_file, out):
    with RegisterStore.open(register_file) as store:
        reports = export_files(store.load_register(), out, language="en")
    assert [r.path.parent for r in reports] == [out, out]
    assert entries(out) == sorted(r.path.name for r in reports)
    assert all(r.path.stat().st_size > 1000 for r in reports)
    assert all(oct(r.path.stat().st_mode & 0o077) != "0o0" for r in reports), "normal permissions, not 0600"


# --- the message of every errno the disk may give ----------------------------------------------------
@pytest.mark.parametrize(
    "code, words",
    [
        (errno.ENOSPC, "disk is full"),
        (getattr(errno, "EDQUOT", errno.ENOSPC), "disk is full"),
        (errno.EFBIG, "too large"),
        (errno.EACCES, "may not write"),
        (errno.EROFS, "read-only"),
        (errno.EIO, "could not be written"),
    ],
)
def test_every_write_error_is_told_in_words(tmp_path, code, words):
    from ropa_app.export.output import atomic_output

    target = tmp_path / "x.pdf"
    with pytest.raises(ExportError) as info:
        with atomic_output(target) as tmp:
            tmp.write_bytes(b"half a PDF")
            raise OSError(code, os.strerror(code))
    assert_clear(info.value, words)
    assert entries(tmp_path) == []


def test_an_error_that_is_not_about_the_destination_is_not_told_as_one(tmp_path):
    """A file the export reads (a font, say) that is missing is no full disk: that error goes through
    as it is; the temporary file is gone all the same."""
    from ropa_app.export.output import atomic_output

    out = tmp_path / "out"
    font = tmp_path / "fonts" / "DejaVuSans.ttf"
    with pytest.raises(FileNotFoundError) as info:
        with atomic_output(out / "x.pdf"):
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(font))
    assert not isinstance(info.value, ExportError)
    assert entries(out) == []
