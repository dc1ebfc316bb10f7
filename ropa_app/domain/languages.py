"""The languages the register is exported in, each declared once.

Everything that lists languages derives the list from here: the export's translation tables
(`ropa_app.export.i18n.LANGUAGES`), the organisation's choice of export language
(`vocab.EXPORT_LANGUAGES`), the `export --lang` option. A declaration says what the code cannot
guess: the language's names, how it writes dates, and where its translated country names are.

Adding a language (Finnish, say) takes one `Language` entry below and its translation module
`ropa_app/export/i18n/fi.py` with the English keys; tests/domain/test_languages.py ties the two.
"""

from __future__ import annotations

from datetime import date, datetime

from .dataclass import dataclass


@dataclass(frozen=True)
class DateStyle:
    """How a language writes a date: a `str.format` pattern over `day`, `month`, `year` (numbers) and
    `month_name` (from `month_names`, January first), and what separates the time of a timestamp."""

    pattern: str
    month_names: tuple[str, ...] = ()
    time_separator: str = " "

    def date(self, value: date) -> str:
        month_name = self.month_names[value.month - 1] if self.month_names else ""
        return self.pattern.format(day=value.day, month=value.month, year=value.year, month_name=month_name)

    def datetime(self, value: datetime) -> str:
        """The date, then the time to the minute (24-hour clock)."""
        return f"{self.date(value.date())}{self.time_separator}{value.hour:02d}:{value.minute:02d}"


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as stored in the register (Organisation.export_language) and in file names
    english_name: str  # "Swedish": the language's name in English texts
    native_name: str  # "Svenska": its name in itself, as the organisation picks it
    date_style: DateStyle
    # Locale of pycountry's translated country names (gettext domain iso3166-1); None: pycountry's
    # own English names, as they are.
    country_names_locale: str | None
    hyphenation: str = ""  # the hyphenation dictionary (pyphen's name) the PDF breaks a long word with


ISO_DATE = DateStyle("{year:04d}-{month:02d}-{day:02d}")  # 2026-11-22
DOTTED_DATE = DateStyle("{day:02d}.{month:02d}.{year}")  # 22.11.2026

LANGUAGES: tuple[Language, ...] = (
    Language(
        "en", "English", "English",
        DateStyle("{day} {month_name} {year}",  # 22 Nov 2026, 14:05
                  ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), ", "),
        country_names_locale=None, hyphenation="en_GB",
    ),
    Language("sv", "Swedish", "Svenska", ISO_DATE, country_names_locale="sv", hyphenation="sv"),
    Language("nb", "Norwegian (Bokmål)", "Norsk bokmål", DOTTED_DATE, country_names_locale="nb_NO",
             hyphenation="nb_NO"),
    Language("da", "Danish", "Dansk", DOTTED_DATE, country_names_locale="da", hyphenation="da_DK"),
    # Finnish writes 6.12.2026 (day.month.year, no leading zeros); pyphen has no Finnish dictionary, so a
    # word too long for its PDF column breaks by characters.
    Language("fi", "Finnish", "Suomi", DateStyle("{day}.{month}.{year}"), country_names_locale="fi"),
)  # fmt: skip

SOURCE = "en"  # the language the program's own texts are written in; every other one falls back to it
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
_BY_CODE = {lang.code: lang for lang in LANGUAGES}


def get(code: str) -> Language:
    """The declared language of a code; ValueError for one that is not declared."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown export language {code!r}; expected one of {', '.join(CODES)}") from None
