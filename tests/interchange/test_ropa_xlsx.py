"""A register exported by ROPA Desk to Excel, and edited there, comes back in with the edits."""

from datetime import datetime

import pytest
from openpyxl import load_workbook

from ropa_app.domain import model
from ropa_app.export import ExportOptions, export_register
from ropa_app.interchange import ExportLayout, InvalidSource, build_plan, inspect_spreadsheet, load, to_document
from ropa_app.store import RegisterStore
from ropa_app.store.demo import build_demo_register

from ..store.full_records import full_activity, full_organisation, full_recipient
from .helpers import digest, make_register_file, run_cli
from .nordic import nordic_register

LANGS = ["en", "sv", "nb", "da"]

# The whole register goes out and comes back (the Art. 30 record leaves the internal fields out).
FULL = ExportOptions(scope="internal")


def _full_register() -> model.Register:
    rec = full_recipient([2])
    rec.id = 1
    return model.Register(
        full_organisation(),
        [full_activity([1, 2]), model.Activity(ref="PA-043", name="Hosting for customers", role="processor")],
        [rec, model.Recipient(name="Sub GmbH", country="DE", id=2)],
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", ["full", "nordic"])
def test_export_then_import_gives_the_register_back(tmp_path, lang, which):
    register = _full_register() if which == "full" else nordic_register("nb")[0]
    path = tmp_path / f"export-{lang}.xlsx"
    export_register(register, path, language=lang, options=FULL)
    layout = inspect_spreadsheet(path)
    assert isinstance(layout, ExportLayout) and layout.language == lang
    assert sorted(s.kind for s in layout.sheets) == ["activity", "activity", "organisation", "recipient", "transfer"]
    incoming = load(path)
    assert incoming.kind == "ropa_xlsx" and incoming.warnings == []
    assert to_document(incoming.register()) == to_document(register)


@pytest.mark.parametrize("lang", LANGS)
def test_the_demo_register_comes_back(tmp_path, lang):
    register = build_demo_register()
    export_register(register, tmp_path / "demo.xlsx", language=lang, options=FULL)
    got, want = to_document(load(tmp_path / "demo.xlsx").register()), to_document(register)
    # The export groups activities by role (controller register, processor register); nothing else moves.
    # Accepted findings are the register's answers to its checks, and the breach and request logs the
    # company's own: not part of the record, so not in this workbook.
    for doc in (got, want):
        doc["activities"].sort(key=lambda a: a["ref"])
        for key in ("accepted_findings", "breaches", "requests"):
            doc.pop(key, None)
    assert got == want


def test_a_value_longer_than_an_excel_cell_comes_back_whole(tmp_path):
    register = _full_register()
    register.activities[0].description = "Lång text – " + "æøå " * 20_000
    path = tmp_path / "long.xlsx"
    export_register(register, path, language="sv", options=FULL)
    assert "Långa värden" in load_workbook(path, read_only=True).sheetnames
    assert load(path).activities[0].record.description == register.activities[0].description


def _cell(ws, header_row: int, header: str, row: int):
    for cell in ws[header_row]:
        if cell.value == header:
            return ws.cell(row, cell.column)
    raise KeyError(header)


def test_edits_made_in_excel_come_back(tmp_path, monkeypatch, capsys):
    register = _full_register()
    target = make_register_file(tmp_path / "r.ropa", register)
    with RegisterStore.open(target, readonly=True) as store:
        export_register(store.load_register(), tmp_path / "sv.xlsx", language="sv", options=FULL)
    wb = load_workbook(tmp_path / "sv.xlsx")  # as Excel would open and save it
    ws = wb["Art 30.1 personuppgiftsansvarig"]
    _cell(ws, 7, "Tidsfrister för radering (lagringstid)", 8).value = "10 år"
    _cell(ws, 7, "Rättslig grund (art. 6)", 8).value = "Avtal — art. 6.1 b\nConsent — Art. 6(1)(a)"
    _cell(ws, 7, "Senast granskad", 8).value = datetime(2026, 5, 4)  # Excel turned the text into a date
    ws.cell(9, 1, "PA-050")
    _cell(ws, 7, "Behandling", 9).value = "Kundenkäter"
    _cell(ws, 7, "Ändamålen med behandlingen", 9).value = "Mäta nöjdhet\nFörbättra tjänsten"
    _cell(ws, 7, "Mottagare och personuppgiftsbiträden", 9).value = "Sub GmbH"
    recipients = wb["Mottagare"]
    _cell(recipients, 7, "Etableringsland", 9).value = "Norge (NO)"
    transfers = wb["Överföringar"]
    transfers.append(["Sub GmbH", None, "Indien (IN)", "Bindande företagsbestämmelser — art. 47"])
    wb.save(tmp_path / "edited.xlsx")

    with RegisterStore.open(target, readonly=True) as store:
        plan = build_plan(load(tmp_path / "edited.xlsx"), store.load_register())
    changes = {(i.entity, i.label): (i.action, i.changed_keys) for i in plan.items() if i.action != "unchanged"}
    assert changes == {
        ("activity", "PA-042 Lönehantering – löner och förmåner"):
            ("changed", ["legal_bases", "retention", "last_reviewed"]),
        ("activity", "PA-050 Kundenkäter"): ("added", []),
        ("recipient", "Sub GmbH"): ("changed", ["country", "transfers"]),
    }
    code, out, err = run_cli(monkeypatch, capsys, "import", target, tmp_path / "edited.xlsx", "--merge")
    assert code == 0, err
    with RegisterStore.open(target, readonly=True) as store:
        reg = store.load_register()
    payroll = next(a for a in reg.activities if a.ref == "PA-042")
    assert (payroll.retention, payroll.legal_bases) == ("10 år", ["art6_1_b", "art6_1_a"])
    assert payroll.last_reviewed.isoformat() == "2026-05-04"
    sub = next(r for r in reg.recipients if r.name == "Sub GmbH")
    assert sub.country == "NO" and [(t.country, t.mechanism) for t in sub.transfers] == [("IN", "bcr")]
    new = next(a for a in reg.activities if a.ref == "PA-050")
    assert new.purposes == ["Mäta nöjdhet", "Förbättra tjänsten"] and new.recipients == [sub.id]


def test_errors_in_an_edited_export_name_their_cells(tmp_path, monkeypatch, capsys):
    target = make_register_file(tmp_path / "r.ropa", _full_register())
    export_register(_full_register(), tmp_path / "en.xlsx", language="en", options=FULL)
    wb = load_workbook(tmp_path / "en.xlsx")
    ws = wb["Art 30(1) controller"]
    _cell(ws, 7, "Lawful basis (Art. 6)", 8).value = "Because we can"
    _cell(ws, 7, "Recipients and processors", 8).value = "Nimbus Cloud Inc.\nUnknown Ltd"
    _cell(ws, 7, "Last reviewed", 8).value = "someday"
    _cell(wb["Recipients"], 7, "Country of establishment", 8).value = "Atlantis"
    wb["Transfers"].append(["Nobody AB", None, "Japan (JP)"])
    ws.cell(7, 40, "My comments")
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(InvalidSource) as info:
        load(tmp_path / "bad.xlsx")
    problems = [str(p) for p in info.value.problems]
    assert any(p.startswith("sheet “Art 30(1) controller”, cell P8 (“Lawful basis (Art. 6)”): “Because we can” "
                            "is not one of: Consent — Art. 6(1)(a); Contract — Art. 6(1)(b)") for p in problems)
    assert "sheet “Art 30(1) controller”, cell AH8 (“Last reviewed”): “someday” is not a date " \
           "(write it as 31 Mar 2026)" in problems
    assert "sheet “Art 30(1) controller”, cell J8 (“Recipients and processors”): no recipient called “Unknown Ltd” " \
           "is on the recipients sheet" in problems
    assert any(p.startswith("sheet “Recipients”, cell E8 (“Country of establishment”): “Atlantis” is not a country")
               for p in problems)
    assert any(p.startswith("sheet “Transfers”, cell A10 (“Transferred by”): “Nobody AB” is neither a recipient")
               for p in problems)
    assert len(problems) == 5
    before = digest(target)
    code, _, err = run_cli(monkeypatch, capsys, "import", target, tmp_path / "bad.xlsx", "--merge")
    assert code == 1 and err.count("ropa-app: error: ") == 5
    assert digest(target) == before


def test_an_added_column_is_reported_and_ignored(tmp_path):
    export_register(_full_register(), tmp_path / "en.xlsx", language="en", options=FULL)
    wb = load_workbook(tmp_path / "en.xlsx")
    wb["Recipients"].cell(7, 30, "My comments")
    wb["Recipients"].cell(8, 30, "call them")
    wb.save(tmp_path / "extra.xlsx")
    incoming = load(tmp_path / "extra.xlsx")
    assert [str(w) for w in incoming.warnings] == [
        "sheet “Recipients”, cell AD7 (“My comments”): not a column of a ROPA Desk export; not imported"]
    assert to_document(incoming.register()) == to_document(_full_register())


@pytest.mark.parametrize("lang", LANGS)
def test_sparse_registers_come_back(tmp_path, lang):
    """Sheets that say "None recorded" are read as empty, not as a record."""
    for n, register in enumerate([
        model.Register(model.Organisation(name="Tom AB")),
        model.Register(model.Organisation(name="Åsa ApS", country="DK"), [model.Activity(name="Løn")],
                       [model.Recipient(name="Bank", id=1)]),
    ]):
        path = tmp_path / f"{n}.xlsx"
        export_register(register, path, language=lang, options=FULL)
        incoming = load(path)
        assert incoming.warnings == []
        assert to_document(incoming.register()) == to_document(register)


def _care_register() -> model.Register:
    care = model.Activity(
        ref="PA-1", name="Vård", data_subject_categories=["Patienter, vuxna", "Patienter", "Anhöriga"],
        data_categories=[
            model.DataCategory("Journal", "health", "10 år", ["Patienter, vuxna", "Anhöriga"]),
            model.DataCategory("Namn", subjects=["Patienter"]),
            model.DataCategory("Adress"),  # not linked
        ],
    )  # fmt: skip
    return model.Register(model.Organisation(name="Kliniken AB"), [care])


@pytest.mark.parametrize("lang", LANGS)
def test_the_data_subjects_of_a_data_category_come_back(tmp_path, lang):
    """Names holding ", " (the separator of the items) are told apart among the activity's data-subject categories."""
    register = _care_register()
    export_register(register, tmp_path / "care.xlsx", language=lang, options=FULL)
    incoming = load(tmp_path / "care.xlsx")
    assert incoming.warnings == []
    assert to_document(incoming.register()) == to_document(register)


def test_data_subjects_edited_in_excel(tmp_path):
    export_register(_care_register(), tmp_path / "sv.xlsx", language="sv", options=FULL)
    wb = load_workbook(tmp_path / "sv.xlsx")
    ws = wb["Art 30.1 personuppgiftsansvarig"]
    header_row = next(r[0].row for r in ws.iter_rows() if r[0].value == "Ref.")
    cell = _cell(ws, header_row, "Kategorier av personuppgifter", header_row + 1)
    special = "Särskild kategori eller uppgifter om lagöverträdelser"
    assert cell.value.split("\n") == [
        f"Journal — {special}: Uppgifter om hälsa; Lagringstid: 10 år; Registrerade: Patienter, vuxna, Anhöriga",
        "Namn — Registrerade: Patienter", "Adress"]
    cell.value = (f"Journal — {special}: Uppgifter om hälsa; Lagringstid: 10 år; Registrerade: anhöriga, "
                  "PATIENTER,  vuxna, Besökare, Patienter\nNamn\nAdress — Registrerade: Patienter, vuxna")
    wb.save(tmp_path / "edited.xlsx")
    journal, name, address = load(tmp_path / "edited.xlsx").activities[0].record.data_categories
    assert journal.subjects == ["Anhöriga", "Patienter, vuxna", "Besökare", "Patienter"]
    assert (name.subjects, address.subjects) == ([], ["Patienter, vuxna"])


def test_split_names():
    from ropa_app.interchange.ropa_values import split_names

    known = ["a, b", "b, c", "a", "d"]
    assert split_names("a, b, c", known) == ["a", "b, c"]  # every piece a known name
    assert split_names("d, a, b", known) == ["d", "a, b"]  # fewest pieces among equals
    assert split_names("x, y, D", known) == ["x", "y", "d"]  # unknown pieces as written, known ones as spelled
    assert split_names("x, y") == ["x", "y"] and split_names(" ") == []
