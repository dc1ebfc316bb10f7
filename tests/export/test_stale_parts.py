"""A process killed during an export leaves its hidden temporary file (".<name>.<8 chars>.part") in the
export folder; the next export into that folder removes such files once they are old enough not to
belong to an export still running. Nothing else is touched."""

from __future__ import annotations

import os
import tempfile
import time

from benchmarks.synthetic import synthetic_register
from ropa_app.export import export_files, export_register
from ropa_app.export.output import STALE_AFTER, remove_stale_parts
from ropa_app.interchange import save_json


def leftover(folder, target_name: str, age: float):
    """A temporary file exactly as an export makes it, `age` seconds old."""
    fd, name = tempfile.mkstemp(prefix=f".{target_name}.", suffix=".part", dir=folder)
    os.write(fd, b"half an export")
    os.close(fd)
    when = time.time() - age
    os.utime(name, (when, when))
    return name


def test_the_next_export_removes_what_a_killed_one_left(tmp_path):
    old = [leftover(tmp_path, "register.pdf", 2 * STALE_AFTER), leftover(tmp_path, "Org-ROPA-en.xlsx", 5 * STALE_AFTER)]
    young = leftover(tmp_path, "register.pdf", 60)  # another export, running right now
    export_register(synthetic_register(3, 2), tmp_path / "register.pdf", language="en")
    names = sorted(os.listdir(tmp_path))
    assert not any(os.path.basename(p) in names for p in old)
    assert os.path.basename(young) in names
    assert "register.pdf" in names and len(names) == 2


def test_only_our_own_temporary_files_are_removed(tmp_path):
    when = time.time() - 10 * STALE_AFTER
    keep = {
        ".notes.part": "file",  # hidden and .part, but not our pattern (no 8-character random part)
        "report.pdf.part": "file",  # not hidden: someone else's download
        ".register.pdf.ABCDEFGH.part": "file",  # mkstemp's random part is lower case
        ".register.pdf.abcdefgh.part.bak": "file",
        ".register.pdf.abcdefgh.part": "dir",  # our pattern, but a folder
    }
    for name, kind in keep.items():
        path = tmp_path / name
        path.mkdir() if kind == "dir" else path.write_bytes(b"x")
        os.utime(path, (when, when))
    ours = tmp_path / ".register.pdf.k2x_9qzp.part"
    ours.write_bytes(b"x")
    os.utime(ours, (when, when))
    assert remove_stale_parts(tmp_path) == [ours]
    assert sorted(os.listdir(tmp_path)) == sorted(keep)


def test_every_kind_of_export_cleans_up(tmp_path):
    register = synthetic_register(3, 2)
    for run, export in enumerate(
        [
            lambda folder: export_files(register, folder, ("xlsx",), language="en"),
            lambda folder: save_json(register, folder / "register.json"),
        ]
    ):
        folder = tmp_path / str(run)
        folder.mkdir()
        stale = leftover(folder, "register.json", 3 * STALE_AFTER)
        export(folder)
        assert not os.path.exists(stale)
        assert len(os.listdir(folder)) == 1


def test_an_unreadable_folder_is_not_an_error_of_the_clean_up(tmp_path):
    assert remove_stale_parts(tmp_path / "missing") == []


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid  # exited and reaped: no process of that id (reuse within the test is unlikely)


def test_a_temporary_file_of_a_process_that_is_gone_is_removed_after_minutes_not_an_hour(tmp_path):
    """The temporary file names the process that writes it: once that process is gone (killed), its file
    is removed after DEAD_AFTER (two minutes), where a file of a live process -- an export still running,
    perhaps for many minutes -- is kept for STALE_AFTER (an hour)."""
    from ropa_app.export.output import DEAD_AFTER

    def part(pid: int, age: float) -> str:
        fd, name = tempfile.mkstemp(prefix=f".register.pdf.p{pid}-", suffix=".part", dir=tmp_path)
        os.close(fd)
        when = time.time() - age
        os.utime(name, (when, when))
        return os.path.basename(name)

    dead = _dead_pid()
    gone = part(dead, DEAD_AFTER + 30)
    just_killed = part(dead, 10)  # a moment ago: perhaps another computer's export on a shared folder
    running = part(os.getppid(), DEAD_AFTER + 600)  # a live process: an export still being written
    removed = {p.name for p in remove_stale_parts(tmp_path)}
    assert removed == {gone}
    assert sorted(os.listdir(tmp_path)) == sorted([just_killed, running])
    assert DEAD_AFTER <= 300 < STALE_AFTER


def test_our_temporary_files_carry_the_process_id(tmp_path, monkeypatch):
    from ropa_app.export import output

    seen = []
    real = output._temporary

    def spy(target):
        path = real(target)
        seen.append(path.name)
        return path

    monkeypatch.setattr(output, "_temporary", spy)
    export_register(synthetic_register(2, 1), tmp_path / "register.pdf", language="en")
    assert seen and all(f".p{os.getpid()}-" in name for name in seen)
