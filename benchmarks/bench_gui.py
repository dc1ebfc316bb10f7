"""GUI benchmark: a register of 10,000 activities and 2,000 recipients.

Prints: time from opening the file to the list shown (ratio to a floor: plain sqlite3 reading the same
list columns), the time the search filter takes per keystroke (ratio to a floor: a Python substring
scan over the same texts), and the resident memory of the process (peak).

Run: .venv/bin/python benchmarks/bench_gui.py [N_ACTIVITIES N_RECIPIENTS]
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ROPA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="ropa-bench-"))


def build(path: Path, n_act: int, n_rec: int) -> float:
    from synthetic import synthetic_register

    from ropa_app.store import RegisterStore
    from ropa_app.store.demo import write_register

    t = time.perf_counter()
    with RegisterStore.create(path) as store:
        write_register(store, synthetic_register(n_act, n_rec, seed=1))
    return time.perf_counter() - t


def measure(path: Path) -> None:
    """In a fresh process: open, show, search; print the figures."""
    t = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("select id, ref, name, role, business_function, status, owner, next_review from activity").fetchall()
    conn.close()
    floor_open = time.perf_counter() - t

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from ropa_app.store import RegisterStore
    from ropa_app.ui.main_window import MainWindow

    t0 = time.perf_counter()
    window = MainWindow()
    store = RegisterStore.open(path)
    window.set_store(store)
    window.resize(1300, 800)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - t0
    listing = window.activities_page.listing
    rows = listing.proxy.rowCount()

    # The search index and the checks are read by worker threads right after the list is shown; the
    # longest pause of the event loop meanwhile tells whether the window stayed responsive.
    from ropa_app.ui.register_checks import checks_for

    checks = checks_for(window.session)
    t = time.perf_counter()
    index_ready = None
    longest, last = 0.0, t
    while (index_ready is None or checks.busy) and time.perf_counter() - t < 60:
        app.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        if index_ready is None and listing.model._texts is not None:
            index_ready = now - t
        time.sleep(0.005)
    checks_ready = time.perf_counter() - t
    index_ready = index_ready if index_ready is not None else float("nan")
    query = "payroll"
    per_key, floors = [], []
    t = time.perf_counter()
    listing.search.setText(query[:1])
    app.processEvents()
    first = time.perf_counter() - t
    texts = list(listing.model._search_text().values())
    for i in range(2, len(query) + 1):
        t = time.perf_counter()
        listing.search.setText(query[:i])
        app.processEvents()
        per_key.append(time.perf_counter() - t)
        t = time.perf_counter()
        _ = [x for x in texts if query[:i] in x]
        floors.append(time.perf_counter() - t)
    listing.search.clear()
    app.processEvents()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worst = max(per_key)
    print(f"activities listed: {rows}")
    print(f"open to list shown: {shown * 1000:.0f} ms (floor: sqlite3 reads the list {floor_open * 1000:.0f} ms; "
          f"ratio {shown / floor_open:.1f}x; target <= 1000 ms)")
    print(f"search per keystroke: worst {worst * 1000:.1f} ms, mean {sum(per_key) / len(per_key) * 1000:.1f} ms "
          f"(floor: Python substring scan {max(floors) * 1000:.1f} ms; ratio {worst / max(floors):.1f}x; target <= 16 ms)")
    print("per keystroke (ms): " + ", ".join(f"{query[:i + 2]!r} {t * 1000:.1f}" for i, t in enumerate(per_key)))
    print(f"search index ready {index_ready * 1000:.0f} ms after the list was shown (read in a worker thread); "
          f"first keystroke {first * 1000:.1f} ms")
    print(f"checks of the whole register done {checks_ready * 1000:.0f} ms after the list was shown (worker thread; "
          f"{len(checks.findings)} findings); longest event-loop pause meanwhile {longest * 1000:.0f} ms")
    print(f"peak resident memory: {rss_mb:.0f} MB (target < 400 MB)")
    window.close()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        measure(Path(sys.argv[2]))
        return 0
    n_act = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    n_rec = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.ropa"
        took = build(path, n_act, n_rec)
        print(f"built a register of {n_act} activities and {n_rec} recipients in {took:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        subprocess.run([sys.executable, __file__, "--measure", str(path)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
