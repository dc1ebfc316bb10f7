"""The workbook's own row writer gives the very bytes openpyxl's writer gives, and the print sheets' page breaks.

The export writes each row's XML as one string instead of openpyxl's element tree per cell (most of the time
the export took, #21). Every part of the workbook it writes is compared here, byte for byte, with the same
document written through openpyxl's own cell writer: the demo register in every language and both scopes,
and values that need escaping or keep their spaces.
"""

import zipfile
from datetime import UTC, date, datetime

import pytest
from openpyxl.cell._writer import write_cell

from ropa_app.domain import model
from ropa_app.export import ExportOptions, build_document, render_document
from ropa_app.export import xlsx as xlsx_module
from ropa_app.export.i18n import LANGUAGES
from ropa_app.export.xlsx import MAX_CELL
from ropa_app.store.demo import build_demo_register

from .samples import TRICKY, full_register

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def openpyxl_write_row(self, xf, row, row_idx):  # noqa: ANN001 - the writer before #21: openpyxl's element writer
    attrs = {"r": f"{row_idx}"}
    if self.ws.row_height:
        attrs["ht"], attrs["customHeight"] = self.ws.row_height, "1"
    with xf.element("row", attrs):
        for cell in row:
            write_cell(xf, self.ws, cell, True)


def parts(path) -> dict[str, bytes]:
    """Every part of the workbook but docProps/core.xml (its modification time is the time of writing)."""
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist() if name != "docProps/core.xml"}


def ours_and_openpyxls(document, tmp_path, monkeypatch) -> tuple[dict[str, bytes], dict[str, bytes]]:
    render_document(document, tmp_path / "ours.xlsx", "xlsx")
    with monkeypatch.context() as m:
        m.setattr(xlsx_module._RowWriter, "write_row", openpyxl_write_row)
        render_document(document, tmp_path / "openpyxl.xlsx", "xlsx")
    return parts(tmp_path / "ours.xlsx"), parts(tmp_path / "openpyxl.xlsx")


@pytest.fixture(scope="module")
def demo():
    return build_demo_register()


@pytest.mark.parametrize("scope", ["art30", "internal"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demo_workbook_is_byte_for_byte_what_openpyxls_writer_gives(demo, lang, scope, tmp_path, monkeypatch):
    document = build_document(demo, lang, ExportOptions(exported_at=AT, scope=scope), today=date(2026, 3, 1))
    ours, reference = ours_and_openpyxls(document, tmp_path, monkeypatch)
    assert ours.keys() == reference.keys()
    sheets = [name for name in ours if name.startswith("xl/worksheets/sheet")]
    assert len(sheets) >= 5 and all(b"<c r=" in ours[name] for name in sheets)
    for name in ours:
        assert ours[name] == reference[name], name


def test_values_that_need_escaping_or_keep_their_spaces_are_written_as_openpyxl_writes_them(tmp_path, monkeypatch):
    register = full_register()
    odd = [*TRICKY, "  leading spaces", "trailing spaces  ", " both ", "\u00a0non-breaking", "   ", "tab\there",
           "a\r\nb", "_x000D_ typed", "]]> & &amp; <![CDATA[x]]>", "'quoted' \"double\"", "emoji 🙂",
           "x" * (MAX_CELL + 10)]
    register.activities[0].description = "\n".join(odd[:6])
    register.activities[0].purposes = odd
    register.activities[0].name = " Payroll "
    register.organisation.address = odd[-2]
    document = build_document(register, "en", ExportOptions(exported_at=AT, scope="internal"), today=date(2026, 3, 1))
    ours, reference = ours_and_openpyxls(document, tmp_path, monkeypatch)
    assert ours.keys() == reference.keys()
    for name in ours:
        assert ours[name] == reference[name], name
    text = b"".join(ours[name] for name in ours if name.startswith("xl/worksheets/"))
    assert b'<t xml:space="preserve"> Payroll </t>' in text
    assert b"AT&amp;T" in text and b"&lt;b&gt;x&lt;/b&gt;" in text and b"_x005F_x000D_ typed" in text


class ElementOnly:
    """An XML writer with elements only, as lxml's `xmlfile` (used by openpyxl where lxml is installed)."""

    def __init__(self, xf):  # noqa: ANN001
        self.element, self.write = xf.element, xf.write


def test_where_the_writer_has_no_raw_output_the_rows_go_through_openpyxls_writer(demo, tmp_path, monkeypatch):
    document = build_document(demo, "sv", ExportOptions(exported_at=AT, scope="internal"), today=date(2026, 3, 1))
    fast = xlsx_module._RowWriter.write_row
    render_document(document, tmp_path / "ours.xlsx", "xlsx")
    with monkeypatch.context() as m:
        m.setattr(xlsx_module._RowWriter, "write_row", lambda self, xf, row, i: fast(self, ElementOnly(xf), row, i))
        render_document(document, tmp_path / "elements.xlsx", "xlsx")
    assert parts(tmp_path / "ours.xlsx") == parts(tmp_path / "elements.xlsx")


def test_each_record_of_a_long_print_sheet_starts_a_page(tmp_path):
    register = model.Register(
        organisation=full_register().organisation,
        activities=[model.Activity(id=i, ref=f"PA-{i:04}", name=f"Activity {i}") for i in range(1, 1201)],
    )
    path = tmp_path / "long.xlsx"
    render_document(build_document(register, "en", ExportOptions(exported_at=AT)), path, "xlsx")
    with zipfile.ZipFile(path) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    printed = next(s for s in sheets if "<rowBreaks" in s)
    assert printed.count("<brk ") == 1199
    assert '<rowBreaks count="1199" manualBreakCount="1199">' in printed
