"""The transfer form (only what fits the mechanism, what it requires, invalid mechanisms), the gap line
on the recipient, and the Transfers view (every transfer and gap, sortable, opens the record)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ropa_app.domain import model
from ropa_app.domain.law import load_law
from ropa_app.ui.transfer_editor import TransfersField
from ropa_app.ui.transfers_view import LINE_ROLE, TransfersView

from .checks_helpers import add_page, connect_navigation, demo_session, demo_window, double_click_row, recipient_id
from .driver import fill


def _field(qtbot, transfers):
    w = TransfersField()
    qtbot.addWidget(w)
    w.set_value(transfers)
    w.resize(700, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _shown(w):
    return {k for k, e in w.editors.items() if e.isVisible()}


@pytest.mark.parametrize("mechanism, offered, not_offered", [
    ("scc_2021", {"scc_module", "tia_date", "tia_link", "supplementary_measures"},
     {"derogation", "dpf_verified_on", "bcr_reference", "safeguards_documentation"}),
    ("derogation", {"derogation", "safeguards_documentation"},
     {"scc_module", "dpf_verified_on", "bcr_reference", "tia_date"}),
    ("dpf", {"dpf_verified_on", "scc_module"}, {"derogation", "bcr_reference", "tia_date"}),
    ("bcr", {"bcr_reference", "tia_date", "tia_link"}, {"scc_module", "derogation", "dpf_verified_on"}),
    ("adequacy", set(), {"scc_module", "derogation", "dpf_verified_on", "bcr_reference", "tia_date"}),
    ("none", set(), {"scc_module", "derogation", "dpf_verified_on", "bcr_reference", "tia_date"}),
])
def test_the_form_offers_only_what_fits_the_mechanism(qtbot, mechanism, offered, not_offered):
    w = _field(qtbot, [model.Transfer(country="IN")])
    fill(qtbot, w.editors["mechanism"], mechanism)
    shown = _shown(w)
    assert {"country", "mechanism", "notes"} <= shown
    assert offered <= shown
    assert not (not_offered & shown)
    assert w.value()[0].mechanism == mechanism
    assert load_law().mechanism(mechanism).requires in w.requires_label.text()


def test_scc_module_only_for_sccs_and_derogation_only_for_art49(qtbot):
    w = _field(qtbot, [model.Transfer(country="IN", mechanism="scc_2021", scc_module="2")])
    assert w.editors["scc_module"].isVisible() and not w.editors["derogation"].isVisible()
    assert w.labels["scc_module"].text() == "SCC module"
    committed = []
    w.committed.connect(lambda: committed.append(True))
    fill(qtbot, w.editors["mechanism"], "derogation")
    assert committed
    assert not w.editors["scc_module"].isVisible() and w.editors["derogation"].isVisible()
    assert w.value()[0].scc_module == ""  # the module went with the SCCs (one undo brings both back)
    fill(qtbot, w.editors["derogation"], "art49_1_b")
    assert "Necessary for a contract with the data subject" in w.requires_label.text()
    fill(qtbot, w.editors["mechanism"], "dpf")
    assert w.value()[0].derogation == ""
    assert w.labels["scc_module"].text() == "Fallback SCC module"


@pytest.mark.parametrize("mechanism", ["privacy_shield", "safe_harbour", "legacy_scc"])
def test_invalid_mechanisms_are_flagged(qtbot, mechanism):
    w = _field(qtbot, [model.Transfer(country="US", mechanism=mechanism)])
    assert w.warning_label.isVisible()
    assert "no longer valid" in w.warning_label.text()
    assert load_law().mechanism(mechanism).invalid_since.isoformat() in w.warning_label.text()
    fill(qtbot, w.editors["mechanism"], "scc_2021")
    assert not w.warning_label.isVisible()


def test_destination_line_follows_the_law(qtbot):
    w = _field(qtbot, [model.Transfer(country="NO"), model.Transfer(country="AU"), model.Transfer(country="GB")])
    w.select_row(0)
    assert "is in the EEA" in w.destination_status.text()
    w.select_row(1)
    assert "no adequacy decision" in w.destination_status.text()
    assert "Not allowed without a mechanism" in w.warning_label.text()
    w.select_row(2)
    assert "has an adequacy decision" in w.destination_status.text() and "2031-12-27" in w.destination_status.text()


def test_rows_are_added_removed_and_keep_their_selection_when_saved(qtbot):
    w = _field(qtbot, [])
    assert w.empty_hint.isVisible() and not w.detail.isVisible()
    qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)
    fill(qtbot, w.editors["country"], "Japan")
    assert w.value() == [model.Transfer(country="JP")]
    qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)
    fill(qtbot, w.editors["country"], "IN")
    saved = [model.Transfer(country="JP", id=7), model.Transfer(country="IN", id=8)]
    w.set_value(saved)  # what the editor does after the store saved the rows: only ids differ
    assert w.current_row() == 1 and [t.id for t in w.value()] == [7, 8]
    qtbot.mouseClick(w.remove_button, Qt.MouseButton.LeftButton)
    assert [t.country for t in w.value()] == ["JP"]


def test_recipient_gap_line_and_adding_rows_for_it(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = window.recipients_page
    window.show_page("recipient")
    calendly = recipient_id(window.store, "Calendly")
    page.select(calendly)
    editor = page.editor
    gaps = editor.findChild(type(editor.transfer_gaps), "recipient_transfer_gaps")
    assert gaps.isVisible() and "United States (US)" in gaps.text()
    qtbot.mouseClick(editor.add_gap_rows, Qt.MouseButton.LeftButton)
    assert [t.country for t in window.store.recipients.get(calendly).transfers] == ["US"]
    assert not gaps.isVisible()
    transfers = editor.form.widgets["transfers"]
    assert transfers.records[transfers.current_row()].country == "US"
    window.action_undo.trigger()
    assert window.store.recipients.get(calendly).transfers == []
    assert gaps.isVisible()
    page.select(recipient_id(window.store, "Zoom"))  # US with a DPF row: no gap
    assert not gaps.isVisible()


def _column(view, col):
    return [view.proxy.index(r, col).data() for r in range(view.proxy.rowCount())]


def test_transfers_view_lists_transfers_and_gaps_and_sorts(qtbot, tmp_path):
    store, session = demo_session(qtbot, tmp_path)
    view = TransfersView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    lines = [view.proxy.index(r, 0).data(LINE_ROLE) for r in range(view.proxy.rowCount())]
    by_owner = {(ln.owner_label, ln.country): ln for ln in lines}
    assert by_owner[("Eventbrite", "US")].transfer.mechanism == "privacy_shield"
    assert by_owner[("Kaveri Support Services", "IN")].transfer.mechanism == "none"
    assert by_owner[("Calendly", "US")].gap  # processes data in the US, no transfer row
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Calendly")
    assert view.proxy.index(row, 2).data() == "No transfer recorded"
    assert view.proxy.index(row, 3).data() == "Error"
    assert "1 country without a transfer record" in view.summary.text()

    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 1))
    countries = _column(view, 1)
    assert countries == sorted(countries, key=str.casefold) and countries[0] != countries[-1]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 1))
    assert _column(view, 1) == sorted(countries, key=str.casefold, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 2))
    mechanisms = _column(view, 2)
    assert mechanisms == sorted(mechanisms, key=str.casefold)

    view.search.setText("united states error")  # every word, in any column: the US flows with an error
    us_errors = _column(view, 0)
    assert {"Eventbrite", "Calendly"} <= set(us_errors)
    assert all(view.proxy.index(r, 3).data() == "Error" and "(US)" in view.proxy.index(r, 1).data()
               for r in range(view.proxy.rowCount()))
    assert f"({len(us_errors)} of " in view.summary.text()
    view.search.setText("india")
    assert _column(view, 0) == ["Kaveri Support Services"]
    kaveri = recipient_id(store, "Kaveri Support Services")
    got = []
    view.open_record.connect(lambda *a: got.append(a))
    view.open_transfer.connect(lambda *a: got.append(a))
    double_click_row(qtbot, view.table, 0)
    assert got == [("recipient", kaveri, "transfers"),
                   ("recipient", kaveri, store.recipients.get(kaveri).transfers[0].id, "country")]


def _section_center(header, section):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_transfers_view_follows_edits_and_opens_the_recipient(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    view = TransfersView()
    add_page(window, view)
    connect_navigation(window, view)
    view.search.setText("calendly")
    assert _column(view, 2) == ["No transfer recorded"]
    double_click_row(qtbot, view.table, 0)
    editor = window.recipients_page.editor
    assert editor.record.name == "Calendly"
    transfers = editor.form.widgets["transfers"]
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    fill(qtbot, transfers.editors["country"], "US")
    fill(qtbot, transfers.editors["mechanism"], "dpf")
    fill(qtbot, transfers.editors["dpf_verified_on"], date.today())
    qtbot.waitUntil(lambda: _column(view, 2) == ["EU-US Data Privacy Framework"], timeout=3000)
    assert view.proxy.index(0, 3).data() == "Info"  # DPF without fallback SCCs
