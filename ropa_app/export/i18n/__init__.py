"""Translation tables of the exports: one module per declared language (`ropa_app.domain.languages`).

Each module has TEXTS (headings and words), FIELDS (field labels per entity, keyed by the register-fields
keys), VOCAB (a term for every key of every vocabulary) and CHECKS (the texts of the register checks,
`check.*`, whose English is `ropa_app.domain.checks.messages.MESSAGES`). `Translator` flattens them to
`field.<entity>.<key>`, `vocab.<vocabulary>.<key>` and the plain keys, and formats dates and countries
the way the language writes them (`Language.date_style`, `Language.country_names_locale`).

Every language has every English key (the check texts too), except the few that `may_fall_back` names:
those a translation may leave out, and the Translator shows them in English. A country named in a check's
message (`country.<code>`) is the language's name of the country.
"""

from __future__ import annotations

import gettext
import importlib
from datetime import date, datetime
from functools import lru_cache, cache

from ropa_app.domain import countries, languages
from ropa_app.domain.checks.messages import MESSAGES


def _law_data():
    """The legal reference data, its module imported at the first international organisation's name without one
    in the language's table: not with the tables (the app's interface imports them before its first paint, which
    needs no law data, #21)."""
    from ropa_app.domain.law import load_law

    return load_law()


LANGUAGES: tuple[str, ...] = languages.CODES

# The keys of the check texts (every language has them all).
CHECK_KEYS: frozenset[str] = frozenset(MESSAGES)
# A country named in a check's message (`ropa_app.domain.checks.findings.Term`): "country.<code>"
COUNTRY_KEY = "country."
DATE_KEY = "date."  # a day in a check's message: "date.<ISO date>"


@cache
def table(language: str) -> dict[str, str]:
    """The flat translation table of one language (only what its module defines)."""
    languages.get(language)  # ValueError for a language that is not declared
    mod = importlib.import_module(f"{__name__}.{language}")
    out = dict(mod.TEXTS)
    for entity, labels in mod.FIELDS.items():
        for key, label in labels.items():
            out[f"field.{entity}.{key}"] = label
    for vocabulary, terms in mod.VOCAB.items():
        for key, term in terms.items():
            out[f"vocab.{vocabulary}.{key}"] = term
    out.update(mod.CHECKS)
    return out


def may_fall_back(key: str, language: str) -> bool:
    """Whether the table of `language` may lack the English `key` (the Translator then shows the English):
    only the name of another language (one declared after the table was written). Every other key each
    language must have, the check texts (CHECK_KEYS) included."""
    return key.startswith("vocab.export_language.") and key != f"vocab.export_language.{language}"


def format_date(value: date, language: str) -> str:
    """The way the language writes dates (its `DateStyle`): en 22 Nov 2026; sv 2026-11-22; nb, da 22.11.2026."""
    return languages.get(language).date_style.date(value)


def format_datetime(value: datetime, language: str) -> str:
    return languages.get(language).date_style.datetime(value)


@cache
def _country_translation(language: str) -> gettext.NullTranslations | None:
    """pycountry's country names in the language; None where its English names are used as they are, or
    where the locale's names are missing (a bundle without them: the self-test reports it)."""
    locale = languages.get(language).country_names_locale
    if locale is None:
        return None
    import pycountry  # (at first use: it imports importlib.metadata, which a start does without, #21)

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return None


@lru_cache(maxsize=4096)
def country_name(code: str, language: str) -> str:
    """The country's name in the language, without the code; the code itself if unknown."""
    code = (code or "").strip()
    if not countries.is_valid(code):
        return code  # not an ISO 3166-1 code (an international organisation, free text): as recorded
    trans = _country_translation(language)
    if trans is None:
        return countries.name(code)
    import pycountry

    return trans.gettext(pycountry.countries.get(alpha_2=code.upper()).name)


class Translator:
    """Texts of one export language, falling back to English for a key the language lacks."""

    def __init__(self, language: str):
        self.language = language
        self._t = {**table("en"), **table(language)}

    def __call__(self, key: str, **kwargs: object) -> str:
        if key.startswith(COUNTRY_KEY) and key not in self._t:  # a country in a check's message (checks.Term)
            return self.country_name(key[len(COUNTRY_KEY):])
        if key.startswith(DATE_KEY) and key not in self._t:  # a day in a check's message
            return self.date(date.fromisoformat(key[len(DATE_KEY):]))
        text = self._t.get(key, key)
        return text.format(**kwargs) if kwargs else text

    def field_in(self, entity: str, key: str, country: str) -> str:
        """A field's label as it is said for a record of that country (a Danish company's registration
        number is its "CVR-nummer"), else the field's label."""
        return self._t.get(f"field.{entity}.{key}.{(country or '').strip().upper()}") or self.field(entity, key)

    def field_labels(self, entity: str, key: str) -> list[str]:
        """Every label a field has in this language: its own, then those for particular countries."""
        prefix = f"field.{entity}.{key}."
        return [self.field(entity, key), *(v for k, v in self._t.items() if k.startswith(prefix))]

    def field(self, entity: str, key: str) -> str:
        return self._t.get(f"field.{entity}.{key}", key)

    def term(self, vocabulary: str, key: str) -> str:
        """A vocabulary key's term; an unknown key is shown as it is stored."""
        return self._t.get(f"vocab.{vocabulary}.{key}", key)

    def date(self, value: date) -> str:
        return format_date(value, self.language)

    def datetime(self, value: datetime) -> str:
        return format_datetime(value, self.language)

    def country_name(self, code: str) -> str:
        """The name alone: 'Sverige'; an international organisation's name in the language; an unknown code
        or free text as it is."""
        if code.strip().lower().startswith(countries.ORG_PREFIX):
            ident = code.strip().lower()[len(countries.ORG_PREFIX):]
            return self._t.get(f"io.{ident}") or _law_data().destination_name(code)
        return country_name(code, self.language)

    def country(self, code: str) -> str:
        """'Sverige (SE)'; an international organisation by its name in the language ('org:epo' ->
        'Europeiska patentorganisationen'); an unknown code or free text stays as it is."""
        if code.strip().lower().startswith(countries.ORG_PREFIX):
            return self.country_name(code)
        name = country_name(code, self.language)
        code = code.strip()
        return f"{name} ({code.upper()})" if name and name != code else code
