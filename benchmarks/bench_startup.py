"""Start-up benchmark: the frozen app (dist/ROPA-Desk, from `make dist`) against the source checkout.

Both start on the same demo register and quit as soon as the main window is first painted
(ROPA_DESK_EXIT_WHEN_SHOWN, ropa_app/ui/startup_probe.py); the time is from starting the process to that
paint. The two are run alternately (after one warm-up run each, which fills the disk cache) and the
median of each is compared. Target: the frozen app at most 1.5x the source checkout.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--frozen dist/ROPA-Desk/ROPA-Desk]
     (offscreen by default; --xcb uses $DISPLAY, e.g. under Xvfb)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 1.5


def shown_after(command: list[str], register: Path, env: dict[str, str]) -> float:
    """Seconds from starting `command register` to its main window's first paint."""
    with tempfile.TemporaryDirectory(prefix="ropa-bench-start-") as data:
        env = {**env, "ROPA_DESK_DATA_DIR": data, "ROPA_DESK_EXIT_WHEN_SHOWN": "1"}
        start = time.time()
        out = subprocess.run([*command, str(register)], env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("ROPA_DESK_SHOWN ")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{command[0]} did not show its window (exit {out.returncode}):\n{out.stdout}{out.stderr}")
    return float(lines[0].split()[1]) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "ROPA-Desk" / "ROPA-Desk")
    parser.add_argument("--xcb", action="store_true", help="a real X server ($DISPLAY) instead of offscreen")
    args = parser.parse_args()
    if not args.frozen.exists():
        raise SystemExit(f"{args.frozen} is missing: run 'make dist' first")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "xcb" if args.xcb else "offscreen"
    commands = {"source": [sys.executable, "-m", "ropa_app"], "frozen": [str(args.frozen)]}

    from ropa_app.store.demo import create_demo

    with tempfile.TemporaryDirectory(prefix="ropa-bench-start-") as tmp:
        register = Path(tmp) / "demo.ropa"
        create_demo(register).close()
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs + 1):  # run 0 warms the disk cache and is not counted
            for name, command in commands.items():
                seconds = shown_after(command, register, env)
                if run:
                    times[name].append(seconds)
    median = {name: statistics.median(values) for name, values in times.items()}
    ratio = median["frozen"] / median["source"]
    print(f"time to a shown main window, {args.runs} alternating runs, {env['QT_QPA_PLATFORM']}:")
    for name, values in times.items():
        print(f"  {name:6}  median {median[name]:.3f} s  (min {min(values):.3f}, max {max(values):.3f})")
    verdict = "met" if ratio <= TARGET else "NOT met"
    print(f"frozen / source = {ratio:.2f}x (target <= {TARGET}x: {verdict})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
