"""Excel export (openpyxl, write-only streaming). No Qt, no SQL.

One sheet for the organisation, one per register and annex, and a "Long values" sheet when a value does
not fit in a cell. Every value is written as a literal inline string (data type "s"): a value starting
with = + - @ is never a formula and "#N/A" is never an error. Excel's 32,767-character cell limit is
handled by splitting the value across rows of the "Long values" sheet and saying so in the cell and in
the export report; nothing is truncated silently.

Printing: a sheet as wide as the Art. 30(1) register (some 27 columns) shrunk to the page's width prints
at two points. Each sheet prints instead on A4 landscape at a fixed 80 % (the 11 pt text at 8.8 pt), wrapped,
in bands of whole columns that fit a page (manual column breaks), with the header row and the first column
(the registers: reference and name) repeated on every page, page order across then down. Even so a row of
27 columns is as tall as its tallest cell on every band, and the demo register's Art. 30(1) table takes
over a hundred mostly empty pages (12 bands); so each register (Art. 30(1), 30(2)) also has a sheet "for printing": one
record per printed block, label beside value, each activity from the top of a page, as the PDF prints it.
The wide sheet stays the one table a reader filters and a re-import reads.

Every row is written with an explicit height (`ht`, `customHeight`), estimated from the lines its wrapped
cells take at their column's width: neither LibreOffice nor Excel reliably fits the height of a row that
has none when it opens the file, and a wrapped value then overlaps the row under it.
"""

from __future__ import annotations

import contextlib
import re
import os
from datetime import UTC
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from .document import RegisterDocument, Section
from .output import Cancelled, ExportReport, Progress, Ticker, render_atomically

MAX_CELL = 32_767  # Excel's limit on the characters of one cell
PART = 32_000  # size of one part of a split value
SAMPLE_ROWS = 300  # rows looked at to size the columns
FONT = "Calibri"  # openpyxl's default font, 11 pt
MAX_WIDTH = 60  # widest column, in characters: a wider one would leave a screen with one or two columns
LINE_PT = 15.0  # height of one line at the workbook's 11 pt font, in points (Excel's default row height)
TITLE_LINE_PT = 18.75  # one line of the 14 pt title
MAX_HEIGHT_PT = 409.0  # Excel's highest row
MAX_LINES = int(MAX_HEIGHT_PT // LINE_PT) + 1  # lines beyond which the height stays at MAX_HEIGHT_PT
DEFAULT_WIDTH = 8  # a column without a width (Excel's default is 8.43)
BOLD = 0.9  # bold text takes about a tenth more room than regular text
FILTER_BUTTON = 3  # characters of a header cell taken by its autofilter button
# Print layout: A4 landscape at a fixed scale (no fit-to-width: that shrinks a wide sheet to unreadable text).
PRINT_SCALE = 80  # percent: the 11 pt text prints at 8.8 pt
PAPER_WIDTH_IN = 11.69  # A4, landscape
MARGIN_IN = 0.4  # left and right
PRINT_SLACK = 0.95  # a band of columns fills at most this share of the printable width (renderers differ)
MAX_COLUMN_BREAK = 1048575  # a column break runs down the whole sheet (Excel's last row, 0-based)
MAX_ROW_BREAK = 16383  # a row break runs across the whole sheet (Excel's last column, 0-based)
TITLE_NAME_WIDTH = 30  # the registers' name column, repeated on every printed page beside the reference
PRINT_WIDTHS = [36, 100]  # the print sheets' label and value columns: one landscape page wide at PRINT_SCALE
# The row attribute for 0..MAX_LINES lines, formatted once ("15", "45", ..., "409").
_HEIGHTS = [f"{min(max(n, 1) * LINE_PT, MAX_HEIGHT_PT):g}" for n in range(MAX_LINES + 1)]
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def wrapped_lines(text: str, width: int, most: int = MAX_LINES) -> int:
    """The lines `text` takes in a wrapped cell `width` characters wide (at least 1, at most `most`).

    Explicit line breaks, then greedy wrapping at spaces, a word longer than the line broken anywhere.
    A column `width` wide holds about 1.1 x `width` characters of the 11 pt font (the width is counted in
    digits, which are wider than the average letter), so counting `width` characters a line leaves a
    margin for wider text and for a fallback font: a row may come out a little high, not too low.
    """
    width = max(int(width), 1)
    if len(text) <= width and "\n" not in text:
        return 1
    if len(text) >= most * width:  # at least `most` lines however it wraps
        return most
    total = 0
    for para in text.split("\n"):
        total += 1
        start, end = 0, len(para)
        while end - start > width:  # the rest does not fit: break at the last space within the line
            cut = para.rfind(" ", start, start + width + 1)
            start = cut + 1 if cut > start else start + width  # a word longer than the line is broken
            total += 1
        if total >= most:
            return most
    return total


def column_inches(width: float) -> float:
    """Printed width at 100 % of a column `width` characters wide (7 pixels a character at 96 dpi, plus padding)."""
    return (width * 7 + 5) / 96


def column_breaks(widths: list[int] | tuple[int, ...], title_columns: int = 0, scale: int = PRINT_SCALE) -> list[int]:
    """Where the printed pages of a wide sheet break: the 0-based index of the first column of each band after
    the first. Each band holds whole columns that fit beside the repeated title columns on an A4 landscape page."""
    printable = (PAPER_WIDTH_IN - 2 * MARGIN_IN) * PRINT_SLACK * 100 / scale
    room = printable - sum(column_inches(w) for w in widths[:title_columns])
    breaks, used = [], 0.0
    for i in range(title_columns, len(widths)):
        width = column_inches(widths[i])
        if used and used + width > room:
            breaks.append(i)
            used = 0.0
        used += width
    return breaks


def row_height(lines: int) -> str:
    """The `ht` attribute, in points, of a row whose tallest cell takes `lines` lines of the 11 pt font."""
    return _HEIGHTS[min(max(lines, 1), MAX_LINES)]


_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def literal(text: str) -> str:
    """Text as a cell holds it: a "_x000D_" the user typed is written as "_x005F_x000D_" (OOXML's escape of
    the underscore), or Excel and LibreOffice would show a carriage return; every reader gives "_x000D_" back."""
    return _OOXML_ESCAPE.sub(r"_x005F_\1", text)


class _RowWriter(WorksheetWriter):
    """Writes each row with the height its sheet was given for it (`_FastSheet.row_height`).

    Our cells are all styled inline strings without comment or link, so the row's XML is put together as one
    string, the very bytes openpyxl's element-by-element writer gives them (same attributes in the same order,
    the text escaped as ElementTree escapes it, `xml:space="preserve"` where openpyxl sets it; compared with
    openpyxl's own output in the tests): that writer builds an element tree per cell, most of the time spent.
    Where openpyxl writes through lxml (installed), the rows go through openpyxl's writer as before.
    """

    def write_row(self, xf, row, row_idx):  # noqa: ANN001 - openpyxl's signature
        height = self.ws.row_height
        raw = getattr(xf, "_file", None)  # et_xmlfile's output, inside the open <sheetData> element
        if raw is None:  # lxml's xmlfile (openpyxl's choice where lxml is installed): its own writer, in C
            attrs = {"r": f"{row_idx}", "ht": height, "customHeight": "1"} if height else {"r": f"{row_idx}"}
            with xf.element("row", attrs):
                for cell in row:  # our cells: always styled, never a comment
                    write_cell(xf, self.ws, cell, True)
            return
        out = [f'<row r="{row_idx}" ht="{height}" customHeight="1">' if height else f'<row r="{row_idx}">']
        for cell in row:
            value = cell._value
            head = f'<c r="{get_column_letter(cell.column)}{row_idx}" s="{cell.style_id}" t="inlineStr"'
            if not value:
                out.append(head + " />")
            else:
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and stripped != value else ""
                out.append(f"{head}><is><t{space}>{escape(value)}</t></is></c>")
        out.append("</row>")
        raw("".join(out))


class _FastSheet(WriteOnlyWorksheet):
    """A write-only sheet that takes ready-made cells (column set, value and type already bound).

    openpyxl's own `append` re-infers every value's type (which is what turns "=1+1" into a formula)
    and allocates a new cell per styled value; here the caller's cells go straight to the writer,
    and each row gets the height set in `row_height` before it is appended.
    """

    row_height: str | None = None  # `ht` of the next row appended, in points
    chars: tuple[int, ...] = ()  # the columns' widths, in characters

    def set_widths(self, widths: list[int]) -> None:
        """Column widths in characters (before the first row: they are written with the sheet's top)."""
        self.chars = tuple(widths)
        for i, width in enumerate(widths, 1):
            self.column_dimensions[get_column_letter(i)].width = width

    def line_chars(self, column: int, bold: bool = False, button: bool = False) -> int:
        """Characters a line of a wrapped cell holds in the column (1-based), of bold text, beside a filter button."""
        width = self.chars[column - 1] if column <= len(self.chars) else DEFAULT_WIDTH
        if bold:
            width = int(width * BOLD)
        return max(width - FILTER_BUTTON, 1) if button else width

    def _get_writer(self):
        if self._writer is None:
            self._writer = _RowWriter(self)
            self._writer.write_top()

    def _values_to_row(self, values, row_idx):  # noqa: ANN001 - openpyxl's signature
        for cell in values:
            cell.row = row_idx
            yield cell

    def add(self, cells: list[Cell], height: str = _HEIGHTS[1]) -> None:
        """Append a row of ready-made cells, `height` points high."""
        self.row_height = height
        self.append(cells)


class _LiteralCell(Cell):
    """A string cell with a fixed, pre-registered style: no type inference, no per-cell style lookup."""

    __slots__ = ("style_id",)
    has_style = True


class _Styles:
    """The workbook's few cell styles, as style ids."""

    def __init__(self, ws: WriteOnlyWorksheet):
        def style(**kw: object) -> int:
            c = WriteOnlyCell(ws)
            for k, v in kw.items():
                setattr(c, k, v)
            return ws.parent._cell_styles.add(c._style)

        def font(**kw: object) -> Font:
            # Named and sized like the workbook's default font: a font record without them is read as
            # another font (LibreOffice takes Cambria), and the row heights assume 11 pt Calibri.
            return Font(**{"name": FONT, "size": 11, "family": 2, "scheme": "minor", **kw})

        top_wrap = Alignment(wrap_text=True, vertical="top")
        self.body = style(alignment=top_wrap)
        self.missing = style(alignment=top_wrap, font=font(bold=True, color="B00020"))
        self.header = style(
            alignment=top_wrap,
            font=font(bold=True),
            fill=PatternFill("solid", fgColor="DDE3EA"),
            border=Border(bottom=Side(style="thin", color="7F8C99")),
        )
        self.label = style(alignment=top_wrap, font=font(bold=True))
        self.title = style(font=font(bold=True, size=14))
        self.meta = style(font=font(color="44505C"))


class _XlsxWriter:
    def __init__(self, doc: RegisterDocument, report: ExportReport, ticker: Ticker):
        self.doc = doc
        self.report = report
        self.ticker = ticker
        self.wb = Workbook(write_only=True)
        self.styles: _Styles | None = None
        self.overflow: list[tuple[str, str, str, list[str]]] = []  # (sheet, cell, field label, parts)
        self._overflow_next_row = 3  # the Long values sheet has a title row and a header row
        self._names: set[str] = set()
        self._split: dict[str, str] = {}  # an over-long value -> its cell text, pointing to its Long values rows

    # -- cells ------------------------------------------------------------------------------

    def sheet(self, title: str) -> _FastSheet:
        name = title.translate(_BAD_SHEET_CHARS).strip().strip("'")[:31] or "Sheet"
        base, n = name, 2
        while name.lower() in self._names:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        self._names.add(name.lower())
        ws = _FastSheet(self.wb, name)
        ws.sheet_properties.pageSetUpPr.fitToPage = False  # printed at PRINT_SCALE (written with the sheet's top)
        self.wb._add_sheet(ws)
        if self.styles is None:
            self.styles = _Styles(ws)
        return ws

    @staticmethod
    def cell(ws: WriteOnlyWorksheet, column: int, text: str, style: int) -> Cell:
        c = _LiteralCell(ws, row=1, column=column)
        c._value = literal(text) if "_x" in text else text
        c.data_type = "s"  # a literal string, whatever it looks like
        c.style_id = style
        return c

    def text_row(self, ws: _FastSheet, texts: list[str], style: int) -> None:
        """A row of texts in one style, as high as its tallest wrapped cell."""
        st = self.styles
        if style == st.title:
            height = f"{TITLE_LINE_PT:g}"
        elif style == st.meta:  # not wrapped: one line, running on over the empty cells to its right
            height = row_height(1)
        else:
            bold, button = style in (st.header, st.label), style == st.header  # every header row has filters
            chars = [ws.line_chars(i, bold, button) for i in range(1, len(texts) + 1)]
            height = row_height(max((wrapped_lines(t, chars[i]) for i, t in enumerate(texts) if t), default=1))
        ws.add([self.cell(ws, i, t, style) for i, t in enumerate(texts, 1) if t], height)

    def blank_row(self, ws: _FastSheet) -> None:
        ws.add([], row_height(1))

    def fit(self, ws: WriteOnlyWorksheet, sheet: str, row: int, column: int, label: str, text: str) -> str:
        """The text as a cell can hold it: illegal characters removed, an over-long value split."""
        if ILLEGAL_CHARACTERS_RE.search(text):
            text = ILLEGAL_CHARACTERS_RE.sub("", text)
            self.report.warn("characters_removed", "Control characters removed.",
                             f"{sheet}!{get_column_letter(column)}{row}")
        if len(text) <= MAX_CELL:
            return text
        if text in self._split:  # shown again (the print sheets): its parts are on the Long values sheet already
            return self._split[text]
        coordinate = f"{get_column_letter(column)}{row}"
        parts = [text[i : i + PART] for i in range(0, len(text), PART)]
        first = self._overflow_next_row
        self._overflow_next_row += len(parts)
        note = "\n" + self.doc.text("overflow_note", sheet=self.doc.text("sheet.overflow"),
                                    first=first, last=first + len(parts) - 1)
        self.overflow.append((sheet, coordinate, label, parts))
        self.report.warn(
            "value_split",
            f"{label}: {len(text):,} characters exceed Excel's {MAX_CELL:,}-character cell limit; "
            f"the whole value is on sheet '{self.doc.text('sheet.overflow')}', rows {first}-{first + len(parts) - 1}.",
            f"{sheet}!{coordinate}",
        )
        self._split[text] = text[: MAX_CELL - len(note)] + note
        return self._split[text]

    # -- sheets -----------------------------------------------------------------------------

    def page_setup(self, ws: _FastSheet, header_row: int, last_row: int, columns: int, title_columns: int = 0) -> None:
        """A4 landscape at PRINT_SCALE, the header row (and `title_columns` first columns) on every page, the
        columns in bands that fit a page, read across then down."""
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.scale = PRINT_SCALE
        ws.page_setup.pageOrder = "overThenDown"
        ws.print_options.gridLines = True
        ws.page_margins.left = ws.page_margins.right = MARGIN_IN
        if title_columns:
            ws.print_title_cols = f"A:{get_column_letter(title_columns)}"
        for index in column_breaks(ws.chars[:columns], title_columns):
            ws.col_breaks.append(Break(id=index, max=MAX_COLUMN_BREAK))
        if header_row:
            ws.print_title_rows = f"{header_row}:{header_row}"
            ws.auto_filter.ref = f"A{header_row}:{get_column_letter(max(columns, 1))}{max(last_row, header_row)}"
        org = (self.doc.organisation_name or "").replace("&", "&&")[:80]
        ws.oddHeader.left.text = org
        ws.oddHeader.right.text = ws.title.replace("&", "&&")
        ws.oddFooter.left.text = f"{self.doc.text('exported')} {self.doc.exported_at_text}"
        # The register's fingerprint on every printed page, as in the PDF (the organisation sheet has all of it).
        ws.oddFooter.center.text = self.doc.text("provenance.short", fingerprint=self.doc.fingerprint[:16])
        ws.oddFooter.right.text = self.doc.text("page_of", page="&P", total="&N")

    def widths(self, ws: _FastSheet, headers: list[str], sample: list[list[str]], cap: int = MAX_WIDTH) -> None:
        """Each column as wide as the longest line of the sample or word of the header (beside its filter
        button), within 10..cap."""
        widths = []
        for i, head in enumerate(headers):
            longest = max((len(w) for w in head.split()), default=8) + FILTER_BUTTON
            for row in sample:
                v = row[i]
                if v:
                    n = max(map(len, v.split("\n"))) if "\n" in v else len(v)
                    if n > longest:
                        longest = n
                        if n >= cap:
                            break
            widths.append(min(max(longest + 2, 10), cap))
        ws.set_widths(widths)

    def preamble_lines(self) -> list[str]:
        """The organisation lines under a sheet's title (Art. 30(1)(a): controller, DPO, representative)."""
        doc = self.doc
        lines = [
            doc.org_line(("name", "org_number", "address", "country", "email", "phone", "website")),
            doc.org_line(("dpo_name", "dpo_email", "dpo_phone", "dpo_address"))
            or doc.org_line(("privacy_contact_name", "privacy_contact_email")),
            doc.org_line(("representative_name", "representative_contact")),
            f"{doc.text('exported')}: {doc.exported_at_text}"
            + (f" · {doc.text('prepared_by')}: {doc.prepared_by}" if doc.prepared_by else ""),
        ]
        return [line for line in lines if line]

    def preamble(self, ws: WriteOnlyWorksheet, title: str, lines: list[str]) -> None:
        self.text_row(ws, [title], self.styles.title)
        label = self.doc.text("section.organisation")
        for row, line in enumerate(lines, 2):
            self.text_row(ws, [self.fit(ws, ws.title, row, 1, label, line)], self.styles.meta)
        self.blank_row(ws)

    def organisation_sheet(self) -> None:
        doc = self.doc
        ws = self.sheet(doc.text("sheet.organisation"))
        st = self.styles
        ws.set_widths([38, 80])  # label and value: on one landscape page at full size
        ws.freeze_panes = "A5"
        self.text_row(ws, [doc.title], st.title)
        self.text_row(ws, [doc.subtitle], st.meta)
        self.blank_row(ws)
        self.text_row(ws, [doc.text("column.label"), doc.text("column.value")], st.header)
        row = 4
        extra = [(doc.text("exported"), doc.exported_at_text, False),
                 (doc.text("language"), doc.tr.term("export_language", doc.language), False)]
        if doc.prepared_by:
            extra.insert(1, (doc.text("prepared_by"), doc.prepared_by, False))
        extra += [(label, value, False) for label, value in doc.provenance]
        for label, value, missing in [(lab, v, m) for _k, lab, v, m in doc.organisation] + extra:
            row += 1
            text = self.fit(ws, ws.title, row, 2, label, value)
            lines = max(wrapped_lines(label, ws.line_chars(1, bold=True)),
                        wrapped_lines(text, ws.line_chars(2, missing)))
            cells = [self.cell(ws, 1, label, st.label), self.cell(ws, 2, text, st.missing if missing else st.body)]
            ws.add(cells, row_height(lines))
        self.page_setup(ws, 4, row, 2)

    def section_sheet(self, section: Section) -> None:
        ws = self.sheet(section.sheet_name)
        st = self.styles
        headers = [c.label for c in section.columns]
        keys = [c.key for c in section.columns]
        sample = [[r.values.get(k, "") for k in keys] for r in section.records[:SAMPLE_ROWS]]
        self.widths(ws, headers, sample)
        if section.detail and len(keys) > 2:  # the name is repeated on every printed page: leave room beside it
            ws.set_widths([ws.chars[0], min(ws.chars[1], TITLE_NAME_WIDTH), *ws.chars[2:]])
        own = [f"{label}: {value.replace(chr(10), ', ')}" for label, value in section.preamble]
        lines = own if section.preamble_names_keeper else [*self.preamble_lines(), *own]
        groups = bool(section.column_groups)
        header_row = len(lines) + 3 + groups  # title, organisation lines, blank row, [column groups], header
        # Freeze the header row, and the reference and name columns of the registers.
        ws.freeze_panes = f"{'C' if section.detail else 'B'}{header_row + 1}"
        self.preamble(ws, section.title, lines)
        if groups:  # which columns an authority's template marks mandatory, which optional
            texts = [""] * len(headers)
            for index, label in section.column_groups:
                texts[index] = label
            self.text_row(ws, texts, st.label)
        self.text_row(ws, headers, st.header)
        row = header_row
        cells = [self.cell(ws, i, "", st.body) for i in range(1, len(keys) + 1)]
        labels = [section.labels.get(k, k) for k in keys]
        chars = [ws.line_chars(i) for i in range(1, len(keys) + 1)]
        body, missing_style, fit, sheet, illegal = st.body, st.missing, self.fit, ws.title, ILLEGAL_CHARACTERS_RE.search
        heights, add = _HEIGHTS, ws.add
        for record in section.records:
            row += 1
            values, missing = record.values, record.missing
            out = []
            lines = 1
            for i, key in enumerate(keys):
                v = values.get(key)
                if not v:
                    continue
                c = cells[i]
                # Only a value too long for a cell, or with a character a cell cannot hold, needs a closer look.
                if len(v) > MAX_CELL or illegal(v):
                    v = fit(ws, sheet, row, i + 1, labels[i], v)
                c._value = literal(v) if "_x" in v else v
                c.style_id = missing_style if missing and key in missing else body
                # A value longer than its line or with a line break may make the row taller.
                if lines < MAX_LINES and (len(v) > chars[i] or "\n" in v):
                    n = wrapped_lines(v, chars[i])
                    if n > lines:
                        lines = n
                out.append(c)
            add(out, heights[min(lines, MAX_LINES)])
            self.ticker.step()
        if not section.records:
            row += 1
            self.text_row(ws, [section.empty_text], st.meta)
        self.page_setup(ws, header_row, row, len(keys), title_columns=2 if section.detail and len(keys) > 2 else 1)

    def print_sheet(self, section: Section) -> None:
        """A register for printing: one record per block (its title, then label beside value for each field it
        holds, in the printed record's order), each record from the top of a page."""
        doc, st = self.doc, self.styles
        ws = self.sheet(doc.text(f"sheet.print_{section.key}"))
        ws.set_widths(PRINT_WIDTHS)
        own = [f"{label}: {value.replace(chr(10), ', ')}" for label, value in section.preamble]
        lines = own if section.preamble_names_keeper else [*self.preamble_lines(), *own]
        # The title, then who keeps the record as one wrapped label/value block (a line running on to the
        # right would be cut at the printed page's edge).
        self.text_row(ws, [section.title], st.title)
        label = doc.text("processor.identity" if section.preamble_names_keeper else "section.organisation")
        text = self.fit(ws, ws.title, 2, 2, label, "\n".join(p for line in lines for p in line.split(" · ")))
        ws.add([self.cell(ws, 1, label, st.label), self.cell(ws, 2, text, st.body)],
               row_height(wrapped_lines(text, ws.line_chars(2))))
        self.blank_row(ws)
        row = 3
        starts = []
        for record in section.records:
            row += 1
            starts.append(row)
            self.text_row(ws, [self.fit(ws, ws.title, row, 1, record.title, record.title)], st.title)
            for label, value, missing in section.detail_rows(record):
                row += 1
                text = self.fit(ws, ws.title, row, 2, label, value)
                lines_ = max(wrapped_lines(label, ws.line_chars(1, bold=True)),
                             wrapped_lines(text, ws.line_chars(2, missing)))
                cells = [self.cell(ws, 1, label, st.label),
                         self.cell(ws, 2, text, st.missing if missing else st.body)]
                ws.add(cells, row_height(lines_))
            self.ticker.check()
        if not section.records:
            row += 1
            self.text_row(ws, [section.empty_text], st.meta)
        self.page_setup(ws, 0, row, len(PRINT_WIDTHS))
        ws.print_area = f"A1:B{row}"
        # Each record from the top of a page (a break above its title row), set at once: openpyxl's
        # `append` copies and re-checks every break so far, which made this quadratic in the records.
        ws.row_breaks.brk = [Break(id=start - 1, max=MAX_ROW_BREAK) for start in starts[1:]]

    def overflow_sheet(self) -> None:
        doc = self.doc
        ws = self.sheet(doc.text("sheet.overflow"))
        st = self.styles
        ws.set_widths([26, 10, 30, 8, 100])
        ws.freeze_panes = "A3"
        self.text_row(ws, [doc.text("sheet.overflow")], st.title)
        heads = [doc.text(k) for k in ("column.sheet", "column.cell", "column.field", "column.part", "column.text")]
        self.text_row(ws, heads, st.header)
        row = 2
        for sheet, coordinate, label, parts in self.overflow:
            for n, part in enumerate(parts, 1):
                row += 1
                self.text_row(ws, [sheet, coordinate, label, f"{n}/{len(parts)}", part], st.body)
        self.page_setup(ws, 2, row, 5)

    def abort(self) -> None:
        """Close the half-written sheets and delete openpyxl's temporary files (after a cancel or error)."""
        for ws in self.wb._sheets:
            rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
            with contextlib.suppress(Exception):
                if rows is not None:
                    rows.close()  # ends <sheetData> while the sheet's file is still open
            with contextlib.suppress(Exception):
                if writer is not None:
                    writer.close()
                    writer.cleanup()

    def save(self, path: os.PathLike | str) -> None:
        doc = self.doc
        props = self.wb.properties
        props.title = f"{doc.title} — {doc.organisation_name}" if doc.organisation_name else doc.title
        props.subject = doc.subject
        props.creator = doc.prepared_by or "ROPA Desk"
        props.lastModifiedBy = doc.prepared_by or "ROPA Desk"
        props.created = doc.exported_at.astimezone(UTC).replace(tzinfo=None)
        props.language = doc.language
        props.keywords = f"GDPR; Art. 30; ROPA; SHA-256 {doc.fingerprint}"
        props.description = "; ".join(f"{label}: {value}" for label, value in doc.provenance)
        archive = _Zip(path, "w", ZIP_DEFLATED, allowZip64=True)
        archive.app_xml = _app_xml(doc.organisation_name)
        try:
            ExcelWriter(self.wb, archive).save()
        except BaseException:  # a full disk, say: close the file now (Windows cannot delete an open file)
            with contextlib.suppress(Exception):
                archive.close()
            with contextlib.suppress(Exception):
                if archive.fp is not None:
                    archive.fp.close()
            raise


def _app_xml(company: str) -> bytes:
    """docProps/app.xml naming the application and the company (openpyxl writes neither)."""
    company_xml = f"<Company>{escape(company)}</Company>" if company else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>ROPA Desk</Application>{company_xml}</Properties>"
    ).encode()


class _Zip(ZipFile):
    """Substitutes our docProps/app.xml (with Company) for the default one openpyxl writes."""

    app_xml: bytes = b""

    def writestr(self, zinfo_or_arcname, data, *args, **kwargs):  # noqa: ANN001
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        if name == "docProps/app.xml" and self.app_xml:
            data = self.app_xml
        return super().writestr(zinfo_or_arcname, data, *args, **kwargs)


def write(
    document: RegisterDocument,
    path: os.PathLike | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Write the document as an .xlsx workbook into the file `path` (the caller makes it atomic)."""
    report = ExportReport.start(document, path, "xlsx")
    ticker = Ticker(document.record_count, progress, cancelled, every=max(1, min(200, document.record_count // 100)))
    ticker.check()
    w = _XlsxWriter(document, report, ticker)
    try:
        w.organisation_sheet()
        for section in [*document.sections, *document.workbook_sections]:
            w.section_sheet(section)
            ticker.check()
        for section in document.sections:
            if section.key in ("controller", "processor"):
                w.print_sheet(section)
        if w.overflow:
            w.overflow_sheet()
        ticker.check()
        w.save(path)
    except BaseException:
        w.abort()
        raise
    ticker.finish()
    report.records = document.record_count
    return report.finish()


def render(
    document: RegisterDocument,
    path: os.PathLike | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Write the document as an .xlsx workbook at `path` (atomically)."""
    return render_atomically(write, document, path, progress, cancelled)


__all__ = ["render", "write", "MAX_CELL"]
