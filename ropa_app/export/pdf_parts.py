"""Building blocks of the PDF export (reportlab): fonts, styles, label/value rows, annex tables, contents lines.

No Qt, no SQL. User text is never read as markup: label/value rows draw it as plain text lines
(`TextWrapper`), and so do the annex tables (`AnnexTable`); where a Paragraph is used (headings, the
cover) it goes through `para_text`, which escapes it, so that `Kowalski <jan@example.com> & Co` prints as
written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph

from ..domain.dataclass import dataclass
from ..paths import resource_path
from .pdf_spool import SpoolingDocument

try:  # reportlab's C accelerator (package rl-accel), which reportlab uses by itself when it is installed;
    import _rl_accel  # imported by name here so that PyInstaller, blind to reportlab's own import, bundles it
except ImportError:  # without it reportlab computes the same (text widths, number formats) in Python
    _rl_accel = None
ACCELERATED = _rl_accel is not None  # the benchmarks print it

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
GRID = colors.HexColor("#9AA5B1")
LABEL_BG = colors.HexColor("#EEF1F4")
HEAD_BG = colors.HexColor("#DDE3EA")
MISSING = colors.HexColor("#B00020")
MUTED = colors.HexColor("#44505C")
PAD = 3.0

_fonts_registered = False


def register_fonts() -> None:
    """Register the shipped DejaVu fonts (Latin, Greek, Cyrillic and all Nordic letters)."""
    global _fonts_registered
    if _fonts_registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered = True


def styles(hyphenation: str = "") -> dict[str, ParagraphStyle]:
    """The paragraph styles. `hyphenation` names the language's dictionary (domain.languages): our own words
    in a table header ("small_bold") break at a syllable, with a hyphen, rather than anywhere. The user's
    text is never hyphenated by reportlab (a hyphen it adds would change what the PDF says)."""
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5, splitLongWords=1)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "small_bold": ParagraphStyle("small_bold", base, fontName=FONT_BOLD, fontSize=8, leading=10,
                                     hyphenationLang=hyphenation, embeddedHyphenation=1),
        "muted": ParagraphStyle("muted", base, fontSize=7.5, leading=10, textColor=MUTED),
        "label": ParagraphStyle("label", base, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "missing": ParagraphStyle("missing", base, fontName=FONT_BOLD, textColor=MISSING),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4, keepWithNext=1
        ),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=24, leading=30, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=15, textColor=MUTED, spaceAfter=28),
        "org": ParagraphStyle("org", base, fontName=FONT_BOLD, fontSize=16, leading=21, spaceAfter=14),
    }


def para_text(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


_ADDRESS = re.compile(r"[/@\\_?=&]|://|\.\w")  # a URL, an e-mail address, a path, a file or host name
_SEPARATOR = re.compile(r"[/@\\_?=&.\-]+")


@functools.lru_cache(maxsize=8)
def _hyphenator(language: str):  # noqa: ANN202 - a pyphen.Pyphen, or None
    if not language:
        return None
    import pyphen  # noqa: PLC0415 - only PDF exports need it

    return pyphen.Pyphen(lang=language) if language in pyphen.LANGUAGES else None


class TextWrapper:
    """Breaks plain text into lines of a given width in one font (words measured once, cached).

    Label/value rows are plain text, drawn line by line: no markup is ever interpreted, a value of any
    length breaks across pages at a line, and a word wider than the column is broken by characters."""

    def __init__(self, font: str, size: float, leading: float, color=colors.black,  # noqa: ANN001
                 hyphenation: str = ""):
        self.font, self.size, self.leading, self.color = font, size, leading, color
        self._widths: dict[str, float] = {}
        self.space = pdfmetrics.stringWidth(" ", font, size)
        self._hyphenator = _hyphenator(hyphenation)

    def width(self, word: str) -> float:
        w = self._widths.get(word)
        if w is None:
            if len(self._widths) > 50_000:
                self._widths.clear()
            w = self._widths[word] = pdfmetrics.stringWidth(word, self.font, self.size)
        return w

    def _break_word(self, word: str, max_width: float) -> list[str]:
        """A word wider than the column: a name or a compound word at its syllables, with a hyphen (the
        language's dictionary), a hyphenated compound ("Sub-processors") after its hyphens first; an address,
        a path or a code after its separators (/ . _ @ - ?), where a hyphen would change it; anything else by
        characters."""
        if _ADDRESS.search(word):
            return self._break_at(word, max_width, [(m.end(), "") for m in _SEPARATOR.finditer(word)])
        points: list[tuple[int, str]] = []
        stem = word.rstrip(".,:;!?)»”’\"'")  # punctuation after a word ("activities:")
        if self._hyphenator is not None and all(part.isalpha() for part in stem.split("-") if part):
            for m in re.finditer(r"[^\W\d_]+", stem):  # each word of a compound; never a code or a number
                points += [(m.start() + p, "-") for p in self._hyphenator.positions(m.group())]
        points += [(m.end(), "") for m in re.finditer("-", word)]
        return self._break_at(word, max_width, sorted(points))

    def _break_at(self, word: str, max_width: float, points: list[tuple[int, str]]) -> list[str]:
        """Pieces ending at the last of `points` (position, mark added there) that fits, a point without a
        mark (a hyphen or separator of the word) before one with; by characters where none fits."""
        pieces: list[str] = []
        start = 0
        while self.width(word[start:]) > max_width:
            fits = [(p, mark) for p, mark in points
                    if start < p < len(word) and self.width(word[start:p] + mark) <= max_width]  # fmt: skip
            if not fits:
                rest = self._break_chars(word[start:], max_width)
                return pieces + rest
            hard = [f for f in fits if not f[1]]  # after a hyphen the word has rather than at a syllable
            p, mark = (hard or fits)[-1]
            pieces.append(word[start:p] + mark)
            start = p
        return [*pieces, word[start:]]

    def _break_chars(self, word: str, max_width: float) -> list[str]:
        pieces, start, used = [], 0, 0.0
        for i, ch in enumerate(word):
            w = self.width(ch)
            if used + w > max_width and i > start:
                pieces.append(word[start:i])
                start, used = i, 0.0
            used += w
        pieces.append(word[start:])
        return pieces

    def lines(self, text: str, max_width: float) -> list[str]:
        out: list[str] = []
        space, width = self.space, self.width
        for para in text.replace("\t", "    ").split("\n"):
            current: list[str] = []
            used = 0.0
            for word in para.split(" "):
                w = width(word)
                if w > max_width:
                    if current:
                        out.append(" ".join(current))
                        current, used = [], 0.0
                    *full, word = self._break_word(word, max_width)
                    out.extend(full)
                    w = width(word)
                if current and used + space + w > max_width:
                    out.append(" ".join(current))
                    current, used = [word], w
                else:
                    used += w + (space if current else 0.0)
                    current.append(word)
            out.append(" ".join(current))
        return out

    def draw(self, canv, x: float, top: float, lines: list[str], color=None):  # noqa: ANN001, ANN201
        """Draw the lines; the fill colour is set unless `color` says it is already this one. Returns the
        fill colour the canvas is left with."""
        t = canv.beginText(x, top - self.size)
        t.setFont(self.font, self.size, self.leading)
        if color is not self.color:
            t.setFillColor(self.color)
        for line in lines:
            t.textLine(line)
        canv.drawText(t)
        return self.color


class FieldRow(Flowable):
    """One label/value row of a two-column field table. The value breaks across pages at a line."""

    def __init__(
        self, label: str, value: str, label_font: TextWrapper, value_font: TextWrapper, label_share: float = 0.3
    ):
        super().__init__()
        self.label, self.value = label, value
        self.label_font, self.value_font = label_font, value_font
        self.label_share = label_share
        self._lines: list[str] = []
        self._label_lines: list[str] = []
        self._preset = False  # the two halves of a split row keep the lines they were given
        self._for_width = -1.0
        self._lw = 0.0

    def _layout(self, avail_width: float) -> None:
        if avail_width == self._for_width:
            return
        lw = avail_width * self.label_share
        self._lw = lw
        self._label_lines = self.label_font.lines(self.label, lw - 2 * PAD) if self.label else []
        if not self._preset:
            self._lines = self.value_font.lines(self.value, avail_width - lw - 2 * PAD)
        self._for_width = avail_width

    def _height(self, n_value_lines: int) -> float:
        lh = len(self._label_lines) * self.label_font.leading
        return max(lh, n_value_lines * self.value_font.leading) + 2 * PAD

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout(availWidth)
        self.width, self.height = availWidth, self._height(len(self._lines))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._layout(availWidth)
        room = availHeight - 2 * PAD
        fit = int(room // self.value_font.leading)
        if fit < 1 or len(self._label_lines) * self.label_font.leading > room or fit >= len(self._lines):
            return []
        first = FieldRow(self.label, "", self.label_font, self.value_font, self.label_share)
        rest = FieldRow("", "", self.label_font, self.value_font, self.label_share)
        first._lines, rest._lines = self._lines[:fit], self._lines[fit:]
        first._preset = rest._preset = True
        return [first, rest]

    def draw(self) -> None:
        """A row drawn on its own (the export lays rows out in a `FieldBlock`, which draws a record's rows as
        one path; tests/export/test_pdf_blocks.py compares the two)."""
        c = self.canv
        c.setFillColor(LABEL_BG)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.rect(0, 0, self._lw, self.height, stroke=0, fill=1)
        c.line(0, 0, self.width, 0)
        c.line(0, self.height, self.width, self.height)
        top = self.height - PAD
        if self._label_lines:
            self.label_font.draw(c, PAD, top, self._label_lines)
        self.value_font.draw(c, self._lw + PAD, top, self._lines)


_FUZZ = 1e-6  # reportlab's tolerance when a frame decides whether a flowable fits (rl_config._FUZZ)


class FieldBlock(Flowable):
    """A record's label/value rows (`FieldRow`s), under its heading if it has one, as one flowable.

    It lays out and breaks across pages exactly as the heading and the rows would one flowable each: the
    heading kept with the first row (reportlab's keepWithNext: when the two do not fit in what is left of a
    page, both start the next one), a row that does not fit split at a line (`FieldRow.split`) or moved to
    the next page. One flowable per record instead of one per row spares reportlab's frame, its drawing
    set-up and its story handling for each row (some 20 a record); the rows' backgrounds and rules are
    drawn as one path each, and a text colour is set only where it changes."""

    def __init__(self, rows: list[FieldRow], heading: Heading | None = None,
                 make: Callable[[], tuple[Heading | None, list[FieldRow]]] | None = None):  # fmt: skip
        super().__init__()
        self.rows, self._heading = rows, heading
        # `make` gives the heading and the rows when the block is first laid out: until then the story holds
        # no more than the function (for a record: the record itself), not some 20 rows and a paragraph.
        self._make = make
        self._for_width = -1.0
        self._head_h = self._gap = 0.0

    @property
    def heading(self) -> Heading | None:
        """The heading (made, with the rows, if not yet made)."""
        if self._make is not None:
            self._heading, self.rows = self._make()
            self._make = None
        return self._heading

    def _layout(self, avail_width: float, avail_height: float) -> float:
        if avail_width != self._for_width:
            if self.heading is not None:
                self._head_h = self.heading.wrap(avail_width, avail_height)[1]
                self._gap = self.heading.getSpaceAfter() if self.rows else 0.0
            for row in self.rows:
                row.wrap(avail_width, avail_height)
            self._for_width = avail_width
        return self._head_h + self._gap + sum(row.height for row in self.rows)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.heading.getSpaceBefore() if self.heading is not None else 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.heading.getSpaceAfter() if self.heading is not None and not self.rows else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self._layout(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._layout(availWidth, availHeight)
        room = availHeight
        if self.heading is not None:
            # keepWithNext: the heading and the first row whole; if they do not fit below something, the page ends
            # (reportlab's KeepTogether, given that the next page's frame is as large as this one: it is here)
            first = self.rows[0].height if self.rows else 0.0
            at_top = getattr(getattr(self, "_frame", None), "_atTop", True)
            if not at_top and self._head_h + self._gap + first > room:
                return []
            room -= self._head_h + self._gap
        for i, row in enumerate(self.rows):
            if row.height <= room + _FUZZ:
                room -= row.height
                continue
            parts = row.split(availWidth, room) if room > 0 else []
            if parts:
                first, rest = parts
                return [FieldBlock([*self.rows[:i], first], self.heading), FieldBlock([rest, *self.rows[i + 1:]])]
            if i == 0 and self.heading is None:
                return []  # not even a line of the first row: it starts the next page
            return [FieldBlock(self.rows[:i], self.heading), FieldBlock(self.rows[i:])]
        return [FieldBlock(self.rows, self.heading)]

    def draw(self) -> None:
        c = self.canv
        y = self.height
        if self.heading is not None:
            y -= self._head_h
            self.heading.drawOn(c, 0, y)
            y -= self._gap
        if not self.rows:
            return
        width, tops = self.width, []
        backgrounds, rules = c.beginPath(), c.beginPath()
        rules.moveTo(0, y)
        rules.lineTo(width, y)
        for row in self.rows:
            tops.append(y)
            y -= row.height
            backgrounds.rect(0, y, row._lw, row.height)
            rules.moveTo(0, y)
            rules.lineTo(width, y)
        c.setFillColor(LABEL_BG)
        c.drawPath(backgrounds, stroke=0, fill=1)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.drawPath(rules, stroke=1, fill=0)
        color = None
        for row, top in zip(self.rows, tops):
            if row._label_lines:
                color = row.label_font.draw(c, PAD, top - PAD, row._label_lines, color)
            color = row.value_font.draw(c, row._lw + PAD, top - PAD, row._lines, color)


LEADING = 10.0  # the annex tables' line height (8-point text)


def _line_width(font: TextWrapper, line: str) -> float:
    words = line.split(" ")
    return sum(font.width(w) for w in words) + font.space * (len(words) - 1)


def column_widths(headers: list[str], rows: list[list[str]], total: float, head: TextWrapper, body: TextWrapper,
                  sample: int = 400) -> list[float]:  # fmt: skip
    """Widths of a table's columns from their content, adding up to `total`: the room shared in proportion to
    how much text each column holds (its mean text width per row, a cell counted up to six lines of an
    average column), so that every column wraps to about as many lines and full columns are wide; but no
    column narrower than its header's longest word (up to 48 points: a longer one is hyphenated) and its
    content's longest word (up to 72 points), so an empty column stays that narrow, and none wider than its
    widest line. Measured on at most `sample` rows, evenly spaced."""
    step = max(len(rows) // sample, 1)
    picked = rows[::step]
    cap = 6 * total / max(len(headers), 1)  # one very long value does not make its column wide for all rows
    lo, hi, mean = [], [], []
    for i, header in enumerate(headers):
        word = max((head.width(w) for w in header.split()), default=0.0)
        cells = [[_line_width(body, line) for line in r[i].split("\n") if line] for r in picked]
        longest = max((body.width(w) for r in picked for w in r[i].split()), default=0.0)
        lo.append(max(min(word, 48.0), min(longest, 72.0), 24.0) + 2 * PAD)
        hi.append(max(min(max((max(c, default=0.0) for c in cells), default=0.0), total) + 2 * PAD, lo[-1]))
        mean.append(sum(min(sum(c), cap) for c in cells) / max(len(picked), 1))
    fixed: dict[int, float] = {}
    while len(fixed) < len(headers):  # each round fixes at least one column at its least or most width
        free = [i for i in range(len(headers)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = {i: mean[i] for i in free} if any(mean[i] for i in free) else dict.fromkeys(free, 1.0)
        share = {i: room * weight[i] / sum(weight.values()) for i in free}
        low = {i: lo[i] for i in free if share[i] < lo[i]}
        high = {i: hi[i] for i in free if share[i] > hi[i]}
        if not low and not high:
            fixed.update(share)
            break
        fixed.update(low or high)
    out = [fixed[i] for i in range(len(headers))]
    return [w * total / sum(out) for w in out]  # (all at their most, or the least widths wider than the page)


@dataclass
class AnnexFonts:
    head: TextWrapper  # the header row
    name: TextWrapper  # a record's name, the first line of its first column
    body: TextWrapper
    muted: TextWrapper  # "Name (continued)" where a record goes on past a page


class AnnexRow:
    """One record of an annex table: its cells' text; laid out (lines per cell) when first measured."""

    __slots__ = ("cells", "shade", "lines", "height")

    def __init__(self, cells: list[str], shade: bool, lines: list | None = None):
        self.cells, self.shade = cells, shade
        self.lines: list[list[tuple[TextWrapper, str]]] | None = lines
        self.height = 0.0 if lines is None else max(map(len, lines), default=0) * LEADING + 2 * PAD

    def layout(self, widths: list[float], fonts: AnnexFonts) -> float:
        if self.lines is None:
            lines = []
            for i, (text, width) in enumerate(zip(self.cells, widths)):
                room = width - 2 * PAD
                if i == 0 and text:  # the record's name in bold, its details under it plain
                    head, _, rest = text.partition("\n")
                    cell = [(fonts.name, line) for line in fonts.name.lines(head, room)]
                    if rest:
                        cell += [(fonts.body, line) for line in fonts.body.lines(rest, room)]
                else:
                    cell = [(fonts.body, line) for line in fonts.body.lines(text, room)] if text else []
                lines.append(cell)
            self.lines = lines
            self.height = max(map(len, lines), default=0) * LEADING + 2 * PAD
        return self.height

    def split(self, fit: int, marker: TextWrapper, continued: str, width: float) -> tuple[AnnexRow, AnnexRow]:
        """The first `fit` lines of every cell, and the rest headed by "Name (continued)"."""
        assert self.lines is not None
        top = AnnexRow(self.cells, self.shade, [cell[:fit] for cell in self.lines])
        name = self.cells[0].partition("\n")[0]
        mark = [(marker, line) for line in marker.lines(f"{name} {continued}", width - 2 * PAD)]
        rest = [mark + self.lines[0][fit:]] + [cell[fit:] for cell in self.lines[1:]]
        return top, AnnexRow(self.cells, self.shade, rest)


@dataclass
class AnnexSpec:
    """What every piece of one annex table shares: the header, the column widths, the fonts, and the height
    a page offers the table (a record taller than that is split across pages; a shorter one is not)."""

    headers: list[str]
    widths: list[float]
    fonts: AnnexFonts
    continued: str  # "(continued)" in the document's language
    page_height: float
    _head_lines: list[list[str]] | None = None
    head_height: float = 0.0

    def header(self) -> list[list[str]]:
        if self._head_lines is None:
            self._head_lines = [self.fonts.head.lines(h, w - 2 * PAD) for h, w in zip(self.headers, self.widths)]
            self.head_height = max(map(len, self._head_lines), default=1) * LEADING + 2 * PAD
        return self._head_lines


class AnnexTable(Flowable):
    """An annex as one table: a row per record, the header on top of every page's part of it, a record kept
    on one page when it fits on one (else continued, under "Name (continued)"), rules and alternate shading.

    Linear in the number of records: the table is laid out only as far as a page reaches; a page break
    splits off the rows that fit and leaves the rest as a view of the same row list from an index, where
    reportlab's Table re-processes every remaining row and style command at each page."""

    def __init__(self, spec: AnnexSpec, rows: list[AnnexRow], start: int = 0, first: AnnexRow | None = None,
                 lead: bool = False):  # fmt: skip
        super().__init__()
        self.spec, self.rows, self.start, self.first = spec, rows, start, first
        # The table's beginning, under its section's heading: a first record that does not fit under the
        # heading is split there rather than leave the heading alone at the foot of a page.
        self.lead = lead

    def _items(self):  # noqa: ANN202 - an iterator of (index in rows, or -1 for `first`; row)
        if self.first is not None:
            yield -1, self.first
        for i in range(self.start, len(self.rows)):
            yield i, self.rows[i]

    @property
    def count(self) -> int:
        """How many rows this part draws (for the progress bar)."""
        return len(self.rows) - self.start + (self.first is not None)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        spec = self.spec
        spec.header()
        height, limit = spec.head_height, max(availHeight, spec.page_height) + 1
        for _i, row in self._items():
            height += row.layout(spec.widths, spec.fonts)
            if height > limit:  # too tall for the page either way: the rest need not be measured now
                break
        self.width, self.height = sum(spec.widths), height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        spec = self.spec
        spec.header()
        room = availHeight - spec.head_height
        fresh = availHeight >= spec.page_height - 1  # the top of an empty page
        taken: list[AnnexRow] = []
        used = 0.0
        for i, row in self._items():
            height = row.layout(spec.widths, spec.fonts)
            if used + height <= room:
                taken.append(row)
                used += height
                continue
            fits_a_page = height <= spec.page_height - spec.head_height
            fit = int((room - used - 2 * PAD) // LEADING)
            if fit < 2 or (fits_a_page and (taken or not self.lead)):  # the record starts on the next page
                if not taken and not fresh:
                    return []
                if taken:
                    return [AnnexTable(spec, taken), self._rest(i, None)]
            top, rest = row.split(max(fit, 1), spec.fonts.muted, spec.continued, spec.widths[0])
            return [AnnexTable(spec, [*taken, top]), self._rest(i, rest)]
        return [AnnexTable(spec, taken)] if taken else []

    def _rest(self, i: int, first: AnnexRow | None) -> AnnexTable:
        """The rows from `i` on (i = -1: from this part's first row), headed by `first`."""
        if i < 0:
            return AnnexTable(self.spec, self.rows, self.start, first or self.first)
        return AnnexTable(self.spec, self.rows, i + (first is not None), first)

    def draw(self) -> None:
        c, spec = self.canv, self.spec
        widths, total = spec.widths, sum(spec.widths)
        top = self.height
        c.setLineWidth(0.4)
        c.setFillColor(HEAD_BG)
        c.rect(0, top - spec.head_height, total, spec.head_height, stroke=0, fill=1)
        x = 0.0
        for lines, w in zip(spec.header(), widths):
            if lines:
                spec.fonts.head.draw(c, x + PAD, top - PAD, lines)
            x += w
        y = top - spec.head_height
        c.setStrokeColor(GRID)
        c.line(0, y, total, y)
        for _i, row in self._items():
            h = row.height
            if row.shade:
                c.setFillColor(LABEL_BG)
                c.rect(0, y - h, total, h, stroke=0, fill=1)
            x = 0.0
            for cell, w in zip(row.lines or [], widths):
                if cell:
                    _draw_lines(c, x + PAD, y - PAD, cell)
                x += w
            y -= h
            c.setStrokeColor(GRID)
            c.line(0, y, total, y)
        x = 0.0
        for w in widths[:-1]:
            x += w
            c.line(x, y, x, top)
        c.setLineWidth(0.5)
        c.rect(0, y, total, top - y, stroke=1, fill=0)


def _draw_lines(canv, x: float, top: float, lines: list[tuple[TextWrapper, str]]) -> None:  # noqa: ANN001
    """Lines in their fonts, one under the other at the annex leading."""
    t = canv.beginText(x, top - lines[0][0].size)
    current = None
    for font, line in lines:
        if font is not current:
            t.setFont(font.font, font.size, LEADING)
            t.setFillColor(font.color)
            current = font
        t.textLine(line)
    canv.drawText(t)


class Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry and a line of the table of contents."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int):
        super().__init__(para_text(text), style)
        self.key, self.level, self.plain = key, level, text


class TocLine(Flowable):
    """A contents line: title, dot leader, and the page number, filled in when the build is done."""

    def __init__(self, text: str, key: str, level: int, font_size: float = 9):
        super().__init__()
        self.text, self.key, self.level, self.font_size = text, key, level, font_size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.font_size * 1.45 + (4 if self.level == 0 else 0)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        font = FONT_BOLD if self.level == 0 else FONT
        indent = 14 * self.level
        room = self.width - indent - 40
        text = " ".join(self.text.split())
        if pdfmetrics.stringWidth(text, font, self.font_size) > room:
            while text and pdfmetrics.stringWidth(text + "…", font, self.font_size) > room:
                text = text[: max(len(text) - max(len(text) // 8, 1), 0)]
            text += "…"
        y = 3
        c.setFont(font, self.font_size)
        c.drawString(indent, y, text)
        start = indent + pdfmetrics.stringWidth(text, font, self.font_size) + 4
        c.setFillColor(GRID)
        dots = "." * max(int((self.width - 30 - start) / pdfmetrics.stringWidth(".", FONT, self.font_size)), 0)
        c.setFont(FONT, self.font_size)
        c.drawString(start, y, dots)
        c.setFillColor(colors.black)
        c.saveState()
        c.translate(self.width, y)
        c.doForm(page_form(self.key))
        c.restoreState()
        c.linkRect("", self.key, (indent, 0, self.width, self.height), relative=1)


def page_form(key: str) -> str:
    return f"pg_{key}"


class FormCanvas(Canvas):
    """A canvas that, just before saving, draws the forms whose content is only known at the end
    (the total page count, the contents' page numbers); pages refer to them by name while built.

    `late_forms()` returns {form name: text}; names starting with "pg_" are right-aligned."""

    spool_pages = True  # each page written to a temporary file as it ends (pdf_spool.SpoolingDocument)

    def __init__(self, *args, late_forms=None, **kwargs):  # noqa: ANN001, ANN002, ANN003
        super().__init__(*args, **kwargs)
        if self.spool_pages:
            SpoolingDocument.take_over(self._doc, self._filename)
        self._late_forms = late_forms
        self.encoded: dict[tuple, tuple[str, int]] = {}  # _EncodingText's cache: this canvas's document only

    def beginText(self, x: float = 0, y: float = 0, direction=None) -> PDFTextObject:  # noqa: ANN001, N802
        return _EncodingText(self, x, y, direction=direction)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """End the page, and encode its content stream now rather than when the file is saved: reportlab
        keeps every page's drawing operators as text until then (some 20 kB a page, the whole document in
        memory); encoded, a page keeps about a sixth of that. The same filters and the same bytes as
        reportlab writes at save (`PDFStream.format`), only earlier. Then the page and its stream are
        written to the document's spool and leave memory (pdf_spool.SpoolingDocument)."""
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream and page.compression and not page.Contents:
            content = page.stream.encode("utf8")
            filters = [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress] if rl_config.useA85 else [pdfdoc.PDFZCompress]
            for f in reversed(filters):
                content = f.encode(content)
            stream = pdfdoc.PDFStream(content=content)
            stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(f.pdfname) for f in filters])
            stream.__Comment__ = "page stream"
            page.Contents, page.stream = stream, None
        if isinstance(self._doc, SpoolingDocument):
            self._doc.page_ended(page)

    def close_spool(self) -> None:
        """Delete the pages written so far (a build that failed or was cancelled); saving does it itself."""
        if isinstance(self._doc, SpoolingDocument):
            self._doc.close_spool()

    def save(self) -> None:
        forms = self._late_forms() if self._late_forms is not None else {}
        for name, text in forms.items():
            self.beginForm(name, lowerx=-80, lowery=-4, upperx=80, uppery=14)
            self.setFont(FONT, 9 if name.startswith("pg_") else 7.5)
            if name.startswith("pg_"):
                self.drawRightString(0, 0, text)
            else:
                self.drawString(0, 0, text)
            self.endForm()
        super().save()


class _EncodingText(PDFTextObject):
    """A text object that encodes a line it has encoded before from a cache, not again.

    reportlab encodes every string for an embedded TrueType font glyph by glyph in Python (`splitString`:
    each character's code in the font subsets this document has used so far), the largest cost of writing
    a page; labels, headers and many values are the same string again and again. The encoding of a string
    depends only on the font, its size and leading, the subset the text object is in before it, and the
    document's subsets, which only grow (a character keeps its code once it has one): so what reportlab
    wrote for the string before is what it would write now, byte for byte (tests/export/test_pdf.py
    compares every page's content with and without the cache). Plain strings only (not reportlab's shaped
    text); at most 50,000 of them are kept."""

    def _formatText(self, text: str) -> str:  # noqa: N802 - reportlab's name
        if type(text) is not str or self._rise:  # exactly str: a ShapedStr is encoded differently
            return super()._formatText(text)
        cache = self._canvas.encoded
        key = (self._fontname, self._fontsize, self._leading, self._curSubset, text)
        hit = cache.get(key)
        if hit is None:
            if len(cache) >= 50_000:
                cache.clear()
            code = super()._formatText(text)
            hit = cache[key] = (code, self._curSubset)
        self._curSubset = hit[1]
        return hit[0]
