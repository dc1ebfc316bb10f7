"""Pages written to a temporary file as they end (pdf_spool.SpoolingDocument) make the same PDF as reportlab's
own save, and leave memory.

- Same content: every page's content stream byte for byte, and everything a page refers to (fonts and their
  subsets, forms, link annotations and the pages they point at), the outline, the metadata and the file id,
  compared object by object (only the objects' numbers and their order in the file differ), for the demo in
  every language and both scopes and for a synthetic register. This is also the guard of the reportlab
  internals the spooling relies on (the document's object tables, the steps of `PDFDocument.format`).
- A valid file: pypdf reads it strictly, and every entry of the cross-reference table is where its object is.
- Memory: what a page keeps once it has ended is a small fraction of what it writes.
"""

import io
import tracemalloc
from datetime import datetime

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject
from reportlab import rl_config

from benchmarks.synthetic import synthetic_register
from ropa_app.export import ExportOptions, export_register
from ropa_app.export.i18n import LANGUAGES
from ropa_app.export.pdf_parts import FONT, FormCanvas, register_fonts
from ropa_app.export.pdf_spool import SPOOLED, SpoolingDocument
from ropa_app.store.demo import build_demo_register

WHEN = datetime(2026, 11, 22, 14, 5)
_LINKS = {"/Parent", "/Prev", "/Next", "/First", "/Last"}  # back and sideways links: compared as the outline


def canonical(obj, pages: dict[int, int], memo: dict[int, object]):  # noqa: ANN001, ANN201
    """The object with every reference resolved (a page: its index), streams as their decoded data."""
    if isinstance(obj, IndirectObject):
        if obj.idnum in pages:
            return ("page", pages[obj.idnum])
        if obj.idnum not in memo:
            memo[obj.idnum] = None  # (no cycle reaches here but through the links left out)
            memo[obj.idnum] = canonical(obj.get_object(), pages, memo)
        return memo[obj.idnum]
    if isinstance(obj, StreamObject):
        return ("stream", canonical(DictionaryObject(obj), pages, memo), obj.get_data())
    if isinstance(obj, DictionaryObject):
        return {k: canonical(v, pages, memo) for k, v in obj.items() if k not in _LINKS and k != "/Length"}
    if isinstance(obj, ArrayObject):
        return [canonical(v, pages, memo) for v in obj]
    return obj


def content(path) -> dict:  # noqa: ANN001
    data = path.read_bytes()
    reader = PdfReader(io.BytesIO(data), strict=True)
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    memo: dict[int, object] = {}

    def outline(items, depth=0) -> list:  # noqa: ANN001
        out = []
        for item in items:
            if isinstance(item, list):
                out += outline(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item)))
        return out

    catalog = {k: v for k, v in reader.trailer["/Root"].items() if k not in ("/Pages", "/Outlines")}
    return {
        "pages": [{k: canonical(v, pages, memo) for k, v in page.items() if k not in _LINKS} for page in reader.pages],
        "outline": outline(reader.outline),
        "catalog": canonical(DictionaryObject(catalog), pages, memo),
        "info": dict(reader.metadata),
        "id": reader.trailer["/ID"],
        "objects": reader.trailer["/Size"],
    }


def xref_points_at_every_object(path) -> int:  # noqa: ANN001
    """Every in-use entry of the cross-reference table is the offset of its object; returns their count."""
    data = path.read_bytes()
    start = int(data[data.rindex(b"startxref") + 9:].split()[0])
    lines = data[start:].split(b"\n")
    assert lines[0] == b"xref"
    first, count = map(int, lines[1].split())
    assert first == 0
    for number in range(1, count):
        offset, generation, kind = lines[2 + number].split()
        assert kind == b"n" and data[int(offset):].startswith(b"%d 0 obj\n" % number), number
    return count - 1


def both(register, tmp_path, lang, scope, monkeypatch) -> tuple:  # noqa: ANN001
    monkeypatch.setattr(rl_config, "invariant", 1)  # the same time stamps and file id in both
    options = ExportOptions(exported_at=WHEN, prepared_by="Karin Ek", scope=scope)
    export_register(register, tmp_path / "spooled.pdf", "pdf", lang, options)
    monkeypatch.setattr(FormCanvas, "spool_pages", False)
    export_register(register, tmp_path / "saved.pdf", "pdf", lang, options)
    return tmp_path / "spooled.pdf", tmp_path / "saved.pdf"


@pytest.mark.parametrize("scope", ["art30", "internal"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demo_spooled_is_the_pdf_reportlab_saves(tmp_path, monkeypatch, lang, scope):
    spooled, saved = both(build_demo_register(), tmp_path, lang, scope, monkeypatch)
    assert spooled.read_bytes() != saved.read_bytes()  # the objects are numbered and placed otherwise
    ours, theirs = content(spooled), content(saved)
    assert len(ours["pages"]) > 40 and len(ours["outline"]) > 20
    assert any("/Annots" in page for page in ours["pages"])  # the contents' links
    assert ours == theirs
    assert xref_points_at_every_object(spooled) == xref_points_at_every_object(saved)


def test_a_synthetic_register_spooled_is_the_pdf_reportlab_saves(tmp_path, monkeypatch):
    spooled, saved = both(synthetic_register(60, 12), tmp_path, "fi", "internal", monkeypatch)
    ours, theirs = content(spooled), content(saved)
    assert len(ours["pages"]) > 80
    assert ours == theirs
    assert [p.extract_text() for p in PdfReader(spooled).pages] == [p.extract_text() for p in PdfReader(saved).pages]
    assert xref_points_at_every_object(spooled) > 2 * len(ours["pages"])


def test_the_export_spools_its_pages(tmp_path, monkeypatch):
    seen = {}
    save = SpoolingDocument.format

    def format_(self):  # noqa: ANN001, ANN202
        seen["pages"] = sum(type(obj).__name__ == "PDFPage" for obj in self.idToObject.values())
        seen["spooled"] = sum(obj is SPOOLED for obj in self.idToObject.values())
        return save(self)

    monkeypatch.setattr(SpoolingDocument, "format", format_)
    report = export_register(build_demo_register(), tmp_path / "demo.pdf", "pdf", "sv", ExportOptions())
    assert seen == {"pages": 0, "spooled": 2 * report.pages}  # every page and its content stream


def _pages(canvas: FormCanvas, first: int, count: int) -> None:
    for n in range(first, first + count):
        canvas.encoded.clear()  # (the encoding cache is bounded, not a page's)
        canvas.setFont(FONT, 9)
        for line in range(60):
            digits = " ".join(str((n * 7919 + line * 104729 + k * 31) % 99991) for k in range(10))
            canvas.drawString(40, 800 - 12 * line, f"page {n} line {line} Ørsted {digits}")
        canvas.showPage()


@pytest.mark.parametrize("spool", [True, False])
def test_an_ended_page_leaves_memory(spool, monkeypatch):
    register_fonts()
    monkeypatch.setattr(FormCanvas, "spool_pages", spool)
    out = io.BytesIO()
    canvas = FormCanvas(out, initialFontName=FONT)
    canvas.bookmarkPage("top")
    _pages(canvas, 0, 20)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        _pages(canvas, 20, 200)
        kept = (tracemalloc.get_traced_memory()[0] - before) / 200
    finally:
        tracemalloc.stop()
    canvas.save()
    size = len(out.getvalue()) / 220
    assert len(PdfReader(out, strict=True).pages) == 220
    assert size > 2000
    if spool:
        assert kept < size / 2, (kept, size)  # its object numbers and offsets; its bytes are in the spool
    else:
        assert kept > size  # reportlab's own document: the page, its stream, its objects (the test can fail)


def test_a_path_a_file_a_late_form_and_getpdfdata(tmp_path):
    """Saved to a path or to a file, the same bytes; a form used before it is drawn is drawn; `getpdfdata`."""
    register_fonts()
    made = []
    for target in (tmp_path / "canvas.pdf", io.BytesIO()):
        canvas = FormCanvas(str(target) if isinstance(target, type(tmp_path)) else target, initialFontName=FONT,
                            late_forms=lambda: {"total_pages": "3"}, invariant=1)  # fmt: skip
        assert isinstance(canvas._doc, SpoolingDocument)
        _pages(canvas, 0, 2)
        canvas.doForm("total_pages")
        assert not canvas.hasForm("total_pages")
        _pages(canvas, 2, 1)
        canvas.save()
        made.append(target.getvalue() if isinstance(target, io.BytesIO) else target.read_bytes())
    assert made[0] == made[1]
    reader = PdfReader(io.BytesIO(made[0]), strict=True)
    assert len(reader.pages) == 3
    assert "page 2 line 0" in reader.pages[2].extract_text()
    form = reader.pages[2]["/Resources"]["/XObject"]["/FormXob.total_pages"].get_object()
    assert b"Tj" in form.get_data()
    canvas = FormCanvas(io.BytesIO(), initialFontName=FONT)
    _pages(canvas, 0, 2)
    assert len(PdfReader(io.BytesIO(canvas.getpdfdata()), strict=True).pages) == 2


def test_a_cancelled_export_closes_its_spool(tmp_path, monkeypatch):
    from ropa_app.export import ExportCancelled, build_document, render_document

    docs = []
    ended = SpoolingDocument.page_ended

    def page_ended(self, page):  # noqa: ANN001, ANN202
        docs.append(self)
        return ended(self, page)

    monkeypatch.setattr(SpoolingDocument, "page_ended", page_ended)
    document = build_document(synthetic_register(200, 40), "sv")
    with pytest.raises(ExportCancelled):
        render_document(document, tmp_path / "x.pdf", cancelled=lambda: len(docs) > 10)
    assert len(docs) > 3 and docs[0]._spooled  # pages were spooled before the cancel
    assert docs[0]._spool is None  # closed, so deleted
    assert not list(tmp_path.iterdir())
