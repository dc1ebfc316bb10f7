"""The History page off the UI thread (a register with a long change log does not freeze the window), the "as of"
moment chosen to the minute, and the register as it was at an export's exact moment (Exports dialog)."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QTime, QTimer

from ropa_app.store.demo import create_demo
from ropa_app.ui.commands import EditRecord
from ropa_app.ui.history_page import MomentDialog, load_history

from .checks_helpers import shown_window

LONG_LOG = 50_000


def _long_register(path, rows: int = LONG_LOG):
    """The demo register with `rows` more changes of one activity's retention in its log, written straight into
    the file (fast: one executemany, not through the UI)."""
    create_demo(path).close()
    with sqlite3.connect(path) as conn:
        rid, label = conn.execute("select record_id, record_label from audit_log where entity = 'activity' "
                                  "order by id limit 1").fetchone()
        start = datetime(2026, 1, 1, tzinfo=UTC)
        conn.executemany(
            "insert into audit_log (at, os_user, action, entity, record_id, record_label, field, old_value, new_value)"
            " values (?, 'sara', 'update', 'activity', ?, ?, 'retention', ?, ?)",
            [((start + timedelta(seconds=i)).isoformat(), rid, label, f"{i} years", f"{i + 1} years")
             for i in range(rows)])
    return path


def test_a_long_change_log_loads_while_the_window_keeps_answering(qtbot, tmp_path):
    window = shown_window(qtbot, _long_register(tmp_path / "long.ropa"))
    page = window.history_page
    total = window.store.audit.count()
    assert total > LONG_LOG
    # before: the same work on the UI thread, timed in this run
    started = time.perf_counter()
    page._loaded(load_history(window.store, progress=lambda *_a: None, cancelled=lambda: False))
    on_ui_thread = time.perf_counter() - started
    page.model.set_changes([], [])
    # after: in the page's BackgroundTask, a timer ticking on the UI thread meanwhile
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    started = time.perf_counter()
    window.show_page(window._views().index(window.history_box))
    assert page.loading() and page.count.text() == "Loading…" and page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not page.loading(), timeout=120000)
    in_background = time.perf_counter() - started
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    longest = max(gaps) if gaps else in_background
    print(f"\nHistory of {total} changes: {on_ui_thread:.2f} s on the UI thread (before); in the background "
          f"{in_background:.2f} s with {len(ticks)} timer ticks, the longest pause {longest * 1000:.0f} ms (after); "
          f"longest pause / UI-thread time = {longest / on_ui_thread:.2f}")
    assert page.model.rowCount() == total  # the rows arrived
    assert page.count.text() == f"{total} of {total} changes shown"
    assert not page.cancel_button.isVisible()
    assert len(ticks) >= 5  # the event loop ran during the load
    assert longest < on_ui_thread / 2  # no freeze as long as the load itself


def test_a_newer_load_replaces_an_older_one_and_cancel_stops_it(qtbot, tmp_path):
    window = shown_window(qtbot, _long_register(tmp_path / "long.ropa", 20_000))
    page = window.history_page
    window.show_page(window._views().index(window.history_box))
    first = page.load_task
    assert first is not None
    second = page.reload()
    assert first.cancel_requested and page.load_task is second
    qtbot.waitUntil(lambda: not page.loading(), timeout=60000)
    assert page.model.rowCount() == window.store.audit.count()
    shown = page.model.rowCount()
    page.reload()
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.loading(), timeout=60000)
    assert page.count.text() == "Reading the change log was stopped."
    assert page.model.rowCount() == shown  # what was shown stays
    assert not page.busy.isVisible()


def test_the_moment_dialog_takes_a_day_and_a_time(qtbot):
    dialog = MomentDialog("As of", "At this moment")
    qtbot.addWidget(dialog)
    assert dialog.when.date() == QDate.currentDate() and dialog.when.time() == QTime(23, 59)  # the end of today
    dialog.when.setDate(QDate(2026, 3, 6))
    assert dialog.when.time() == QTime(23, 59)  # the end of the day chosen
    dialog.when.setTime(QTime(14, 30))
    moment = dialog.moment()
    assert moment.tzinfo is not None
    local = moment.astimezone()
    assert (local.date(), local.hour, local.minute, local.second) == (date(2026, 3, 6), 14, 30, 59)  # whole minute


def test_an_export_is_shown_as_it_was_even_with_an_edit_in_the_same_second(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = shown_window(qtbot, path)
    store, session = window.store, window.session
    pa = store.activities.summaries()[0].id
    before = store.activities.get(pa)
    exported = tmp_path / "record.pdf"
    exported.write_bytes(b"%PDF-1.7 a stand-in")
    store.exports.record(exported, "pdf", "en", "art30", "fingerprint")
    (snapshot,) = store.exports.all()
    session.undo_stack.push(EditRecord(session, before, replace(before, retention="Edited after"), "edit"))
    # the edit logged in the very second of the export: its time alone cannot tell it from what was exported
    store.db.execute("update audit_log set at = ? where id > ?", (snapshot.at.isoformat(), snapshot.last_change))
    by_time = store.as_of(snapshot.at).register
    assert next(a for a in by_time.activities if a.id == pa).retention == "Edited after"  # by time alone: wrong
    exports = window.overview_page.exports_dialog()
    qtbot.addWidget(exports)
    button = exports.as_of_button
    assert button.objectName() == "exports_show_as_of" and button.accessibleName() and button.isEnabled()
    old = exports.show_as_of()
    assert old is not None and old.store.readonly
    assert old.store.activities.get(pa).retention == before.retention != "Edited after"
    assert store.activities.get(pa).retention == "Edited after"
    folder = old.store.path.parent
    old.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)


def test_register_as_of_by_the_last_row_id_ignores_the_time():
    from ropa_app.domain.history import Change, register_as_of

    at = datetime(2026, 3, 6, 10, 0, tzinfo=UTC)
    rows = [Change(1, at, "sara", "insert", "activity", 7, "Payroll", "name", None, "Payroll"),
            Change(2, at, "sara", "update", "activity", 7, "Payroll", "name", "Payroll", "Salaries")]
    assert register_as_of(rows, at).register.activities[0].name == "Salaries"  # the same second: both
    exact = register_as_of(rows, at, last_id=1)
    assert exact.register.activities[0].name == "Payroll" and exact.last_change == 1
    assert register_as_of(rows, at, last_id=0).register.activities == []  # before the first change


def test_the_as_of_copy_of_a_long_log_is_built_in_the_background_and_can_be_cancelled(qtbot, tmp_path):
    window = shown_window(qtbot, _long_register(tmp_path / "long.ropa"))
    page = window.history_page
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    started = time.perf_counter()
    old = page.open_as_of(datetime(2026, 1, 1, 12, 0, tzinfo=UTC))  # after 43,200 of the 50,000 edits
    took = time.perf_counter() - started
    timer.stop()
    assert old is not None
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    print(f"\n'as of' copy of a {window.store.audit.count()}-row log: {took:.2f} s, {len(ticks)} timer ticks, "
          f"the longest pause {max(gaps) * 1000:.0f} ms")
    assert len(ticks) >= 5 and max(gaps) < took / 2  # the window answered meanwhile
    assert old.store.audit.count() < window.store.audit.count()
    old.close()
    # Cancel while it reads the log: no window, no copy left
    copies = set(Path(tempfile.gettempdir()).glob("ropa-as-of-*"))
    QTimer.singleShot(30, page.cancel_button.click)
    assert page.open_as_of(datetime.now(UTC)) is None
    assert set(Path(tempfile.gettempdir()).glob("ropa-as-of-*")) <= copies
    assert page.as_of_task is None and not page.cancel_button.isVisible()
