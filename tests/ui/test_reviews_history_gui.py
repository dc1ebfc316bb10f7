"""Reviews and History through the real widgets: marking a record as reviewed (and undoing it), the Reviews page
and its calendar and review pack, the History page's filters, the register as it stood on a day, two days
compared."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ropa_app.domain import kinds, model
from ropa_app.domain.history import CHANGED, parse_moment
from ropa_app.interchange import CHANGED as PLAN_CHANGED
from ropa_app.domain.law import load_law
from ropa_app.domain.reviews import due_reviews
from ropa_app.interchange import load
from ropa_app.store.demo import create_demo
from ropa_app.ui.commands import EditRecord
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui import i18n, settings
from ropa_app.ui.review_dialog import ReviewDialog

from .i18n_walk import english_words, register_texts, untranslated

OLD_DAY = "2026-01-01T10:00:00+00:00"  # when the demo's change log says it was made (backdated by the tests)


def _window(qtbot, tmp_path, backdate: bool = False) -> MainWindow:
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    if backdate:
        with sqlite3.connect(path) as conn:
            conn.execute("update audit_log set at = ?", (OLD_DAY,))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    return window


def _answer_review(qtbot, who: str | None, note: str, day: QDate | None = None, seen: list | None = None):
    """Fill in the modal "Mark as reviewed" dialog as soon as it opens, and press its button."""

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReviewDialog):
            QTimer.singleShot(20, fill)
            return
        if seen is not None:
            seen.append(dialog.who.text())
        if who is not None:
            dialog.who.clear()
            QTest.keyClicks(dialog.who, who)
        if day is not None:
            dialog.when.setDate(day)
        QTest.keyClicks(dialog.note, note)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def _activity_id(window, ref: str) -> int:
    return next(s.id for s in window.store.activities.summaries() if s.ref == ref)


def test_mark_as_reviewed_is_one_undoable_edit(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    pa = _activity_id(window, "PA-012")  # the demo's overdue review
    window.show_activity(pa)
    before = window.store.activities.get(pa)
    editor = window.activities_page.editor
    assert editor.form.widgets["reviewed_by"].isVisible()  # the review fields are in the form
    button = editor.mark_reviewed_button
    assert button.accessibleName() and button.isEnabled()
    rows_before = window.store.audit.count()
    seen: list[str] = []
    _answer_review(qtbot, "Anna Berg", "Purposes and retention checked", QDate(2026, 11, 30), seen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [""]  # never the login name: empty the first time
    after = window.store.activities.get(pa)
    assert (after.last_reviewed, after.reviewed_by, after.review_note) == (
        date(2026, 11, 30), "Anna Berg", "Purposes and retention checked")
    months = int(before.review_interval[:-1]) if before.review_interval else load_law().policy.review_max_age_months
    assert after.next_review.year * 12 + after.next_review.month == 2026 * 12 + 11 + months
    assert window.store.audit.count() - rows_before == 4  # four fields, audit-logged with who and when
    assert editor.form.value("reviewed_by") == "Anna Berg"  # the editor shows it
    assert window.session.undo_stack.count() == 1
    window.action_undo.trigger()
    assert window.store.activities.get(pa) == before
    window.action_redo.trigger()
    assert window.store.activities.get(pa).reviewed_by == "Anna Berg"
    # the next time, the name given last is offered (from the settings)
    seen.clear()
    _answer_review(qtbot, None, "", seen=seen)
    window.findChild(type(window.action_undo), "action_mark_reviewed").trigger()
    assert seen == ["Anna Berg"]


def test_a_recipient_has_a_review_group_and_can_be_marked(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    rid = next(s.id for s in window.store.recipients.summaries() if s.name == "Fortnox")
    window.show_page(kinds.RECIPIENT.key)
    window.recipients_page.select(rid)
    editor = window.recipients_page.editor
    group = editor.form.groups["review"]
    assert group.title() and all(editor.form.widgets[k].parent() is group for k in ("owner", "last_reviewed"))
    _answer_review(qtbot, "Bo Ek", "DPA re-read")
    qtbot.mouseClick(editor.mark_reviewed_button, Qt.MouseButton.LeftButton)
    assert window.store.recipients.get(rid).reviewed_by == "Bo Ek"


def test_the_reviews_page_lists_what_is_due_and_writes_the_calendar_and_a_pack(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.findChild(type(window.action_undo), "action_reviews_due").trigger()
    page = window.reviews_page
    assert window.current_view() is page
    expected = due_reviews(window.store.load_register(), date.today(), load_law().policy.review_max_age_months, 30)
    assert page.proxy.rowCount() == len(expected) > 0
    assert page.proxy.index(0, 1).data() == "Overdue"  # the demo's overdue activity first
    # one owner's
    owner = "Mikael Holm, Head of Sales"
    page.owner.setCurrentIndex(page.owner.findData(owner))
    assert {r.owner for r in page.shown()} == {owner} and page.pack_button.isEnabled()
    assert owner in page.pack_button.text()
    # everyone's again, within a year: more
    page.owner.setCurrentIndex(0)
    page.days.setValue(365)
    assert page.proxy.rowCount() > len(expected)
    # the calendar of what is shown, written off the UI thread
    page.save_calendar(tmp_path / "reviews.ics")
    # the outcome is told by the event loop once the worker ends (its thread may end before that)
    qtbot.waitUntil(lambda: "reviews.ics" in page.status.text(), timeout=20000)
    cal = icalendar.Calendar.from_ical((tmp_path / "reviews.ics").read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == page.proxy.rowCount()
    assert str(events[0]["SUMMARY"]).startswith("Review: PA-012")  # the demo's export language is English
    # the owner's pack
    page.owner.setCurrentIndex(page.owner.findData(owner))
    task = page.write_pack(tmp_path / "pack.xlsx")
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30000)
    refs = sorted(i.record.ref for i in load(tmp_path / "pack.xlsx").activities)
    assert refs and refs == sorted(a.ref for a in window.store.load_register().activities
                                   if a.owner == owner and a.status != "retired")
    # a double-click opens the record
    index = page.proxy.index(0, 2)
    page.table.doubleClicked.emit(index)
    assert window.current_view() is window.activities_page
    assert window.activities_page.listing.current_id() == page.shown()[0].record_id


def test_the_reviews_page_reads_the_register_when_it_is_shown_not_when_the_window_opens(qtbot, tmp_path, monkeypatch):
    from ropa_app.ui.reviews_page import ReviewsPage

    reads = []  # the reads of a register (no session: nothing is read)
    real = ReviewsPage.reload
    monkeypatch.setattr(ReviewsPage, "reload", lambda self: (self.session and reads.append(1), real(self)))
    window = _window(qtbot, tmp_path)  # a big register's window must not wait for the whole register here
    page = window.reviews_page
    assert not reads and not page.isVisible()
    window.show_page(window._views().index(window.reviews_box))
    assert len(reads) == 1 and page.proxy.rowCount() > 0
    window.show_page(0)
    window.show_page(window._views().index(window.reviews_box))
    assert len(reads) == 1  # nothing changed meanwhile: not read again


def test_the_history_filters(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    pa = _activity_id(window, "PA-003")
    old = window.store.activities.get(pa)
    window.session.undo_stack.push(EditRecord(window.session, old, replace(old, retention="Seven years"), "edit"))
    window.findChild(type(window.action_undo), "action_history").trigger()
    page = window.history_page
    assert window.stack.currentWidget() is window.history_box and page.isVisible()  # (built in its box when shown)
    qtbot.waitUntil(lambda: not page.loading(), timeout=20000)  # read by a BackgroundTask
    total = page.model.rowCount()
    assert total == window.store.audit.count() and page.proxy.rowCount() == total
    # the newest first: the edit just made
    assert page.proxy.index(0, 7).data() == "Seven years"
    assert page.proxy.index(0, 2).data() == "Changed"
    # by field
    page.field.setCurrentIndex(page.field.findData("retention"))
    assert 1 < page.proxy.rowCount() < total  # every retention ever set, of every activity
    # and by record: only that change and the insert of the field
    page.kind.setCurrentIndex(page.kind.findData(kinds.ACTIVITY.key))
    page.record.setCurrentIndex(page.record.findData(f"activity:{pa}"))
    page.field.setCurrentIndex(page.field.findData("retention"))
    assert page.proxy.rowCount() == 2
    # search: every word, anywhere in the row
    page.record.setCurrentIndex(0)
    page.field.setCurrentIndex(0)
    page.kind.setCurrentIndex(0)
    QTest.keyClicks(page.search, "seven YEARS")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    # by user
    users = [page.user.itemData(i) for i in range(1, page.user.count())]
    assert users == [window.store.audit.user]
    page.user.setCurrentIndex(1)
    assert page.proxy.rowCount() == total
    # by date: nothing before today, everything up to it
    page.last.setDate(QDate.currentDate().addDays(-1))
    assert page.proxy.rowCount() == 0
    page.last.setDate(page.last.minimumDate())
    page.first.setDate(QDate.currentDate())
    assert page.proxy.rowCount() == total
    assert page.count.text() == f"{total} of {total} changes shown"
    # a change made while the page is shown appears at once
    page.first.setDate(page.first.minimumDate())
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == total + 1, timeout=20000)


def test_the_register_as_it_stood_on_a_day_and_two_days_compared(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, backdate=True)
    pa = _activity_id(window, "PA-003")
    old = window.store.activities.get(pa)
    logged_then = window.store.audit.count()
    window.session.undo_stack.push(EditRecord(window.session, old, replace(old, name="Renamed today"), "rename"))
    page = window.history_page
    window.show_page(window._views().index(window.history_box))
    old_window = page.open_as_of(parse_moment("2026-01-02"))
    assert old_window is not None
    assert old_window.store.readonly and old_window.banner.isVisible()
    assert "as it stood on 2 Jan 2026 at 23:59" in old_window.banner.text()
    names = {s.id: s.name for s in old_window.store.activities.summaries()}
    assert names[pa] == old.name  # the old value
    old_window.show_activity(pa)
    assert old.name in old_window.activities_page.editor.title.text()
    assert not old_window.activities_page.editor.form.isEnabled()  # read-only
    # its History is the register's up to that day, with the real times and users
    old_window.show_page(old_window._views().index(old_window.history_box))
    qtbot.waitUntil(lambda: not old_window.history_page.loading(), timeout=20000)
    assert old_window.history_page.model.rowCount() == logged_then
    assert {c.at.isoformat() for c in old_window.history_page.model.changes} == {OLD_DAY}
    assert window.store.activities.get(pa).name == "Renamed today"  # the register itself as it is
    # exported from there, the cover says which day it shows
    export = old_window.export_dialog()
    assert export.options().as_of == old_window.store.historic_moment
    assert export.options().as_of.astimezone().date() == date(2026, 1, 2)
    export.close()
    assert window.export_dialog().options().as_of is None
    folder = old_window.store.path.parent
    assert folder.exists()
    old_window.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)  # the temporary copy is removed
    recent = {p.resolve() for p in settings.recent_files()}
    assert window.store.path.resolve() in recent and not any(p.parent == folder for p in recent)
    # two days compared
    dialog = page.compare_dialog()
    qtbot.addWidget(dialog)
    found = dialog.compare(date(2026, 1, 2), date.today())
    assert [(d.kind, d.record_id, d.what, d.fields) for d in found] == [("activity", pa, CHANGED, ("name",))]
    assert dialog.table.model().rowCount() == 1
    assert dialog.table.model().index(0, 0).data() == "Changed"
    assert dialog.table.model().index(0, 3).data() == model.field_spec(model.Activity, "name").label
    assert "0 added, 1 changed, 0 removed" in dialog.summary.text()
    assert dialog.compare(date.today(), date(2026, 1, 2)) == found  # either order
    assert dialog.compare(date(2026, 1, 2), date.today() - timedelta(days=1)) == []  # the rename is today's


@pytest.mark.parametrize("code", ["sv", "fi"])
def test_the_dialogs_and_the_as_of_window_speak_the_interface_language(qtbot, tmp_path, code):
    """What the page walk of test_translations does not open: the review dialog, the comparison, the "as of"
    window's banner and title."""
    installed = i18n.install(code)
    try:
        window = _window(qtbot, tmp_path, backdate=True)
        allowed = register_texts(window.store.load_register()) | {str(window.store.path), window.store.path.name}
        dialog = ReviewDialog("PA-003", window)
        qtbot.addWidget(dialog)
        found = untranslated(dialog, code, allowed)
        compare = window.history_page.compare_dialog()
        qtbot.addWidget(compare)
        compare.compare(date(2025, 12, 1), date.today())
        assert compare.table.model().rowCount() > 0  # the whole register was added since
        found += untranslated(compare, code, allowed)
        old = window.history_page.open_as_of(parse_moment("2026-01-02"))
        allowed |= {old.store.path.name, old.store.path.stem, str(old.store.path)}
        found += [t for t in untranslated(old.banner, code, allowed)]
        found += [f"title: {old.windowTitle()}"] if english_words(old.windowTitle(), code, allowed) else []
        old.close()
        assert not found, "\n".join(found)
    finally:
        i18n.uninstall(installed)


def test_a_returned_review_pack_comes_back_through_the_import_preview_as_one_step(qtbot, tmp_path):
    from openpyxl import load_workbook

    window = _window(qtbot, tmp_path)
    page = window.reviews_page
    window.show_page(window._views().index(window.reviews_box))
    owner = "Sara Lindgren, HR Manager"
    page.owner.setCurrentIndex(page.owner.findData(owner))
    task = page.write_pack(tmp_path / "sara.xlsx")
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30000)
    before = window.store.load_register()
    mine = [a for a in before.activities if a.owner == owner and a.status != "retired"]
    wb = load_workbook(tmp_path / "sara.xlsx")  # the demo's export language: English
    ws = wb["Art 30(1) controller"]
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "Ref.")
    columns = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 1).value}
    first, second = mine[0], mine[1]
    ws.cell(rows[first.ref], columns["Time limits for erasure (retention)"]).value = "Ten years"
    ws.cell(rows[first.ref], columns["Notes"]).value = "Checked by Sara"
    ws.cell(rows[second.ref], columns["Business function"]).value = "People and Culture"
    wb.save(tmp_path / "returned.xlsx")
    dialog = window.import_dialog()
    dialog.set_source(tmp_path / "returned.xlsx")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    changed = {(i.record.ref, tuple(i.changed_keys)) for i in dialog.plan.items("activity", PLAN_CHANGED)}
    assert changed == {(first.ref, ("retention", "notes")), (second.ref, ("business_function",))}
    assert not [i for i in dialog.plan.items() if i.action not in (PLAN_CHANGED, "unchanged")]  # nothing added
    assert dialog.plan_model.rowCount() == 2  # the changed records and their changed fields are shown
    fields = {dialog.plan_model.index(r, 0).data(): dialog.plan_model.index(r, 3).data() for r in range(2)}
    assert "retention" in fields[f"{first.ref} {first.name}"].lower() and "Notes" in fields[f"{first.ref} {first.name}"]
    assert fields[f"{second.ref} {second.name}"] == "Business function"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    after = window.store.load_register()
    assert next(a for a in after.activities if a.id == first.id).retention == "Ten years"
    assert len(after.activities) == len(before.activities) and len(after.recipients) == len(before.recipients)
    window.action_undo.trigger()  # one step
    assert window.store.load_register() == before
