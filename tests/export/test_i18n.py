"""The translation tables: complete in every language, and in each language's GDPR terminology."""

import re
import string

import pytest

from ropa_app.domain import model, vocab
from ropa_app.export.i18n import ENTITIES, LANGUAGES, Translator, format_date, table

OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def test_english_has_every_field_and_every_vocabulary_term():
    en = table("en")
    for cls, entity in ENTITIES.items():
        for fs in model.fields_of(cls):
            assert en.get(f"field.{entity}.{fs.key}"), f"no English label for {entity}.{fs.key}"
    for v in vocab.ALL_VOCABULARIES.values():
        for key in v.keys():
            assert en.get(f"vocab.{v.name}.{key}"), f"no English term for {v.name}.{key}"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_language_has_every_key_that_english_has(lang):
    en, other = table("en"), table(lang)
    assert sorted(set(en) - set(other)) == []
    assert sorted(set(other) - set(en)) == []  # no stale keys either
    assert all(text.strip() for text in other.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_english(lang):
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    en, other = table("en"), table(lang)
    for key, text in en.items():
        assert fields(other[key]) == fields(text), key


@pytest.mark.parametrize("lang", OTHERS)
def test_translated_not_copied(lang):
    """Most labels and terms differ from the English ones (a forgotten copy-paste would not)."""
    en, other = table("en"), table(lang)
    keys = [k for k in en if k.startswith(("field.", "vocab.", "section."))]
    same = [k for k in keys if en[k] == other[k]]
    assert len(same) < len(keys) * 0.1, same


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheet_names_are_valid_excel_sheet_names(lang):
    for key, text in table(lang).items():
        if key.startswith("sheet."):
            assert len(text) <= 31 and not re.search(r"[\[\]:*?/\\]", text), (key, text)


@pytest.mark.parametrize(
    "lang, terms",
    [
        ("sv", ["Register över behandling", "personuppgiftsansvarig", "personuppgiftsbiträde", "registrerade",
                "rättslig grund", "mottagare", "tredjeland", "lämpliga skyddsåtgärder"]),
        ("nb", ["Protokoll over behandlingsaktiviteter", "behandlingsansvarlig", "databehandler", "registrerte",
                "behandlingsgrunnlag"]),
        ("da", ["Fortegnelse over behandlingsaktiviteter", "dataansvarlig", "databehandler", "registrerede",
                "behandlingsgrundlag"]),
    ],
)  # fmt: skip
def test_official_gdpr_terminology(lang, terms):
    text = " ".join(table(lang).values()).casefold()
    for term in terms:
        assert term.casefold() in text, term
    assert table(lang)["title"] == terms[0]


def test_key_terms_where_they_belong():
    assert Translator("sv").term("role", "processor") == "Personuppgiftsbiträde"
    assert Translator("nb").term("role", "controller") == "Behandlingsansvarlig"
    assert Translator("da").field("activity", "data_subject_categories") == "Kategorier af registrerede"
    assert Translator("sv").field("activity", "legal_bases").startswith("Rättslig grund")
    assert Translator("nb").field("activity", "legal_bases").startswith("Behandlingsgrunnlag")
    assert Translator("da").field("activity", "legal_bases").startswith("Behandlingsgrundlag")
    assert Translator("sv")("missing") == "Saknas"
    assert Translator("nb")("missing") == Translator("da")("missing") == "Mangler"


def test_dates_in_each_languages_format():
    from datetime import date

    d = date(2026, 11, 22)
    assert format_date(d, "en") == "22 Nov 2026"
    assert format_date(d, "sv") == "2026-11-22"
    assert format_date(d, "nb") == format_date(d, "da") == "22.11.2026"


def test_countries_by_name_in_the_language_with_code():
    assert Translator("en").country("SE") == "Sweden (SE)"
    assert Translator("sv").country("US") == "USA (US)"
    assert Translator("nb").country("DE") == "Tyskland (DE)"
    assert Translator("da").country("se") == "Sverige (SE)"
    assert Translator("en").country("EPO") == "EPO"  # not an ISO code: shown as recorded


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        Translator("fi")
