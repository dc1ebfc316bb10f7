"""The one registry of languages (ropa_app.domain.languages) and everything that derives from it.

Adding a language takes its declaration and its translation module; these tests say what else is
missing: a module with the wrong keys, a language the register's vocabulary does not offer, a date
style nobody uses.
"""

from __future__ import annotations

import importlib
import string
from datetime import date, datetime
from pathlib import Path

import pytest

from ropa_app.domain import languages, vocab
from ropa_app.export import i18n

CODES = [lang.code for lang in languages.LANGUAGES]
DAYS = [date(2026, 11, 22), date(2031, 1, 2), date(999, 12, 31)]


def test_codes_are_unique_and_english_is_first():
    assert len(set(CODES)) == len(CODES)
    assert CODES[0] == languages.SOURCE == "en"
    assert languages.CODES == tuple(CODES)


def test_every_declaration_is_complete():
    for lang in languages.LANGUAGES:
        assert lang.code.isalpha() and lang.code.islower() and len(lang.code) == 2, lang
        assert lang.english_name.strip() and lang.native_name.strip(), lang


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown export language 'xx'; expected one of en, sv, "):
        languages.get("xx")


# --- the translation modules ---------------------------------------------------------------------


def test_a_translation_module_for_every_declared_language_and_no_other():
    folder = Path(i18n.__file__).parent
    modules = sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
    assert modules == sorted(CODES)
    assert i18n.LANGUAGES == languages.CODES


@pytest.mark.parametrize("code", CODES)
def test_every_translation_module_has_exactly_the_english_keys(code):
    """TEXTS, FIELDS, VOCAB and CHECKS; only the keys `may_fall_back` names may be left out."""
    mod = importlib.import_module(f"ropa_app.export.i18n.{code}")
    for part in ("TEXTS", "FIELDS", "VOCAB", "CHECKS"):
        assert isinstance(getattr(mod, part, None), dict), f"{code}.py has no {part}"
    en, other = i18n.table("en"), i18n.table(code)
    assert sorted(k for k in set(en) - set(other) if not i18n.may_fall_back(k, code)) == []
    assert sorted(set(other) - set(en)) == []


def test_language_names_come_from_the_registry():
    en = i18n.Translator("en")
    for lang in languages.LANGUAGES:
        assert en.term("export_language", lang.code) == lang.english_name
        # each language names itself as it calls itself (the export writes it on its cover)
        assert i18n.table(lang.code)[f"vocab.export_language.{lang.code}"] == lang.native_name


# --- the register's vocabulary -------------------------------------------------------------------


def test_export_languages_vocabulary_is_the_registry():
    assert vocab.EXPORT_LANGUAGES.items == tuple((lang.code, lang.native_name) for lang in languages.LANGUAGES)
    assert vocab.ALL_VOCABULARIES["export_language"] is vocab.EXPORT_LANGUAGES


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_each_language_writes_dates_in_its_own_style(code):
    style = languages.get(code).date_style
    names = {name for _, name, _, _ in string.Formatter().parse(style.pattern) if name}
    assert names <= {"day", "month", "year", "month_name"} and {"day", "year"} <= names, style.pattern
    assert ("month_name" in names and len(style.month_names) == 12) or ("month" in names and not style.month_names)
    tr = i18n.Translator(code)
    for day in DAYS:
        assert i18n.format_date(day, code) == tr.date(day) == style.date(day)
        assert str(day.year) in style.date(day)
        moment = datetime.combine(day, datetime.min.time()).replace(hour=7, minute=5)
        written = f"{style.date(day)}{style.time_separator}07:05"
        assert i18n.format_datetime(moment, code) == tr.datetime(moment) == written
    assert len({style.date(d) for d in DAYS}) == len(DAYS)


def test_the_declared_date_styles():
    day = date(2026, 11, 22)
    assert {code: languages.get(code).date_style.date(day) for code in ("en", "sv", "nb", "da", "fi")} == {
        "en": "22 Nov 2026", "sv": "2026-11-22", "nb": "22.11.2026", "da": "22.11.2026", "fi": "22.11.2026",
    }
    # Finnish writes no leading zeros (6.12.2026), Norwegian and Danish do (06.12.2026)
    assert languages.get("fi").date_style.date(date(2026, 2, 6)) == "6.2.2026"
    assert languages.get("da").date_style.date(date(2026, 2, 6)) == "06.02.2026"
    assert languages.get("fi").date_style.datetime(datetime(2026, 3, 1, 9, 5)) == "1.3.2026 09:05"
    assert languages.get("en").date_style.datetime(datetime(2026, 3, 1, 14, 5)) == "1 Mar 2026, 14:05"
    assert languages.get("sv").date_style.date(date(999, 1, 2)) == date(999, 1, 2).isoformat()


# --- countries -----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_country_names_in_each_language(code):
    """A language with a country-names locale gets pycountry's names in it (the locale is bundled)."""
    name = i18n.country_name("DE", code)
    if languages.get(code).country_names_locale is None:
        assert name == "Germany"
    else:
        assert name != "Germany", f"no country names for {code}: is its locale right and bundled?"
    assert i18n.country_name("EPO", code) == "EPO"  # not an ISO code: as recorded
    assert i18n.country_name("XX", code) == "XX"
    assert i18n.country_name("  ", code) == ""
