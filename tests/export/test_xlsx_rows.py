"""Row heights, column widths, fonts and print set-up of the Excel export, read back from the file.

Neither LibreOffice nor Excel reliably fits a row's height to its wrapped cells when it opens a file, so
the export writes every row's height; without one a multi-line value overlaps the row under it.
"""

import math
import re
import zipfile

import pytest
from openpyxl import load_workbook

from ropa_app.domain import model
from ropa_app.export import export_register
from ropa_app.export.i18n import LANGUAGES
from ropa_app.export.xlsx import LINE_PT, MAX_HEIGHT_PT, MAX_LINES, MAX_WIDTH, wrapped_lines
from ropa_app.store.demo import build_demo_register

from .samples import full_organisation, full_register

THREE_LINES = "First line of the description\nSecond line\nThird line"


def small_register() -> model.Register:
    """One activity with a three-line description, one whose every value fits on one line."""
    return model.Register(
        organisation=full_organisation(),
        activities=[
            model.Activity(id=1, ref="PA-001", name="Payroll", description=THREE_LINES),
            model.Activity(id=2, ref="PA-002", name="Newsletter", description="Monthly news"),
        ],
    )


def row_of(ws, first_cell: str) -> int:
    return next(r[0].row for r in ws.iter_rows() if r[0].value == first_cell)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("rows") / "small.xlsx"
    export_register(small_register(), path, language="en")
    return load_workbook(path), path


def test_a_row_with_a_three_line_value_is_three_lines_high_and_a_one_line_row_keeps_the_default(small):
    wb, _ = small
    ws = wb.worksheets[1]
    three, one = ws.row_dimensions[row_of(ws, "PA-001")], ws.row_dimensions[row_of(ws, "PA-002")]
    assert three.height >= 3 * LINE_PT and three.customHeight
    assert one.height == LINE_PT == ws.sheet_format.defaultRowHeight and one.customHeight


def test_the_organisation_address_does_not_run_into_the_country_row(small):
    wb, _ = small
    ws = wb.worksheets[0]
    address = row_of(ws, "Address")  # "Sveavägen 1\n111 57 Stockholm"
    assert ws.cell(address, 2).value.count("\n") == 1
    assert ws.row_dimensions[address].height >= 2 * LINE_PT
    assert ws.cell(address + 1, 1).value == "Country"
    assert ws.row_dimensions[address + 1].height == LINE_PT


def test_every_row_of_every_sheet_has_an_explicit_height_within_excels_limit(small):
    wb, path = small
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == len(wb.worksheets) >= 4
        for name in sheets:
            rows = re.findall(r"<row [^>]*>", z.read(name).decode("utf-8"))
            assert rows, name
            for row in rows:
                ht = re.search(r'ht="([0-9.]+)"', row)
                assert ht and 'customHeight="1"' in row, (name, row)
                assert LINE_PT <= float(ht.group(1)) <= MAX_HEIGHT_PT, (name, row)


@pytest.fixture(scope="module", params=LANGUAGES)
def demo(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / f"demo-{request.param}.xlsx"
    export_register(build_demo_register(), path, language=request.param)
    return load_workbook(path)


def test_no_cell_of_the_demo_is_taller_than_its_row(demo):
    """A bound that does not depend on the exporter's own estimate: a cell holds at most 1.3 x its
    width in characters a line (Calibri's letters are narrower than the digits the width counts), and
    each of its explicit lines takes at least one line."""
    checked = 0
    for ws in demo.worksheets:
        for row in ws.iter_rows():
            height = ws.row_dimensions[row[0].row].height
            for c in row:
                if not isinstance(c.value, str) or not c.alignment.wrap_text:
                    continue
                per_line = 1.3 * ws.column_dimensions[c.column_letter].width
                lines = sum(max(1, math.ceil(len(p) / per_line)) for p in c.value.split("\n"))
                assert height >= min(lines * LINE_PT, MAX_HEIGHT_PT), (ws.title, c.coordinate, height, c.value[:80])
                checked += lines > 1
    assert checked > 50  # the demo has many multi-line cells


def test_a_header_that_wraps_in_a_narrow_column_makes_its_row_taller(demo):
    for ws in demo.worksheets[1:]:
        header_row = int(ws.print_title_rows.split(":")[0].strip("$"))
        cells = [c for c in ws[header_row] if c.value]
        narrow = [c for c in cells if len(c.value) > ws.column_dimensions[c.column_letter].width]
        if narrow:
            assert ws.row_dimensions[header_row].height >= 2 * LINE_PT, ws.title
            return
    raise AssertionError("no sheet has a header wider than its column")


def test_columns_are_capped_and_every_sheet_prints_landscape_at_a_readable_size(demo):
    for ws in demo.worksheets:
        widths = [d.width for d in ws.column_dimensions.values() if d.width]
        printing = ws.print_title_rows is None  # the registers for printing: label beside value
        assert widths and max(widths) <= (100 if printing else 80), ws.title  # the organisation's value column
        if ws.title != demo.worksheets[0].title and not printing:
            assert max(widths) <= MAX_WIDTH, ws.title
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert not ws.sheet_properties.pageSetUpPr.fitToPage and 11 * ws.page_setup.scale / 100 >= 8, ws.title
        assert printing or re.fullmatch(r"\$(\d+):\$\1", ws.print_title_rows), ws.title


def test_every_styled_font_is_named_and_sized(demo):
    """A font record without a name or size is read as another font (LibreOffice takes Cambria), and the
    row heights are estimated for 11 pt Calibri."""
    fonts = {
        (c.font.name, c.font.sz, c.font.b) for ws in demo.worksheets for row in ws.iter_rows() for c in row if c.value
    }
    assert {name for name, _, _ in fonts} == {"Calibri"}
    assert {size for _, size, _ in fonts} == {11, 14}  # the body and the sheet titles
    assert (("Calibri", 11, True) in fonts) and (("Calibri", 11, False) in fonts)


def test_a_value_split_across_the_long_values_sheet_gets_excels_highest_row(tmp_path):
    reg = full_register()
    reg.activities[0].security_description = "Measure. " * 5_000
    path = tmp_path / "long.xlsx"
    export_register(reg, path, language="en")
    wb = load_workbook(path)
    ws = wb.worksheets[1]
    assert ws.row_dimensions[row_of(ws, "PA-007")].height == MAX_HEIGHT_PT
    long_values = wb["Long values"]
    assert long_values.column_dimensions["E"].width <= 100
    assert long_values.row_dimensions[3].height == MAX_HEIGHT_PT


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("", 10, 1),
        ("short", 10, 1),
        ("exactly 10", 10, 1),
        ("a\nb\nc", 10, 3),
        ("a\n\nc\n", 10, 4),  # an empty line and a trailing break take a line each
        ("aaaa bbbb cccc", 9, 2),  # "aaaa bbbb" / "cccc"
        ("aaaa bbbb cccc", 8, 3),
        ("x" * 25, 10, 3),  # a word longer than the line is broken
        ("ab " + "x" * 12, 10, 3),  # "ab" / "xxxxxxxxxx" / "xx"
        ("word " * 200, 10, MAX_LINES),  # capped at Excel's highest row
    ],
)
def test_wrapped_lines(text, width, lines):
    assert wrapped_lines(text, width) == lines


def test_wrapped_lines_counts_past_the_cap_when_asked():
    assert wrapped_lines("word " * 200, 10, most=1_000) == 100
