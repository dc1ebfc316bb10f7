"""Reading back a register exported by ROPA Desk to Excel (ropa_app.export.xlsx), edited or not.

The export is made for people: one sheet per register and annex, a header row of translated labels,
values as display text. `detect` recognises such a workbook by its header rows (in any export language)
and `read` turns its rows into records again: activities from the controller and processor sheets,
recipients from the recipients annex, every transfer from the transfers annex, the organisation from its
sheet. Columns the export derives (third countries, safeguards, "used by") are not read back.
"""

from __future__ import annotations

import re
from dataclasses import field
from typing import Any

from ..domain import kinds, model
from ..domain.dataclass import dataclass
from ..domain.messages import Message
from ..export.i18n import LANGUAGES
from .columns import get_column_letter
from .problems import Incoming, Located, Place, Problems, said
from .records import match_key
from .ropa_values import Reader, fold

DERIVED = "#derived"
OWNER = "#owner"
HEADER_SCAN_ROWS = 12
_ENTITY_OF = {k.key: k.cls for k in (kinds.ACTIVITY, kinds.RECIPIENT, kinds.TRANSFER)}


@dataclass
class ExportSheet:
    title: str
    kind: str  # organisation | activity | recipient | transfer
    header_row: int
    columns: dict[int, str]  # 1-based column -> field key (or DERIVED / OWNER)
    headers: dict[int, str] = field(default_factory=dict)


@dataclass
class ExportLayout:
    language: str
    sheets: list[ExportSheet]
    overflow: str | None = None  # the "Long values" sheet, if any

    def of(self, kind: str) -> list[ExportSheet]:
        return [s for s in self.sheets if s.kind == kind]


def _header_maps(reader: Reader) -> dict[str, dict[str, str]]:
    tr = reader.tr
    maps = {kind: reader.labels(cls) for kind, cls in _ENTITY_OF.items()}
    # (the rights and breach-record columns of the ICO layout hold nothing a register field keeps)
    for derived in ("column.third_countries", "column.transfer_safeguards", "column.rights", "column.breach_occurred",
                    "column.breach_link"):
        maps["activity"][fold(tr(derived))] = DERIVED
    # The processor record heads its recipients "Sub-processors" (in every export language)
    maps["activity"].update({fold(t("processor.sub_processors")): "recipients" for t in [tr, *reader.all_languages]})
    maps["recipient"][fold(tr("column.used_by"))] = DERIVED
    maps["transfer"].update({fold(tr("column.transferred_by")): OWNER, fold(tr("column.used_by")): DERIVED})
    return maps


def detect(sheets: dict[str, list[list[Any]]]) -> ExportLayout | None:
    """The layout of a ROPA Desk export, from the first rows of each sheet; None if it is not one."""
    best: tuple[int, ExportLayout] | None = None
    for language in LANGUAGES:
        reader = Reader(language)
        maps = _header_maps(reader)
        org_header = [fold(reader.tr("column.label")), fold(reader.tr("column.value"))]
        overflow_titles = {fold(reader.tr("sheet.overflow"))}
        # Sheets that show again what the registers hold (for printing; the data-category links): not read.
        shown_again = {fold(reader.tr(k)) for k in ("sheet.print_controller", "sheet.print_processor",
                                                     "sheet.data_links")}
        layout, score = ExportLayout(language, []), 0
        for title, rows in sheets.items():
            if fold(title) in overflow_titles:
                layout.overflow = title
                continue
            if fold(title) in shown_again:
                continue
            found = _sheet_header(title, rows, maps, org_header)
            if found is not None:
                layout.sheets.append(found[0])
                score += found[1]
        if layout.of("activity") and (best is None or score > best[0]):
            best = (score, layout)
    return best[1] if best else None


def _sheet_header(title, rows, maps, org_header) -> tuple[ExportSheet, int] | None:
    for r, cells in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        texts = {c: fold(v) for c, v in enumerate(cells, start=1) if v not in (None, "")}
        if not texts:
            continue
        if list(texts.values()) == org_header:
            return ExportSheet(title, "organisation", r, {}), 2
        for kind, labels in maps.items():
            cols = {c: labels[t] for c, t in texts.items() if t in labels}
            if len(cols) >= 3 and len(cols) >= 0.6 * len(texts) and _is_kind(kind, cols):
                headers = {c: str(cells[c - 1]) for c in texts}
                return ExportSheet(title, kind, r, cols, headers), len(cols)
    return None


def _is_kind(kind: str, cols: dict[int, str]) -> bool:
    keys = set(cols.values())
    if kind == "transfer":
        return OWNER in keys
    return "name" in keys and (kind != "recipient" or "kind" in keys or "service" in keys)


class _Cells:
    """Cell values of the workbook, with values split onto the "Long values" sheet put back together."""

    def __init__(self, rows: dict[str, list[list[Any]]], overflow: str | None):
        self.rows = rows
        self.long: dict[tuple[str, str], str] = {}
        if overflow:
            parts: dict[tuple[str, str], list[tuple[int, str]]] = {}
            for cells in rows[overflow][2:]:
                if len(cells) >= 5 and cells[0] and cells[1] and cells[3]:
                    n = int(str(cells[3]).split("/")[0])
                    parts.setdefault((str(cells[0]), str(cells[1])), []).append((n, str(cells[4] or "")))
            self.long = {k: "".join(t for _, t in sorted(v)) for k, v in parts.items()}

    def get(self, sheet: str, row: int, col: int) -> Any:
        key = (sheet, f"{get_column_letter(col)}{row}")
        if key in self.long:
            return self.long[key]
        cells = self.rows[sheet][row - 1] if row <= len(self.rows[sheet]) else []
        return cells[col - 1] if col <= len(cells) else None


def read(rows: dict[str, list[list[Any]]], layout: ExportLayout, problems: Problems) -> Incoming:
    reader = Reader(layout.language)
    cells = _Cells(rows, layout.overflow)
    for sheet in layout.sheets:
        for c, _header in sheet.headers.items():
            if c not in sheet.columns:
                problems.warning(_where(sheet, sheet.header_row, c),
                                 "not a column of a ROPA Desk export; not imported")
    org = _organisation(layout, cells, reader, problems)
    has_transfers = bool(layout.of("transfer"))
    # With a transfers annex, it is where transfers are read (the recipients' column repeats it).
    rec_skip = {"transfers"} if has_transfers else set()
    recipients, rec_refs = _records(layout, "recipient", cells, reader, problems, skip=rec_skip)
    activities, act_refs = _records(layout, "activity", cells, reader, problems, skip={"transfers"})
    names: dict[str, int] = {}
    for i, loc in enumerate(recipients, start=1):
        loc.record.id = i
        key = match_key(loc.record.name)
        if not key:
            problems.error(loc.location, "a recipient needs a name")
        elif key in names:
            problems.error(loc.location, "the recipient “{name}” is listed twice", name=loc.record.name)
        names.setdefault(key, i)
    for located, refs in [*zip(recipients, rec_refs), *zip(activities, act_refs)]:
        for key, (raw, where) in refs.items():
            if not layout.of("recipient"):
                located.provided = located.provided - {key}
                continue
            ids = []
            for name in (line.strip() for line in str(raw or "").split("\n")):
                if name and fold(name) not in reader.missing:
                    rid = names.get(match_key(name))
                    if rid is None:
                        problems.error(where, "no recipient called “{name}” is on the recipients sheet",
                                       name=name)
                    elif rid not in ids:
                        ids.append(rid)
            setattr(located.record, key, ids)
    if has_transfers:
        _transfers(layout, cells, reader, problems, activities, recipients)
    seen: dict[str, str] = {}
    for loc in activities:
        ref = match_key(loc.record.ref)
        if ref in seen:
            problems.error(loc.location, "the reference “{ref}” is also used in {other}", ref=loc.record.ref,
                           other=said(seen[ref]))
        elif ref:
            seen[ref] = loc.location
    return Incoming(org, recipients, activities, kind="ropa_xlsx")


def _where(sheet: ExportSheet, row: int, col: int) -> Place:
    """A cell, named for every value read: a Place, made into a Message only when a problem is listed there."""
    head = sheet.headers.get(col, "")
    if not head:
        return Place("sheet “{sheet}”, cell {cell}", sheet=sheet.title, cell=f"{get_column_letter(col)}{row}")
    head = head if len(head) <= 40 else head[:39] + "…"
    return Place("sheet “{sheet}”, cell {cell} (“{title}”)", sheet=sheet.title, cell=f"{get_column_letter(col)}{row}",
                 title=head)


def _organisation(layout, cells, reader, problems) -> Located[model.Organisation] | None:
    sheets = layout.of("organisation")
    if not sheets:
        return None
    sheet = sheets[0]
    labels = reader.labels(model.Organisation)
    specs = {fs.key: fs for fs in model.fields_of(model.Organisation)}
    values: dict[str, Any] = {}
    for r in range(sheet.header_row + 1, len(cells.rows[sheet.title]) + 1):
        key = labels.get(fold(cells.get(sheet.title, r, 1) or ""))
        if key is None or key in values:
            continue
        raw = cells.get(sheet.title, r, 2)
        ok, value = reader.value(model.Organisation, specs[key], raw, _where(sheet, r, 2), problems)
        if ok:
            values[key] = value
    return Located(model.Organisation(**values), frozenset(values), Message("sheet “{sheet}”", sheet=sheet.title))


def _records(layout, kind, cells, reader, problems, skip: set[str]):
    cls = _ENTITY_OF[kind]
    specs = {fs.key: fs for fs in model.fields_of(cls)}
    empty_texts = _empty_texts(reader)
    out: list[Located] = []
    refs: list[dict[str, tuple[Any, str]]] = []
    for sheet in layout.of(kind):
        columns = {c: k for c, k in sheet.columns.items() if k in specs and k not in skip}
        # The data categories last: their data subjects are told apart among the activity's data-subject categories.
        columns = dict(sorted(columns.items(), key=lambda ck: ck[1] == "data_categories"))
        for r in range(sheet.header_row + 1, len(cells.rows[sheet.title]) + 1):
            raw = {c: cells.get(sheet.title, r, c) for c in columns}
            filled = [v for v in raw.values() if v not in (None, "")]
            if not filled or (len(filled) == 1 and fold(filled[0]) in empty_texts):
                continue
            values: dict[str, Any] = {}
            row_refs: dict[str, tuple[Any, str]] = {}
            for c, key in columns.items():
                if specs[key].kind == model.REFS:
                    row_refs[key] = (raw[c], _where(sheet, r, c))
                    continue
                # names a data category links to: the activity's data subjects and its recipients (categories
                # and named ones), told apart although a name may hold the separator ", "
                subjects = [*values.get("data_subject_categories", ()), *values.get("recipient_categories", ()),
                            *_names_in(row_refs.get("recipients"))] if key == "data_categories" else ()
                ok, value = reader.value(cls, specs[key], raw[c], _where(sheet, r, c), problems, subjects)
                if ok:
                    values[key] = value
            record = cls(**values)
            out.append(Located(record, frozenset(set(values) | set(row_refs)),
                               Place("sheet “{sheet}”, row {row}", sheet=sheet.title, row=r)))
            refs.append(row_refs)
    return out, refs


def _names_in(ref: tuple[Any, str] | None) -> list[str]:
    """The recipient names of a row's recipients cell (one a line, as the export writes them)."""
    if ref is None or ref[0] in (None, ""):
        return []
    return [line.strip() for line in str(ref[0]).split("\n") if line.strip()]


def _empty_texts(reader: Reader) -> set[str]:
    """What the export writes in a sheet without records ("None recorded")."""
    return {fold(reader.tr(key)) for key in ("no_activities", "none_recorded")}


def _transfers(layout, cells, reader, problems, activities, recipients) -> None:
    specs = {fs.key: fs for fs in model.fields_of(model.Transfer)}
    patterns = [re.compile("^" + re.escape(t).replace(re.escape("{activity}"), "(.+)") + "$")
                for t in {reader.tr("direct_transfer"), Reader("en").tr("direct_transfer")}]
    by_tag: dict[str, Located] = {}
    for loc in activities:
        by_tag.setdefault(match_key(loc.record.ref) or match_key(loc.record.name), loc)
        by_tag.setdefault(match_key(loc.record.name), loc)
    by_name = {match_key(loc.record.name): loc for loc in recipients}
    for loc in [*activities, *recipients]:
        loc.record.transfers = []
        loc.provided = loc.provided | {"transfers"}
    empty_texts = _empty_texts(reader)
    for sheet in layout.of("transfer"):
        owner_col = next((c for c, k in sheet.columns.items() if k == OWNER), None)
        for r in range(sheet.header_row + 1, len(cells.rows[sheet.title]) + 1):
            raw = {c: cells.get(sheet.title, r, c) for c in sheet.columns}
            filled = [v for c, v in raw.items() if v not in (None, "") and sheet.columns[c] != DERIVED]
            if not filled or (len(filled) == 1 and fold(filled[0]) in empty_texts):
                continue
            values: dict[str, Any] = {}
            for c, key in sheet.columns.items():
                if key in specs:
                    ok, value = reader.value(model.Transfer, specs[key], raw[c], _where(sheet, r, c), problems)
                    if ok:
                        values[key] = value
            by = str(raw.get(owner_col) or "").strip()
            match = next((m for m in (p.match(by) for p in patterns) if m), None)
            owner = by_tag.get(match_key(match.group(1))) if match else by_name.get(match_key(by))
            if owner is None:
                where = _where(sheet, r, owner_col or 1)
                problems.error(where, "“{by}” is neither a recipient on the recipients sheet nor “{direct}” naming an "
                                      "activity", by=by, direct=reader.tr("direct_transfer", activity="…"))
                continue
            owner.record.transfers.append(model.Transfer(**values))
