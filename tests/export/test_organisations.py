"""An international organisation is printed by its name in the export's language, never as its code, and
the workbook reads it back as the organisation."""

import openpyxl
import pytest
from pypdf import PdfReader

from ropa_app.domain import model
from ropa_app.domain.law import ORG_PREFIX, load_law
from ropa_app.export import export_register
from ropa_app.export.i18n import LANGUAGES, Translator
from ropa_app.interchange.sources import load

NAMES = {"en": "European Patent Organisation", "sv": "Europeiska patentorganisationen",
         "nb": "Den europeiske patentorganisasjon", "da": "Den Europæiske Patentorganisation",
         "fi": "Euroopan patenttijärjestö"}


def _register() -> model.Register:
    epo = model.Recipient(id=1, name="EPO", kind="public_authority", transfers=[model.Transfer(country="org:epo",
                          mechanism="adequacy")])
    activity = model.Activity(id=1, ref="PA-001", name="Patentansökningar", purposes=["Patent"], recipients=[1],
                              transfers=[model.Transfer(country="org:epo", mechanism="adequacy")])
    return model.Register(model.Organisation(name="Uppfinnare AB", country="SE"), [activity], [epo])


def test_every_international_organisation_of_the_law_data_has_a_name_in_every_language():
    orgs = [d.destination for d in load_law().decisions if d.destination.startswith(ORG_PREFIX)]
    assert orgs
    for lang in LANGUAGES:
        tr = Translator(lang)
        for code in orgs:
            assert tr.country(code) != code and ORG_PREFIX not in tr.country(code), (lang, code)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_name_is_printed_not_the_code(tmp_path, lang):
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    export_register(_register(), pdf, language=lang)
    export_register(_register(), xlsx, language=lang)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    cells = "\n".join(str(c.value) for ws in openpyxl.load_workbook(xlsx) for row in ws.iter_rows() for c in row
                      if c.value is not None)
    for out in (text.replace("\n", " "), cells):
        assert NAMES[lang] in out
        assert "org:epo" not in out
    incoming = load(xlsx)
    assert [t.country for t in incoming.activities[0].record.transfers] == ["org:epo"]
