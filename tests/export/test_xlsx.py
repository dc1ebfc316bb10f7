"""The Excel export, read back with openpyxl: every value a literal string, nothing lost."""

import zipfile

import pytest
from openpyxl import load_workbook

from ropa_app.export import ExportOptions, build_document, export_register, render_document
from ropa_app.export.i18n import LANGUAGES, Translator, table
from ropa_app.export.xlsx import MAX_CELL

from .samples import TRICKY, choice_terms, dates_of, full_activity, full_register, user_strings


def cells(ws):
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                yield c


def all_text(wb):
    return "\n".join(str(c.value) for ws in wb.worksheets for c in cells(ws))


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx")
    out = {}
    for lang in LANGUAGES:
        path = folder / f"reg-{lang}.xlsx"
        report = export_register(full_register(), path, language=lang,
                                 options=ExportOptions(findings=True, scope="internal"))
        out[lang] = (load_workbook(path), report, path)
    return out


def activity_row(wb, sheet_index=1, ref="PA-007"):
    ws = wb.worksheets[sheet_index]
    for row in ws.iter_rows():
        if row[0].value == ref:
            return [c for c in row if c.value is not None]
    raise AssertionError(f"{ref} not found on {ws.title}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_of_a_full_activity_is_a_string_cell_in_its_row(workbooks, lang):
    wb, report, _ = workbooks[lang]
    row = activity_row(wb)
    assert all(c.data_type == "s" for c in row)
    text = "\n".join(c.value for c in row)
    a = full_activity()
    a.transfers = []  # the activity's own transfer details are on the transfers sheet (below)
    for s in user_strings(a):
        assert s in text, s
    for term in choice_terms(a, table(lang)):
        assert term in text, term
    tr = Translator(lang)
    for day in dates_of(a):
        assert tr.date(day) in text
    assert "Nimbus Cloud Inc." in text
    transfers = "\n".join(str(c.value) for c in cells(wb.worksheets[4]))
    for s in user_strings(full_activity().transfers[0]):
        assert s in transfers, s
    assert report.warnings == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_formula_or_error_cell_anywhere(workbooks, lang):
    wb, _, _ = workbooks[lang]
    types = {c.data_type for ws in wb.worksheets for c in cells(ws)}
    assert types == {"s"}
    everything = [c.value for ws in wb.worksheets for c in cells(ws)]
    for value in ("=1+1", "#N/A", "@SUM(A1)", "-5 days", "+46 8 123 45 67"):
        assert value in everything, value  # a whole cell, kept as the literal text
    text = all_text(wb)
    for value in TRICKY:
        assert value in text


def test_raw_xml_has_no_formula_elements(workbooks):
    _, _, path = workbooks["en"]
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 8  # organisation, 2 registers, 2 annexes, findings, 2 registers for printing
        for name in sheets:
            xml = z.read(name).decode("utf-8")
            assert "<f>" not in xml and 't="e"' not in xml and 't="str"' not in xml


def test_sheets_and_organisation_header(workbooks):
    wb, _, _ = workbooks["sv"]
    assert wb.sheetnames == [
        "Organisation", "Art 30.1 personuppgiftsansvarig", "Art 30.2 personuppgiftsbiträde", "Mottagare",
        "Överföringar", "Anmärkningar", "Art 30.1 för utskrift", "Art 30.2 för utskrift",
    ]  # fmt: skip
    ws = wb.worksheets[1]
    assert ws["A1"].value == "Register över behandling som personuppgiftsansvarig (art. 30.1)"
    assert "Fjällräv & Söner AB" in ws["A2"].value and "Sveavägen 1, 111 57 Stockholm" in ws["A2"].value
    assert "Łukasz Żółć" in ws["A3"].value  # the DPO
    assert "Ørsted Rep ApS" in ws["A4"].value  # the representative
    org = {r[0].value: r[1].value for r in wb.worksheets[0].iter_rows(min_row=5) if r[0].value}
    assert org["Den personuppgiftsansvariges namn"] == "Fjällräv & Söner AB"
    assert org["Land"] == "Sverige (SE)"


def test_sheet_layout_for_printing_and_filtering(workbooks):
    wb, _, _ = workbooks["en"]
    ws = wb.worksheets[1]
    header_row = next(r[0].row for r in ws.iter_rows() if r[0].value == "Ref.")
    assert ws.freeze_panes == f"C{header_row + 1}"
    assert ws.auto_filter.ref.startswith(f"A{header_row}:")
    assert ws.print_title_rows == f"${header_row}:${header_row}" and ws.print_title_cols == "$A:$B"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.scale == 80
    assert not ws.sheet_properties.pageSetUpPr.fitToPage, "never shrunk to the page's width"
    assert ws.oddFooter.right.text == "Page &P of &N"
    header = [c for c in ws[header_row] if c.value]
    assert all(c.font.b for c in header)
    body = activity_row(wb)
    assert all(c.alignment.wrap_text for c in body)
    widths = [ws.column_dimensions[c.column_letter].width for c in header]
    assert all(10 <= w <= 60 for w in widths) and max(widths) > min(widths)


def test_missing_is_written_and_marked(workbooks):
    wb, _, _ = workbooks["nb"]
    row = activity_row(wb, ref="PA-200")
    missing = [c for c in row if c.value == "Mangler"]
    assert len(missing) == 4 and all(c.font.b for c in missing)


def test_document_properties(workbooks):
    wb, _, path = workbooks["da"]
    props = wb.properties
    assert props.title == "Fortegnelse over behandlingsaktiviteter — Fjällräv & Söner AB"
    assert props.creator and props.created is not None
    with zipfile.ZipFile(path) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
    assert "<Company>Fjällräv &amp; Söner AB</Company>" in app and "<Application>ROPA Desk</Application>" in app


def test_control_characters_removed(tmp_path):
    reg = full_register()
    reg.activities[0].notes = "a\x01b\x0bc\x1fd"
    report = export_register(reg, tmp_path / "c.xlsx", language="en", options=ExportOptions(scope="internal"))
    assert "abcd" in all_text(load_workbook(tmp_path / "c.xlsx"))
    assert [w.code for w in report.warnings] == ["characters_removed"]


def test_a_value_longer_than_a_cell_is_split_and_reported_not_truncated(tmp_path):
    reg = full_register()
    long_text = "".join(f"Measure {i:06d}. " for i in range(200_000 // 16 + 1))[:200_000]
    reg.activities[0].security_description = long_text
    path = tmp_path / "long.xlsx"
    report = export_register(reg, path, language="en")
    assert [w.code for w in report.warnings] == ["value_split"]
    assert "Description of the security measures" in report.warnings[0].message
    wb = load_workbook(path)
    assert wb.sheetnames[-1] == "Long values"
    cell = next(c for c in cells(wb.worksheets[1]) if str(c.value).startswith("Measure 000000"))
    assert len(cell.value) <= MAX_CELL and "continued on sheet “Long values”" in cell.value
    assert report.warnings[0].where == f"{wb.worksheets[1].title}!{cell.coordinate}"
    parts = [r for r in wb["Long values"].iter_rows(min_row=3, values_only=True) if r[0]]
    assert [p[3] for p in parts] == [f"{n}/{len(parts)}" for n in range(1, len(parts) + 1)]
    assert "".join(p[4] for p in parts) == long_text


def test_render_a_document_built_once(tmp_path):
    d = build_document(full_register(), "sv")
    a = render_document(d, tmp_path / "a.xlsx")
    b = render_document(d, tmp_path / "b.xlsx")
    assert a.records == b.records == 7  # 3 activities, 2 recipients, 2 transfers
    assert load_workbook(tmp_path / "a.xlsx").sheetnames == load_workbook(tmp_path / "b.xlsx").sheetnames


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_data_category_shows_the_data_subjects_it_concerns(workbooks, lang):
    wb, _, _ = workbooks[lang]
    tr = Translator(lang)
    ws = wb.worksheets[1]
    header_row = next(r[0].row for r in ws.iter_rows() if r[0].value == tr.field("activity", "ref"))
    column = next(c.column for c in ws[header_row] if c.value == tr.field("activity", "data_categories"))
    row = next(r[0].row for r in ws.iter_rows(min_row=header_row + 1) if r[0].value == "PA-007")
    cell = ws.cell(row, column)
    assert cell.data_type == "s"
    label = lambda key: tr.field("data_category", key)  # noqa: E731
    assert cell.value.split("\n") == [
        f"Contact details — {label('retention')}: 2 years after the contract; "
        f"{label('subjects')}: Customers' employees",
        f"Sick-leave notes — {label('special')}: {tr.term('special_category', 'health')}; {label('retention')}: "
        f"<b>x</b>; {label('subjects')}: Ἀθῆναι, Customers' employees",
    ]
    assert label("subjects") == {"en": "Data subjects", "sv": "Registrerade", "nb": "Registrerte",
                                 "da": "Registrerede", "fi": "Rekisteröidyt"}[lang]  # fmt: skip
