"""Country names and lookup (ISO 3166-1 alpha-2) from pycountry; the project keeps no list of countries.

What a user types is looked up (`find`, `lookup`) in: the ISO codes (alpha-2, alpha-3), pycountry's names
of the country (short, common, official) in English and in every declared language
(`ropa_app.domain.languages`, its `country_names_locale`), and the common forms below that are not
pycountry's names ("UK", "Storbritannien", "USA", "Holland"). An exact match comes before a prefix match,
and a text that could be more than one country picks none (the list then shows the candidates): "UK" is the
United Kingdom, never Ukraine.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache
from types import ModuleType

from . import languages

# Destinations that are international organisations, e.g. "org:epo" (their names: `law.LawData.destination_name`)
ORG_PREFIX = "org:"

# Common forms of a country's name, per declared language, that pycountry's names do not include. England,
# Scotland, Wales and Northern Ireland are parts of the United Kingdom, whose ISO code is GB: a register
# names the state the data goes to, so they stand for GB.
ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB",
        "Wales": "GB", "Northern Ireland": "GB", "USA": "US", "U.S.": "US", "U.S.A.": "US", "America": "US",
        "Holland": "NL", "The Netherlands": "NL", "Russia": "RU", "Turkey": "TR", "Vatican": "VA",
        "Ivory Coast": "CI", "Burma": "MM", "Czech Republic": "CZ",
    },
    "sv": {
        "Storbritannien": "GB", "England": "GB", "Skottland": "GB", "Wales": "GB", "Nordirland": "GB",
        "Förenta staterna": "US", "Amerika": "US", "Holland": "NL", "Ryssland": "RU",
    },
    "nb": {
        "Britannia": "GB", "England": "GB", "Skottland": "GB", "Wales": "GB", "Nord-Irland": "GB", "USA": "US",
        "Amerika": "US", "Holland": "NL", "Noreg": "NO", "Russland": "RU",
    },
    "da": {
        "England": "GB", "Skotland": "GB", "Wales": "GB", "Nordirland": "GB", "Amerika": "US",
        "Nederlandene": "NL", "Rusland": "RU", "Tyrkiet": "TR",
    },
    "fi": {
        "Britannia": "GB", "Iso-Britannia": "GB", "Englanti": "GB", "Skotlanti": "GB", "Wales": "GB",
        "Pohjois-Irlanti": "GB", "USA": "US", "Amerikka": "US", "Hollanti": "NL", "Venäjä": "RU",
    },
}  # fmt: skip


@lru_cache(maxsize=1)
def _pycountry() -> ModuleType:
    """pycountry, imported at first use: it imports importlib.metadata, which a start otherwise does without (#21)."""
    import pycountry

    return pycountry


def _display_name(country: object) -> str:
    # "South Korea" reads better than "Korea, Republic of"; pycountry gives it as common_name.
    return getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]


def is_valid(code: str) -> bool:
    """True for an assigned ISO 3166-1 alpha-2 code (case-insensitive)."""
    code = (code or "").strip()
    return len(code) == 2 and _pycountry().countries.get(alpha_2=code.upper()) is not None


def name(code: str) -> str:
    """The English short name of a country; the code itself when it is not a known code."""
    code = (code or "").strip()
    country = _pycountry().countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    return _display_name(country) if country else code


@lru_cache(maxsize=1)
def _all() -> tuple[tuple[str, str], ...]:
    pairs = [(c.alpha_2, _display_name(c)) for c in _pycountry().countries]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


def all_countries() -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by name."""
    return list(_all())


_CODE_SUFFIX = re.compile(r"\(([A-Za-z]{2})\)\s*$")  # 'Tyskland (DE)': the label the app writes


def _key(text: str) -> str:
    """What two spellings of a name share: case, dots, hyphens and runs of spaces aside."""
    text = unicodedata.normalize("NFC", text).casefold().replace(".", " ").replace("-", " ")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, frozenset[str]]]:
    """{language: {name key: codes}}: pycountry's names in English and each declared language, and the
    aliases; "" holds the ISO codes."""
    out: dict[str, dict[str, set[str]]] = {"": {}}

    def add(language: str, name: str, code: str) -> None:
        if name:
            out.setdefault(language, {}).setdefault(_key(name), set()).add(code)

    for c in _pycountry().countries:
        add("", c.alpha_2, c.alpha_2)
        add("", c.alpha_3, c.alpha_2)
    for lang in languages.LANGUAGES:
        trans: gettext.NullTranslations | None = gettext.NullTranslations()
        if lang.country_names_locale:
            try:
                trans = gettext.translation("iso3166-1", _pycountry().LOCALES_DIR,
                                            languages=[lang.country_names_locale])
            except OSError:  # a bundle without the locale: its English names at least
                trans = None
        for c in _pycountry().countries:
            for attr in ("name", "common_name", "official_name"):
                english = getattr(c, attr, "")
                if english:
                    add(lang.code, trans.gettext(english) if trans else english, c.alpha_2)
        for alias, code in ALIASES.get(lang.code, {}).items():
            add(lang.code, alias, code)
    return {lang: {k: frozenset(v) for k, v in names.items()} for lang, names in out.items()}


def find(text: str, language: str = languages.SOURCE) -> tuple[str, ...]:
    """The countries a typed text may mean, as alpha-2 codes: one is a pick, more are candidates to show,
    none is unknown. `language` is the one the user works in (its names win a tie between languages).

    In this order, the first step that finds anything answers: a label ending in its code ('Tyskland (DE)');
    an ISO code (two or three letters); a whole name or alias, in `language`, else in any declared
    language; the start of a name's word (three letters or more: 'Storb', 'Sver'). Two letters are a code
    or an alias only ("UK", "SE"), never the start of a name."""
    text = (text or "").strip()
    if not text:
        return ()
    suffix = _CODE_SUFFIX.search(text)
    if suffix and is_valid(suffix.group(1)):
        return (suffix.group(1).upper(),)
    key = _key(text)
    names = _names()
    if key in names[""] and len(key) in (2, 3):
        return tuple(sorted(names[""][key]))
    own = names.get(language, {}).get(key)
    if own:
        return tuple(sorted(own))
    exact = set().union(*(n.get(key, frozenset()) for lang, n in names.items() if lang))
    if exact or len(key) < 3:
        return tuple(sorted(exact))
    starts = set()
    for lang, table in names.items():
        if lang:
            for name, codes in table.items():
                if name.startswith(key) or f" {key}" in f" {name}":
                    starts |= codes
    return tuple(sorted(starts))


def lookup(text: str, language: str = languages.SOURCE) -> str | None:
    """The alpha-2 code of a code or a whole name in any declared language, or a common form ("se",
    "Sweden", "SWE", "South Korea", "Tyskland", "UK"); None if unknown or if it could be more than one
    country. Only whole names: a prefix is a guess (`find`) that only a user can confirm."""
    text = (text or "").strip()
    if not text:
        return None
    found = find(text, language)
    key = _key(text)
    whole = len(found) == 1 and (
        _CODE_SUFFIX.search(text) or any(key in names for names in _names().values())
    )
    if whole:
        return found[0]
    try:  # pycountry's own lookup: the numeric code, and names pycountry matches its own way
        return _pycountry().countries.lookup(text).alpha_2
    except LookupError:
        return None
