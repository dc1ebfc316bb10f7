"""Reading an import source file: a JSON register document or an .xlsx workbook.

Everything is checked before anything is used: the size, the encoding, the syntax, the format version,
every value. Problems are raised together as one InvalidSource.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from . import jsonformat, spreadsheet
from .ico import SheetLayout
from .ropa_xlsx import ExportLayout
from ..domain.messages import Message
from .problems import WARNING, Incoming, InvalidSource, Problem, said

# The largest workbook, or JSON document written by another program, that is read: a guard against a wrong
# file (a log, a dump) filling the memory. A register document written by ROPA Desk itself (its head says so,
# `_OUR_EXPORT`) is read whatever its size: its size follows from the register it was exported from (about
# 3.3 kB an activity: 50 MB is ~16,000 activities), and an export must never be unreadable by the import.
MAX_SOURCE_BYTES = 50 * 1024 * 1024  # 50 MB
_OUR_EXPORT = re.compile(rb'(\xef\xbb\xbf)?\{\s*"format_version": \d+,\s*"generator": "ROPA Desk ')
JSON_SUFFIXES = (".json",)
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def _mb(n: int) -> float:
    return n / (1024 * 1024)


def source_kind(path: str | os.PathLike) -> str:
    """'json' or 'xlsx' for an import source (by name, else by its first bytes); InvalidSource otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in (".xls", ".ods", ".csv"):
        raise InvalidSource([Problem(path.name, Message("{suffix} files cannot be imported; open the file in your "
                                                        "spreadsheet program and save it as an Excel workbook (.xlsx)",
                                                        suffix=suffix))])
    head = _head(path)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "json"
    raise InvalidSource([Problem(path.name, Message("this is neither a ROPA Desk register document (.json) nor an "
                                                    "Excel workbook (.xlsx)"))])


def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(8)


def check_file(path: str | os.PathLike) -> Path:
    """The path of a readable source file within the size limit; InvalidSource otherwise."""
    path = Path(path)
    if not path.exists():
        raise InvalidSource([Problem(str(path), Message("the file does not exist"))])
    if path.is_dir():
        raise InvalidSource([Problem(str(path), Message("this is a folder, not a file"))])
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES and not _written_by_ropa_desk(path):
        raise InvalidSource([Problem(path.name, Message("the file is {size:.1f} MB; ROPA Desk imports files up to "
                                                        "{most:.1f} MB. Nothing was imported.", size=_mb(size),
                                                        most=_mb(MAX_SOURCE_BYTES)))])
    if size == 0:
        raise InvalidSource([Problem(path.name, Message("the file is empty"))])
    return path


def _written_by_ropa_desk(path: Path) -> bool:
    """Whether the file begins as ROPA Desk's JSON export begins (`jsonformat.iter_json`)."""
    with open(path, "rb") as fh:
        return _OUR_EXPORT.match(fh.read(200)) is not None


def inspect_spreadsheet(path: str | os.PathLike) -> SheetLayout | ExportLayout:
    """How a workbook will be read: an ExportLayout for a workbook exported by ROPA Desk (nothing to
    choose), or the proposed SheetLayout of an ICO-template workbook (for the GUI to show and let the
    user correct its `columns[i].target`)."""
    return spreadsheet.inspect(check_file(path))


def load(path: str | os.PathLike, layout: SheetLayout | ExportLayout | None = None) -> Incoming:
    """Read and validate an import source. `layout` (spreadsheets only) is the column mapping to use,
    default the proposed one. Raises InvalidSource with every problem found."""
    path = check_file(path)
    kind = source_kind(path)
    if kind == "xlsx":
        incoming = spreadsheet.read(path, layout)
    else:
        incoming = jsonformat.parse(decode(path.read_bytes(), path.name))
    incoming.warnings.extend(unlisted_subjects(incoming))
    return incoming


def unlisted_subjects(incoming: Incoming) -> list[Problem]:
    """Warnings for data categories linked to data subjects their activity does not list (imported as
    they are: the editor shows such a link as not listed, and check R05 counts the category unlinked)."""
    out = []
    for located in incoming.activities:
        a = located.record
        listed = set(a.data_subject_categories)
        for dc in a.data_categories:
            unknown = [n for n in dc.subjects if n not in listed]
            if unknown:
                names = ", ".join(f"“{n}”" for n in unknown)
                out.append(Problem(
                    said(located.location),
                    Message("the data category “{category}” of “{activity}” concerns {names}, which the activity does "
                            "not list among its data-subject categories; imported as it is — add them there, or untick "
                            "them", category=dc.name, activity=a.name, names=names),
                    WARNING,
                ))
    return out


def decode(data: bytes, name: str = "") -> str:
    """UTF-8 text (a byte-order mark is allowed); a wrong encoding is reported with its line and column."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InvalidSource([Problem(Message("line {line}, column {column}", line=line, column=column),
                                     Message("the file is not UTF-8 text (byte 0x{byte:02X}); save it as UTF-8 and "
                                             "retry", byte=data[exc.start]))]) from None
