"""What a user types for a country, in the language they work in: names in every declared language, ISO
codes and common forms ("UK", "Storbritannien", "USA"), an exact match before a prefix, and never a wrong
pick: what could be more than one country picks none."""

from __future__ import annotations

import pytest

from ropa_app.domain import countries, languages


@pytest.mark.parametrize(
    "language, typed, code",
    [
        ("sv", "UK", "GB"), ("sv", "Storbritannien", "GB"), ("sv", "USA", "US"), ("sv", "Sverige", "SE"),
        ("sv", "Förenta staterna", "US"), ("sv", "Tyskland", "DE"), ("sv", "Norge", "NO"), ("sv", "holland", "NL"),
        ("nb", "Storbritannia", "GB"), ("nb", "Noreg", "NO"), ("nb", "Tyskland", "DE"), ("nb", "England", "GB"),
        ("da", "Storbritannien", "GB"), ("da", "Tyskland", "DE"), ("da", "Holland", "NL"), ("da", "USA", "US"),
        ("fi", "Yhdysvallat", "US"), ("fi", "Saksa", "DE"), ("fi", "Ruotsi", "SE"), ("fi", "Norja", "NO"),
        ("fi", "Tanska", "DK"), ("fi", "Suomi", "FI"), ("fi", "Iso-Britannia", "GB"), ("fi", "Britannia", "GB"),
        ("en", "UK", "GB"), ("en", "U.S.A.", "US"), ("en", "sweden", "SE"), ("en", "SWE", "SE"), ("en", "se", "SE"),
        ("en", "South Korea", "KR"), ("sv", "Finland", "FI"), ("fi", "Sverige", "SE"),  # another language's name
        ("sv", "Tyskland (DE)", "DE"), ("fi", "Yhdysvallat (US)", "US"),  # the label the app writes
    ],
)  # fmt: skip
def test_a_whole_name_code_or_common_form_is_one_country(language, typed, code):
    assert countries.find(typed, language) == (code,)
    assert countries.lookup(typed, language) == code


def test_uk_is_never_ukraine():
    for lang in languages.CODES:
        assert countries.find("UK", lang) == ("GB",) and countries.find("uk", lang) == ("GB",)
    assert countries.find("Ukr", "en") == ("UA",)  # three letters: the start of a name


def test_a_prefix_is_a_candidate_not_a_whole_name():
    assert countries.find("Storb", "sv") == ("GB",)
    assert countries.find("Sver", "sv") == ("SE",)
    assert countries.lookup("Sver", "sv") is None  # lookup (imports) takes whole names only


def test_two_letters_are_a_code_or_an_alias_never_a_prefix():
    assert countries.find("Sv", "sv") == ("SV",)  # El Salvador's code, not Sverige's start
    assert countries.find("Ty", "sv") == ()  # neither a code nor an alias: no pick (not "Tyskland")


def test_what_could_be_more_than_one_country_picks_none():
    assert set(countries.find("Korea", "en")) >= {"KR", "KP"}
    assert countries.lookup("Korea", "en") is None
    assert len(countries.find("Guinea", "en")) == 1  # a whole name is exact before it is a prefix
    assert set(countries.find("Guin", "en")) >= {"GN", "GW", "GQ", "PG"}


def test_unknown_or_empty_is_no_pick():
    assert countries.find("Atlantis", "sv") == () and countries.lookup("Atlantis") is None
    assert countries.find("   ", "sv") == () and countries.lookup("") is None


def test_the_aliases_are_data_of_declared_languages_naming_real_countries():
    assert set(countries.ALIASES) <= set(languages.CODES)
    for lang, aliases in countries.ALIASES.items():
        for alias, code in aliases.items():
            assert countries.is_valid(code), (lang, alias)
            assert countries.find(alias, lang) == (code,), (lang, alias)  # no alias is ambiguous


def test_no_name_means_two_countries_across_the_declared_languages():
    """An exact name in one language is never another country's name in another (else 'never a wrong pick'
    would depend on the interface language)."""
    seen: dict[str, set[str]] = {}
    for lang, names in countries._names().items():
        if lang:
            for key, codes in names.items():
                seen.setdefault(key, set()).update(codes)
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}
