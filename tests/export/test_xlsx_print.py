"""The workbook as it prints, and its options (authorities' layouts, the data-category links), read back
with openpyxl."""

import pytest
from openpyxl import load_workbook

from ropa_app.domain import model
from ropa_app.export import WORKBOOK_LAYOUTS, ExportOptions, build_document, export_register
from ropa_app.export.i18n import Translator
from ropa_app.export.sections import NO_MANDATORY
from ropa_app.export.xlsx import MARGIN_IN, PAPER_WIDTH_IN, PRINT_SCALE, column_inches
from ropa_app.interchange import load
from ropa_app.store.demo import create_demo

from .samples import full_activity, full_register


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.ropa"
    store = create_demo(path)
    try:
        return store.load_register()
    finally:
        store.close()


def _export(register, path, lang="en", **options):
    export_register(register, path, language=lang, options=ExportOptions(**options))
    return load_workbook(path)


def _header_row(ws, first="Ref."):
    return next(r[0].row for r in ws.iter_rows() if r[0].value == first)


def test_the_wide_register_prints_in_bands_of_whole_columns_that_fit_an_a4_page(demo_register, tmp_path):
    wb = _export(demo_register, tmp_path / "d.xlsx", "sv")
    ws = wb["Art 30.1 personuppgiftsansvarig"]
    header = _header_row(ws)
    assert ws.print_title_rows == f"${header}:${header}" and ws.print_title_cols == "$A:$B"
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize, setup.scale, setup.pageOrder) == ("landscape", 9, 80, "overThenDown")
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and 11 * setup.scale / 100 >= 8  # 8.8 pt on paper
    columns = ws.max_column
    widths = [ws.column_dimensions[chr(ord("A") + i) if i < 26 else "A" + chr(ord("A") + i - 26)].width
              for i in range(columns)]
    breaks = [b.id for b in ws.col_breaks.brk]
    assert breaks and breaks == sorted(breaks) and breaks[0] > 2 and breaks[-1] < columns
    printable = (PAPER_WIDTH_IN - 2 * MARGIN_IN) * 100 / PRINT_SCALE
    titles = column_inches(widths[0]) + column_inches(widths[1])
    for start, end in zip([2, *breaks], [*breaks, columns]):
        band = sum(column_inches(w) for w in widths[start:end])
        assert titles + band <= printable, (start, end)  # each band, with ref. and name, fits the page
    row = next(r for r in ws.iter_rows(min_row=header + 1) if r[0].value == "PA-001")
    assert all(c.alignment.wrap_text for c in row if c.value)


def test_each_register_has_a_sheet_for_printing_one_record_per_block(demo_register, tmp_path):
    wb = _export(demo_register, tmp_path / "d.xlsx", "sv")
    doc = build_document(demo_register, "sv")
    controller = next(s for s in doc.sections if s.key == "controller")
    ws = wb["Art 30.1 för utskrift"]
    assert [ws.column_dimensions["A"].width, ws.column_dimensions["B"].width] == [36, 100]
    assert ws.print_area == "'Art 30.1 för utskrift'!$A$1:$B$" + str(ws.max_row)
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.scale == 80
    # Who keeps the record, wrapped beside its label: the controller here, the processor on the 30(2) sheet.
    tr = Translator("sv")
    assert ws["A2"].value == tr("section.organisation") and "Trastvik Systems AB" in ws["B2"].value
    assert wb["Art 30.2 för utskrift"]["A2"].value == tr("processor.identity")
    titles = {r[0].value: r[0].row for r in ws.iter_rows() if r[0].value in {rec.title for rec in controller.records}}
    assert list(titles) == [rec.title for rec in controller.records]
    # Each activity from the top of a page: a row break just above each title but the first.
    assert sorted(b.id for b in ws.row_breaks.brk) == [row - 1 for row in list(titles.values())[1:]]
    # Its block: label beside value, as the printed record has them.
    first = controller.records[0]
    start = titles[first.title]
    block = [(r[0].value, r[1].value) for r in ws.iter_rows(min_row=start + 1, max_row=start + 40, max_col=2)]
    expected = [(label, value) for label, value, _m in controller.detail_rows(first)]
    assert block[: len(expected)] == expected
    assert all(c.alignment.wrap_text for r in ws.iter_rows(min_row=start + 1, max_row=start + 5) for c in r)


def test_the_sheets_shown_again_are_not_read_back(tmp_path):
    path = tmp_path / "r.xlsx"
    export_register(full_register(), path, language="da", options=ExportOptions(data_links=True))
    incoming = load(path)
    assert sorted(a.record.ref for a in incoming.activities) == ["PA-007", "PA-100", "PA-200"]
    assert not any("Art 30 stk 1 til udskrift" in str(w) or "Personoplysninger og" in str(w)
                   for w in incoming.warnings)


# --- the authorities' layouts ------------------------------------------------------------------------
def test_layout_is_one_of_the_declared(tmp_path):
    assert WORKBOOK_LAYOUTS[0] == "standard"
    with pytest.raises(ValueError, match="unknown workbook layout 'cnil'"):
        build_document(full_register(), "en", ExportOptions(workbook_layout="cnil"))


def test_ico_layout_has_the_ico_columns_rights_and_breach_record(tmp_path):
    wb = _export(full_register(), tmp_path / "ico.xlsx", "en", workbook_layout="ico")
    ws = wb.worksheets[1]
    header = [c.value for c in ws[_header_row(ws)]]
    rights, breach = "Rights available to individuals", "Link to record of personal data breach"
    # Where the ICO template has them: rights (16) just before automated decision-making (17), the breach
    # record (25) last.
    assert header.index(rights) + 1 == header.index(Translator("en").field("activity", "automated_decision_making"))
    assert header[-1] == breach
    row = next(r for r in ws.iter_rows() if r[0].value == "PA-007")
    assert row[header.index(rights)].value == "Not stated"
    assert row[header.index(breach)].value == "Not stated", "the Art. 30 record holds no breach log"
    assert row[header.index("Personal data breach occurred?")].value == "Not stated"  # nor a "No" nobody knows
    standard = _export(full_register(), tmp_path / "std.xlsx", "en").worksheets[1]
    assert rights not in [c.value for c in standard[_header_row(standard)]]


def test_ico_layout_of_the_internal_register_names_the_breaches_of_each_activity(tmp_path):
    register = full_register()
    register.breaches = [model.Breach(ref="BR-1", title="Lost laptop", activities=[1])]
    wb = _export(register, tmp_path / "ico.xlsx", "sv", workbook_layout="ico", scope="internal")
    ws = wb.worksheets[1]
    header = [c.value for c in ws[_header_row(ws)]]
    column = header.index("Länk till dokumentationen av personuppgiftsincidenten")
    values = {r[0].value: r[column].value for r in ws.iter_rows(min_row=_header_row(ws) + 1) if r[0].value}
    assert values["PA-007"] == "BR-1 Lost laptop" and values["PA-200"] == "Inga registrerade"
    # ICO column 24, just before the link (25): whether a breach occurred, from the breach log
    occurred = header.index("Har en personuppgiftsincident inträffat?")
    assert occurred + 1 == column
    answers = {r[0].value: r[occurred].value for r in ws.iter_rows(min_row=_header_row(ws) + 1) if r[0].value}
    assert answers["PA-007"] == "Ja" and answers["PA-200"] == "Nej"


def test_norwegian_layout_puts_the_mandatory_columns_first_and_names_both_groups(tmp_path):
    wb = _export(full_register(), tmp_path / "no.xlsx", "nb", workbook_layout="datatilsynet_no")
    ws = wb.worksheets[1]
    tr = Translator("nb")
    row = _header_row(ws)
    header = [c.value for c in ws[row]]
    labels = {tr.field("activity", k): k for k in NO_MANDATORY}
    labels.update({tr("column.third_countries"): "third_countries",
                   tr("column.transfer_safeguards"): "transfer_safeguards"})
    keys = [labels.get(h) for h in header]
    mandatory = [i for i, k in enumerate(keys) if k in NO_MANDATORY]
    assert mandatory == list(range(2, 2 + len(mandatory))), "right after ref. and name, none after an optional one"
    assert [keys[i] for i in mandatory] == [k for k in NO_MANDATORY if k in keys]
    groups = {c.column: c.value for c in ws[row - 1] if c.value}
    assert groups == {3: "Obligatorisk (art. 30 nr. 1)", 3 + len(mandatory): "Valgfritt"}
    assert ws.freeze_panes == f"C{row + 1}" and ws.print_title_rows == f"${row}:${row}"
    # The printed record (PDF) keeps its order whatever the workbook's layout.
    laid_out = build_document(full_register(), "nb", ExportOptions(workbook_layout="datatilsynet_no"))
    assert laid_out.sections[0].detail_keys == build_document(full_register(), "nb").sections[0].detail_keys


# --- the Danish links ---------------------------------------------------------------------------------
def test_data_links_sheet_links_each_data_category_to_its_subjects_and_recipients(tmp_path):
    register = full_register()
    register.activities[0].data_categories[0].recipients = ["IT suppliers", "Nimbus Cloud Inc."]
    register.activities.append(model.Activity(id=4, ref="PA-300", name="Unlinked",
                                              data_categories=[model.DataCategory("Name")]))
    wb = _export(register, tmp_path / "dk.xlsx", "da", data_links=True)
    ws = wb["Personoplysninger og sammenhæng"]
    tr = Translator("da")
    row = _header_row(ws)
    header = [c.value for c in ws[row]]
    assert header[:3] == [tr.field("activity", "ref"), "Behandlingsaktivitet", tr.field("data_category", "name")]
    col = {k: header.index(tr.field("data_category", k)) for k in ("subjects", "recipients")}
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=row + 1) if r[0].value]
    by_category = {(r[0], r[2]): r for r in rows}
    assert set(by_category) == {("PA-007", "Contact details"), ("PA-007", "Sick-leave notes"), ("PA-300", "Name")}
    contact = by_category[("PA-007", "Contact details")]
    assert contact[1] == "Kundtjänst Łukasz Żółć"
    assert contact[col["subjects"]] == "Customers' employees"
    assert contact[col["recipients"]] == "IT suppliers\nNimbus Cloud Inc."
    sick = by_category[("PA-007", "Sick-leave notes")]
    assert sick[col["subjects"]] == "Ἀθῆναι\nCustomers' employees" and sick[col["recipients"]] == "Ikke angivet"
    unlinked = by_category[("PA-300", "Name")]
    assert (unlinked[col["subjects"]], unlinked[col["recipients"]]) == ("Ikke angivet", "Ikke angivet")
    assert "PA-100" not in {r[0] for r in rows}, "the processor's activities are not in the Art. 30(1) links"
    assert "Personoplysninger og sammenhæng" not in load_workbook(tmp_path / "dk.xlsx").sheetnames[:1]
    without = _export(register, tmp_path / "plain.xlsx", "da")
    assert "Personoplysninger og sammenhæng" not in without.sheetnames


def test_data_links_of_a_full_activity_name_every_category(tmp_path):
    doc = build_document(full_register(), "en", ExportOptions(data_links=True))
    (links,) = doc.workbook_sections
    assert [r.values["name"] for r in links.records] == [dc.name for dc in full_activity().data_categories]
    assert "data_links" not in [s.key for s in doc.sections], "the PDF's sections are unchanged"


@pytest.mark.parametrize("layout", WORKBOOK_LAYOUTS)
def test_every_layout_reads_back_as_the_same_activities(tmp_path, layout):
    path = tmp_path / f"{layout}.xlsx"
    export_register(full_register(), path, language="nb", options=ExportOptions(workbook_layout=layout))
    standard = tmp_path / "standard-ref.xlsx"
    export_register(full_register(), standard, language="nb")
    incoming, reference = load(path), load(standard)
    assert incoming.warnings == reference.warnings
    assert [a.record for a in incoming.activities] == [a.record for a in reference.activities]
