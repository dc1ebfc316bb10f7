"""Translation tables of the exports: one module per language (en, sv, nb, da).

Each module has TEXTS (headings and words), FIELDS (field labels per entity, keyed by the register-fields
keys) and VOCAB (a term for every key of every vocabulary). `Translator` flattens them to
`field.<entity>.<key>`, `vocab.<vocabulary>.<key>` and the plain keys, and formats dates and countries
the way the language writes them.
"""

from __future__ import annotations

import gettext
import importlib
from datetime import date, datetime
from functools import lru_cache

from ropa_app.domain import model

LANGUAGES: tuple[str, ...] = ("en", "sv", "nb", "da")

# Entity names used in the `field.<entity>.<key>` keys.
ENTITIES: dict[type, str] = {
    model.Organisation: "organisation",
    model.Activity: "activity",
    model.Recipient: "recipient",
    model.Transfer: "transfer",
    model.DataCategory: "data_category",
    model.JointController: "joint_controller",
    model.ControllerRef: "controller_ref",
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@lru_cache(maxsize=None)
def table(language: str) -> dict[str, str]:
    """The flat translation table of one language (only what its module defines)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown export language {language!r}; expected one of {', '.join(LANGUAGES)}")
    mod = importlib.import_module(f"{__name__}.{language}")
    out = dict(mod.TEXTS)
    for entity, labels in mod.FIELDS.items():
        for key, label in labels.items():
            out[f"field.{entity}.{key}"] = label
    for vocabulary, terms in mod.VOCAB.items():
        for key, term in terms.items():
            out[f"vocab.{vocabulary}.{key}"] = term
    return out


def format_date(value: date, language: str) -> str:
    """en: 22 Nov 2026; sv: 2026-11-22; nb and da: 22.11.2026."""
    if language == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    if language == "sv":
        return value.isoformat()
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def format_datetime(value: datetime, language: str) -> str:
    sep = ", " if language == "en" else " "
    return f"{format_date(value.date(), language)}{sep}{value.hour:02d}:{value.minute:02d}"


@lru_cache(maxsize=None)
def _country_translation(language: str):
    if language == "en":
        return None
    try:
        import pycountry

        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except (OSError, ImportError):
        return None


@lru_cache(maxsize=4096)
def country_name(code: str, language: str) -> str:
    """The country's name in the language, without the code; the code itself if unknown."""
    code = (code or "").strip()
    if not code:
        return ""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code.upper())
    except (ImportError, LookupError, KeyError):
        c = None
    if c is None:
        try:  # the domain's reference data may know international organisations and the like
            from ropa_app.domain import countries  # type: ignore[attr-defined]

            name = countries.name(code)
            return name or code
        except Exception:  # noqa: BLE001 - optional module, any failure means "unknown"
            return code
    trans = _country_translation(language)
    if trans is not None:
        return trans.gettext(c.name)
    return getattr(c, "common_name", None) or c.name


class Translator:
    """Texts of one export language, falling back to English for a key the language lacks."""

    def __init__(self, language: str):
        self.language = language
        self._t = {**table("en"), **table(language)}

    def __call__(self, key: str, **kwargs: object) -> str:
        text = self._t.get(key, key)
        return text.format(**kwargs) if kwargs else text

    def field(self, entity: str, key: str) -> str:
        return self._t.get(f"field.{entity}.{key}", key)

    def term(self, vocabulary: str, key: str) -> str:
        """A vocabulary key's term; an unknown key is shown as it is stored."""
        return self._t.get(f"vocab.{vocabulary}.{key}", key)

    def date(self, value: date) -> str:
        return format_date(value, self.language)

    def datetime(self, value: datetime) -> str:
        return format_datetime(value, self.language)

    def country(self, code: str) -> str:
        """'Sverige (SE)'; an unknown code or free text stays as it is."""
        name = country_name(code, self.language)
        code = code.strip()
        return f"{name} ({code.upper()})" if name and name != code else code
