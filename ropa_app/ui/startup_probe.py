"""`ROPA_DESK_EXIT_WHEN_SHOWN`: report when the main window is first painted, then quit. And
`after_first_paint`: work a window's first paint does not need, started once it is on screen (#21).

For benchmarks/bench_startup.py, which starts the source and the frozen app alike and measures the time
from starting the process to a window on screen. `=1` prints `ROPA_DESK_SHOWN <unix time> <CPU seconds>` (the
process's CPU time to that paint, `time.process_time`) to stdout;
any other value is a file to write that line to (a windowed Windows build has no stdout).
Unset, nothing happens.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "ROPA_DESK_EXIT_WHEN_SHOWN"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, target: str):
        super().__init__(window)
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            line = f"ROPA_DESK_SHOWN {time.time():.6f} {time.process_time():.6f}"
            if self.target == "1":
                print(line, flush=True)
            else:
                with open(self.target, "w", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            QTimer.singleShot(0, QApplication.quit)
        return False


class _AfterFirstPaint(QObject):
    """Installed on a window: calls `then` once the window is first painted, at the next turn of the event
    loop. A child of `owner`, what `then` is about: gone with it, and nothing is called then."""

    def __init__(self, owner: QObject, then):
        super().__init__(owner)
        self.owner, self.then = owner, then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.deleteLater()
            QTimer.singleShot(0, self.owner, self.then)
        return False


def after_first_paint(owner: QObject, then, window: QWidget | None = None) -> None:
    """Call `then` once `window` (by default `owner`'s window) is first painted; asked again before that, once."""
    if owner.findChild(_AfterFirstPaint, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        (window or owner.window()).installEventFilter(_AfterFirstPaint(owner, then))


def exit_when_shown(window: QWidget) -> None:
    target = os.environ.get(ENV)
    if target:
        window.installEventFilter(_FirstPaint(window, target))
