"""Hostile text for the exports: strategies that put it into every text field of a register, and the
read-back checks of the xlsx, pdf and json files made from it.

What "every printable character present" means per format:

- xlsx: read back with openpyxl (a long value joined again from the "Long values" sheet), each field
  of its own is a cell equal to its value, and each list item or nested record's field is part of a
  cell, minus the characters an XML 1.0 document (so Excel) cannot hold -- C0 controls other than
  tab/LF/CR, U+FFFE, U+FFFF, lone surrogates -- with line ends as "\\n" (a nested record's line shows
  a line break as "; "). The export report lists the removed characters. No cell is a formula or an
  error value, neither as openpyxl reads it nor in the sheet XML. A cell is read as Excel reads it: an
  "_xHHHH_" in the file is the escaped character (openpyxl leaves it), so a "_x0041_" the user typed must
  have been written escaped ("_x005F_x0041_").
- pdf: text extraction (pypdf) is not exact, so the check is limited to what it can see: the printable
  (str.isprintable), non-space characters of the Basic Multilingual Plane that both DejaVu Sans faces
  of the export cover (reportlab's TTF face, `charToGlyph`). Characters outside the BMP are left out
  because reportlab's ToUnicode map writes them in a form pypdf cannot read; whitespace because
  wrapping changes it; U+00AD and other format characters are not printable. Every such character of
  every value is in the extracted text (as often as the values hold it). Where the order can be
  trusted -- no right-to-left letters, which pypdf reorders -- each line of a value must also appear
  contiguously (whitespace removed, page footers left out), which shows that markup such as `<b>` or
  `<font name=x>` was printed as written and not applied; and no font but DejaVu is in the file. Of a
  very long value (thousands of characters, spread over table rows and pages) only its start and end
  are checked in order, where it is printed in a label/value row; its characters all are counted.
- json: exact: parsing the document gives the register that makes the same document again.
"""

from __future__ import annotations

import collections
import dataclasses
import re
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import pypdf
from hypothesis import strategies as st
from openpyxl import load_workbook

from ropa_app.domain import model
from ropa_app.export import ExportReport
from ropa_app.export.i18n import Translator
from ropa_app.interchange.records import match_key

from ..interchange.strategies import recipients_of, subjects_of, value_strategy

TEXT_KINDS = (model.TEXT, model.LONGTEXT, model.LINK)

# Every C0 control, DEL, and the invisible or odd characters that trip up text handling.
CONTROL = [chr(c) for c in range(0x20)] + [
    "\x7f", "\x85", "\xa0", "\xad", "\u200b", "\u200d", "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff",
    "\ufffe", "\uffff",
]  # fmt: skip
FORMULAS = [
    "=1+1", "+1", "-1", "@SUM(A1:A2)", "=SUM(A1:A9)", '=HYPERLINK("http://example.com","click")', "#N/A",
    "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "=cmd|' /C calc'!A0", " =1", "\t=1", "=", "+", "-", "@", "'=1",
    "{=1}", "=-1", "1E5", "TRUE", "0012", "2026-11-22", "45%",
]  # fmt: skip
MARKUP = [
    "<b>bold</b>", "<b>", "</b>", "<i>", "<u>under", "<para>", "</para>", "<para align=center>", "&amp;", "&lt;b&gt;",
    "&", "&#65;", "&nbsp;", "<font name=x>", '<font name="Courier" size="30">big</font>', "<br/>", "<br>",
    '<img src="x.png"/>', '<a href="http://x">link</a>', "<![CDATA[x]]>", '<?xml version="1.0"?>', "<!-- c -->",
    "<seq/>", '<onDraw name="x"/>', "<super>2</super>", "]]>", "<", ">", "&&P", "&D", "&[Page]", "_x0041_",
    "{org}", "{0}", "%s", "\\n",
]  # fmt: skip
LATIN = st.text(alphabet="abcXYZ019 åäöÅÆØé", min_size=1, max_size=8)
UNICODE = st.text(st.characters(exclude_categories=("Cs",)), max_size=10)

# Anything: arbitrary Unicode (all planes, no surrogates), controls, formulas, markup.
HOSTILE = st.lists(
    st.one_of(UNICODE, st.sampled_from(CONTROL), st.sampled_from(FORMULAS), st.sampled_from(MARKUP)), max_size=4
).map("".join)
# Left-to-right text with formulas, markup and controls, where the PDF's order can be checked.
HOSTILE_LTR = st.lists(
    st.one_of(LATIN, st.sampled_from(["\n", "\t", " ", "\x00", "\x07", "\x1f", "\x7f", "\ufffe"]),
              st.sampled_from(FORMULAS), st.sampled_from(MARKUP)),
    max_size=3,
).map("".join)


# --- registers ---------------------------------------------------------------------------------------
def record(cls: type, text: st.SearchStrategy, overrides: dict | None = None) -> st.SearchStrategy:
    """Any record of `cls` whose every text holds `text` (REFS empty unless overridden)."""
    fields: dict[str, Any] = {}
    for fs in model.fields_of(cls):
        if fs.kind == model.REFS:
            fields[fs.key] = st.just([])
        elif fs.kind in TEXT_KINDS:
            fields[fs.key] = text
        elif fs.kind == model.TEXT_LIST:
            fields[fs.key] = st.lists(text, max_size=2)
        elif fs.kind == model.CATEGORY_LIST:  # the register keeps each category once per activity
            fields[fs.key] = st.lists(text, max_size=2, unique=True)
        elif fs.kind == model.RECORDS:
            rec = fs.record
            unique = (lambda d: d.name) if rec is model.DataCategory else None
            fields[fs.key] = st.lists(record(rec, text), max_size=2, unique_by=unique)
        else:
            fields[fs.key] = value_strategy(cls, fs)
    fields.update(overrides or {})
    return st.builds(cls, **fields)


@st.composite
def registers(
    draw, text: st.SearchStrategy = HOSTILE, max_recipients: int = 2, max_activities: int = 2
) -> model.Register:
    """A register whose every text field holds `text`: recipients with unique, non-blank names (ids
    1..n, linked as sub-processors and from the activities), activities with unique references whose
    data categories name some of the activity's data-subject categories."""
    org = draw(record(model.Organisation, text))
    name = text.filter(lambda s: s.strip())
    recipients = draw(
        st.lists(
            record(model.Recipient, text, {"name": name}), max_size=max_recipients,
            unique_by=lambda r: match_key(r.name),
        )
    )
    ids = list(range(1, len(recipients) + 1))
    for rid, r in zip(ids, recipients):
        r.id = rid
        others = [i for i in ids if i != rid]
        r.sub_processors = draw(st.lists(st.sampled_from(others), unique=True, max_size=1)) if others else []
    activities = draw(
        st.lists(record(model.Activity, text), min_size=1, max_size=max_activities,
                 unique_by=lambda a: match_key(a.ref) or id(a))
    )
    for a in activities:
        a.recipients = draw(st.lists(st.sampled_from(ids), unique=True, max_size=2)) if ids else []
        for dc in a.data_categories:
            dc.subjects = draw(subjects_of(a))
            dc.recipients = draw(recipients_of(a))  # linked among the activity's own, each once, as the editor does
    return model.Register(org, activities, recipients)


@dataclasses.dataclass(frozen=True)
class TextValue:
    """One text value of a register: where it is, whether it is shown within a nested record's line,
    and whether the PDF prints it in a label/value row (never split into table chunks)."""

    where: str
    value: str
    nested: bool
    field_row: bool


_SAFEGUARD_SKIP = {"country", "tia_link", "supplementary_measures", "notes"}  # not in an activity's row


def text_values(register: model.Register) -> list[TextValue]:
    """Every text (and text-list item) of every field of the register."""
    out: list[TextValue] = []

    def walk(obj: Any, where: str, nested: bool, field_row: bool, row_keys: set[str] | None = None,
             skip: tuple[str, ...] = ()) -> None:
        for fs in model.fields_of(type(obj)):
            if fs.key in skip:
                continue
            value = getattr(obj, fs.key)
            here = f"{where}.{fs.key}"
            in_row = field_row and (row_keys is None or fs.key in row_keys)
            if fs.kind in TEXT_KINDS:
                out.append(TextValue(here, value, nested, in_row))
            elif fs.kind in (model.TEXT_LIST, model.CATEGORY_LIST):
                out.extend(TextValue(f"{here}[{i}]", v, nested, in_row) for i, v in enumerate(value))
            elif fs.kind == model.RECORDS:
                for i, item in enumerate(value):
                    keys = None
                    if fs.key == "transfers":  # an activity's row shows only some transfer fields
                        keys = {k.key for k in model.fields_of(model.Transfer)} - _SAFEGUARD_SKIP
                    walk(item, f"{here}[{i}]", True, field_row and type(obj) is model.Activity, keys,
                         ("subjects",) if fs.key == "data_categories" and _one_subject(obj) else ())

    walk(register.organisation, "organisation", False, True)
    for i, a in enumerate(register.activities):
        walk(a, f"activities[{i}]", False, True)
    for i, r in enumerate(register.recipients):
        walk(r, f"recipients[{i}]", False, False)
    return out


def _one_subject(activity: model.Activity) -> bool:
    """The PDF names the data subjects of its data categories once (export.sections: an activity with one
    data-subject category that every category concerns)."""
    names = activity.data_subject_categories
    return len(names) == 1 and all(set(dc.subjects) <= set(names) for dc in activity.data_categories)


def set_text(register: model.Register, where: str, value: str) -> None:
    """Set the text value at `where` (a path from `text_values`)."""
    obj: Any = register
    parts = re.findall(r"[a-z_]+|\[\d+\]", where)
    for part in parts[:-1]:
        obj = obj[int(part[1:-1])] if part.startswith("[") else getattr(obj, part)
    last = parts[-1]
    if last.startswith("["):
        obj[int(last[1:-1])] = value
    else:
        setattr(obj, last, value)


# --- what a spreadsheet (XML 1.0) can hold -----------------------------------------------------------
def xml_char(c: str) -> bool:
    o = ord(c)
    return c in "\t\n\r" or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000


def spreadsheet_text(value: str) -> str:
    """The value as a spreadsheet holds it: line ends made "\\n", then the characters XML 1.0 cannot
    hold removed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in value if xml_char(c))


def removed_characters(values: list[TextValue]) -> set[str]:
    return {c for v in values for c in v.value if not xml_char(c)}


# --- xlsx --------------------------------------------------------------------------------------------
def xlsx_cells(path: Path, language: str) -> list[str]:
    """Every cell's text, a split long value joined again from the "Long values" sheet. Asserts on the
    way that no cell is a formula or an error, in openpyxl's reading and in the XML itself."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, f"a formula in {name}"
                assert 't="e"' not in xml and 't="str"' not in xml, f"an error or formula result in {name}"
    wb = load_workbook(path)
    overflow = Translator(language)("sheet.overflow")
    parts: dict[tuple[str, str], list[tuple[int, str]]] = collections.defaultdict(list)
    cells: dict[tuple[str, str], str] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                assert c.data_type not in ("f", "e"), f"{ws.title}!{c.coordinate} is {c.data_type!r}: {c.value!r}"
                assert isinstance(c.value, str), f"{ws.title}!{c.coordinate} is not text: {c.value!r}"
                cells[(ws.title, c.coordinate)] = _as_excel_shows(c.value)
        if ws.title == overflow:
            for row in ws.iter_rows(min_row=3, values_only=True):
                sheet, coordinate, _label, part, text = row[:5]
                parts[(sheet, coordinate)].append((int(part.split("/")[0]), _as_excel_shows(text or "")))
    for key, pieces in parts.items():
        assert key in cells, f"the Long values sheet names {key}, which is not a cell"
        cells[key] = "".join(text for _n, text in sorted(pieces))
    return [v for (sheet, _c), v in cells.items() if sheet != overflow]


def _as_excel_shows(text: str) -> str:
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def check_xlsx(path: Path, report: ExportReport, values: list[TextValue], language: str) -> None:
    cells = xlsx_cells(path, language)
    whole = set(cells)
    for tv in values:
        expected = spreadsheet_text(tv.value)
        if not expected:
            continue
        # A field of its own (an organisation, activity, recipient or transfer field) is a cell of its
        # own; a list item or a nested record's field is part of a cell.
        if not tv.where.endswith("]") and (not tv.nested or ".transfers[" in tv.where):
            assert expected in whole, f"{tv.where}: no cell is {expected[:200]!r}"
            continue
        forms = {expected, expected.replace("\n", "; ")} if tv.nested else {expected}
        assert any(form in cell for cell in cells for form in forms), f"{tv.where}: {expected[:200]!r} is in no cell"
    removed = removed_characters(values)
    warnings = [w for w in report.warnings if w.code == "characters_removed"]
    if removed:
        assert warnings, f"{sorted(removed)} were removed without a word in the report"
        listed = set(re.findall(r"U\+([0-9A-F]{4,6})", warnings[0].message))
        codes = {f"{ord(c):04X}" for c in removed}
        assert listed <= codes and len(listed) == min(len(codes), 12), (warnings[0].message, sorted(codes))
    else:
        assert not warnings, warnings


# --- pdf ---------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def pdf_covered() -> frozenset[int]:
    """Code points of the BMP that both DejaVu faces of the PDF export have a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    from ropa_app.export.pdf_parts import FONT, FONT_BOLD, register_fonts

    register_fonts()
    regular = set(pdfmetrics.getFont(FONT).face.charToGlyph)
    bold = set(pdfmetrics.getFont(FONT_BOLD).face.charToGlyph)
    return frozenset(c for c in regular & bold if c < 0x10000)


def pdf_visible(text: str) -> str:
    """The characters of `text` the PDF check can see (see the module doc), in order."""
    covered = pdf_covered()
    return "".join(c for c in text if ord(c) in covered and c.isprintable() and not c.isspace())


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # what pypdf reorders as right-to-left
FOOTER_TOP = 60.0  # points: the page footer is drawn below this, the frame starts above it


@dataclasses.dataclass
class PdfText:
    all: str  # everything extracted
    body: str  # pdf_visible() of the text above the page footers, in drawing order
    fonts: set[str]


def pdf_text(path: Path) -> PdfText:
    reader = pypdf.PdfReader(path)
    everything: list[str] = []
    body: list[str] = []
    fonts: set[str] = set()

    def visit(text, cm, tm, _font, _size) -> None:  # noqa: ANN001
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if y >= FOOTER_TOP:
            body.append(text)

    for page in reader.pages:
        everything.append(page.extract_text(visitor_text=visit))
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    return PdfText("".join(everything), pdf_visible("".join(body)), fonts)


def check_pdf(path: Path, values: list[TextValue], ordered: bool, long_value: TextValue | None = None) -> None:
    text = pdf_text(path)
    assert text.fonts and all("DejaVu" in f for f in text.fonts), f"a font other than DejaVu: {text.fonts}"
    # Every character, as often as the values hold it (each value is printed in full somewhere).
    need: collections.Counter[str] = collections.Counter()
    for tv in values:
        need.update(pdf_visible(tv.value))
    have = collections.Counter(pdf_visible(text.all))
    short = {c: n - have[c] for c, n in need.items() if have[c] < n}
    assert not short, f"characters missing from the PDF (char: how many): {dict(list(short.items())[:20])}"
    if ordered:  # each line of each value, in order: markup printed as written
        for tv in values:
            if _RTL.search(tv.value):
                continue
            for line in spreadsheet_text(tv.value).split("\n"):
                visible = pdf_visible(line)
                assert visible in text.body, f"{tv.where}: {line[:200]!r} is not in the PDF as written"
    if long_value is not None and long_value.field_row and not _RTL.search(long_value.value):
        shown = spreadsheet_text(long_value.value)  # a nested record's line shows a line break as "; "
        visible = pdf_visible(shown.replace("\n", "; ") if long_value.nested else shown)
        assert visible[:30] in text.body and visible[-30:] in text.body, f"{long_value.where}: start or end missing"


# --- json --------------------------------------------------------------------------------------------
def check_json(register: model.Register, folder: Path) -> str:
    from ropa_app.interchange import dumps, export_json, load, save_json, to_document

    text = export_json(register)
    path = save_json(register, folder / "register.json")
    assert path.read_bytes() == text.encode("utf-8")
    incoming = load(path)
    assert dumps(to_document(incoming.register())) == text, "the JSON document does not read back as written"
    return text


__all__ = [
    "CONTROL", "FORMULAS", "HOSTILE", "HOSTILE_LTR", "MARKUP", "UNICODE", "TextValue", "check_json", "check_pdf",
    "check_xlsx", "pdf_visible", "registers", "removed_characters", "set_text", "spreadsheet_text", "text_values",
]  # fmt: skip
