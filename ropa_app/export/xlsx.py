"""Excel export (openpyxl, write-only streaming). No Qt, no SQL.

One sheet for the organisation, one per register and annex, and a "Long values" sheet when a value does
not fit in a cell. Every value is written as a literal inline string (data type "s"): a value starting
with = + - @ is never a formula and "#N/A" is never an error. Excel's 32,767-character cell limit is
handled by splitting the value across rows of the "Long values" sheet and saying so in the cell and in
the export report; nothing is truncated silently.
"""

from __future__ import annotations

import contextlib
import os
from datetime import timezone
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from .document import RegisterDocument, Section
from .output import Cancelled, ExportReport, Progress, Ticker, atomic_output

MAX_CELL = 32_767  # Excel's limit on the characters of one cell
PART = 32_000  # size of one part of a split value
SAMPLE_ROWS = 300  # rows looked at to size the columns
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


class _FastSheet(WriteOnlyWorksheet):
    """A write-only sheet that takes ready-made cells (column set, value and type already bound).

    openpyxl's own `append` re-infers every value's type (which is what turns "=1+1" into a formula)
    and allocates a new cell per styled value; here the caller's cells go straight to the writer.
    """

    def _values_to_row(self, values, row_idx):  # noqa: ANN001 - openpyxl's signature
        for cell in values:
            cell.row = row_idx
            yield cell


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

        top_wrap = Alignment(wrap_text=True, vertical="top")
        self.body = style(alignment=top_wrap)
        self.missing = style(alignment=top_wrap, font=Font(bold=True, color="B00020"))
        self.header = style(
            alignment=top_wrap,
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="DDE3EA"),
            border=Border(bottom=Side(style="thin", color="7F8C99")),
        )
        self.label = style(alignment=top_wrap, font=Font(bold=True))
        self.title = style(font=Font(bold=True, size=14))
        self.meta = style(font=Font(color="44505C"))


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

    # -- cells ------------------------------------------------------------------------------

    def sheet(self, title: str) -> _FastSheet:
        name = title.translate(_BAD_SHEET_CHARS).strip().strip("'")[:31] or "Sheet"
        base, n = name, 2
        while name.lower() in self._names:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        self._names.add(name.lower())
        ws = _FastSheet(self.wb, name)
        ws.sheet_properties.pageSetUpPr.fitToPage = True  # written with the sheet's top, before any row
        self.wb._add_sheet(ws)
        if self.styles is None:
            self.styles = _Styles(ws)
        return ws

    @staticmethod
    def cell(ws: WriteOnlyWorksheet, column: int, text: str, style: int) -> Cell:
        c = _LiteralCell(ws, row=1, column=column)
        c._value = text
        c.data_type = "s"  # a literal string, whatever it looks like
        c.style_id = style
        return c

    def text_row(self, ws: WriteOnlyWorksheet, texts: list[str], style: int) -> None:
        ws.append([self.cell(ws, i, t, style) for i, t in enumerate(texts, 1) if t])

    def fit(self, ws: WriteOnlyWorksheet, sheet: str, row: int, column: int, label: str, text: str) -> str:
        """The text as a cell can hold it: illegal characters removed, an over-long value split."""
        if ILLEGAL_CHARACTERS_RE.search(text):
            text = ILLEGAL_CHARACTERS_RE.sub("", text)
            self.report.warn("characters_removed", "Control characters removed.", f"{sheet}!{get_column_letter(column)}{row}")
        if len(text) <= MAX_CELL:
            return text
        coordinate = f"{get_column_letter(column)}{row}"
        parts = [text[i : i + PART] for i in range(0, len(text), PART)]
        first = self._overflow_next_row
        self._overflow_next_row += len(parts)
        note = "\n" + self.doc.text("overflow_note", sheet=self.doc.text("sheet.overflow"), first=first, last=first + len(parts) - 1)
        self.overflow.append((sheet, coordinate, label, parts))
        self.report.warn(
            "value_split",
            f"{label}: {len(text):,} characters exceed Excel's {MAX_CELL:,}-character cell limit; "
            f"the whole value is on sheet '{self.doc.text('sheet.overflow')}', rows {first}-{first + len(parts) - 1}.",
            f"{sheet}!{coordinate}",
        )
        return text[: MAX_CELL - len(note)] + note

    # -- sheets -----------------------------------------------------------------------------

    def page_setup(self, ws: WriteOnlyWorksheet, header_row: int, last_row: int, columns: int) -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_options.gridLines = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        if header_row:
            ws.print_title_rows = f"{header_row}:{header_row}"
            ws.auto_filter.ref = f"A{header_row}:{get_column_letter(max(columns, 1))}{max(last_row, header_row)}"
        org = (self.doc.organisation_name or "").replace("&", "&&")[:80]
        ws.oddHeader.left.text = org
        ws.oddHeader.right.text = ws.title.replace("&", "&&")
        ws.oddFooter.left.text = f"{self.doc.text('exported')} {self.doc.exported_at_text}"
        ws.oddFooter.right.text = self.doc.text("page_of", page="&P", total="&N")

    def widths(self, ws: WriteOnlyWorksheet, headers: list[str], sample: list[list[str]], cap: int = 60) -> None:
        for i, head in enumerate(headers):
            longest = max((len(w) for w in head.split()), default=8)
            for row in sample:
                v = row[i]
                if v:
                    n = max(map(len, v.split("\n"))) if "\n" in v else len(v)
                    if n > longest:
                        longest = n
                        if n >= cap:
                            break
            ws.column_dimensions[get_column_letter(i + 1)].width = min(max(longest + 2, 10), cap)

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
        ws.append([])

    def organisation_sheet(self) -> None:
        doc = self.doc
        ws = self.sheet(doc.text("sheet.organisation"))
        st = self.styles
        ws.column_dimensions["A"].width = 38
        ws.column_dimensions["B"].width = 80
        ws.freeze_panes = "A5"
        self.text_row(ws, [doc.title], st.title)
        self.text_row(ws, [doc.subtitle], st.meta)
        ws.append([])
        self.text_row(ws, [doc.text("column.label"), doc.text("column.value")], st.header)
        row = 4
        extra = [(doc.text("exported"), doc.exported_at_text, False), (doc.text("language"), doc.tr.term("export_language", doc.language), False)]
        if doc.prepared_by:
            extra.insert(1, (doc.text("prepared_by"), doc.prepared_by, False))
        for label, value, missing in [(lab, v, m) for _k, lab, v, m in doc.organisation] + extra:
            row += 1
            text = self.fit(ws, ws.title, row, 2, label, value)
            ws.append([self.cell(ws, 1, label, st.label), self.cell(ws, 2, text, st.missing if missing else st.body)])
        self.page_setup(ws, 4, row, 2)

    def section_sheet(self, section: Section) -> None:
        ws = self.sheet(section.sheet_name)
        st = self.styles
        headers = [c.label for c in section.columns]
        keys = [c.key for c in section.columns]
        sample = [[r.values.get(k, "") for k in keys] for r in section.records[:SAMPLE_ROWS]]
        self.widths(ws, headers, sample)
        lines = self.preamble_lines()
        header_row = len(lines) + 3  # title, organisation lines, blank row, header
        # Freeze the header row, and the reference and name columns of the registers.
        ws.freeze_panes = f"{'C' if section.detail else 'B'}{header_row + 1}"
        self.preamble(ws, section.title, lines)
        self.text_row(ws, headers, st.header)
        row = header_row
        cells = [self.cell(ws, i, "", st.body) for i in range(1, len(keys) + 1)]
        labels = [section.labels.get(k, k) for k in keys]
        body, missing_style, fit, sheet, illegal = st.body, st.missing, self.fit, ws.title, ILLEGAL_CHARACTERS_RE.search
        for record in section.records:
            row += 1
            values, missing = record.values, record.missing
            out = []
            for i, key in enumerate(keys):
                v = values.get(key)
                if not v:
                    continue
                c = cells[i]
                # Only a value too long for a cell, or with a character a cell cannot hold, needs a closer look.
                c._value = fit(ws, sheet, row, i + 1, labels[i], v) if len(v) > MAX_CELL or illegal(v) else v
                c.style_id = missing_style if missing and key in missing else body
                out.append(c)
            ws.append(out)
            self.ticker.step()
        if not section.records:
            row += 1
            self.text_row(ws, [section.empty_text], st.meta)
        self.page_setup(ws, header_row, row, len(keys))

    def overflow_sheet(self) -> None:
        doc = self.doc
        ws = self.sheet(doc.text("sheet.overflow"))
        st = self.styles
        for letter, width in zip("ABCDE", (26, 10, 30, 8, 120)):
            ws.column_dimensions[letter].width = width
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
        props.created = doc.exported_at.astimezone(timezone.utc).replace(tzinfo=None)
        props.language = doc.language
        props.keywords = "GDPR; Art. 30; ROPA"
        archive = _Zip(path, "w", ZIP_DEFLATED, allowZip64=True)
        archive.app_xml = _app_xml(doc.organisation_name)
        ExcelWriter(self.wb, archive).save()


def _app_xml(company: str) -> bytes:
    """docProps/app.xml naming the application and the company (openpyxl writes neither)."""
    company_xml = f"<Company>{escape(company)}</Company>" if company else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>ROPA Desk</Application>{company_xml}</Properties>"
    ).encode("utf-8")


class _Zip(ZipFile):
    """Substitutes our docProps/app.xml (with Company) for the default one openpyxl writes."""

    app_xml: bytes = b""

    def writestr(self, zinfo_or_arcname, data, *args, **kwargs):  # noqa: ANN001
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        if name == "docProps/app.xml" and self.app_xml:
            data = self.app_xml
        return super().writestr(zinfo_or_arcname, data, *args, **kwargs)


def render(
    document: RegisterDocument,
    path: os.PathLike | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Write the document as an .xlsx workbook at `path` (atomically)."""
    report = ExportReport.start(document, path, "xlsx")
    ticker = Ticker(document.record_count, progress, cancelled, every=max(1, min(200, document.record_count // 100)))
    ticker.check()
    with atomic_output(path) as tmp:
        w = _XlsxWriter(document, report, ticker)
        try:
            w.organisation_sheet()
            for section in document.sections:
                w.section_sheet(section)
                ticker.check()
            if w.overflow:
                w.overflow_sheet()
            ticker.check()
        except BaseException:
            w.abort()
            raise
        w.save(tmp)
    ticker.finish()
    report.records = document.record_count
    return report.finish()


__all__ = ["render", "MAX_CELL"]
