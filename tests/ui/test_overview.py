"""The Overview page the window opens on, on the demo register: its counts are the checks' and the reviews', each
item opens its record (by mouse and by keyboard), it follows the user's edits, and an export from the dialog is
kept in the register and shown as the last export, with what changed since."""

import hashlib
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QPushButton

from ropa_app.domain import model
from ropa_app.domain.checks import counts
from ropa_app.domain.law import load_law
from ropa_app.domain.reviews import due_reviews
from ropa_app.store import RegisterStore
from ropa_app.store.demo import create_demo
from ropa_app.ui.commands import AddRecord, EditRecord
from ropa_app.ui.export_dialog import ExportDialog
from ropa_app.ui.session import RegisterSession

from .checks_helpers import demo_file, recipient_id, shown_window, threads_making_overview_facts


def _window(qtbot, tmp_path):
    """The main window on the demo register, as the app opens it (the test helpers switch to the Activities)."""
    window = shown_window(qtbot, demo_file(tmp_path))
    return window


def _ready(qtbot, window):
    page = window.overview_page
    qtbot.waitUntil(lambda: page.checks is not None and page.checks.checked_on is not None and not page._stale,
                    timeout=20000)
    return page


def _summary(page, section) -> str:
    return page.findChild(QLabel, f"overview_{section}_summary").text()


def _items(page, section) -> list[QPushButton]:
    return page.findChildren(QPushButton, f"overview_{section}_item")


def test_the_window_opens_on_the_overview_with_the_demo_registers_counts(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    page = _ready(qtbot, window)
    assert window.current_view() is page and window.navigation.currentRow() == 0
    assert page.objectName() == "overview_page" and window.navigation.item(0).text() == "Overview"
    n = counts(page.checks.findings)
    assert n["error"] >= 4
    assert _summary(page, "findings") == f"{n['error']} errors · {n['warning']} warnings · {n['info']} info"
    assert len(_items(page, "findings")) == 5 and "and " in page.findChild(QLabel, "overview_findings_more").text()
    register = window.store.load_register()
    due = due_reviews(register, date.today(), load_law().policy.review_max_age_months, 30)
    overdue = sum(1 for r in due if r.overdue)
    assert overdue >= 1  # the demo's overdue review
    assert _summary(page, "reviews") == f"{len(due)} due within 30 days, {overdue} of them overdue"
    assert _items(page, "reviews")[0].accessibleName().startswith("Overdue since")
    assert _summary(page, "contracts").splitlines()[0] == "Processors without a data processing agreement: 1"
    assert [b.accessibleName().split(" — ")[0] for b in _items(page, "contracts")] == ["Pixelhaven"]
    full = page.findChildren(QLabel, "overview_completeness_full")  # every demo activity has its purposes
    assert any(label.text().startswith("Purposes: ") for label in full)
    assert len(page.findChildren(QProgressBar, "overview_completeness_bar")) == 8  # 5 controller + 3 processor
    assert _summary(page, "export") == "The Art. 30 record has never been exported from this register."
    for button in page.findChildren(QPushButton):  # keyboard reachable, and named for a screen reader
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and (button.accessibleName() or button.text())


def test_clicking_an_item_opens_its_record_and_the_keyboard_does_too(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    page = _ready(qtbot, window)
    pixelhaven = recipient_id(window.store, "Pixelhaven")
    qtbot.mouseClick(_items(page, "contracts")[0], Qt.MouseButton.LeftButton)
    assert window.current_view() is window.recipients_page
    assert window.recipients_page.listing.current_id() == pixelhaven
    assert any(window.action_overview in menu.actions() for menu in window.menuBar().findChildren(QMenu))
    assert window.action_overview.shortcut().toString() == "Alt+Home"
    window.action_overview.trigger()
    assert window.current_view() is page
    review = _items(page, "reviews")[0]  # the overdue activity review
    review.setFocus()
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert window.current_view() is window.activities_page
    overdue = next(r for r in due_reviews(window.store.load_register(), date.today()) if r.overdue)
    assert window.activities_page.listing.current_id() == overdue.record_id
    window.action_overview.trigger()
    qtbot.mouseClick(page.all_findings, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.checks_view


def test_the_overview_follows_an_edit(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    page = _ready(qtbot, window)
    session, store = window.session, window.store
    pixelhaven = store.recipients.get(recipient_id(store, "Pixelhaven"))
    session.undo_stack.push(EditRecord(session, pixelhaven, replace(pixelhaven, dpa_signed=date(2026, 1, 5)), "DPA"))
    qtbot.waitUntil(lambda: _summary(page, "contracts").startswith(
        "Processors without a data processing agreement: 0"), timeout=20000)
    assert _items(page, "contracts") == []
    # a breach found 60 hours ago with no decision yet: near its 72 hours, and it opens the breach
    discovered = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=60)
    session.undo_stack.push(AddRecord(session, model.Breach(ref="B-9", title="Lost laptop", discovered_at=discovered),
                                      "Breach"))
    qtbot.waitUntil(lambda: any("B-9 Lost laptop" in b.accessibleName() for b in _items(page, "logs")), timeout=20000)
    item = next(b for b in _items(page, "logs") if "B-9" in b.accessibleName())
    assert "the 72 hours to notify end" in item.accessibleName()
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.pages["breach"]
    breach = next(b for b in store.load_register().breaches if b.ref == "B-9")
    assert window.pages["breach"].listing.current_id() == breach.id


def _export(qtbot, dialog, out):
    dialog.folder.setText(str(out))
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isVisible() or dialog.task is None, timeout=30000)


def test_an_export_is_kept_and_what_changed_since_is_shown(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    page = _ready(qtbot, window)
    dialog = window.export_dialog()
    _export(qtbot, dialog, tmp_path / "out")
    pdf = next((tmp_path / "out").iterdir())
    kept = window.store.exports.all()
    assert [(s.format, s.language, s.scope, s.file_name) for s in kept] == [("pdf", "sv", "art30", pdf.name)]
    assert kept[0].file_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    text = _summary(page, "export")
    assert text.startswith("Last exported ") and pdf.name in text
    assert text.endswith("Nothing in the Art. 30 record has changed since.")
    dialog.close()
    # an edit of the Art. 30 record after the export is listed, and opens the activity
    store, session = window.store, window.session
    activity = store.activities.get(store.activities.summaries()[0].id)
    session.undo_stack.push(EditRecord(session, activity, replace(activity, purposes=[*activity.purposes, "More"]),
                                       "Purposes"))
    qtbot.waitUntil(lambda: _summary(page, "export").endswith("Records changed since: 1"), timeout=20000)
    (item,) = _items(page, "export")
    assert "changed: Purposes" in item.accessibleName()
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.activities_page
    assert window.activities_page.listing.current_id() == activity.id
    # the list of exports shows it with the file's digest
    exports = page.exports_dialog()
    qtbot.addWidget(exports)
    assert exports.model.rowCount() == 1
    assert exports.model.index(0, 5).data() == kept[0].file_sha256
    assert exports.model.index(0, 3).data() == "The Art. 30 record"
    exports.copy_digest()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == kept[0].file_sha256


def test_an_export_from_a_read_only_register_says_it_is_not_recorded(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    store = RegisterStore.open(path, readonly=True)
    session = RegisterSession(store)
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    _export(qtbot, dialog, tmp_path / "out")
    assert "not recorded in the register: it is open read-only" in dialog.status.text()
    assert len(list((tmp_path / "out").iterdir())) == 1  # the file stands
    store.close()
    with RegisterStore.open(path, readonly=True) as again:
        assert again.exports.all() == []


def test_a_big_registers_overview_is_computed_in_the_checks_worker_and_laid_out_the_same(qtbot, tmp_path,
                                                                                         monkeypatch):
    """Issue #21: at 50,000 activities the page's sorting and counting took seconds on the UI thread when the
    checks' result arrived; it is computed with the checks, in their worker, and the page only lays it out."""

    from ropa_app.ui import overview_page
    from ropa_app.ui.register_checks import checks_for

    window = _window(qtbot, tmp_path)
    page = _ready(qtbot, window)
    inline = {s: (_summary(page, s), [b.full_text for b in _items(page, s)]) for s in page.sections}
    threads = threads_making_overview_facts(monkeypatch)
    checks = checks_for(window.session)
    checks.background_threshold = 0  # the demo is checked as a big register is: in a worker
    with qtbot.waitSignal(checks.updated, timeout=20000):
        checks.refresh()
    assert isinstance(checks.derived["overview"], overview_page.OverviewFacts)
    assert checks.derived["overview"].findings is checks.findings
    qtbot.waitUntil(lambda: not page._stale)
    assert threads == [False], "computed once, in the worker, never on the UI thread"
    after = {s: (_summary(page, s), [b.full_text for b in _items(page, s)]) for s in page.sections}
    assert after == inline and after["findings"][1], "the same page as computed on the UI thread"


def test_the_deadlines_near_are_counted_from_now_not_from_the_last_run_of_the_checks(qtbot, tmp_path, monkeypatch):
    """The Overview's facts are made with the checks (in their worker for a big register); a breach's 72 hours are
    counted again when the page is laid out, e.g. after an export hours later."""
    from ropa_app.ui import overview_page

    window = _window(qtbot, tmp_path)
    page = _ready(qtbot, window)
    discovered = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=60)
    window.session.undo_stack.push(AddRecord(window.session, model.Breach(ref="B-9", title="Lost laptop",
                                                                         discovered_at=discovered), "Breach"))
    qtbot.waitUntil(lambda: any("B-9 Lost laptop" in b.accessibleName() for b in _items(page, "logs")), timeout=20000)
    later = overview_page._now() + timedelta(hours=13)  # the 72 hours have ended; the checks have not run since
    monkeypatch.setattr(overview_page, "_now", lambda: later)
    page.refresh()
    assert not any("B-9 Lost laptop" in b.accessibleName() for b in _items(page, "logs"))
