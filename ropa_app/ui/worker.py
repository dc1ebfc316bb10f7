"""Long work off the UI thread — the app's one mechanism for it (exports, imports, the checks of a big
register, search indexes, restoring a backup): a function run in a QThread, with progress, cooperative
Cancel and its outcome back on the UI thread.

The function gets `progress(done, total)` and `cancelled() -> bool` keyword arguments; it must not
touch widgets (it runs in another thread). It stops on Cancel by raising (`raise_if_cancelled`, or an
exception of its own such as ExportCancelled). Exactly one outcome comes back, as a signal:
`finished(result)` when it returned, `cancelled()` when it stopped after Cancel, `failed(exception)`
when it raised otherwise; then `ended()`.

The UI thread's own short reads of the register go first (`ui_reads`): a worker waits at its next look at
`cancelled()` while one is under way.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal

from ..domain import collector
from ..store import guard


# Each call from Qt into Python (a slot, a delegate's cell, a model's data()) takes the GIL: while a worker runs Python,
# the UI thread waits this long before the worker is asked to let go, at every such call (a repaint of a list makes
# hundreds). At 0.5 ms a repaint with two busy workers took 24-141 ms, at 0.1 ms 17-20 ms (#21, fourth round); the
# workers' CPU grows ~2 % when several run Python at once, nothing when one does.
UI_SWITCH_INTERVAL = 0.0001

Progress = Callable[[int, int], None]  # the work's `progress(done, total)`
CancelFlag = Callable[[], bool]  # the work's `cancelled()`


class Cancelled(Exception):
    """The work stopped because it was asked to."""


class _UiReads:
    """The UI thread's short bursts of reading the register (a list page's rows on its first show, a list read again
    after an edit) go first: meanwhile every worker waits at its next look at `cancelled()` (a worker looks between
    its steps, and SQLite's progress handler every ~1,000 steps of a read). Reading rows from SQLite lets go of the
    GIL and takes it again at each row: with a worker running Python, each row waited for it, and a list page of
    50,000 activities shown as the checks ran took 5.5 s instead of 0.5 s (#21).

    A worker waits once per burst, WAIT_S at most, and not once Cancel is asked for. A worker may wait inside a read
    (SQLite's progress handler), holding the file's shared lock: a write of the UI thread (every one goes through the
    store's `atomic`, `store.guard.around_writes`) lets the workers go on until it is done, or its commit would wait
    for that lock and the burst for the commit. Only the UI thread's bursts count (`threading.main_thread()`)."""

    WAIT_S = 1.0
    SLICE_S = 0.05  # a waiting worker looks at Cancel this often
    clear = threading.Event()  # set: the workers need not wait (no burst, or a write under way)
    clear.set()
    depth = 0  # bursts under way (nested)
    serial = 0  # bursts begun so far: a worker waits once per burst
    writing = 0  # writes of the UI thread under way

    @staticmethod
    @contextlib.contextmanager
    def _on_ui_thread(begin: Callable[[], None], end: Callable[[], None]) -> Iterator[None]:
        """`begin()`, the block, then `end()`, on the UI thread; on another thread the block alone."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        begin()
        try:
            yield
        finally:
            end()

    @classmethod
    def burst(cls) -> contextlib.AbstractContextManager[None]:
        return cls._on_ui_thread(cls._burst_begins, cls._burst_ends)

    @classmethod
    def write(cls) -> contextlib.AbstractContextManager[None]:
        return cls._on_ui_thread(cls._write_begins, cls._write_ends)

    @classmethod
    def _burst_begins(cls) -> None:
        if not cls.depth:
            cls.serial += 1
        cls.depth += 1
        if not cls.writing:
            cls.clear.clear()

    @classmethod
    def _burst_ends(cls) -> None:
        cls.depth -= 1
        if not cls.depth:
            cls.clear.set()

    @classmethod
    def _write_begins(cls) -> None:
        cls.writing += 1
        cls.clear.set()

    @classmethod
    def _write_ends(cls) -> None:
        cls.writing -= 1
        if cls.depth and not cls.writing:
            cls.clear.clear()

    @classmethod
    def wait(cls, cancel: threading.Event, waited_for: list[int]) -> None:
        """In a worker: wait while a burst goes on (once per burst, WAIT_S at most, until Cancel)."""
        if cls.clear.is_set() or cancel.is_set() or waited_for[0] == cls.serial:
            return
        waited_for[0] = cls.serial
        deadline = time.monotonic() + cls.WAIT_S
        while not cls.clear.wait(cls.SLICE_S) and not cancel.is_set() and time.monotonic() < deadline:
            pass


guard.around_writes = _UiReads.write  # (the store's writes, made on the UI thread, let the workers go on)


def ui_reads() -> contextlib.AbstractContextManager[None]:
    """On the UI thread, around a burst of reading the register: the workers wait meanwhile (`_UiReads`)."""
    return _UiReads.burst()


def hold_ui_reads() -> Callable[[], None]:
    """`ui_reads` for a burst that ends later (a page's first paint after its build): returns what ends it, which
    may be called more than once."""
    held = contextlib.ExitStack()
    held.enter_context(_UiReads.burst())
    return held.close  # (a second close finds nothing left to end)


def raise_if_cancelled(cancelled: CancelFlag) -> None:
    """For the work function, between its steps: stop here when Cancel was asked for."""
    if cancelled():
        raise Cancelled()


class _UiCollection:
    """Python's cycle collector run on the UI thread only, from the first background task on (before it no
    other thread runs Python): a pass in a worker thread frees the cyclic garbage of every thread, Qt objects
    of the UI thread included, and crashed the process (#21). A timer on the UI thread collects what is due
    (domain/collector.py: automatic collection off for good, the same thresholds)."""

    # Between looks at the counts (a look costs microseconds): short while workers run, so that each pass on the
    # UI thread goes through what they made in that short time only (at 100 ms: young passes of 40-80 ms at
    # 10,000 activities); long when the app is idle (no wake-ups for nothing) and while work holds the collector
    # off (nothing can be collected then, and each look is an entry into Python that waits for the GIL against
    # the workers: at 50,000 activities the checks' read and the lists' indexes hold it for the first ~20 s, #21).
    BUSY_MS, IDLE_MS = 10, 250
    _timer: QTimer | None = None

    @classmethod
    def install(cls) -> None:
        """On the UI thread (BackgroundTask.start is called there)."""
        if cls._timer is None:
            collector.drive_from_this_thread()
            cls._timer = QTimer(QCoreApplication.instance())
            cls._timer.setObjectName("cycle_collector")
            cls._timer.timeout.connect(cls._tick)
        cls._timer.start(cls.BUSY_MS)

    @classmethod
    def _tick(cls) -> None:
        collector.collect_due()
        interval = cls.BUSY_MS if BackgroundTask._running and not collector.is_held() else cls.IDLE_MS
        if cls._timer is not None and cls._timer.interval() != interval:
            cls._timer.setInterval(interval)


class _Runner(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    stopped = Signal()

    def __init__(self, fn: Callable[..., Any], cancel_event: threading.Event, pause_collector: bool = False):
        super().__init__()
        self._fn = fn
        self._cancel = cancel_event
        self._pause_collector = pause_collector
        self._waited_for = [0]  # the last burst of the UI thread's reads this work waited for (`_UiReads.wait`)

    def _report(self, done: int, total: int) -> None:
        # At most ~25 updates a second: a flood of queued signals would keep the UI thread (which shares
        # the GIL with this one) behind, and Cancel would land late.
        now = time.monotonic()
        if now - self._last >= 0.04 or done >= total:
            self._last = now
            self.progress.emit(int(done), int(total))

    def _cancelled(self) -> bool:
        _UiReads.wait(self._cancel, self._waited_for)  # the UI thread reads: wait (without the GIL) till it is done
        return self._cancel.is_set()

    def run(self) -> None:
        self._last = 0.0
        try:
            with collector.held(keep=True) if self._pause_collector else contextlib.nullcontext():
                result = self._fn(progress=self._report, cancelled=self._cancelled)
        except BaseException as exc:  # noqa: BLE001 - reported to the UI thread, never lost
            if isinstance(exc, Cancelled) or self._cancel.is_set():
                self.stopped.emit()
            else:
                self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            QThread.currentThread().quit()  # the thread ends with the work; wait() never waits on the UI


class _Job:
    """The thread, the runner and the Cancel flag of one task: plain Python, so that they outlive the
    task's QObject when its owner goes away while the work runs (a QThread destroyed while it runs
    aborts the process)."""

    def __init__(self, fn: Callable[..., Any], pause_collector: bool = False):
        self.cancel = threading.Event()
        self.dropped = False  # the outcome is no longer wanted: report nothing
        self.reported = False  # the outcome was delivered (or dropped) on the UI thread
        self.thread = QThread()
        self.thread.setObjectName("background_task")
        self.runner = _Runner(fn, self.cancel, pause_collector)
        self.runner.moveToThread(self.thread)
        self.thread.started.connect(self.runner.run)

    def abandon(self) -> None:
        self.cancel.set()
        self.dropped = True

    def orphaned(self, *_args: object) -> None:
        """The task's QObject is being destroyed: nobody is left to take the outcome."""
        if not self.reported:
            self.abandon()


class BackgroundTask(QObject):
    """Start with `start()`; listen to progress/finished/cancelled/failed; `cancel()` asks the work to stop.

    The outcome signals come from this object, a child of `parent`: when the parent goes away, so does
    the outcome, and the work is cancelled. Its thread is kept until the work ends, whatever happens
    to the task. `discard()` cancels a task whose outcome is no longer wanted (a newer run replaces it).
    `stop_all()` cancels every task and waits for each (the main window calls it, for a moment at most, when
    it closes; the app, without a limit, once its event loop has ended). `pause_collector=True`: for work that
    builds millions of objects kept after it: no cycle collection meanwhile, and what is alive at its end frozen
    (domain/collector.py `held(keep=True)`)."""

    _running: set[_Job] = set()

    progress = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    ended = Signal()  # after the outcome; also (alone) when stop_all() dropped it

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None, pause_collector: bool = False):
        super().__init__(parent)
        self._job = job = _Job(fn, pause_collector)
        self._started = False
        job.runner.progress.connect(self.progress)  # signal to signal: no second emit from Python
        job.runner.done.connect(self._on_done)
        job.runner.stopped.connect(self._on_stopped)
        job.runner.failed.connect(self._on_failed)
        self.destroyed.connect(job.orphaned)  # the job only: this object is being destroyed

    def start(self) -> None:
        # The worker and the UI thread share the GIL. With Python's default 5 ms switch interval a busy
        # worker keeps the event loop waiting at each of its many re-entries into Python (measured:
        # 0.7 s pauses during a PDF export); at 0.5 ms the longest pause was 0.13 s (see UI_SWITCH_INTERVAL).
        if sys.getswitchinterval() > UI_SWITCH_INTERVAL:
            sys.setswitchinterval(UI_SWITCH_INTERVAL)
        _UiCollection.install()  # before the first worker thread runs Python
        BackgroundTask._forget_ended()
        BackgroundTask._running.add(self._job)
        self._started = True
        self._job.thread.start()

    @classmethod
    def _forget_ended(cls) -> None:
        """Let go of the ended jobs whose task went away first (the others go as they report)."""
        for job in list(cls._running):
            if job.dropped and job.thread.isFinished():
                job.thread.wait()
                cls._running.discard(job)

    @classmethod
    def stop_all(cls, timeout: float | None = None) -> bool:
        """Cancel every running task, wait until each has stopped, and drop what they would still
        report. Work that checks for Cancel between steps ends at its next step.

        With `timeout` (seconds) wait no longer than that in all: a step that cannot be interrupted (the
        read of a big register) goes on in its thread, abandoned, and is waited for by the next call
        without a timeout (the app's exit: a thread still running as Python tears down would crash it).
        True when every task has stopped."""
        jobs = list(cls._running)
        for job in jobs:
            job.abandon()
        deadline = None if timeout is None else time.monotonic() + timeout
        for job in jobs:
            if deadline is None:
                job.thread.wait()
            elif not job.thread.wait(max(0, int((deadline - time.monotonic()) * 1000))):
                continue  # still in its step: kept (abandoned) until it ends
            cls._running.discard(job)
        return not any(job in cls._running for job in jobs)

    def cancel(self) -> None:
        self._job.cancel.set()

    def discard(self) -> None:
        """Cancel, report nothing, and delete this task (a newer one replaces it)."""
        self._job.abandon()
        self.deleteLater()

    @property
    def cancel_requested(self) -> bool:
        return self._job.cancel.is_set()

    def is_running(self) -> bool:
        return self._job.thread.isRunning()

    def wait(self) -> None:
        """Block until the work has ended (its outcome is delivered later, by the event loop)."""
        self._job.thread.wait()

    def wait_in_event_loop(self) -> None:
        """Wait for the outcome while the window keeps painting and answering (a local event loop, as
        a modal dialog has). Returns once the outcome signal has been delivered."""
        if not self._started or self._job.reported:
            return
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        self.destroyed.connect(loop.quit)  # discarded meanwhile: it will not report
        loop.exec()

    # --- on the UI thread -----------------------------------------------------------------------------
    def _conclude(self) -> bool:
        job = self._job
        job.thread.quit()
        job.thread.wait()  # brief: the thread quits as the work returns
        BackgroundTask._running.discard(job)
        job.reported = True
        return not job.dropped

    def _on_done(self, result: Any) -> None:
        if self._conclude():
            self.finished.emit(result)
        self.ended.emit()

    def _on_stopped(self) -> None:
        if self._conclude():
            self.cancelled.emit()
        self.ended.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if self._conclude():
            self.failed.emit(exc)
        self.ended.emit()
