"""Small date arithmetic for review intervals, and dates as a user types them. Pure Python."""

from __future__ import annotations

import calendar
import re
import string
from datetime import date
from functools import cache

from . import languages

# ISO 8601, in any language: 2026-12-06, 2026-12-6, 20261206.
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})|(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
# Day first, as the Nordic countries write it, in any language: 6.12.2026, 06.12.2026, 6-12-2026. Never
# 6/12/2026: with slashes the United States read the month first, so that date would be a guess.
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})[.-](?P<month>\d{1,2})[.-](?P<year>\d{4})")


@cache
def _style_pattern(language: str) -> re.Pattern[str]:
    """The language's own way of writing a date (its `DateStyle`, as the exports write it) read back,
    leading zeros and the case of a month name aside: en "6 Dec 2026", fi "6.12.2026"."""
    style = languages.get(language).date_style
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(style.pattern):
        parts.append(r"\s+".join(re.escape(word) for word in literal.split(" ")) if literal else "")
        if name == "month_name":
            parts.append("(?P<month_name>" + "|".join(re.escape(m) for m in style.month_names) + ")")
        elif name == "year":
            parts.append(r"(?P<year>\d{4})")
        elif name:
            parts.append(rf"(?P<{name}>\d{{1,2}})")
    return re.compile("".join(parts), re.IGNORECASE)


def parse_date(text: str, language: str = languages.SOURCE) -> tuple[bool, date | None]:
    """A date as a user types it in `language` (the interface language): ISO (2026-12-06, 20261206) in every
    language, day first with dots or dashes (6.12.2026, 06-12-2026), and the language's own short way
    (en 6 Dec 2026). (True, None) for nothing; (False, None) for what is not one date."""
    text = " ".join((text or "").split())
    if not text:
        return True, None
    style = languages.get(language).date_style
    for pattern in (_ISO, _DAY_FIRST, _style_pattern(language)):
        m = pattern.fullmatch(text)
        if m is None:
            continue
        found = {k: v for k, v in m.groupdict().items() if v is not None}
        year = int(found.get("year") or found["y"])
        if "month_name" in found:
            month = [n.casefold() for n in style.month_names].index(found["month_name"].casefold()) + 1
        else:
            month = int(found.get("month") or found["m"])
        day = int(found.get("day") or found["d"])
        try:
            return True, date(year, month, day)
        except ValueError:
            return False, None
    return False, None


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months (negative: back), clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def older_than_months(day: date, months: int, today: date) -> bool:
    """True when `day` lies more than `months` whole months before `today`."""
    return day < add_months(today, -months)
