"""A process killed in the middle of an export leaves nothing at the destination (only its hidden
temporary file) and the register intact and unchanged."""

import hashlib
import random
import sqlite3
import time
import zipfile

import pytest

from ropa_app.store.demo import create_demo

from .kill_helpers import HARD_KILL, child


def _complete(path) -> bool:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None and "xl/workbook.xml" in z.namelist()
    data = path.read_bytes()
    return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def _export(register, dest, kill_after=None) -> float | bool:
    """Run the export child; kill it `kill_after` s after it is ready. True when it finished first;
    without `kill_after`, the seconds from ready to done."""
    proc = child("export_child.py", str(register), str(dest))
    try:
        assert proc.stdout.readline().strip() == "ready"
        if kill_after is None:
            began = time.monotonic()
            assert proc.stdout.readline().strip() == "done"
            return time.monotonic() - began
        time.sleep(kill_after)
        proc.send_signal(HARD_KILL)
        proc.wait(timeout=30)
        return "done" in proc.stdout.read()
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_kill_during_export_leaves_no_file_and_an_intact_register(tmp_path, fmt):
    register = tmp_path / "demo.ropa"
    create_demo(register).close()
    digest = hashlib.sha256(register.read_bytes()).hexdigest()
    out = tmp_path / "out"
    out.mkdir()

    duration = _export(register, out / f"calibration.{fmt}")  # how long an export takes here
    assert _complete(out / f"calibration.{fmt}")

    rng = random.Random(fmt)
    interrupted = 0
    for round_no in range(6):
        dest = out / f"register-{round_no}.{fmt}"
        finished = _export(register, dest, kill_after=rng.uniform(0.05, 0.9) * duration)
        if not finished and not dest.exists():
            interrupted += 1
        # Either the export was complete when it was killed, or there is nothing at the destination.
        assert not dest.exists() or _complete(dest), f"round {round_no}: a partial file at the destination"
    leftovers = [p.name for p in out.iterdir() if not p.name.startswith(("calibration", "register-"))]
    assert all(name.startswith(".") and name.endswith(".part") for name in leftovers), leftovers
    assert interrupted >= 1, "no kill landed in the middle of an export"

    assert hashlib.sha256(register.read_bytes()).hexdigest() == digest, "the register was changed"
    conn = sqlite3.connect(f"{register.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
