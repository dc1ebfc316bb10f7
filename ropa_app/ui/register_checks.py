"""The checks of the open register, kept current while the user edits.

One `RegisterChecks` per session (get it with `checks_for(session)`): the Checks view, the Transfers
view and the activity list all read its `register` and `findings`, so one edit burst means one load and
one run of the checks. A change re-runs them 300 ms after the last `session.changed`. A small register
is read and checked on the UI thread (its first run, just after the window's first paint, in a worker); a
big one is read (through its own read-only connection) and checked by a BackgroundTask, so that the window
stays responsive while the user edits. A newer run
cancels the one under way (its result is dropped), and so does closing the window or the session: the
run stops soon, wherever it is (the read asks through SQLite's progress handler, the checks between rules).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..domain.checks import counts, run_checks
from ..domain.checks.summary import activity_quality
from ..domain.checks.findings import Finding
from ..domain.model import Register
from .session import RegisterSession
from .startup_probe import after_first_paint
from .worker import BackgroundTask, CancelFlag, Progress, raise_if_cancelled

if TYPE_CHECKING:
    from ..domain.law import LawData

OBJECT_NAME = "register_checks"
# The names of the views' results made with the findings (`RegisterChecks.derivations`)
CHECKS_COUNTS = "checks_counts"  # the Checks view's counts (`derive_counts`)
TRANSFER_ROWS = "transfer_rows"  # the Transfers view's rows
# A previous result of this many findings and activities is let go of in a worker (~0.1 s of the UI thread at 42,000)
LET_GO_IN_A_WORKER_FROM = 20_000

log = logging.getLogger(__name__)


def derive_counts(_register: Register, findings: list[Finding]) -> tuple[list[Finding], dict[str, int]]:
    """The Checks view's counts of the open findings by severity, made with the findings (in the checks' worker for a
    big register, #21), with the findings they are of."""
    return findings, counts(findings)


def law_data() -> LawData:
    """The legal reference data the checks apply (`domain.law.load_law`), its module imported and its files read at
    their first use: the checks' first run (in their worker for a big register, on the UI thread just after the
    paint for a small one) or the first view that shows it, not with the window (#21: ~10 ms of import and reading
    before the first paint). One object, whichever thread asks first (`load_law` reads it under a lock)."""
    from ..domain.law import load_law

    return load_law()


class RegisterChecks(QObject):
    updated = Signal()  # register and findings are new
    busy_changed = Signal(bool)
    failed = Signal(str)

    DEBOUNCE_MS = 300

    def __init__(self, session: RegisterSession, today: Callable[[], date] = date.today):
        super().__init__(session)
        self.setObjectName(OBJECT_NAME)
        self.session = session
        self.today = today
        self.background_threshold = 400  # activities + recipients from which the checks leave the UI thread
        self.register = Register()
        self.findings: list[Finding] = []
        self.quality: dict = {}  # activity id -> ActivityQuality (completeness, worst finding)
        # What views derive from the register and its findings, made with them (in the worker for a big
        # register): name -> function(register, findings), pure, no Qt; the results in `derived`, by name.
        self.derivations: dict[str, Callable[[Register, list[Finding]], object]] = {}
        self.derived: dict[str, object] = {}
        self.checked_on: date | None = None
        # The values the last read in a worker found not fitting their field (None until a run has read in a worker;
        # a run on the UI thread leaves them as they were): the notice of unreadable values at open is made from the
        # first run's, not from a second whole read (#21)
        self.read_problems: list[str] | None = None
        self.busy = False
        self._generation = 0
        self._task: BackgroundTask | None = None  # the run under way in a worker, if any
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        session.changed.connect(self._changed)
        window, small = session.parent(), self._small()
        if small and isinstance(window, QWidget) and not window.isVisible():
            # A small register in a window opening: checked once it is on screen, in a worker as a big one is (#21:
            # on the UI thread, a key typed just after the first paint of 200 activities waited 134-156 ms for it)
            self._set_busy(True)
            after_first_paint(self, lambda: self.refresh(in_worker=True), window)
        elif small:
            self.refresh()  # a small register: the findings are there as soon as a view asks
        else:
            self._set_busy(True)
            self.timer.start()  # a big one: let the window open first

    @property
    def law(self) -> LawData:
        """The legal reference data the checks apply (`law_data`: read at the first use, not with the window)."""
        return law_data()

    def _changed(self, _entity: str, _record_id) -> None:
        self.timer.start()  # (re)start: the checks run once the edits pause

    def _small(self) -> bool:
        """Fewer activities and recipients than `background_threshold`: checked here, not in a worker. Counted up to
        the threshold only, on the UI thread (a whole count read the 50,000 activities' table: ~60 ms, #21)."""
        store, limit = self.session.store, self.background_threshold
        activities = store.activities.count(up_to=limit)
        return activities < limit and activities + store.recipients.count(up_to=limit - activities) < limit

    def refresh(self, *, in_worker: bool = False) -> None:
        """Read the register now and check it (at once when small, else or when `in_worker` in a worker thread)."""
        self.timer.stop()
        self._generation += 1
        self._drop_run()  # a run under way is out of date: cancelled, its result dropped
        today = self.today()
        store = self.session.store
        try:
            small = store.path is None or (not in_worker and self._small())
            register = store.load_register() if small else None
        except Exception as exc:  # noqa: BLE001 - e.g. the file was closed under us: say so, don't crash the UI
            self._set_busy(False)
            self.failed.emit(str(exc))
            return
        if register is not None:
            self._set_busy(False)
            findings = run_checks(register, today, self.law)
            derived = _derive(self.derivations, register, findings)
            self._publish(register, findings, activity_quality(register, findings), derived, today)
            return
        self._set_busy(True)
        generation, load = self._generation, _reader(store.path)
        derivations = dict(self.derivations)

        def work(progress: Progress, cancelled: CancelFlag) -> tuple:
            register = load(cancelled)
            problems = getattr(load, "problems", None)
            raise_if_cancelled(cancelled)
            findings = run_checks(register, today, law_data(), between=lambda: raise_if_cancelled(cancelled))
            raise_if_cancelled(cancelled)
            quality = activity_quality(register, findings)
            raise_if_cancelled(cancelled)
            return register, findings, quality, _derive(derivations, register, findings), problems

        task = BackgroundTask(work, self, pause_collector=True)  # no pause of the window at each collector pass
        task.finished.connect(lambda result: self._finished(generation, result, today))
        task.failed.connect(lambda exc: self._failed(generation, exc))
        task.cancelled.connect(lambda: self._run_ended(generation))
        self._task = task
        task.start()

    def _drop_run(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.discard()

    def _run_ended(self, generation: int) -> bool:
        """The current run ended (True), or a stale one did (False: its outcome is dropped)."""
        if generation != self._generation:
            return False
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()  # after its signal: one task per run, none kept
        self._set_busy(False)
        return True

    def _finished(self, generation: int, result: tuple, today: date) -> None:
        register, findings, quality, derived, problems = result
        if generation == self._generation:
            self.read_problems = problems  # before busy_changed(False): who waits for the run finds them
        if self._run_ended(generation):
            self._publish(register, findings, quality, derived, today)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if self._run_ended(generation):
            self.failed.emit(str(exc))

    def _publish(self, register: Register, findings: list[Finding], quality: dict, derived: dict,
                 today: date) -> None:
        previous = [(self.register, self.findings, self.quality, self.derived)]  # the only reference, once replaced
        big = len(self.findings) + len(self.register.activities) >= LET_GO_IN_A_WORKER_FROM
        self.register, self.findings, self.quality, self.checked_on = register, findings, quality, today
        self.derived = derived
        self.updated.emit()  # the views let go of the previous result's rows
        if big:
            task = BackgroundTask(_let_go_in_parts(previous), self)
            task.ended.connect(task.deleteLater)
            task.start()

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)


def _derive(derivations: dict, register: Register, findings: list[Finding]) -> dict[str, object]:
    """Each view's results of this run; one that fails is left out (its view computes it itself, and says what
    went wrong there), never the whole run."""
    derived = {}
    for name, fn in derivations.items():
        try:
            derived[name] = fn(register, findings)
        except Exception:  # logged; the view computes it again when it lays out
            log.exception("deriving %s from the checks failed", name)
    return derived


def _let_go_in_parts(holder: list[tuple]) -> Callable[[Progress, CancelFlag], None]:
    """Work for a worker: let go of a previous result (register, findings, quality, derived) an object at a time.
    Let go of at once on the UI thread as a new result replaced it, its ~159,000 findings and 50,000 activities were
    freed in one C call that held the GIL (~90 ms at 10,000 activities, #21). Nothing is changed that something else
    may still read: the big lists (the findings, the register's records, the derived results' rows) are copied, the
    result is let go of (the copies keep its items alive), then the copies are emptied an item at a time; an item
    still held elsewhere stays alive."""

    from ..domain.draining import drain

    def work(progress: Progress, cancelled: CancelFlag) -> None:
        copies = _big_lists(holder)
        for items in copies:
            drain(items, cancelled)

    return work


def _big_lists(holder: list[tuple]) -> list[list]:
    """Copies of the result's big lists, the result itself let go of (`holder` emptied: no reference left here)."""
    register, findings, _quality, derived = holder.pop()
    copies = [list(findings)]
    for value in (register, *derived.values()):
        copies += [list(v) for v in getattr(value, "__dict__", {}).values() if isinstance(v, list)]
    return copies


class _Reader:
    """Reads the register through its own read-only connection (for a worker thread); the read stops soon after
    `cancelled()` turns true (SQLite's progress handler asks it), so closing the window ends the process soon.
    `problems`: the values the read found not fitting their field (RegisterChecks.read_problems)."""

    def __init__(self, path) -> None:
        self.path = path
        self.problems: list[str] | None = None

    def __call__(self, cancelled: CancelFlag) -> Register:
        from ..store import RegisterStore

        with RegisterStore.open(self.path, readonly=True, quick_check=False) as reader:  # the window's checked it
            register = reader.load_register(cancelled)
            self.problems = list(reader.read_problems)
            return register


def _reader(path) -> Callable[[CancelFlag], Register]:
    return _Reader(path)


def disconnect_quietly(signal, slot) -> None:
    """Disconnect, even when the sender (an old session's checks) is already gone."""
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):
        pass


def made_checks(session: RegisterSession) -> RegisterChecks | None:
    """The session's RegisterChecks if they were made (`checks_for`), else None."""
    return session.findChild(RegisterChecks, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)


def checks_for(session: RegisterSession) -> RegisterChecks:
    """The session's one RegisterChecks (made on first use; it lives and dies with the session)."""
    found = made_checks(session)
    return found if found is not None else RegisterChecks(session)
