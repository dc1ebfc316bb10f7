"""A word too long for its PDF column breaks at a syllable of the export's language, with a hyphen; an
address breaks after its separators and keeps every character (no hyphen is added to it)."""

import pytest
from pypdf import PdfReader

from ropa_app.domain import languages, model
from ropa_app.export import export_register
from ropa_app.export.pdf_parts import FONT, TextWrapper, register_fonts


@pytest.fixture(scope="module", autouse=True)
def fonts():
    register_fonts()


def test_a_long_swedish_word_breaks_at_its_syllables():
    lines = TextWrapper(FONT, 9, 11, hyphenation="sv").lines("Personuppgiftsbiträdets", 60)
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.removesuffix("-") for line in lines) == "Personuppgiftsbiträdets"
    assert lines[0] in ("Personupp-", "Person-")  # at a syllable, not wherever the width ends


def test_an_address_keeps_every_character():
    url = "https://intranet.example/dpia/payroll-2026/final.pdf"
    lines = TextWrapper(FONT, 9, 11, hyphenation="sv").lines(url, 60)
    assert len(lines) > 1 and "".join(lines) == url


def test_every_export_language_has_its_dictionary():
    """A language declares pyphen's dictionary of it, or none only where pyphen has none (Finnish)."""
    import pyphen

    for lang in languages.LANGUAGES:
        if lang.hyphenation:
            assert lang.hyphenation in pyphen.LANGUAGES, lang.code
        else:
            assert not [name for name in pyphen.LANGUAGES if name.split("_")[0] == lang.code], lang.code


def test_the_pdf_label_column_hyphenates(tmp_path):
    org = model.Organisation(name="Exempel AB", country="SE", dpo_name="Dan")
    activity = model.Activity(id=1, ref="PA-1", name="Drift", role="processor", processing_categories=["Drift"])
    path = tmp_path / "sv.pdf"
    export_register(model.Register(org, [activity], []), path, language="sv")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Personuppgiftsbiträdets namn" in " ".join(text.replace("-\n", "").split())
