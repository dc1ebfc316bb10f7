"""No long pause of the window around a big register's checks (#21, fourth round): the Overview's facts made in the
checks' worker are laid out even when the checks ran for another day than the page's (they are made with the page's
day), whether the checks run in a worker is decided without counting a big table, and the checks' per-activity
summary lets go of its table a list at a time."""

from __future__ import annotations

from datetime import date, timedelta

from ropa_app.domain.checks import run_checks, summary
from ropa_app.domain.law import load_law
from ropa_app.ui.register_checks import checks_for

from .checks_helpers import demo_file, demo_session, shown_window, threads_making_overview_facts


def test_the_overview_lays_out_the_workers_facts_when_the_checks_ran_for_another_day(qtbot, tmp_path, monkeypatch):
    """bench_gui checks a fixed day; the page's own day is today. The facts are of the page's day (made in the worker
    with it), so the page does not make them again on the UI thread (~0.3 s at 50,000 activities); on another day
    than theirs it does."""
    window = shown_window(qtbot, demo_file(tmp_path))
    page = window.overview_page
    qtbot.waitUntil(lambda: page.checks is not None and page.checks.checked_on is not None and not page._stale,
                    timeout=20000)
    made_here = threads_making_overview_facts(monkeypatch)
    checks = checks_for(window.session)
    checks.today = lambda: date(2026, 11, 22)  # the checks' day is not the page's
    checks.background_threshold = 0  # the demo is checked as a big register is: in a worker
    with qtbot.waitSignal(checks.updated, timeout=20000):
        checks.refresh()
    qtbot.waitUntil(lambda: not page._stale)
    assert checks.derived["overview"].day == page.today() != checks.checked_on
    assert made_here == [False], "made once, in the worker"
    tomorrow = page.today() + timedelta(days=1)
    page.today = lambda: tomorrow
    page.refresh()
    assert made_here == [False, True], "made again for another day than the worker's"


def test_whether_the_checks_run_in_a_worker_is_decided_by_counting_up_to_the_threshold(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    activities, recipients = store.activities.count(), store.recipients.count()
    assert store.activities.count(up_to=5) == 5 and store.activities.count(up_to=10_000) == activities
    checks = checks_for(session)
    for threshold, small in ((activities + recipients, False), (activities + recipients + 1, True),
                             (activities, False), (1, False), (0, False)):
        checks.background_threshold = threshold
        assert checks._small() is small, threshold
    store.close()


def test_the_activity_summary_is_the_same_and_its_table_is_let_go_of(tmp_path, monkeypatch):
    from ropa_app.store.demo import create_demo

    store = create_demo(tmp_path / "demo.ropa")
    register = store.load_register()
    findings = run_checks(register, date(2026, 11, 22), load_law())
    drained = []
    real = summary.drain

    def drain(items, *args):
        drained.append(len(items))
        real(items, *args)
        assert not items

    monkeypatch.setattr(summary, "drain", drain)
    quality = summary.activity_quality(register, findings)
    assert drained == [len(summary.findings_by_activity(register, findings))] and drained[0] > 0
    assert set(quality) == {a.id for a in register.activities}
    worst = summary.worst_by_activity(register, findings)
    assert {aid: q.worst for aid, q in quality.items() if q.worst} == worst
    store.close()


def test_a_background_task_makes_the_ui_threads_wait_for_the_interpreter_short(qtbot):
    """Every call from Qt into Python waits for the GIL up to the switch interval while a worker runs Python: at
    0.5 ms a repaint of a list made hundreds of such waits (#21, fourth round)."""
    import sys

    from PySide6.QtCore import QObject

    from ropa_app.ui.worker import UI_SWITCH_INTERVAL, BackgroundTask

    owner = QObject()
    task = BackgroundTask(lambda progress, cancelled: sys.getswitchinterval(), owner)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert finished.args[0] <= UI_SWITCH_INTERVAL <= 0.0001
