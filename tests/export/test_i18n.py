"""The translation tables: complete in every language, and in each language's GDPR terminology."""

import re
import string

import pytest

from ropa_app.domain import kinds, model, vocab
from ropa_app.domain.checks.messages import MESSAGES
from ropa_app.export.i18n import CHECK_KEYS, LANGUAGES, Translator, format_date, may_fall_back, table

OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def test_english_has_every_field_and_every_vocabulary_term():
    en = table("en")
    for k in kinds.KINDS:
        cls, entity = k.cls, k.key
        for fs in model.fields_of(cls):
            assert en.get(f"field.{entity}.{fs.key}"), f"no English label for {entity}.{fs.key}"
    for v in vocab.ALL_VOCABULARIES.values():
        for key in v.keys():
            assert en.get(f"vocab.{v.name}.{key}"), f"no English term for {v.name}.{key}"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_language_has_every_key_that_english_has(lang):
    """Exactly the English keys, except the explicit few that may fall back to English (`may_fall_back`):
    the check texts until they are translated, and the names of languages declared later."""
    en, other = table("en"), table(lang)
    assert sorted(k for k in set(en) - set(other) if not may_fall_back(k, lang)) == []
    assert sorted(set(other) - set(en)) == []  # no stale keys either
    assert all(text.strip() for text in other.values())


def test_what_may_fall_back_is_the_check_texts_and_other_languages_names():
    assert CHECK_KEYS == set(MESSAGES) == {k for k in table("en") if k.startswith("check.")}
    assert may_fall_back("check.R04-security-missing", "sv") and may_fall_back("check.phrase.and", "da")
    assert may_fall_back("vocab.export_language.nb", "sv")
    assert not may_fall_back("vocab.export_language.sv", "sv")  # a language names itself
    assert not may_fall_back("check.R99-no-such-rule", "sv")  # only keys English has
    assert not any(may_fall_back(k, "sv") for k in ("missing", "field.activity.name", "vocab.role.processor"))


@pytest.mark.parametrize("lang", OTHERS)
def test_a_check_text_not_yet_translated_is_shown_in_english(lang):
    tr = Translator(lang)
    for key, english in MESSAGES.items():
        assert tr(key) == table(lang).get(key, english), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_english(lang):
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    en, other = table("en"), table(lang)
    for key, text in en.items():
        if key in other or not may_fall_back(key, lang):
            assert fields(other[key]) == fields(text), key


@pytest.mark.parametrize("lang", OTHERS)
def test_translated_not_copied(lang):
    """Most labels and terms differ from the English ones (a forgotten copy-paste would not)."""
    en, other = table("en"), table(lang)
    keys = [k for k in en if k.startswith(("field.", "vocab.", "section.")) and k in other]
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
        Translator("xx")
