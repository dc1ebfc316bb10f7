"""A process killed (SIGKILL) in the middle of a burst of edits leaves an intact file holding every
edit it acknowledged."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ropa_app.store import RegisterStore

CHILD = Path(__file__).with_name("edit_burst_child.py")
ROUNDS = 12


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_during_edits_keeps_acknowledged_edits(tmp_path):
    rng = random.Random(20261122)
    path = tmp_path / "burst.ropa"
    RegisterStore.create(path).close()
    acknowledged: set[int] = set()
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), "100000"], stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.05, 0.4)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("ok "):
                acknowledged.add(int(line.split()[1]))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # Lines the child printed before it died were acknowledged too.
        for line in proc.stdout.read().splitlines():
            if line.startswith("ok "):
                acknowledged.add(int(line.split()[1]))
        proc.stdout.close()

        conn = sqlite3.connect(path)  # rolls back a hot journal, as any reader would
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok", f"round {round_no}"
        present = {r[0] for r in conn.execute("select id from activity")}
        conn.close()
        assert acknowledged <= present, f"round {round_no}: lost {sorted(acknowledged - present)[:5]}"
    assert len(acknowledged) > ROUNDS, "the child made edits in the rounds"
