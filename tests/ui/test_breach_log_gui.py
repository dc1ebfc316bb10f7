"""The breach log and the request log in the window, in Swedish: a breach recorded through the real widgets
(typing å ä ö, a moment to the minute, a risk, a link to an activity), undone and redone, then found in the
PDF and the workbook of the internal register, each in its own part."""

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pypdf import PdfReader

from ropa_app.domain import model
from ropa_app.domain.checks import run_checks
from ropa_app.export import ExportOptions, export_register
from ropa_app.store import RegisterStore
from ropa_app.ui import i18n
from ropa_app.ui.i18n import checks_translator

from .checks_helpers import open_window
from .driver import field_widget, fill
from .typing import select_all_and_type, type_text


@pytest.fixture
def swedish():
    installed = i18n.install("sv")
    yield
    i18n.uninstall(installed)


def _register(tmp_path):
    path = tmp_path / "incidenter.ropa"
    with RegisterStore.create(path, model.Organisation(name="Trastvik Systems AB", export_language="sv")) as store:
        payroll = store.activities.add(model.Activity(ref="PA-003", name="Lönehantering"))
        store.activities.add(model.Activity(ref="PA-001", name="Kundregister"))
        store.recipients.add(model.Recipient(name="Lönebyrån AB", kind="processor", dpa_in_place="yes"))
    return path, payroll


def test_a_breach_is_recorded_through_the_widgets_and_exported_in_swedish(qtbot, tmp_path, swedish):
    path, payroll = _register(tmp_path)
    window = open_window(qtbot, path)
    window.show_page("breach")
    page = window.pages["breach"]
    assert page.isVisible() and page.empty_state.isVisible()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    store = window.session.store
    (breach,) = store.load_register().breaches
    editor = page.editor
    typed = {
        "ref": "INC-2026-004",
        "title": "Lönebesked skickade till fel mottagare på Ärö",
        "description": "Lönekörningen skickade 14 lönebesked till förra månadens adresser.",
        "discovered_at": datetime(2026, 3, 3, 14, 30),
        "risk": "high_risk",
        "consequences": "Kollegor kan ha sett varandras löner.",
        "activities": [payroll],
    }
    for key, value in typed.items():
        fill(qtbot, field_widget(editor, key), value)
    got = store.repos["breach"].get(breach.id)
    for key, value in typed.items():
        assert getattr(got, key) == value, key
    # the list shows it, in Swedish terms, and finds it by a word of its title
    model_ = page.listing.model
    qtbot.waitUntil(lambda: model_.rowCount() == 1)
    shown = [model_.index(0, c).data() for c in range(model_.columnCount())]
    assert "INC-2026-004" in shown and "Hög risk för fysiska personers rättigheter och friheter" in shown
    assert "2026-03-03 14:30" in shown
    type_text(page.listing.search, "ärö lönebesked")  # words of its title, in any order
    qtbot.waitUntil(lambda: page.listing.proxy.rowCount() == 1)
    select_all_and_type(page.listing.search, "ärö nosuchword")
    qtbot.waitUntil(lambda: page.listing.proxy.rowCount() == 0)
    page.listing.search.clear()
    # undo the link to the activity, and redo it
    window.session.undo_stack.undo()
    assert store.repos["breach"].get(breach.id).activities == []
    window.session.undo_stack.redo()
    assert store.repos["breach"].get(breach.id).activities == [payroll]
    assert "update" in {e.action for e in store.audit.entries("breach", breach.id)}
    # a high-risk breach no one was told of: a finding on the breach, in Swedish, that opens its field
    register = store.load_register()
    (finding,) = [f for f in run_checks(register, date(2026, 3, 4)) if f.record_kind == "breach"]
    assert finding.rule_id == "R43-breach-subjects-not-informed"
    assert finding.text(checks_translator()).startswith("Incidenten är bedömd som en hög risk")
    window.open_record(finding.record_kind, finding.record_id, finding.field)
    qtbot.waitUntil(lambda: field_widget(editor, "subjects_informed_at").hasFocus())
    for fmt in ("pdf", "xlsx"):
        export_register(register, tmp_path / f"reg.{fmt}", language="sv", options=ExportOptions(scope="internal"))
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "reg.pdf").pages)
    flat = " ".join(text.split())
    assert "Incidentlogg: personuppgiftsincidenter (art. 33.5)" in flat
    assert "Lönebesked skickade till fel mottagare på Ärö" in flat
    assert "PA-003 Lönehantering" in flat and "Sista tid för anmälan (72 timmar)" in flat
    wb = load_workbook(tmp_path / "reg.xlsx", read_only=True)
    assert "Personuppgiftsincidenter" in wb.sheetnames
    assert "Begäranden" not in wb.sheetnames  # the internal register holds the logs that hold records
    rows = [[c for c in row if c is not None] for row in wb["Personuppgiftsincidenter"].iter_rows(values_only=True)]
    header = next(r for r in rows if "Rubrik" in r)
    row = next(r for r in rows if "Lönebesked skickade till fel mottagare på Ärö" in r)
    assert "Berörda behandlingar" in header and "PA-003 Lönehantering" in row
    assert "Hög risk för fysiska personers rättigheter och friheter" in row
    # the Art. 30 record (the default) leaves both logs out
    export_register(register, tmp_path / "art30.xlsx", language="sv")
    assert "Personuppgiftsincidenter" not in load_workbook(tmp_path / "art30.xlsx", read_only=True).sheetnames
