"""Dates as a user types them in their language: ISO always, day first as the Nordic countries write it,
the language's own short way; nothing that could be read two ways."""

from __future__ import annotations

from datetime import date

import pytest

from ropa_app.domain import languages
from ropa_app.domain.dates import parse_date

DAY = date(2026, 12, 6)


@pytest.mark.parametrize("code", languages.CODES)
def test_iso_and_the_languages_own_style_in_every_language(code):
    for text in ("2026-12-06", "2026-12-6", "20261206", languages.get(code).date_style.date(DAY)):
        assert parse_date(text, code) == (True, DAY), text
    assert parse_date("  ", code) == (True, None)


@pytest.mark.parametrize(
    "code, typed",
    [("sv", "2026-12-06"), ("nb", "06.12.2026"), ("nb", "6.12.2026"), ("da", "06.12.2026"), ("da", "6.12.2026"),
     ("fi", "6.12.2026"), ("fi", "06.12.2026"), ("fi", "6-12-2026"), ("en", "6 Dec 2026"), ("en", "06 dec 2026")],
)  # fmt: skip
def test_the_locales_short_format(code, typed):
    assert parse_date(typed, code) == (True, DAY)


@pytest.mark.parametrize("code", languages.CODES)
def test_what_could_be_read_two_ways_or_is_no_date_is_refused(code):
    for text in ("06/12/2026", "12/6/2026", "6.12.26", "31.2.2026", "2026-13-01", "Dec 2026", "tomorrow", "6 Dex 2026"):
        assert parse_date(text, code) == (False, None), text


def test_a_month_name_only_in_the_language_that_writes_it():
    assert parse_date("6 Dec 2026", "en") == (True, DAY)
    assert parse_date("6 Dec 2026", "fi") == (False, None)
