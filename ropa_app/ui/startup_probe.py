"""`ROPA_DESK_EXIT_WHEN_SHOWN`: report when the main window is first painted, then quit.

For benchmarks/bench_startup.py, which starts the source and the frozen app alike and measures the time
from starting the process to a window on screen. `=1` prints `ROPA_DESK_SHOWN <unix time>` to stdout;
any other value is a file to write that line to (a windowed Windows build has no stdout).
Unset, nothing happens.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "ROPA_DESK_EXIT_WHEN_SHOWN"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, target: str):
        super().__init__(window)
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            line = f"ROPA_DESK_SHOWN {time.time():.6f}"
            if self.target == "1":
                print(line, flush=True)
            else:
                with open(self.target, "w", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            QTimer.singleShot(0, QApplication.quit)
        return False


def exit_when_shown(window: QWidget) -> None:
    target = os.environ.get(ENV)
    if target:
        window.installEventFilter(_FirstPaint(window, target))
