"""Building blocks of the PDF export (reportlab): fonts, styles, label/value rows, contents lines.

No Qt, no SQL. User text is never read as markup: label/value rows draw it as plain text lines
(`TextWrapper`), and where a Paragraph is used (headings, annex table cells) it goes through
`para_text`, which escapes it, so that `Kowalski <jan@example.com> & Co` prints as written.
"""

from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from ..paths import resource_path

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
GRID = colors.HexColor("#9AA5B1")
LABEL_BG = colors.HexColor("#EEF1F4")
HEAD_BG = colors.HexColor("#DDE3EA")
MISSING = colors.HexColor("#B00020")
MUTED = colors.HexColor("#44505C")
PAD = 3.0
CHUNK_CHARS = 2500  # a value longer than this is printed as several rows, so that it can break across pages
CHUNK_LINES = 40

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


def chunks(text: str, max_chars: int = CHUNK_CHARS, max_lines: int = CHUNK_LINES) -> list[str]:
    """Split a long value into pieces of at most about max_chars characters and max_lines lines,
    at line breaks where possible, else at a space; nothing is lost (joining the pieces, with the
    line breaks cut at, gives the text back)."""
    if len(text) <= max_chars and text.count("\n") < max_lines:
        return [text]
    out: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        while len(line) > max_chars:  # one very long line: cut at the last space before the limit
            cut = line.rfind(" ", max_chars // 2, max_chars)
            cut = cut + 1 if cut > 0 else max_chars
            if current:
                out.append("\n".join(current))
                current, size = [], 0
            out.append(line[:cut])
            line = line[cut:]
        if current and (size + len(line) > max_chars or len(current) >= max_lines):
            out.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        out.append("\n".join(current))
    return out


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
        language's dictionary); an address, a path or a code after its separators (/ . _ @ - ?), where a
        hyphen would change it; anything else by characters."""
        if _ADDRESS.search(word):
            return self._break_at(word, max_width, [m.end() for m in _SEPARATOR.finditer(word)], "")
        if self._hyphenator is not None and word.isalpha():
            return self._break_at(word, max_width, self._hyphenator.positions(word), "-")
        return self._break_chars(word, max_width)

    def _break_at(self, word: str, max_width: float, points: list[int], mark: str) -> list[str]:
        """Pieces ending at the last of `points` that fits (with `mark` added); by characters where none fits."""
        pieces: list[str] = []
        start = 0
        while self.width(word[start:]) > max_width:
            fits = [p for p in points if start < p < len(word) and self.width(word[start:p] + mark) <= max_width]
            if not fits:
                rest = self._break_chars(word[start:], max_width)
                return pieces + rest
            pieces.append(word[start:fits[-1]] + mark)
            start = fits[-1]
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

    def draw(self, canv, x: float, top: float, lines: list[str]) -> None:  # noqa: ANN001
        t = canv.beginText(x, top - self.size)
        t.setFont(self.font, self.size, self.leading)
        t.setFillColor(self.color)
        for line in lines:
            t.textLine(line)
        canv.drawText(t)


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

    def __init__(self, *args, late_forms=None, **kwargs):  # noqa: ANN001, ANN002, ANN003
        super().__init__(*args, **kwargs)
        self._late_forms = late_forms

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
