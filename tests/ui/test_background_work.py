"""Work off the UI thread goes through one mechanism, BackgroundTask: progress reaches the caller, Cancel
stops the work and says so, an exception comes back as `failed`; the checks of a big register run in it,
a newer run or a closed session cancels the older one, and closing the window does not wait for checks
it no longer needs."""

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QObject

from ropa_app.ui import register_checks
from ropa_app.ui.register_checks import checks_for
from ropa_app.ui.worker import BackgroundTask, raise_if_cancelled
from tests.ui.checks_helpers import demo_session, demo_window


def _jobs_started(monkeypatch):
    """Every task started from now on (its job: thread, runner, cancel flag)."""
    jobs = []
    real_start = BackgroundTask.start

    def start(task):
        jobs.append(task._job)
        real_start(task)

    monkeypatch.setattr(BackgroundTask, "start", start)
    return jobs


def _all_ended(jobs):
    return all(job.thread.isFinished() for job in jobs)


# --- the mechanism ------------------------------------------------------------------------------------

def _started(work, owner, started: threading.Event):
    """The task running `work` for `owner`, started and seen to start; every outcome it reports is collected."""
    task = BackgroundTask(work, owner)
    outcome = []
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(lambda *args: outcome.append(args))
    task.start()
    assert started.wait(5)
    return task, outcome

def test_progress_reaches_the_caller_and_the_result_comes_back(qtbot):
    owner = QObject()

    def work(progress, cancelled):
        for i in range(1, 6):
            time.sleep(0.05)  # slower than the progress throttle: every step is reported
            progress(i, 5)
        return "done"

    task = BackgroundTask(work, owner)
    seen = []
    task.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert finished.args == ["done"]
    assert seen[-1] == (5, 5) and len(seen) >= 3 and seen == sorted(seen)


def test_cancel_stops_the_work_and_reports_it(qtbot):
    owner = QObject()
    steps = []

    def work(progress, cancelled):
        for i in range(1000):  # 10 s if never cancelled
            raise_if_cancelled(cancelled)
            steps.append(i)
            progress(i, 1000)
            time.sleep(0.01)
        return "all done"

    task = BackgroundTask(work, owner)
    outcome = []
    task.finished.connect(lambda result: outcome.append(("finished", result)))
    task.failed.connect(lambda exc: outcome.append(("failed", exc)))
    task.cancelled.connect(lambda: outcome.append(("cancelled",)))
    with qtbot.waitSignal(task.progress, timeout=5000):
        task.start()
    t = time.monotonic()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert time.monotonic() - t < 1
    assert task.cancel_requested and not task.is_running()
    assert outcome == [("cancelled",)]
    assert 0 < len(steps) < 1000


def test_an_exception_comes_back_as_failed(qtbot):
    owner = QObject()

    def work(progress, cancelled):
        raise ValueError("the file is not a register")

    task = BackgroundTask(work, owner)
    finished = []
    task.finished.connect(finished.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    [exc] = failed.args
    assert isinstance(exc, ValueError) and str(exc) == "the file is not a register"
    assert finished == []


def test_a_task_whose_owner_goes_away_is_cancelled_and_reports_nothing(qtbot, monkeypatch):
    jobs = _jobs_started(monkeypatch)
    owner = QObject()
    running, saw_cancel = threading.Event(), threading.Event()

    def work(progress, cancelled):
        running.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if cancelled():
                saw_cancel.set()
                raise_if_cancelled(cancelled)
            time.sleep(0.01)
        return "too late"

    task = BackgroundTask(work, owner)
    outcome = []
    task.finished.connect(outcome.append)
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    task.start()
    assert running.wait(5)
    shiboken6.delete(owner)  # the task (its child) goes with it; its thread is kept until the work ends
    assert not shiboken6.isValid(task)
    assert saw_cancel.wait(5)
    qtbot.waitUntil(lambda: _all_ended(jobs), timeout=5000)
    qtbot.wait(50)
    assert outcome == []
    BackgroundTask.stop_all()  # lets go of the ended job


def _spinning(owner, pause: float = 0.01):
    """A task started, seen to start, whose work goes on until it is cancelled (looking every `pause` seconds)."""
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while True:
            raise_if_cancelled(cancelled)
            time.sleep(pause)

    return _started(work, owner, started)


def test_stop_all_cancels_waits_and_drops_the_outcome(qtbot):
    owner = QObject()
    task, outcome = _spinning(owner)
    t = time.monotonic()
    BackgroundTask.stop_all()
    assert time.monotonic() - t < 1 and not task.is_running()
    with qtbot.waitSignal(task.ended, timeout=2000):
        pass
    assert outcome == []  # nobody is told after the window closed


# --- the checks of a big register -----------------------------------------------------------------------
@pytest.fixture
def slow_checks(monkeypatch):
    """The worker's read of the register takes 0.4 s (and says when it starts); the count of check runs."""
    state = {"reads": threading.Event(), "runs": 0}
    real_reader, real_run = register_checks._reader, register_checks.run_checks

    def reader(path):
        load = real_reader(path)

        def slow_load(cancelled=None):
            state["reads"].set()
            time.sleep(0.4)
            return load(cancelled)

        return slow_load

    def run(register, today, law=None, between=None):
        state["runs"] += 1
        return real_run(register, today, law, between=between)

    monkeypatch.setattr(register_checks, "_reader", reader)
    monkeypatch.setattr(register_checks, "run_checks", run)
    return state


def test_a_big_register_is_checked_through_background_task(qtbot, tmp_path, monkeypatch):
    jobs = _jobs_started(monkeypatch)
    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    before = list(checks.findings)
    checks.background_threshold = 0  # treat the demo as big
    checks.findings = []
    with qtbot.waitSignal(checks.updated, timeout=10000):
        checks.refresh()
        assert checks.busy and len(jobs) == 1
    assert not checks.busy and checks.findings == before
    assert checks._task is None
    store.close()


def test_a_newer_run_cancels_the_older_one(qtbot, tmp_path, monkeypatch, slow_checks):
    jobs = _jobs_started(monkeypatch)
    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    checks.background_threshold = 0
    slow_checks["runs"] = 0
    updates = []
    checks.updated.connect(lambda: updates.append(checks.findings))
    checks.refresh()
    assert slow_checks["reads"].wait(5)
    with qtbot.waitSignal(checks.updated, timeout=10000):
        checks.refresh()  # while the first run reads
    qtbot.waitUntil(lambda: _all_ended(jobs), timeout=5000)
    qtbot.wait(50)
    assert len(jobs) == 2 and jobs[0].cancel.is_set() and not jobs[1].cancel.is_set()
    assert slow_checks["runs"] == 1, "the older run stopped after its read"
    assert len(updates) == 1 and updates[0] and not checks.busy
    store.close()


def test_a_failing_run_reports_failed_with_a_message(qtbot, tmp_path, monkeypatch):
    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    checks.background_threshold = 0

    def reader(path):
        def load(cancelled=None):
            raise OSError("the drive went away")
        return load

    monkeypatch.setattr(register_checks, "_reader", reader)
    with qtbot.waitSignal(checks.failed, timeout=5000) as failed:
        checks.refresh()
    assert failed.args == ["the drive went away"] and not checks.busy
    store.close()


def test_closing_the_session_during_a_run_cancels_it_without_a_crash(qtbot, tmp_path, monkeypatch, slow_checks):
    jobs = _jobs_started(monkeypatch)
    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    checks.background_threshold = 0
    slow_checks["runs"] = 0
    checks.refresh()
    assert slow_checks["reads"].wait(5)
    shiboken6.delete(session)  # the session, its checks and their task go; the worker is still reading
    qtbot.waitUntil(lambda: _all_ended(jobs), timeout=5000)
    qtbot.wait(50)
    assert jobs[0].cancel.is_set() and slow_checks["runs"] == 0
    store.close()


def test_closing_the_window_during_a_checks_run_returns_promptly(qtbot, tmp_path, monkeypatch, slow_checks):
    jobs = _jobs_started(monkeypatch)
    window = demo_window(qtbot, tmp_path)
    checks = checks_for(window.session)
    checks.background_threshold = 0
    real_run = register_checks.run_checks

    def slow_run(register, today, law=None, between=None):  # what a register far too big to wait for would take
        time.sleep(5)
        return real_run(register, today, law, between=between)

    monkeypatch.setattr(register_checks, "run_checks", slow_run)
    checks.refresh()
    assert checks.busy and slow_checks["reads"].wait(5)
    t = time.monotonic()
    window.close()
    elapsed = time.monotonic() - t
    assert elapsed < 2, f"closing waited {elapsed:.1f} s for checks nobody will see"
    assert jobs[-1].cancel.is_set()
    qtbot.waitUntil(lambda: _all_ended(jobs), timeout=5000)  # it stops by itself, after its read


def test_closing_a_big_register_right_after_opening_takes_under_half_a_second(qtbot, tmp_path, monkeypatch):
    """Issue #21: the window closed only once the running checks ended (13.5 s at 50,000 activities)."""
    from benchmarks.synthetic import write_synthetic
    from tests.ui.checks_helpers import open_window

    path = write_synthetic(tmp_path / "big.ropa", 1500, 300)
    jobs = _jobs_started(monkeypatch)
    real_reader, reading = register_checks._reader, threading.Event()

    def reader(path):  # the read of a register far bigger still (a slow drive): one step, not interruptible
        load = real_reader(path)

        def slow_load(cancelled=None):
            reading.set()
            time.sleep(2)
            return load(cancelled)

        return slow_load

    monkeypatch.setattr(register_checks, "_reader", reader)
    window = open_window(qtbot, path)
    checks = checks_for(window.session)
    assert checks.busy, "1,800 records: checked in the background"
    checks.refresh()  # at once, not after the debounce
    assert reading.wait(5)
    running = [job for job in jobs if not job.thread.isFinished()]
    assert running, "the checks' read is under way"
    t = time.monotonic()
    window.close()
    elapsed = time.monotonic() - t
    assert elapsed < 0.5 + 0.15, f"closing took {elapsed:.2f} s"
    assert not window.isVisible() and window.store is None
    assert all(job.cancel.is_set() and job.dropped for job in running)
    assert not _all_ended(running), "the read was still under way: closing did not wait for it"
    assert not BackgroundTask.stop_all(timeout=0)  # kept until it ends
    BackgroundTask.stop_all()  # as the app does once its event loop has ended
    assert _all_ended(jobs) and not BackgroundTask._running


def test_stop_all_with_a_timeout_leaves_an_uninterruptible_step_running_abandoned(qtbot):
    owner = QObject()
    started, release = threading.Event(), threading.Event()

    def work(progress, cancelled):
        started.set()
        release.wait(10)  # a step that does not look at Cancel
        return "late"

    task, outcome = _started(work, owner, started)
    t = time.monotonic()
    assert BackgroundTask.stop_all(timeout=0.1) is False
    assert time.monotonic() - t < 0.5 and task.is_running() and task.cancel_requested
    release.set()
    assert BackgroundTask.stop_all() is True and not task.is_running()
    qtbot.wait(50)
    assert outcome == []  # dropped: nobody is told


# --- restoring a backup ------------------------------------------------------------------------------------
def test_a_restore_runs_in_the_worker_and_the_dialog_keeps_painting(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    from ropa_app.store import RegisterStore
    from ropa_app.store.demo import create_demo
    from ropa_app.ui import restore_dialog
    from ropa_app.ui.restore_dialog import RestoreDialog

    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    with RegisterStore.open(path) as store:
        store.backup_now("manual")
    jobs = _jobs_started(monkeypatch)
    real_restore = restore_dialog.restore_backup
    on_ui_thread = []

    def slow_restore(backup, target):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.5)  # a big register on a slow drive
        return real_restore(backup, target)

    monkeypatch.setattr(restore_dialog, "restore_backup", slow_restore)
    dialog = RestoreDialog(None, path)
    qtbot.addWidget(dialog)
    target = tmp_path / "restored.ropa"
    monkeypatch.setattr(dialog, "ask_target", lambda backup: target)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.status.isVisibleTo(dialog)))
    timer.start(10)
    try:
        dialog.restore()  # returns with the outcome
    finally:
        timer.stop()
    assert on_ui_thread == [False] and len(jobs) == 1
    assert sum(ticks) >= 10, "the event loop ran (with 'Restoring…' shown) while the backup was restored"
    assert dialog.restored_path == target and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.task is None and not dialog.status.isVisibleTo(dialog)
    with RegisterStore.open(target, readonly=True) as restored:
        assert restored.activities.count() > 0


def test_a_failed_restore_is_reported_and_the_dialog_stays_usable(qtbot, tmp_path, monkeypatch):
    from ropa_app.store import RegisterError, RegisterStore
    from ropa_app.store.demo import create_demo
    from ropa_app.ui import restore_dialog
    from ropa_app.ui.restore_dialog import RestoreDialog

    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    with RegisterStore.open(path) as store:
        store.backup_now("manual")

    def broken(backup, target):
        raise RegisterError("The backup “x” cannot be read (file is not a database).")

    shown = []
    monkeypatch.setattr(restore_dialog, "restore_backup", broken)
    monkeypatch.setattr(restore_dialog.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = RestoreDialog(None, path)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_target", lambda backup: tmp_path / "restored.ropa")
    dialog.restore()
    assert shown == ["The backup “x” cannot be read (file is not a database)."]
    assert dialog.restored_path is None and dialog.task is None
    assert dialog.restore_button.isEnabled() and dialog.table.isEnabled()


# --- closing while the checks read a big register (issue #21) ---------------------------------------------
@pytest.fixture(scope="module")
def mid_register(tmp_path_factory):
    """600 activities and 120 recipients: over the background threshold; built once for the module."""
    from benchmarks.synthetic import write_synthetic

    return write_synthetic(tmp_path_factory.mktemp("mid") / "mid.ropa", 600, 120)


def test_closing_during_the_checks_read_stops_the_read_so_the_process_can_end(qtbot, tmp_path, monkeypatch,
                                                                               mid_register):
    """The read itself is stopped (SQLite's progress handler asks the Cancel flag), so the app's last
    `stop_all()` before the process exits (app.run) no longer waits for the rest of the read."""
    import shutil

    from ropa_app.store import repository
    from tests.ui.checks_helpers import open_window

    path = tmp_path / "mid.ropa"
    shutil.copyfile(mid_register, path)
    real_from_row, read_in_worker = repository.from_row, []

    def slow_from_row(cls, row, *args):  # a slow drive: the worker's read takes 600 x 5 ms = 3 s and more
        if threading.current_thread() is not threading.main_thread():
            read_in_worker.append(cls.__name__)
            time.sleep(0.005)
        return real_from_row(cls, row, *args)

    monkeypatch.setattr(repository, "from_row", slow_from_row)
    jobs = _jobs_started(monkeypatch)
    window = open_window(qtbot, path)
    checks = checks_for(window.session)
    published = []
    checks.updated.connect(lambda: published.append(1))
    checks.refresh()  # at once, not after the debounce
    qtbot.waitUntil(lambda: read_in_worker.count("Activity") >= 20, timeout=10000)
    running = [job for job in jobs if not job.thread.isFinished()]
    assert running, "the checks' read is under way"
    t = time.monotonic()
    window.close()
    closed = time.monotonic() - t
    BackgroundTask.stop_all()  # what app.run does once the event loop has ended: no limit
    ended = time.monotonic() - t
    assert closed < 0.5 and ended < 0.5, f"window closed in {closed:.2f} s, the read ended {ended:.2f} s after"
    assert read_in_worker.count("Activity") < 300, "the read stopped inside the activities' rows"
    assert _all_ended(jobs) and all(job.cancel.is_set() for job in running)
    qtbot.wait(50)
    assert published == []


def test_a_cancelled_run_stops_between_two_checks(qtbot):
    from datetime import date

    from ropa_app.domain.checks import ALL_CHECKS, run_checks
    from ropa_app.store.demo import build_demo_register
    from ropa_app.ui.worker import Cancelled

    register, asked = build_demo_register(), []

    def between():
        asked.append(1)
        raise_if_cancelled(lambda: len(asked) >= 2)

    with pytest.raises(Cancelled):
        run_checks(register, date.today(), between=between)
    assert len(asked) == 2 < len(ALL_CHECKS)


def test_work_that_keeps_millions_of_objects_runs_without_the_cycle_collector(qtbot):
    """Issue #21: each full pass of Python's cycle collector over the checks' millions of objects held the GIL
    0.1-1.5 s (10,000 activities), and the window stopped meanwhile. During such work the collector is held
    off; what it made is frozen at the end (never gone through again) and still freed when dropped."""
    import gc
    import weakref

    from ropa_app.domain import collector

    class Record:
        pass

    owner, seen = QObject(), {}

    def work(progress, cancelled):
        seen["held"] = collector.is_held()
        made = [Record() for _ in range(1000)]
        seen["one"] = weakref.ref(made[0])
        return made

    BackgroundTask.stop_all()  # no other test's work is under way
    task = BackgroundTask(work, owner, pause_collector=True)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert seen["held"] is True and not collector.is_held()
    one = seen["one"]()
    assert gc.is_tracked(one) and not any(o is one for o in gc.get_objects()), "frozen: in no generation"
    del one
    del finished.args[0][:]  # the result dropped: its objects go, by reference counting
    assert seen["one"]() is None

    plain = BackgroundTask(lambda progress, cancelled: collector.is_held(), owner)
    with qtbot.waitSignal(plain.finished, timeout=5000) as finished:
        plain.start()
    assert finished.args == [False]  # other work runs with the collector as always


def test_the_cycle_collector_runs_on_the_ui_thread_only(qtbot):
    """Issue #21: a collector pass in a worker thread (automatic collection runs in whichever thread allocates)
    freed cyclic garbage holding Qt objects of the UI thread and crashed tests/ui (a segfault). Once background
    work exists, automatic collection is off and the UI thread collects what is due, at the usual thresholds:
    a worker that makes many reference cycles collects nothing, and the UI thread's garbage cycles still go."""
    import gc
    import threading
    import weakref

    from ropa_app.domain import collector

    class Node:
        pass

    passes: list[int] = []

    def note(phase, info):
        if phase == "start":
            passes.append(threading.get_ident())

    def work(progress, cancelled):
        for _ in range(20_000):  # 20,000 rings of two: ~30 passes of the young generation if automatic
            a, b = Node(), Node()
            a.other, b.other = b, a
        return gc.isenabled()

    # Work left running by an earlier test would hold the collector off, and the end of its hold freezes what is
    # alive then (this test's ring too, by design): stop it first.
    assert BackgroundTask.stop_all(timeout=30) and not collector.is_held()
    owner = QObject()
    task = BackgroundTask(work, owner)
    gc.callbacks.append(note)
    try:
        with qtbot.waitSignal(task.finished, timeout=10000) as finished:
            task.start()
        assert finished.args == [False] and collector.is_driven()
        for _attempt in range(3):
            frozen = gc.get_freeze_count()
            ring = Node()
            ring.me = ring
            gone = weakref.ref(ring)
            del ring
            made = [[] for _ in range(gc.get_threshold()[0] + 10)]  # the UI thread's allocations make a young pass due
            try:
                qtbot.waitUntil(lambda gone=gone: gone() is None, timeout=5000)
                break
            except qtbot.TimeoutError:
                # Only work started meanwhile by an earlier test's leftovers (a window's checks timer) may excuse it:
                # its hold kept the collector off, or its end froze what was alive (the ring too): again, without it.
                if not (collector.is_held() or gc.get_freeze_count() != frozen):
                    raise
                assert BackgroundTask.stop_all(timeout=30)
            finally:
                del made
        assert gone() is None
    finally:
        gc.callbacks.remove(note)
    assert passes and set(passes) == {threading.get_ident()}, "every pass on the UI thread"


def test_a_views_derivation_is_made_in_the_worker_and_one_that_fails_does_not_stop_the_checks(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    checks.background_threshold = 0
    made_in = []

    def counted(register, findings):
        made_in.append(threading.current_thread() is threading.main_thread())
        return len(findings)

    def broken(register, findings):
        raise ValueError("a view's bug")

    checks.derivations.update(counted=counted, broken=broken)
    with qtbot.waitSignal(checks.updated, timeout=10000):
        checks.refresh()
    assert made_in == [False] and checks.derived == {"counted": len(checks.findings)} and checks.findings
    store.close()


def test_the_workers_reads_do_not_check_the_file_again(qtbot, tmp_path, monkeypatch, mid_register):
    """Issue #21, sixth round: the window's connection ran quick_check as it opened the register; the workers'
    read-only connections (the checks' read, the lists' search texts) no longer run it again (~0.4 s of CPU
    each at 50,000 activities, beside the workers' Python and the window)."""
    import shutil

    from ropa_app.store import fileio
    from tests.ui.checks_helpers import open_window

    path = tmp_path / "mid.ropa"
    shutil.copyfile(mid_register, path)
    checked: list[tuple[bool, bool]] = []  # (on the UI thread, the full check)
    verify = fileio.verify_integrity

    def noted(conn, name, full=False):
        checked.append((threading.current_thread() is threading.main_thread(), full))
        return verify(conn, name, full)

    monkeypatch.setattr(fileio, "verify_integrity", noted)
    jobs = _jobs_started(monkeypatch)
    window = open_window(qtbot, path)
    checks = checks_for(window.session)
    with qtbot.waitSignal(checks.updated, timeout=20000):
        checks.refresh()
    listing = window.activities_page.listing
    qtbot.waitUntil(lambda: listing.model.index_ready, timeout=20000)
    qtbot.waitUntil(lambda: _all_ended(jobs), timeout=20000)
    assert len(jobs) >= 2, "the checks and the list's index were read in workers"
    assert (True, False) in checked, "the window's connection checked the file"
    assert [c for c in checked if not c[0] and not c[1]] == [], "no quick_check in a worker"
    window.close()


def test_the_collectors_timer_looks_rarely_while_work_holds_the_collector_off(qtbot):
    """Issue #21, sixth round: while work holds the collector off (the checks' read, a long list's index) nothing
    can be collected, so the UI thread's timer looks at the counts every 250 ms, not every 10 ms (each look is an
    entry into Python that waits for the GIL against the workers); every 10 ms again while work without a hold
    runs, so that each pass goes through what that work made in a short time only."""
    from ropa_app.domain import collector
    from ropa_app.ui.worker import _UiCollection

    owner, release = QObject(), threading.Event()

    def work(progress, cancelled):
        release.wait(10)
        return collector.is_held()

    BackgroundTask.stop_all()  # no other test's work is under way
    held = BackgroundTask(work, owner, pause_collector=True)
    held.start()
    timer = _UiCollection._timer
    looks: list[float] = []

    def look() -> None:
        looks.append(time.monotonic())

    timer.timeout.connect(look)
    try:
        qtbot.waitUntil(lambda: collector.is_held() and timer.interval() == _UiCollection.IDLE_MS, timeout=2000)
        looks.clear()
        qtbot.wait(600)
        assert len(looks) <= 3, f"{len(looks)} looks in 0.6 s while nothing could be collected"
        release.set()
        with qtbot.waitSignal(held.finished, timeout=5000) as finished:
            pass
        assert finished.args == [True]
        release.clear()
        plain = BackgroundTask(work, owner)
        plain.start()
        qtbot.waitUntil(lambda: timer.interval() == _UiCollection.BUSY_MS, timeout=2000)
        looks.clear()
        qtbot.wait(300)
        assert len(looks) >= 5, "every 10 ms while work without a hold runs"
        release.set()
        with qtbot.waitSignal(plain.finished, timeout=5000):
            pass
    finally:
        release.set()
        timer.timeout.disconnect(look)


def test_workers_wait_while_the_ui_thread_reads_the_register(qtbot):
    """A burst of reading on the UI thread (`ui_reads`: a list page's rows) goes first: a worker makes no step while
    it lasts (it waits at its next look at `cancelled()`), and goes on once it ends (#21: a list page of 50,000
    activities shown as the checks ran took 5.5 s, each row's read waiting for the GIL)."""
    from ropa_app.ui.worker import ui_reads

    owner, started, steps = QObject(), threading.Event(), []

    def work(progress, cancelled):
        started.set()
        while len(steps) < 100_000:
            raise_if_cancelled(cancelled)
            steps.append(time.perf_counter())
            time.sleep(0.001)
        return len(steps)

    task, outcome = _started(work, owner, started)
    with ui_reads():
        time.sleep(0.05)  # the step under way when the burst began ends
        before = len(steps)
        time.sleep(0.4)  # the UI thread reads
        during = len(steps) - before
    qtbot.waitUntil(lambda: len(steps) > before + 20, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert during == 0, f"the worker made {during} steps while the UI thread read"


def test_a_part_built_on_its_first_show_holds_the_workers_until_it_is_painted(qtbot):
    """A page built when first shown (ui/viewbox.py) reads its rows and paints its cells through Python: the workers
    wait from its build to its first paint, and go on after it (at most FIRST_PAINT_WAIT_MS later, painted or not)."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from ropa_app.ui.viewbox import ViewBox
    from ropa_app.ui.worker import _UiReads

    held_while_built = []

    class Part(QLabel):
        def set_session(self, _session):
            held_while_built.append(not _UiReads.clear.is_set())

    host = QWidget()
    qtbot.addWidget(host)
    box = ViewBox(host, "part", lambda parent: Part("a part", parent))
    QVBoxLayout(host).addWidget(box)
    assert _UiReads.clear.is_set() and box.view is None
    host.show()
    qtbot.waitExposed(host)
    assert held_while_built == [True]
    qtbot.waitUntil(_UiReads.clear.is_set, timeout=3000)
    assert box.view.isVisible()


def test_an_edit_saved_as_a_page_is_first_shown_while_the_checks_read_is_not_held_up(qtbot, tmp_path, monkeypatch,
                                                                                    mid_register):
    """File > New recipient before the Recipients page was ever shown, while the checks' worker reads the register:
    the page's first show holds the workers (a worker waits inside its read, keeping the file's shared lock), and the
    new record's write lets them go on (`store.guard.around_writes`): saved at once. Before, the commit waited for
    the lock the whole busy timeout (5 s, the window frozen) and failed ("busy in another program")."""
    import shutil

    from ropa_app.store import repository
    from tests.ui.checks_helpers import opened_window

    path = tmp_path / "mid.ropa"
    shutil.copyfile(mid_register, path)
    real_from_row, read_in_worker = repository.from_row, []

    def slow_from_row(cls, row, *args):  # the worker's read at ~1 ms a row (a slower disk, or a bigger register)
        if threading.current_thread() is not threading.main_thread():
            read_in_worker.append(cls.__name__)
            time.sleep(0.001)
        return real_from_row(cls, row, *args)

    monkeypatch.setattr(repository, "from_row", slow_from_row)
    window = opened_window(qtbot, path)
    window.show()
    qtbot.waitExposed(window)
    assert window.page_boxes["recipient"].view is None
    checks_for(window.session).refresh()
    qtbot.waitUntil(lambda: len(read_in_worker) > 200, timeout=10000)
    before = window.store.recipients.count()
    with qtbot.captureExceptions() as exceptions:
        t = time.monotonic()
        window.new_record("recipient")
        took = time.monotonic() - t
    assert [str(e[1]) for e in exceptions] == []
    assert window.store.recipients.count() == before + 1
    assert took < 4.0, f"the new record took {took:.1f} s"
    BackgroundTask.stop_all(timeout=30)


def test_a_write_of_the_ui_thread_lets_the_held_workers_go_on_until_it_is_done(tmp_path, monkeypatch):
    """Every write of the store (`atomic`) runs inside `store.guard.around_writes`, which the desktop app makes let
    the held workers go on (a worker waiting inside a read keeps the file's shared lock, which the commit needs);
    the hold goes on after the write."""
    from ropa_app.domain import model
    from ropa_app.store import RegisterStore, guard
    from ropa_app.ui.worker import _UiReads, hold_ui_reads

    store = RegisterStore.create(tmp_path / "r.ropa")
    seen = []
    real = guard.write_errors

    def noted(path):
        seen.append(_UiReads.clear.is_set())
        return real(path)

    monkeypatch.setattr(guard, "write_errors", noted)
    end = hold_ui_reads()
    try:
        assert not _UiReads.clear.is_set()
        store.recipients.add(model.Recipient(name="Lönebyrån i Umeå AB"))
        assert seen and all(seen), "the workers may go on while the write runs"
        assert not _UiReads.clear.is_set(), "and wait again once it is done, the burst going on"
    finally:
        end()
        store.close()
    assert _UiReads.clear.is_set() and _UiReads.depth == 0


def test_a_worker_held_by_the_ui_threads_reads_stops_at_once_when_cancelled(qtbot):
    """Cancel is looked at before and while a worker waits for a burst (closing the window in one must not wait a
    second per worker)."""
    from ropa_app.ui.worker import ui_reads

    owner = QObject()
    task, _outcome = _spinning(owner, pause=0.001)
    with ui_reads():
        time.sleep(0.05)  # the worker now waits for the burst
        t = time.monotonic()
        task.cancel()
        assert task._job.thread.wait(500), "the worker ended"
        assert time.monotonic() - t < 0.5


def test_a_part_that_fails_as_it_is_built_is_built_again_at_its_next_show(qtbot):
    """A part whose making fails (its list's read met a locked file) is not left half made, nor the workers held."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from ropa_app.ui.viewbox import ViewBox
    from ropa_app.ui.worker import _UiReads

    fail = [True]

    class Part(QLabel):
        def set_session(self, _session):
            if fail[0]:
                raise OSError("the register is busy")

    host = QWidget()
    qtbot.addWidget(host)
    box = ViewBox(host, "part", lambda parent: Part("a part", parent))
    QVBoxLayout(host).addWidget(box)
    box.hide()  # (asked for, not shown: `built()` raises to its caller)
    host.show()
    qtbot.waitExposed(host)
    with pytest.raises(OSError):
        box.built()
    assert box.view is None and _UiReads.depth == 0 and _UiReads.clear.is_set()
    fail[0] = False
    assert isinstance(box.built(), Part)
