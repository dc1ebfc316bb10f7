"""Running a child that edits a register and killing it (SIGKILL on POSIX, TerminateProcess on Windows)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
def env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}
ROUND_LIMIT = 30.0  # seconds
HARD_KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # SIGTERM on Windows is TerminateProcess


def child(script: str, *args: str, stdin: bool = False) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(HERE / script), *args], stdout=subprocess.PIPE, text=True, encoding="utf-8",
        stdin=subprocess.PIPE if stdin else None, env=env(),
    )


class EditRounds:
    """Children that edit one register until killed: forked from a server that has imported the app
    once (fast, POSIX), or started one by one where there is no fork."""

    def __init__(self, register: Path):
        self.register = register
        self.server = child("edit_child.py", "serve", stdin=True) if hasattr(os, "fork") else None

    def round(self, start: int, kill_after: float) -> tuple[list[str], bool]:
        """Start a child, kill it `kill_after` seconds later; the lines it printed and whether it got
        as far as "ready" (the register open, the lock taken over)."""
        if self.server is None:
            return self._round_spawned(start, kill_after)
        began = time.monotonic()
        watchdog = threading.Timer(ROUND_LIMIT, self.server.kill)  # a hung round fails instead of hanging
        watchdog.start()
        try:
            return self._forked_round(start, kill_after, began)
        finally:
            watchdog.cancel()

    def _forked_round(self, start: int, kill_after: float, began: float) -> tuple[list[str], bool]:
        self.server.stdin.write(f"fork {start} {self.register}\n")
        self.server.stdin.flush()
        lines, pid = [], None
        while pid is None:
            line = self.server.stdout.readline()
            if not line:
                raise RuntimeError(f"the fork server stopped; the round printed {lines[-5:]}")
            if line.startswith("pid "):
                pid = int(line.split()[1])
            else:
                lines.append(line.strip())
        time.sleep(max(0.0, began + kill_after - time.monotonic()))
        os.kill(pid, HARD_KILL)
        self.server.stdin.write(f"wait {pid}\n")
        self.server.stdin.flush()
        for line in iter(self.server.stdout.readline, ""):
            if line.strip() == f"dead {pid}":
                break
            lines.append(line.strip())
        else:
            raise RuntimeError(f"the fork server stopped; the round printed {lines[-5:]}")
        return lines, "ready" in lines

    def _round_spawned(self, start: int, kill_after: float) -> tuple[list[str], bool]:
        proc = child("edit_child.py", "edit", str(self.register), str(start))
        lines = [proc.stdout.readline().strip()]  # "ready" (interpreter start-up is not part of the round)
        time.sleep(kill_after)
        proc.kill()
        proc.wait()
        lines += [line.strip() for line in proc.stdout.read().splitlines()]
        proc.stdout.close()
        return lines, "ready" in lines

    def close(self) -> None:
        if self.server is not None:
            self.server.stdin.write("quit\n")
            self.server.stdin.close()
            self.server.wait(timeout=10)
            self.server.stdout.close()
