"""The Checks view on the demo register: the deliberate mistakes are shown, a double-click opens the
record at the field, and fixing the field makes the finding disappear without a restart."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ropa_app.domain.checks import counts, run_checks
from ropa_app.domain.law import load_law
from ropa_app.ui.checks_view import ChecksView
from ropa_app.ui.commands import EditRecord
from ropa_app.ui.findings_model import FINDING_ROLE
from ropa_app.ui.register_checks import checks_for

from .checks_helpers import (
    add_page,
    connect_navigation,
    demo_session,
    demo_window,
    double_click_row,
    recipient_id,
)
from .driver import fill
from .typing import press


def _view(qtbot, session):
    view = ChecksView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.resize(1200, 600)
    view.show()
    return view


def _row(view, rule_id, record_label=None):
    for row in range(view.model.rowCount()):
        f = view.model.index(row, 0).data(FINDING_ROLE)
        if f.rule_id == rule_id and (record_label is None or f.record_label.startswith(record_label)):
            return row
    return -1


def _rules(view):
    return {(f.rule_id, f.record_label) for f in view.model.findings}


def test_the_demo_mistakes_are_listed_with_counts_and_the_law_date(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    view = _view(qtbot, session)
    rules = _rules(view)
    assert ("R08-invalid-mechanism", "Eventbrite → United States") in rules  # Privacy Shield
    assert ("R07-no-mechanism", "Kaveri Support Services → India") in rules  # no mechanism to India
    assert ("R22-dpa-missing", "Pixelhaven") in rules  # processor without a DPA
    assert any(r == "R27-review-overdue" for r, _label in rules)  # overdue review
    n = counts(run_checks(store.load_register(), date.today()))
    assert n["error"] >= 4
    assert view.counts_label.text() == f"{n['error']} errors · {n['warning']} warnings · {n['info']} info · 1 accepted"
    assert view.as_of_label.text() == f"Legal reference data as of {load_law().as_of.isoformat()}"
    assert "2026-11-22" in view.as_of_label.text()
    # grouped by severity: errors first, then warnings, then info; accepted findings after the open ones
    shown = [view.model.index(r, 0).data(FINDING_ROLE) for r in range(view.model.rowCount())]
    assert [f.accepted for f in shown] == sorted(f.accepted for f in shown) and shown[-1].accepted
    severities = [f.severity for f in shown if not f.accepted]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert severities[0] == "error" and severities[-1] == "info"


def test_filters_by_severity_and_text(qtbot, tmp_path):
    _store, session = demo_session(qtbot, tmp_path)
    view = _view(qtbot, session)
    total = view.model.rowCount()
    view.severity_filter.setCurrentIndex(view.severity_filter.findData("error"))
    errors = [view.model.index(r, 0).data(FINDING_ROLE) for r in range(view.model.rowCount())]
    assert errors and all(f.severity == "error" for f in errors) and len(errors) < total
    assert "shown" in view.counts_label.text()
    view.severity_filter.setCurrentIndex(0)
    view.search.setText("pixelhaven")
    shown = [view.model.index(r, 0).data(FINDING_ROLE) for r in range(view.model.rowCount())]
    assert shown and all("pixelhaven" in (f.record_label + f.message).casefold() for f in shown)
    view.search.setText("no such finding anywhere")
    assert view.model.rowCount() == 0
    assert view.detail.text() == "No finding matches the filter."
    # Words in any order, with the severity filter and a sort by record at the same time.
    view.search.setText("dpa pixelhaven")
    both = _shown(view)
    assert "R22-dpa-missing" in [f.rule_id for f in both]
    for f in both:
        text = " ".join((f.message, f.record_label, f.reference, f.rule_id)).casefold()
        assert "dpa" in text and "pixelhaven" in text
    view.search.setText("")
    view.severity_filter.setCurrentIndex(view.severity_filter.findData("warning"))
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # a header's click
    records = [f.record_label for f in _shown(view)]
    assert len(records) > 1 and records == sorted(records, key=str.casefold, reverse=True)
    assert all(f.severity == "warning" for f in _shown(view))


def _shown(view):
    return [view.model.index(r, 0).data(FINDING_ROLE) for r in range(view.model.rowCount())]


def test_double_click_and_enter_emit_the_record_and_field(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    view = _view(qtbot, session)
    pixelhaven = recipient_id(store, "Pixelhaven")
    with qtbot.waitSignal(view.open_record) as sig:
        double_click_row(qtbot, view.table, _row(view, "R22-dpa-missing"))
    assert sig.args == ["recipient", pixelhaven, "dpa_signed"]

    kaveri = recipient_id(store, "Kaveri Support Services")
    transfer_id = store.recipients.get(kaveri).transfers[0].id
    got = []
    view.open_record.connect(lambda *args: got.append(args))
    view.open_transfer.connect(lambda *args: got.append(args))
    double_click_row(qtbot, view.table, _row(view, "R07-no-mechanism", "Kaveri"))
    assert got == [("recipient", kaveri, "transfers"), ("recipient", kaveri, transfer_id, "mechanism")]
    got.clear()

    row = _row(view, "R27-review-overdue")
    activity = view.model.index(row, 0).data(FINDING_ROLE).record_id
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    press(view.table, Qt.Key.Key_Return)
    assert got == [("activity", activity, "next_review")]


def test_fixing_the_field_through_an_undoable_edit_removes_the_finding(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    view = _view(qtbot, session)
    pixelhaven = store.recipients.get(recipient_id(store, "Pixelhaven"))
    before = view.counts_label.text()
    assert ("R22-dpa-missing", "Pixelhaven") in _rules(view)
    session.undo_stack.push(EditRecord(session, pixelhaven, replace(pixelhaven, dpa_signed=date(2026, 1, 5)), "DPA"))
    qtbot.waitUntil(lambda: ("R22-dpa-missing", "Pixelhaven") not in _rules(view), timeout=3000)
    assert view.counts_label.text() != before
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: ("R22-dpa-missing", "Pixelhaven") in _rules(view), timeout=3000)
    assert view.counts_label.text() == before


def test_a_big_register_is_checked_in_a_worker_thread(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    assert checks_for(session) is checks  # one per session
    checks.background_threshold = 0  # treat the demo as big
    view = _view(qtbot, session)
    pixelhaven = store.recipients.get(recipient_id(store, "Pixelhaven"))
    with qtbot.waitSignal(checks.busy_changed) as busy:
        session.undo_stack.push(EditRecord(session, pixelhaven, replace(pixelhaven, dpa_signed=date(2026, 1, 5)), "x"))
    assert busy.args == [True]
    qtbot.waitUntil(lambda: not checks.busy and ("R22-dpa-missing", "Pixelhaven") not in _rules(view), timeout=5000)


def test_double_click_focuses_the_field_and_fixing_it_clears_the_finding(qtbot, tmp_path):
    """Acceptance: in the window, a finding opens its record at the field; the fix shows at once."""
    window = demo_window(qtbot, tmp_path)
    view = ChecksView()
    add_page(window, view)
    connect_navigation(window, view)
    editor = window.recipients_page.editor

    double_click_row(qtbot, view.table, _row(view, "R22-dpa-missing"))
    dpa = editor.form.widgets["dpa_signed"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dpa)
    assert editor.record.name == "Pixelhaven"
    fill(qtbot, dpa, date(2026, 2, 1))
    assert window.store.recipients.get(editor.record.id).dpa_signed == date(2026, 2, 1)
    qtbot.waitUntil(lambda: ("R22-dpa-missing", "Pixelhaven") not in _rules(view), timeout=3000)

    # A transfer finding opens the recipient at the transfer row's field.
    window.stack.setCurrentWidget(view)
    double_click_row(qtbot, view.table, _row(view, "R07-no-mechanism", "Kaveri"))
    transfers = editor.form.widgets["transfers"]
    mechanism = transfers.editors["mechanism"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mechanism)
    assert editor.record.name == "Kaveri Support Services"
    assert transfers.records[transfers.current_row()].country == "IN"
    fill(qtbot, mechanism, "scc_2021")
    qtbot.waitUntil(lambda: ("R07-no-mechanism", "Kaveri Support Services → India") not in _rules(view), timeout=3000)
    assert window.store.recipients.get(editor.record.id).transfers[0].mechanism == "scc_2021"
    # What the SCCs still need is now what the checks ask for.
    assert ("R10-scc-module-missing", "Kaveri Support Services → India") in _rules(view)


def test_a_missing_transfer_opens_the_recipient_transfers_and_adding_the_row_clears_it(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    view = ChecksView()
    add_page(window, view)
    connect_navigation(window, view)
    editor = window.recipients_page.editor
    double_click_row(qtbot, view.table, _row(view, "R06-transfer-missing", "Calendly"))
    transfers = editor.form.widgets["transfers"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is transfers.add_button)  # no row yet: "Add destination"
    assert editor.record.name == "Calendly" and editor.transfer_gaps.isVisible()
    qtbot.mouseClick(editor.add_gap_rows, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("R06-transfer-missing", "Calendly") not in _rules(view), timeout=3000)
    # The new row still needs its mechanism, and the checks now say so.
    # (the United States has an adequacy decision for DPF-listed importers: the finding says so)
    assert ("R07-us-no-mechanism", "Calendly → United States") in _rules(view)


def test_switching_registers_shows_the_new_registers_findings(qtbot, tmp_path):
    from ropa_app.domain import model
    from ropa_app.store import RegisterStore
    from ropa_app.ui.session import RegisterSession

    _store, session = demo_session(qtbot, tmp_path)
    view = _view(qtbot, session)
    assert view.model.rowCount() > 5
    other = RegisterStore.create(tmp_path / "other.ropa", model.Organisation(name="Tomt AB", country="SE"))
    view.set_session(RegisterSession(other))
    rules = {f.rule_id for f in view.model.findings}
    assert rules and rules <= {"R01-organisation-contact-missing"}  # no contact detail, nothing else
    session.deleteLater()  # the old session and its checks go away: no signal reaches the view any more
    qtbot.wait(10)
    view.set_session(None)
    assert view.model.rowCount() == 0 and view.detail.text() == "No register is open."
    other.close()


def test_a_finding_is_accepted_with_a_reason_shown_as_accepted_and_reopened_by_undo(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    view = _view(qtbot, session)
    row = _row(view, "R27-review-overdue", "PA-012 Recording of customer onboarding sessions and internal trainings")
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert view.accept_button.isEnabled() and not view.reopen_button.isEnabled()
    assert view.accept_current("Review moved to the Q1 audit; the recordings are paused until then")
    qtbot.waitUntil(lambda: any(f.accepted and f.rule_id == "R27-review-overdue" for f in view.model.findings),
                    timeout=3000)
    f = next(f for f in view.model.findings if f.rule_id == "R27-review-overdue")
    assert f.accepted_reason.startswith("Review moved")
    assert view.select(f) and view.reopen_button.isEnabled() and "Accepted" in view.detail.text()
    assert view.model.index(view.table.currentIndex().row(), 0).data() == "Accepted (warning)"
    assert [a.rule_id for a in store.load_register().accepted_findings].count("R27-review-overdue") == 1
    assert {e.action for e in store.audit.entries("accepted_finding")} >= {"insert"}
    session.undo_stack.undo()  # the acceptance is undone: open again
    qtbot.waitUntil(lambda: not any(f.accepted and f.rule_id == "R27-review-overdue" for f in view.model.findings),
                    timeout=3000)
    view.severity_filter.setCurrentIndex(view.severity_filter.findData("accepted"))
    shown = [view.model.index(r, 0).data(FINDING_ROLE) for r in range(view.model.rowCount())]
    assert [g.rule_id for g in shown] == ["R23-sub-processors-missing"]  # the demo's own accepted finding


def test_a_small_registers_first_checks_after_the_first_paint_run_in_a_worker(qtbot, tmp_path, monkeypatch):
    """Issue #21: a small register's checks ran on the UI thread just after the window's first paint, and a key typed
    then waited for them (134-156 ms at 200 activities). That first run is a worker's, as a big register's is; the
    findings are the same, and a run after an edit (the user waits for its answer) still runs here."""
    import threading

    from ropa_app.ui import register_checks

    from .checks_helpers import demo_file, opened_window

    on_ui_thread: list[bool] = []
    real = register_checks.run_checks

    def spy(*args, **kwargs):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(register_checks, "run_checks", spy)
    window = opened_window(qtbot, demo_file(tmp_path))
    checks = checks_for(window.session)
    assert checks.busy and checks.checked_on is None and not on_ui_thread
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: checks.checked_on is not None, timeout=20000)
    assert on_ui_thread == [False], "checked in a worker, never on the UI thread"
    assert not checks.busy and checks.findings == real(window.store.load_register(), checks.checked_on, checks.law)
    assert window.checks_view.model.total() == len(checks.findings)
    checks.refresh()  # as after an edit: a small register is checked here, at once
    assert on_ui_thread == [False, True] and not checks.busy
