"""Opening an .xlsx workbook for import: refuse broken or oversized files with a clear message, find
the sheet laid out like the ICO template, and read its rows (openpyxl, read-only mode)."""

from __future__ import annotations

import re

import zipfile
from contextlib import contextmanager
from pathlib import Path
from collections.abc import Iterator

from . import ico, ropa_xlsx
from .columns import IGNORE, NOTES, TARGETS
from ..domain.messages import Message, field_label
from .problems import Incoming, InvalidSource, Problem, Problems

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a workbook's parts, unpacked (a "zip bomb" guard)
MAX_SHARED_STRINGS_BYTES = 50 * 1024 * 1024  # its text table, unpacked: openpyxl holds all of it in memory
MAX_ROWS = 20_000  # rows read of one sheet (a register of 20,000 activities is far beyond a company's)
MAX_COLUMNS = 256  # columns read of one sheet (a dimension of A1:XFD1048576 would otherwise be filled)
SCAN_ROWS = ico.HEADER_SEARCH_ROWS


@contextmanager
def open_workbook(path: Path) -> Iterator[object]:
    """The workbook, read-only; InvalidSource for a file that is not a readable .xlsx workbook."""
    name = path.name
    with open(path, "rb") as fh:
        if fh.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE file: encrypted .xlsx, or old .xls
            raise InvalidSource([Problem(name, Message("the workbook is password-protected or in the old .xls "
                                                       "format; save it from Excel as .xlsx without a password and "
                                                       "retry."))])
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            unpacked = sum(info.file_size for info in infos)  # as the directory says: before inflating anything
            strings = sum(i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml"))
            _check_sizes(name, unpacked, strings)
            bad = zf.testzip()
    except zipfile.BadZipFile:
        raise InvalidSource([Problem(name, Message("the file is damaged or truncated, or it is not an Excel .xlsx "
                                                   "workbook (it cannot be opened as one). Save it again from Excel "
                                                   "as .xlsx and retry."))]) from None
    except (EOFError, zipfile.LargeZipFile, OSError, ValueError) as exc:
        message = Message("the workbook cannot be read: it is damaged or truncated ({detail}).", detail=str(exc))
        raise InvalidSource([Problem(name, message)]) from None
    if bad is not None:
        raise InvalidSource([Problem(name, Message("the workbook is damaged: its part {part!r} is corrupt. Save it "
                                                   "again from Excel as .xlsx and retry.", part=bad))])
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a malformed workbook
        raise InvalidSource([Problem(name, _unreadable(exc))]) from None
    try:
        yield wb
    finally:
        wb.close()


def _unreadable(exc: BaseException) -> Message:
    return Message("the workbook cannot be read ({detail}). Save it again from Excel as .xlsx and retry.",
                   detail=f"{type(exc).__name__}: {exc}")


def _check_sizes(name: str, unpacked: int, strings: int) -> None:
    if unpacked > MAX_UNPACKED_BYTES:
        raise InvalidSource([Problem(name, Message("the workbook unpacks to {size:.0f} MB, more than ROPA Desk "
                                                   "imports ({most:.0f} MB).", size=unpacked / 1e6,
                                                   most=MAX_UNPACKED_BYTES / 1e6))])
    if strings > MAX_SHARED_STRINGS_BYTES:
        raise InvalidSource([Problem(name, Message("the text of the workbook unpacks to {size:.0f} MB, more than "
                                                   "ROPA Desk imports ({most:.0f} MB).", size=strings / 1e6,
                                                   most=MAX_SHARED_STRINGS_BYTES / 1e6))])


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescaped(text: str) -> str:
    """A cell's text as the spreadsheet shows it: OOXML writes a character as _xHHHH_ (a line break in a cell
    as _x000D_) and a typed "_x000D_" as _x005F_x000D_; openpyxl leaves both as they are in the file."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def bounded_rows(ws, first: int = 1, limit: int | None = None) -> Iterator[tuple]:
    """The rows of `ws` from `first` as tuples of values, at most MAX_COLUMNS wide and MAX_ROWS long
    (InvalidSource when the sheet holds a value beyond MAX_ROWS)."""
    last = first + min(limit or MAX_ROWS, MAX_ROWS) - 1
    if limit is None and (ws.max_row or 0) <= last:
        last = None  # as many as there are (the sheet's own dimension is within bounds)
    cols = MAX_COLUMNS if (ws.max_column or 0) > MAX_COLUMNS else None
    for row in ws.iter_rows(min_row=first, max_row=last, max_col=cols, values_only=True):
        yield tuple(_unescaped(v) if isinstance(v, str) and "_x" in v else v for v in row)
    if last is not None and (limit is None or limit > MAX_ROWS):
        for row in ws.iter_rows(min_row=last + 1, max_row=last + 1, max_col=cols, values_only=True):
            if any(v not in (None, "") for v in row):
                raise InvalidSource([Problem(Message("sheet “{sheet}”", sheet=ws.title),
                                             Message("the sheet has more than {most:,} rows; ROPA Desk imports up to "
                                                     "that many", most=MAX_ROWS))])


def _rows(ws, first: int = 1, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
    for r, row in enumerate(bounded_rows(ws, first, limit), start=first):
        yield r, [ico.cell_text(v) for v in row]


# What openpyxl raises for a malformed part met while reading rows (read-only mode parses lazily): an XML
# entity or DOCTYPE in a worksheet, a broken shared-strings index, a part that does not inflate.
_MALFORMED = (ValueError, KeyError, IndexError, TypeError, AttributeError, SyntaxError, EOFError, OSError,
              zipfile.BadZipFile, UnicodeError)


@contextmanager
def _reading(name: str) -> Iterator[None]:
    try:
        yield
    except InvalidSource:
        raise
    except _MALFORMED as exc:
        raise InvalidSource([Problem(name, _unreadable(exc))]) from None


def inspect(path: Path) -> ico.SheetLayout | ropa_xlsx.ExportLayout:
    """How the workbook will be read: a ROPA Desk export (fixed layout), or an ICO-template sheet
    with a proposed column mapping the user may correct."""
    with open_workbook(path) as wb, _reading(path.name):
        return _export_layout(wb) or _find_layout(path, wb)


def _export_layout(wb) -> ropa_xlsx.ExportLayout | None:
    heads = {ws.title: [list(r) for r in bounded_rows(ws, 1, ropa_xlsx.HEADER_SCAN_ROWS)] for ws in wb.worksheets}
    return ropa_xlsx.detect(heads)


def _find_layout(path: Path, wb) -> ico.SheetLayout:
    found: list[tuple[int, ico.SheetLayout]] = []
    for ws in wb.worksheets:
        rows = [cells for _, cells in _rows(ws, 1, SCAN_ROWS)]
        layout = ico.detect_layout(ws.title, rows)
        if layout is not None:
            found.append((sum(1 for c in layout.columns if c.ico_number), layout))
    if not found:
        sheets = ", ".join(f"“{ws.title}”" for ws in wb.worksheets)
        # (the column titles are the ICO template's own, in English whatever the interface's language)
        raise InvalidSource([Problem(path.name, Message(
            "no sheet has the header row of the ICO template (column titles such as {titles} in the first {rows} "
            "rows); sheets looked at: {sheets}",
            titles="“Purpose of processing”, “Categories of individuals”, “Categories of personal data”",
            rows=SCAN_ROWS, sheets=sheets))])
    found.sort(key=lambda item: -item[0])
    return found[0][1]


def read(path: Path, layout: ico.SheetLayout | ropa_xlsx.ExportLayout | None = None) -> Incoming:
    """The records of a workbook: a ROPA Desk export, or an ICO-template sheet read following `layout`
    (default: the proposed one). Raises InvalidSource listing every error."""
    problems = Problems()
    with open_workbook(path) as wb, _reading(path.name):
        if layout is None:
            layout = _export_layout(wb) or _find_layout(path, wb)
        if isinstance(layout, ropa_xlsx.ExportLayout):
            rows = {ws.title: [list(r) for r in bounded_rows(ws)] for ws in wb.worksheets}
            incoming = ropa_xlsx.read(rows, layout, problems)
        else:
            incoming = _read_ico(path, wb, layout, problems)
    problems.raise_if_errors()
    incoming.warnings = problems.warnings
    return incoming


# What a column can feed that is not one field (columns.TARGETS), as the interface names it in its language.
_MAPPED_NAMES = {"transfer_countries": Message("Third countries transferred to"),
                 "transfer_safeguards": Message("Safeguards for the transfers"),
                 "dpia_required": Message("DPIA required?"), "dpia_progress": Message("DPIA progress"),
                 NOTES: Message("Add to notes"), IGNORE: Message("Do not import")}


def mapped_name(key: str) -> Message:
    """What a column mapped to `key` (a key of columns.TARGETS) feeds, named as the interface names it."""
    return _MAPPED_NAMES.get(key) or field_label(dict(TARGETS).get(key, key), f"field.activity.{key}")


def _read_ico(path: Path, wb, layout: ico.SheetLayout, problems: Problems) -> Incoming:
    if layout.sheet not in wb.sheetnames:
        raise InvalidSource([Problem(path.name, Message("the workbook has no sheet “{sheet}”", sheet=layout.sheet))])
    incoming = ico.read_rows(layout, _rows(wb[layout.sheet], layout.header_row + 1), problems)
    for key in layout.missing_mandatory():
        problems.warning(Message("sheet “{sheet}”, row {row}", sheet=layout.sheet, row=layout.header_row),
                         "no column is mapped to “{field}”, which Art. 30 requires", field=mapped_name(key))
    return incoming
