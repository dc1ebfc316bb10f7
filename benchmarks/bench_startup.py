"""Start-up benchmark: the source checkout against a bare PySide6 window (the floor), and the frozen app
(dist/ROPA-Desk, from `make dist`, when it is there) against the source checkout.

Each starts (the app on the same demo register) and quits as soon as its main window is first painted
(ROPA_DESK_EXIT_WHEN_SHOWN, ropa_app/ui/startup_probe.py; the floor, a QApplication and an empty
QMainWindow from the same interpreter, the same way); the time is from starting the process to that
paint. They are run alternately (after one warm-up run each, which fills the disk cache) and the median of
each is compared; so is the CPU time of each process to that paint (as the process says it; less sensitive to the
machine's other jobs) and to its exit (which also counts what the app does at the next turn of its event loop,
the work it put after the paint). Python's bytecode is written to a fresh cache by the warm-up run and read by the
counted ones, as an installed app (pip compiles it) or the frozen one (it carries it) does: an environment with
PYTHONDONTWRITEBYTECODE would otherwise compile every module changed since its last cache at every start.
Targets: the source checkout at most 2x the bare window (issue #21), the frozen app at
most 1.5x the source checkout. The frozen app's own floor is the bare window frozen the same way (a PyInstaller
one-folder build of the floor's script, which `--write-bare FILE` writes; `make dist` does not build it): when
it is there (`--frozen-bare`), the frozen app is also compared with it, against the same 2x.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--frozen dist/ROPA-Desk/ROPA-Desk]
     [--frozen-bare dist/bare-window/bare-window]
     (offscreen by default; --xcb uses $DISPLAY, e.g. under Xvfb)
Freeze the floor: .venv/bin/python benchmarks/bench_startup.py --write-bare build/bare_window.py &&
     .venv/bin/python -m PyInstaller --onedir --noconfirm --name bare-window build/bare_window.py
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
TARGET = 1.5  # frozen / source
FLOOR_TARGET = 2.0  # source / a bare PySide6 window
BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"ROPA_DESK_SHOWN {time.time():.6f} {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _children_cpu() -> float:
    """CPU seconds of the ended child processes (0 where the platform does not say: Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def shown_after(command: list[str], register: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from starting `command register` to its main window's first paint, the CPU seconds of the process to
    that paint (as it says them; nan from a build that does not), and to its exit (right after that paint, with
    the work the app does at the next turn of its event loop: what it put after the paint is counted here)."""
    with tempfile.TemporaryDirectory(prefix="ropa-bench-start-") as data:
        env = {**env, "ROPA_DESK_DATA_DIR": data, "ROPA_DESK_EXIT_WHEN_SHOWN": "1"}
        before = _children_cpu()
        start = time.time()
        out = subprocess.run([*command, str(register)], env=env, capture_output=True, text=True, timeout=120)
        cpu = _children_cpu() - before
    lines = [line for line in out.stdout.splitlines() if line.startswith("ROPA_DESK_SHOWN ")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{command[0]} did not show its window (exit {out.returncode}):\n{out.stdout}{out.stderr}")
    said = lines[0].split()
    return float(said[1]) - start, float(said[2]) if len(said) > 2 else float("nan"), cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "ROPA-Desk" / "ROPA-Desk")
    parser.add_argument("--frozen-bare", type=Path, default=ROOT / "dist" / "bare-window" / "bare-window",
                        help="the bare window frozen the same way (the frozen app's floor), when it is there")
    parser.add_argument("--write-bare", type=Path, help="write the bare window's script here (to freeze it) and stop")
    parser.add_argument("--xcb", action="store_true", help="a real X server ($DISPLAY) instead of offscreen")
    args = parser.parse_args()
    if args.write_bare:
        args.write_bare.parent.mkdir(parents=True, exist_ok=True)
        args.write_bare.write_text(BARE_WINDOW, encoding="utf-8")
        return 0
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONDONTWRITEBYTECODE")}
    env["QT_QPA_PLATFORM"] = "xcb" if args.xcb else "offscreen"
    commands = {"bare": [sys.executable, "-c", BARE_WINDOW], "source": [sys.executable, "-m", "ropa_app"]}
    if args.frozen.exists():
        commands["frozen"] = [str(args.frozen)]
    else:
        print(f"({os.path.relpath(args.frozen, ROOT)} is missing: 'make dist' builds it; the frozen app is left out)")
    if "frozen" in commands and args.frozen_bare.exists():
        commands["frozen-bare"] = [str(args.frozen_bare)]

    from ropa_app.store.demo import create_demo

    with tempfile.TemporaryDirectory(prefix="ropa-bench-start-") as tmp:
        register = Path(tmp) / "demo.ropa"
        create_demo(register).close()
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")  # (the checkout's own caches left as they are)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        painted_cpus: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs + 1):  # run 0 warms the disk cache, writes the bytecode and is not counted
            for name, command in commands.items():
                seconds, painted_cpu, cpu = shown_after(command, register, env)
                if run:
                    times[name].append(seconds)
                    cpus[name].append(cpu)
                    painted_cpus[name].append(painted_cpu)
    median = {name: statistics.median(values) for name, values in times.items()}
    median_cpu = {name: statistics.median(values) for name, values in cpus.items()}
    median_painted = {name: statistics.median(values) for name, values in painted_cpus.items()}
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())  # a busy machine slows both: say how busy it was
    print(f"time to a shown main window, {args.runs} alternating runs, {env['QT_QPA_PLATFORM']}, "
          f"load average {load} on {os.cpu_count()} CPUs:")
    for name, values in times.items():
        runs = " ".join(f"{v:.3f}" for v in values)
        print(f"  {name:11}  median {median[name]:.3f} s  (min {min(values):.3f}, max {max(values):.3f}; runs {runs})"
              f"  CPU to the paint {median_painted[name]:.3f} s, to exit {median_cpu[name]:.3f} s")
    met = True
    for figure, floor, target in (("source", "bare", FLOOR_TARGET), ("frozen", "source", TARGET),
                                  ("frozen", "frozen-bare", FLOOR_TARGET)):
        if figure in median and floor in median:
            ratio = median[figure] / median[floor]
            met = met and ratio <= target
            verdict = "met" if ratio <= target else "NOT met"
            print(f"{figure} / {floor} = {ratio:.2f}x (target <= {target}x: {verdict}); CPU to the paint "
                  f"{median_painted[figure] / max(median_painted[floor], 1e-9):.2f}x, to exit "
                  f"{median_cpu[figure] / max(median_cpu[floor], 1e-9):.2f}x")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
