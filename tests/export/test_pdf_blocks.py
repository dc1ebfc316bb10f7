"""The PDF's faster layout prints what the slower one printed, on the same pages, byte for byte where it can.

- A record's heading and label/value rows are one flowable (`FieldBlock`): every page's text is the text
  of the layout with a flowable per heading and per row (the export until #21), in every language and both
  scopes of the demo, in a synthetic register of 200 activities and in one with values longer than a page.
- The canvas encodes a string it has encoded before from a cache, and encodes each page's content when the
  page ends rather than at save: neither changes a byte of the file.
"""

from datetime import datetime

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from benchmarks.synthetic import synthetic_register
from ropa_app.export import ExportOptions, build_document, export_register, render_document
from ropa_app.export import pdf as pdf_module
from ropa_app.export.i18n import LANGUAGES
from ropa_app.export.pdf_parts import FieldBlock, FieldRow, FormCanvas
from ropa_app.store.demo import build_demo_register

from .samples import full_register

WHEN = datetime(2026, 11, 22, 14, 5)


def per_row_fields(self, rows, label_share=0.3):  # noqa: ANN001, ANN201 - _Story.fields as it was
    label_font, body, missing_font = self.fonts
    for label, value, missing in rows:
        self.flow.append(FieldRow(label, value, label_font, missing_font if missing else body, label_share))


def per_row_record(self, section, record):  # noqa: ANN001, ANN201 - a heading flowable, then a flowable a row
    self.heading(record.title, 1)
    per_row_fields(self, section.detail_rows(record))


def page_texts(register, path, lang, scope) -> list[str]:  # noqa: ANN001
    options = ExportOptions(exported_at=WHEN, prepared_by="Karin Ek", scope=scope)
    report = export_register(register, path, "pdf", lang, options)
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert report.pages == len(pages)
    return pages


def both_layouts(register, tmp_path, lang, scope, monkeypatch) -> tuple[list[str], list[str]]:  # noqa: ANN001
    blocks = page_texts(register, tmp_path / "blocks.pdf", lang, scope)
    with monkeypatch.context() as m:
        m.setattr(pdf_module._Story, "fields", per_row_fields)
        m.setattr(pdf_module._Story, "record", per_row_record)
        rows = page_texts(register, tmp_path / "rows.pdf", lang, scope)
    return blocks, rows


@pytest.mark.parametrize("scope", ["art30", "internal"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demo_prints_the_same_text_on_the_same_pages(tmp_path, monkeypatch, lang, scope):
    blocks, rows = both_layouts(build_demo_register(), tmp_path, lang, scope, monkeypatch)
    assert len(blocks) > 40
    assert blocks == rows


def test_a_big_register_prints_the_same_text_on_the_same_pages(tmp_path, monkeypatch):
    blocks, rows = both_layouts(synthetic_register(200, 40), tmp_path, "sv", "art30", monkeypatch)
    assert len(blocks) > 250
    assert blocks == rows


def test_values_longer_than_a_page_break_at_the_same_lines(tmp_path, monkeypatch):
    reg = full_register()
    reg.activities[0].security_description = "".join(f"Step {i:05d} Ørsted. " for i in range(3000))
    reg.activities[0].purposes = "\n".join(f"purpose {i}" for i in range(150))
    reg.activities[-1].name = "A long heading " * 40
    blocks, rows = both_layouts(reg, tmp_path, "en", "internal", monkeypatch)
    assert len(blocks) > 12
    assert blocks == rows
    flat = [" ".join(page.split()) for page in blocks]
    starts = [i for i, page in enumerate(flat) if "Step 00000" in page]
    ends = [i for i, page in enumerate(flat) if "Step 02999" in page]
    assert len(starts) == len(ends) == 1 and ends[0] - starts[0] >= 2  # the value goes on over more than a page


def test_a_record_is_one_flowable_made_when_it_is_laid_out(monkeypatch):
    story = pdf_module._Story(build_document(synthetic_register(30, 6), "sv"), pdf_module.Ticker(1, None, None))
    flow = story.build()
    blocks = [f for f in flow if isinstance(f, FieldBlock)]
    assert not any(isinstance(f, FieldRow) for f in flow)
    lazy = [b for b in blocks if b._make is not None]
    assert len(lazy) == 30  # one a record, nothing made yet
    heading = lazy[0].heading
    assert heading is not None and heading.level == 1 and len(lazy[0].rows) > 10


def test_the_encoding_cache_and_early_page_encoding_change_no_byte(tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random file id
    monkeypatch.setattr(FormCanvas, "spool_pages", False)  # (pages spooled: tests/export/test_pdf_spool.py)
    doc = build_document(synthetic_register(40, 8), "fi")
    render_document(doc, tmp_path / "ours.pdf", "pdf")
    monkeypatch.setattr(FormCanvas, "beginText", Canvas.beginText)
    monkeypatch.setattr(FormCanvas, "showPage", Canvas.showPage)
    render_document(doc, tmp_path / "plain.pdf", "pdf")
    ours, plain = (tmp_path / "ours.pdf").read_bytes(), (tmp_path / "plain.pdf").read_bytes()
    assert len(ours) > 100_000
    assert ours == plain


def small_pages(story: list) -> list[str]:  # noqa: ANN001
    """The page texts of `story` laid out on small pages (a frame 220 points high)."""
    from io import BytesIO

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    buf = BytesIO()
    doc = BaseDocTemplate(buf, pagesize=(300, 260), initialFontName="DejaVuSans")
    doc.addPageTemplates([PageTemplate("p", [Frame(20, 20, 260, 220, id="f")])])
    doc.build(story)
    return [page.extract_text() for page in PdfReader(BytesIO(buf.getvalue())).pages]


@pytest.mark.parametrize("first_lines", [1, 4, 9])
def test_a_block_breaks_where_its_heading_and_rows_would_wherever_it_starts(first_lines):
    """Keep-with-next (a heading and a first row that do not fit below something both go to the next page),
    a row split at a line, a row moved whole, at every start position on the page."""
    from reportlab.platypus import Spacer

    from ropa_app.export.pdf_parts import Heading, TextWrapper, register_fonts, styles

    register_fonts()
    label, value = TextWrapper("DejaVuSans-Bold", 8.5, 11), TextWrapper("DejaVuSans", 9, 11.5)
    h2 = styles()["h2"]
    values = [" ".join(["first"] * 9 * first_lines), "short", " ".join(f"w{i}" for i in range(120)), "end"]

    def parts() -> tuple[Heading, list[FieldRow]]:
        rows = [FieldRow(f"Label {i} " * (3 if i == 2 else 1), v, label, value) for i, v in enumerate(values)]
        return Heading("A heading long enough to take two lines of the frame, or even three", h2, "k", 1), rows

    differs = 0
    for before in range(0, 208, 4):  # (the frame holds 208 points inside its padding)
        heading, rows = parts()
        per_row = small_pages([Spacer(1, before), heading, *rows, Spacer(1, 6)])
        heading, rows = parts()
        block = small_pages([Spacer(1, before), FieldBlock(rows, heading), Spacer(1, 6)])
        assert block == per_row, before
        differs += len(per_row) > 1
    assert differs  # some start positions do break the record across pages
