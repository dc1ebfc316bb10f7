"""Long work off the UI thread: a function run in a QThread, with progress and cooperative Cancel.

The function gets `progress(done, total)` and `cancelled() -> bool` keyword arguments; it must not
touch widgets (it runs in another thread). Its result, or its exception, comes back as a signal.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal


UI_SWITCH_INTERVAL = 0.0005


class _Runner(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], cancel_event: threading.Event):
        super().__init__()
        self._fn = fn
        self._cancel = cancel_event

    def _report(self, done: int, total: int) -> None:
        # At most ~25 updates a second: a flood of queued signals would keep the UI thread (which shares
        # the GIL with this one) behind, and Cancel would land late.
        now = time.monotonic()
        if now - self._last >= 0.04 or done >= total:
            self._last = now
            self.progress.emit(int(done), int(total))

    def run(self) -> None:
        self._last = 0.0
        try:
            result = self._fn(progress=self._report, cancelled=self._cancel.is_set)
        except BaseException as exc:  # reported to the UI thread, never lost
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            QThread.currentThread().quit()  # the thread ends with the work; wait() never waits on the UI


class BackgroundTask(QObject):
    """Start with `start()`; listen to progress/finished/failed; `cancel()` asks the work to stop.

    A running task is kept alive (and its thread) until it ends, even when its owner goes away: a
    QThread destroyed while it runs aborts the process. `stop_all()` cancels and waits for every one
    (the main window calls it when it closes)."""

    _running: set["BackgroundTask"] = set()

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("background_task")
        self._runner = _Runner(fn, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progress.connect(self.progress)
        self._runner.done.connect(self._on_done)
        self._runner.failed.connect(self._on_failed)

    def start(self) -> None:
        # The worker and the UI thread share the GIL. With Python's default 5 ms switch interval a busy
        # worker keeps the event loop waiting at each of its many re-entries into Python (measured:
        # 0.7 s pauses during a PDF export); at 0.5 ms the longest pause was 0.13 s.
        if sys.getswitchinterval() > UI_SWITCH_INTERVAL:
            sys.setswitchinterval(UI_SWITCH_INTERVAL)
        BackgroundTask._running.add(self)
        self._thread.start()

    @classmethod
    def stop_all(cls) -> None:
        for task in list(cls._running):
            task.cancel()
        for task in list(cls._running):
            task.wait()
            cls._running.discard(task)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
        BackgroundTask._running.discard(self)

    def _on_done(self, result: Any) -> None:
        self._stop_thread()
        self.finished.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._stop_thread()
        self.failed.emit(exc)

    def wait(self) -> None:
        self._thread.wait()
