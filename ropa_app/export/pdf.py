"""PDF export (reportlab platypus): A4, embedded DejaVu fonts, cover, contents, one section per activity,
annexes as tables whose header repeats on every page, "page x of y" and the export time in the footer.

An annex table has a row per record, columns as wide as their content asks (a column nobody filled and
the law does not ask for is left out), and keeps a record on one page when it fits on one; a longer one
goes on under "Name (continued)" in the document's language (pdf_parts.AnnexTable).

No Qt, no SQL. One layout pass: the total page count and the contents' page numbers are PDF forms that
the pages refer to while they are laid out and that are drawn when the build is done. The time per page
does not grow with the register: the annexes are laid out a page at a time, and the story is handed to
reportlab as a queue (`_Queue`) that it can take from the front of in constant time. A record (its
heading and label/value rows) is one flowable, made when it is laid out (pdf_parts.FieldBlock); the
canvas encodes a string it has encoded before from a cache and each page as it ends (pdf_parts.FormCanvas),
and writes the page to a temporary file then (pdf_spool): the memory a page keeps once it has ended is its
object numbers, not its content.
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
)

from ropa_app.domain import languages

from .document import RegisterDocument, Section
from .output import Cancelled, ExportReport, Progress, Ticker, render_atomically
from .pdf_parts import (
    FONT,
    FONT_BOLD,
    LEADING,
    MISSING,
    GRID,
    MUTED,
    AnnexFonts,
    AnnexRow,
    AnnexSpec,
    AnnexTable,
    FieldBlock,
    FieldRow,
    FormCanvas,
    Heading,
    TextWrapper,
    TocLine,
    column_widths,
    page_form,
    para_text,
    register_fonts,
    styles,
)

MARGIN = 16 * mm
_FRAME_PADDING = 6  # reportlab's Frame default, on each side
# The landscape frame's room for a table: its width, and its height (what a record must fit in to stay whole).
_WIDE = (landscape(A4)[0] - 2 * MARGIN - 2 * _FRAME_PADDING,
         landscape(A4)[1] - 2 * MARGIN - 6 * mm - 2 * _FRAME_PADDING)  # fmt: skip


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
        self._footers: dict[float, tuple[str, float]] = {}  # page width -> the footer's left text, middle's centre

    def _footer(self, canv, _doc) -> None:  # noqa: ANN001
        width = canv._pagesize[0]
        y = MARGIN - 2
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(MARGIN, y + 10, width - MARGIN, y + 10)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        left, centre = self._footer_layout(width)
        canv.drawString(MARGIN, y, left)
        canv.drawCentredString(centre, y, self._footer_mid)
        prefix = self._page_prefix.format(page=canv.getPageNumber())
        x = width - MARGIN - pdfmetrics.stringWidth(prefix + "9999" + self._page_suffix, FONT, 7.5)
        canv.drawString(x, y, prefix)
        canv.translate(x + pdfmetrics.stringWidth(prefix, FONT, 7.5), y)
        canv.doForm("total_pages")
        if self._page_suffix:
            canv.drawString(pdfmetrics.stringWidth("9999", FONT, 7.5), 0, self._page_suffix)
        canv.restoreState()

    def _footer_layout(self, width: float) -> tuple[str, float]:
        """The footer's left text, shortened to end before the middle text, and where the middle text is
        centred (clear of "page x of y"). The organisation's name is shortened first, then the title."""
        if width not in self._footers:
            self._footers[width] = self._fit_footer(width)
        return self._footers[width]

    def _fit_footer(self, width: float) -> tuple[str, float]:
        size = 7.5
        mid_width = pdfmetrics.stringWidth(self._footer_mid, FONT, size)
        last = self._page_prefix.format(page=9999) + "9999" + self._page_suffix
        centre = min(width * 0.62, width - MARGIN - pdfmetrics.stringWidth(last, FONT, size) - 10 - mid_width / 2)
        room = centre - mid_width / 2 - MARGIN - 8

        def fit(text: str, after: str = "") -> str:
            while len(text) > 1 and pdfmetrics.stringWidth(text + "…" + after, FONT, size) > room:
                text = text[: int(len(text) * 0.9)]
            return text.rstrip() + "…" + after

        left = self._footer_left
        if pdfmetrics.stringWidth(left, FONT, size) <= room:
            return left, centre
        org, title = self.rd.organisation_name, self.rd.title
        if org and pdfmetrics.stringWidth(f"… — {title}", FONT, size) < room - 25:  # a few letters of the name
            return fit(org, f" — {title}"), centre
        return fit(left), centre

    def afterFlowable(self, flowable) -> None:  # noqa: ANN001, N802 - reportlab's hook
        heading = flowable.heading if isinstance(flowable, FieldBlock) else flowable
        if isinstance(heading, Heading):
            canv = self.canv
            canv.bookmarkPage(heading.key)
            level = min(heading.level, self._outline_level + 1)
            canv.addOutlineEntry(heading.plain[:120], heading.key, level=level, closed=level > 0)
            self._outline_level = level
            self.pages_of[heading.key] = self.page
        self.ticker.step(flowable.count if isinstance(flowable, AnnexTable) else 1)

    def late_forms(self) -> dict[str, str]:
        """Every contents line's page number, and the page count (for "page x of y")."""
        forms = {page_form(k): str(self.pages_of.get(k, "–")) for k in self.toc_keys}
        forms["total_pages"] = str(self.page)
        return forms


class _Queue:
    """The story as reportlab's build loop uses it, kept in reverse order. The loop takes each flowable from
    the front (`del flowables[0]`) and puts split parts back there (`flowables[0:0] = parts`, `insert(0, f)`):
    on a list each of these moves every item after it, which made the build quadratic in the story's length
    (a label/value row is a flowable: 10,000 activities are some 300,000). Here each is O(1) per item."""

    def __init__(self, items: list):
        items.reverse()  # the queue takes the list over: a flowable laid out is no longer referenced
        self._r = items

    def __len__(self) -> int:
        return len(self._r)

    def _at(self, i: int) -> int:
        n = len(self._r)
        if not -n <= i < n:
            raise IndexError(i)
        return n - 1 - (i % n)

    def __getitem__(self, i):  # noqa: ANN001, ANN204
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self._r))
            if start != 0 or step != 1:
                raise NotImplementedError("only [:k] is used")
            return self._r[len(self._r) - stop:][::-1]
        return self._r[self._at(i)]

    def __delitem__(self, i) -> None:  # noqa: ANN001
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self._r))
            if start != 0 or step != 1:
                raise NotImplementedError("only [:k] is used")
            del self._r[len(self._r) - stop:]
        else:
            del self._r[self._at(i)]

    def __setitem__(self, i, items) -> None:  # noqa: ANN001
        if not (isinstance(i, slice) and i.start in (0, None) and i.stop == 0 and i.step is None):
            raise NotImplementedError("only [0:0] = items is used")
        self._r.extend(reversed(list(items)))

    def insert(self, i: int, item) -> None:  # noqa: ANN001
        self._r.insert(len(self._r) - i, item)


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
        self.annex_fonts = AnnexFonts(
            head=TextWrapper(FONT_BOLD, 8, LEADING, hyphenation=hyphenation),
            name=TextWrapper(FONT_BOLD, 8, LEADING, hyphenation=hyphenation),
            body=TextWrapper(FONT, 8, LEADING, hyphenation=hyphenation),
            muted=TextWrapper(FONT, 7.5, LEADING, MUTED, hyphenation=hyphenation),
        )
        self.annex_rows = 0  # records in the annex tables (each a step of the progress bar)

    def key(self) -> str:
        self._n += 1
        return f"s{self._n}"

    def heading(self, text: str, level: int) -> None:
        text, key = self._contents_line(text, level)
        self.flow.append(Heading(text, self.st["h1" if level == 0 else "h2"], key, level))

    def _contents_line(self, text: str, level: int) -> tuple[str, str]:
        """A heading's line in the contents: its text as the heading shows it, and its key."""
        key = self.key()
        if len(text) > 300:  # a heading never breaks across pages; the full text is in the fields
            text = text[:300] + "…"
        self.toc.append(TocLine(text, key, level))
        return text, key

    def _rows(self, rows: list[tuple[str, str, bool]], label_share: float = 0.3) -> list[FieldRow]:
        label_font, body, missing_font = self.fonts
        return [FieldRow(label, value, label_font, missing_font if missing else body, label_share)
                for label, value, missing in rows]  # fmt: skip

    def fields(self, rows: list[tuple[str, str, bool]], label_share: float = 0.3) -> None:
        """The rows as one flowable, with the heading just before them if there is one (pdf_parts.FieldBlock)."""
        if not rows:
            return
        heading = self.flow.pop() if self.flow and isinstance(self.flow[-1], Heading) else None
        self.flow.append(FieldBlock(self._rows(rows, label_share), heading))

    def record(self, section: Section, record) -> None:  # noqa: ANN001 - a record of the section
        """A record's heading and rows as one flowable, made when it is laid out (pdf_parts.FieldBlock)."""
        text, key = self._contents_line(record.title, 1)

        def make() -> tuple[Heading, list[FieldRow]]:
            return Heading(text, self.st["h2"], key, 1), self._rows(section.detail_rows(record))

        self.flow.append(FieldBlock([], make=make))

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
            self.record(section, record)
            self.flow.append(Spacer(1, 6))

    def annex(self, section: Section) -> None:
        self.flow += [NextPageTemplate("landscape"), PageBreak()]
        self.heading(section.title, 0)
        if section.preamble:
            self.fields([(label, value, False) for label, value in section.preamble])
            self.flow.append(Spacer(1, 6))
        if not section.records:
            self.flow.append(Paragraph(para_text(section.empty_text), self.st["body"]))
            return
        # A column none of whose fields is a column of the section (no record fills it, and the law does not
        # ask for it) is left out; the others are as wide as their content asks (pdf_parts.column_widths).
        shown = {c.key for c in section.columns}
        keep = [i for i, keys in enumerate(section.compact) if any(k in shown for k in keys)]
        headers = [section.labels["name" if section.key == "recipients" and i == 0 else section.compact[i][0]]
                   for i in keep]  # fmt: skip
        rows = []
        for n, record in enumerate(section.records):
            if n % 200 == 0:
                self.ticker.check()
            cells = section.compact_cells(record)
            rows.append(AnnexRow([cells[i] for i in keep], shade=n % 2 == 1))
        fonts = self.annex_fonts
        widths = column_widths(headers, [r.cells for r in rows], _WIDE[0], fonts.head, fonts.body)
        spec = AnnexSpec(headers, widths, fonts, self.doc.text("continued"), _WIDE[1])
        self.flow.append(AnnexTable(spec, rows, lead=True))
        self.annex_rows += len(rows)

    def dataflow(self, part) -> None:  # noqa: ANN001 - an export.dataflow.DataflowPart
        """The data-flow picture: a landscape page each (export/dataflow.py)."""
        from reportlab.lib.styles import ParagraphStyle

        from .dataflow import FlowDiagram, MapDiagram

        self.flow += [NextPageTemplate("landscape"), PageBreak()]
        self.heading(part.title, 0)
        self.flow.append(Paragraph(para_text(part.intro), self.st["muted"]))
        if not part.pages or not part.pages[0].flow.edges:
            self.flow.append(Paragraph(para_text(part.empty), self.st["body"]))
            return
        for i, page in enumerate(part.pages):
            if i:
                self.flow.append(PageBreak())
            self.flow.append(FlowDiagram(page, part, reserve=2))  # it names its part itself
        self.flow.append(PageBreak())
        self.heading(part.map_title, 1)
        self.flow[-1].style = ParagraphStyle("h2_on_top", self.st["h2"], keepWithNext=0)  # the map fills the rest
        self.flow += [Paragraph(para_text(part.map_intro), self.st["muted"]), MapDiagram(part, reserve=2)]

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
        if doc.dataflow is not None:
            self.dataflow(doc.dataflow)
        contents = [Paragraph(para_text(doc.text("contents")), self.st["h1"]), *self.toc, PageBreak()]
        story = self.flow[:body_start] + contents + self.flow[body_start:]
        self.flow, self.toc = [], []  # the story alone holds the flowables: each is freed once it is laid out
        return story


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
    maker = _Story(document, ticker)
    story = maker.build()
    ticker = Ticker(len(story) + maker.annex_rows, progress, cancelled, every=25)
    # Our own file object, closed whatever happens (reportlab leaves its own open when a write fails,
    # and Windows cannot delete an open file).
    with open(path, "wb") as fh:
        pdf = _Doc(fh, document, ticker)
        pdf.toc_keys = [line.key for line in story if isinstance(line, TocLine)]
        try:
            pdf.build(_Queue(story), canvasmaker=functools.partial(FormCanvas, late_forms=pdf.late_forms))
        finally:
            if isinstance(getattr(pdf, "canv", None), FormCanvas):
                pdf.canv.close_spool()  # at once, even if the build failed or was cancelled
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
