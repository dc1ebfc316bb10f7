"""PDF export (reportlab platypus): A4, embedded DejaVu fonts, cover, contents, one section per activity,
annexes as tables whose header repeats on every page, "page x of y" and the export time in the footer.

No Qt, no SQL. One layout pass: the total page count and the contents' page numbers are PDF forms that
the pages refer to while they are laid out and that are drawn when the build is done.
"""

from __future__ import annotations

import functools
import os

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ropa_app.domain import languages

from .document import RegisterDocument, Section
from .output import Cancelled, ExportReport, Progress, Ticker, render_atomically
from .pdf_parts import (
    FONT,
    FONT_BOLD,
    MISSING,
    GRID,
    HEAD_BG,
    LABEL_BG,
    MUTED,
    FieldRow,
    FormCanvas,
    Heading,
    TextWrapper,
    TocLine,
    chunks,
    page_form,
    para_text,
    register_fonts,
    styles,
)

MARGIN = 16 * mm
# Relative column widths of the annex tables (one per compact column of the section).
_WIDTHS = {
    "recipients": [3.0, 2.4, 2.2, 2.2, 2.0, 3.6, 1.8, 2.0],
    "transfers": [2.6, 1.8, 3.4, 2.2, 2.6, 2.8, 2.0],
    "findings": [1.3, 1.8, 2.4, 2.0, 4.6, 1.9],
}


class _Doc(BaseDocTemplate):
    def __init__(self, filename, doc: RegisterDocument, ticker: Ticker):  # noqa: ANN001 - a name or a file
        title = f"{doc.title} — {doc.organisation_name}" if doc.organisation_name else doc.title
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=title,
            author=doc.prepared_by or doc.organisation_name,
            subject=doc.subject,
            creator="ROPA Desk",
            producer="ROPA Desk (ReportLab)",
            keywords=["GDPR", "Art. 30", "ROPA", f"SHA-256 {doc.fingerprint}"],
            lang=doc.language,
            initialFontName=FONT,  # else every page names Helvetica, which is not embedded
            initialFontSize=9,
        )
        self.rd = doc
        self.ticker = ticker
        self.pages_of: dict[str, int] = {}
        self.toc_keys: list[str] = []
        self._outline_level = -1
        pw, ph = A4
        lw, lh = landscape(A4)
        portrait = Frame(MARGIN, MARGIN + 6 * mm, pw - 2 * MARGIN, ph - 2 * MARGIN - 6 * mm, id="p")
        wide = Frame(MARGIN, MARGIN + 6 * mm, lw - 2 * MARGIN, lh - 2 * MARGIN - 6 * mm, id="l")
        self.addPageTemplates(
            [
                PageTemplate("cover", [portrait], onPage=self._footer, pagesize=A4),
                PageTemplate("portrait", [portrait], onPage=self._footer, pagesize=A4),
                PageTemplate("landscape", [wide], onPage=self._footer, pagesize=landscape(A4)),
            ]
        )
        page_of = doc.text("page_of", page="{page}", total="\0")
        self._page_prefix, _, self._page_suffix = page_of.partition("\0")
        org = doc.organisation_name
        self._footer_left = f"{org} — {doc.title}" if org else doc.title
        # The first 16 hex digits of the register's SHA-256 on every page (the cover has all of it), so that a
        # printed page can be tied to the register it came from.
        short = doc.text("provenance.short", fingerprint=doc.fingerprint[:16])
        self._footer_mid = f"{doc.text('exported')}: {doc.exported_at_text} · {short}"

    def _footer(self, canv, _doc) -> None:  # noqa: ANN001
        width = canv._pagesize[0]
        y = MARGIN - 2
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(MARGIN, y + 10, width - MARGIN, y + 10)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        left = self._footer_left
        while len(left) > 10 and pdfmetrics.stringWidth(left, FONT, 7.5) > width * 0.45:
            left = left[: int(len(left) * 0.9)]
        canv.drawString(MARGIN, y, left)
        canv.drawCentredString(width * 0.62, y, self._footer_mid)
        prefix = self._page_prefix.format(page=canv.getPageNumber())
        x = width - MARGIN - pdfmetrics.stringWidth(prefix + "9999" + self._page_suffix, FONT, 7.5)
        canv.drawString(x, y, prefix)
        canv.translate(x + pdfmetrics.stringWidth(prefix, FONT, 7.5), y)
        canv.doForm("total_pages")
        if self._page_suffix:
            canv.drawString(pdfmetrics.stringWidth("9999", FONT, 7.5), 0, self._page_suffix)
        canv.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: ANN001, N802 - reportlab's hook
        if isinstance(flowable, Heading):
            canv = self.canv
            canv.bookmarkPage(flowable.key)
            level = min(flowable.level, self._outline_level + 1)
            canv.addOutlineEntry(flowable.plain[:120], flowable.key, level=level, closed=level > 0)
            self._outline_level = level
            self.pages_of[flowable.key] = self.page
        self.ticker.step()

    def late_forms(self) -> dict[str, str]:
        """Every contents line's page number, and the page count (for "page x of y")."""
        forms = {page_form(k): str(self.pages_of.get(k, "–")) for k in self.toc_keys}
        forms["total_pages"] = str(self.page)
        return forms


class _Story:
    def __init__(self, doc: RegisterDocument, ticker: Ticker):
        self.doc = doc
        self.ticker = ticker
        hyphenation = languages.get(doc.language).hyphenation
        self.st = styles(hyphenation)
        self.flow: list = []
        self.toc: list[TocLine] = []
        self._n = 0
        self.fonts = (
            TextWrapper(FONT_BOLD, 8.5, 11, hyphenation=hyphenation),
            TextWrapper(FONT, 9, 11.5, hyphenation=hyphenation),
            TextWrapper(FONT_BOLD, 9, 11.5, MISSING, hyphenation=hyphenation),
        )

    def key(self) -> str:
        self._n += 1
        return f"s{self._n}"

    def heading(self, text: str, level: int) -> None:
        key = self.key()
        if len(text) > 300:  # a heading never breaks across pages; the full text is in the fields
            text = text[:300] + "…"
        self.flow.append(Heading(text, self.st["h1" if level == 0 else "h2"], key, level))
        self.toc.append(TocLine(text, key, level))

    def fields(self, rows: list[tuple[str, str, bool]], label_share: float = 0.3) -> None:
        label_font, body, missing_font = self.fonts
        for label, value, missing in rows:
            self.flow.append(FieldRow(label, value, label_font, missing_font if missing else body, label_share))

    def cover(self) -> None:
        doc, st = self.doc, self.st
        self.flow += [Spacer(1, 40 * mm), Paragraph(para_text(doc.title), st["title"])]
        self.flow.append(Paragraph(para_text(doc.subtitle), st["subtitle"]))
        self.flow.append(Paragraph(para_text(doc.organisation_name or doc.text("missing")), st["org"]))
        self.fields([(label, value, False) for label, value in doc.cover], label_share=0.32)
        self.flow += [NextPageTemplate("portrait"), PageBreak()]

    def organisation(self) -> None:
        self.heading(self.doc.text("section.organisation"), 0)
        self.fields([(label, value, missing) for _k, label, value, missing in self.doc.organisation])

    def register_section(self, section: Section) -> None:
        self.flow += [NextPageTemplate("portrait"), PageBreak()]
        self.heading(section.title, 0)
        if section.preamble and section.records:
            self.heading(self.doc.text(f"{section.key}.identity"), 1)
            self.fields([(label, value, False) for label, value in section.preamble])
            self.flow.append(Spacer(1, 6))
        if not section.records:
            self.flow.append(Paragraph(para_text(section.empty_text), self.st["body"]))
        for i, record in enumerate(section.records):
            if i % 50 == 0:
                self.ticker.check()
            self.flow.append(CondPageBreak(60))
            self.heading(record.title, 1)
            self.fields(section.detail_rows(record))
            self.flow.append(Spacer(1, 6))

    def annex(self, section: Section) -> None:
        st = self.st
        self.flow += [NextPageTemplate("landscape"), PageBreak()]
        self.heading(section.title, 0)
        if section.preamble:
            self.fields([(label, value, False) for label, value in section.preamble])
            self.flow.append(Spacer(1, 6))
        if not section.records:
            self.flow.append(Paragraph(para_text(section.empty_text), st["body"]))
            return
        frame_width = landscape(A4)[0] - 2 * MARGIN
        weights = _WIDTHS.get(section.key) or [1.0] * len(section.compact)
        widths = [frame_width * w / sum(weights) for w in weights]
        # A record is printed as sub-rows of about 12 lines each (the table breaks pages between rows).
        capacity = [max(int((w - 6) / 4.6), 8) * 12 for w in widths]
        continued = self.doc.text("continued")
        headers = [section.labels[keys[0]] for keys in section.compact]
        if section.key == "recipients":
            headers[0] = section.labels["name"]
        rows = [[Paragraph(para_text(h), st["small_bold"]) for h in headers]]
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
            ("INNERGRID", (0, 0), (-1, 0), 0.4, GRID),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for n, record in enumerate(section.records):
            if n % 50 == 0:
                self.ticker.check()
            cells = section.compact_cells(record)
            pieces = [chunks(c, max_chars=cap, max_lines=12) if c else [""] for c, cap in zip(cells, capacity)]
            first = len(rows)
            name = cells[0].partition("\n")[0]
            for j in range(max(len(p) for p in pieces)):
                row = [Paragraph(para_text(p[j]), st["small"]) if j < len(p) and p[j] else "" for p in pieces]
                if j == 0 and pieces[0][0]:  # the record's name in bold, the details under it plain
                    head, _, rest = pieces[0][0].partition("\n")
                    markup = f"<b>{para_text(head)}</b>" + (f"<br/>{para_text(rest)}" if rest else "")
                    row[0] = Paragraph(markup, st["small"])
                elif j > 0:  # a continuation row (a long value goes on): close up to the row above
                    if j == len(pieces[0]):
                        row[0] = Paragraph(para_text(f"{name} {continued}"), st["muted"])
                    commands.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 0))
                    commands.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0))
                rows.append(row)
            last = len(rows) - 1
            commands.append(("LINEBELOW", (0, last), (-1, last), 0.4, GRID))
            if n % 2:
                commands.append(("BACKGROUND", (0, first), (-1, last), LABEL_BG))
        table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1)
        table.setStyle(TableStyle(commands))
        self.flow.append(table)

    def build(self) -> list:
        doc = self.doc
        self.cover()
        body_start = len(self.flow)
        self.organisation()
        for section in doc.sections:
            if section.detail:
                self.register_section(section)
            else:
                self.annex(section)
        contents = [Paragraph(para_text(doc.text("contents")), self.st["h1"]), *self.toc, PageBreak()]
        return self.flow[:body_start] + contents + self.flow[body_start:]


def write(
    document: RegisterDocument,
    path: os.PathLike | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Write the document as an A4 PDF into the file `path` (the caller makes it atomic)."""
    register_fonts()
    report = ExportReport.start(document, path, "pdf")
    ticker = Ticker(1, None, cancelled)
    ticker.check()
    story = _Story(document, ticker).build()
    ticker = Ticker(len(story), progress, cancelled, every=25)
    # Our own file object, closed whatever happens (reportlab leaves its own open when a write fails,
    # and Windows cannot delete an open file).
    with open(path, "wb") as fh:
        pdf = _Doc(fh, document, ticker)
        pdf.toc_keys = [line.key for line in story if isinstance(line, TocLine)]
        maker = functools.partial(FormCanvas, late_forms=pdf.late_forms)
        pdf.build(story, canvasmaker=maker)
        report.pages = pdf.page
    ticker.finish()
    report.records = document.record_count
    return report.finish()


def render(
    document: RegisterDocument,
    path: os.PathLike | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Write the document as an A4 PDF at `path` (atomically)."""
    return render_atomically(write, document, path, progress, cancelled)
