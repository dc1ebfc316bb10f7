"""The data-flow picture in the PDF (export/dataflow.py), read back with pypdf: its page holds the countries by
name and the legend in the export's language; it is part of the internal register and, unless asked for, not of
the Art. 30 record; a register too big for one page is split into readable pages."""

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from benchmarks.synthetic import synthetic_register
from ropa_app.domain.law import load_law
from ropa_app.export import ExportOptions, export_register
from ropa_app.export.dataflow import ROWS, build_part
from ropa_app.export.i18n import Translator
from ropa_app.store.demo import build_demo_register


WHEN = datetime(2026, 11, 22, 14, 5)
ONLY_PICTURE = dict(controller_register=False, processor_register=False, recipients_annex=False,
                    transfers_annex=False, logs=False, exported_at=WHEN)


def _pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


@pytest.mark.parametrize("lang, country, legend", [
    ("en", "India (IN)", "Standard contractual clauses"),
    ("sv", "Indien (IN)", "Standardavtalsklausuler"),
    ("nb", "India (IN)", "Standard personvernbestemmelser"),
    ("da", "Indien (IN)", "Standardbestemmelser om databeskyttelse"),
    ("fi", "Intia (IN)", "Vakiosopimuslausekkeet"),
])
def test_the_picture_speaks_the_export_language(tmp_path, lang, country, legend):
    path = tmp_path / f"flows-{lang}.pdf"
    export_register(build_demo_register(), path, language=lang,
                    options=ExportOptions(scope="internal", **ONLY_PICTURE))
    tr = Translator(lang)
    page = [p for p in _pages(path) if tr("section.dataflow") in p][-1]  # (the first is the contents)
    for text in (country, legend, tr("dataflow.group.none"), tr("dataflow.group.gap"), tr("dataflow.legend.third"),
                 tr("dataflow.column.recipient"), tr("severity.error"), "Pixelhaven"):
        assert text in page, (lang, text)
    assert tr("dataflow.legend.special", mark="◆")[:40] in page
    map_page = [p for p in _pages(path) if tr("dataflow.map") in p][-1]
    assert country in map_page and "Australi" in map_page


def test_the_art30_record_leaves_it_out_unless_asked(tmp_path):
    tr = Translator("en")
    plain, asked = tmp_path / "art30.pdf", tmp_path / "asked.pdf"
    export_register(build_demo_register(), plain, language="en", options=ExportOptions(**ONLY_PICTURE))
    export_register(build_demo_register(), asked, language="en", options=ExportOptions(dataflow=True, **ONLY_PICTURE))
    assert not any(tr("section.dataflow") in p for p in _pages(plain))
    assert any(tr("section.dataflow") in p for p in _pages(asked))


def test_a_big_register_is_split_into_readable_pages(tmp_path):
    register = synthetic_register(200, 80)
    part = build_part(register, Translator("en"), load_law(), date(2026, 11, 30))
    assert len(part.pages) >= 2
    assert all(page.flow.rows <= ROWS for page in part.pages)
    shown = {n.record_id for page in part.pages for n in page.flow.columns[2]}
    assert shown == {r.id for r in register.recipients}  # every recipient on some page
    assert part.pages[0].title == f"Part 1 of {len(part.pages)}"
    path = tmp_path / "big.pdf"
    export_register(register, path, language="en", options=ExportOptions(scope="internal", **ONLY_PICTURE))
    texts = _pages(path)
    assert sum("Part " in t and "Countries" in t for t in texts) == len(part.pages)


@pytest.mark.parametrize("flag, expected", [([], False), (["--dataflow"], True)])
def test_the_command_line_adds_it_to_the_art30_record_when_asked(tmp_path, flag, expected):
    from ropa_app.cli import main
    from ropa_app.store.demo import create_demo

    create_demo(tmp_path / "demo.ropa").close()
    out = tmp_path / "out.pdf"
    assert main(["export", str(tmp_path / "demo.ropa"), "--format", "pdf", "--lang", "sv", "-o", str(out), *flag]) == 0
    assert any(Translator("sv")("dataflow.map") in p for p in _pages(out)) is expected


def test_a_register_without_flows_says_so(tmp_path):
    from ropa_app.domain import model

    path = tmp_path / "empty.pdf"
    export_register(model.Register(model.Organisation(name="X AB")), path, language="da",
                    options=ExportOptions(dataflow=True, exported_at=WHEN))
    assert any(" ".join(Translator("da")("dataflow.empty").split()) in p for p in _pages(path))
