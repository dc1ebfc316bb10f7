"""Small date arithmetic for review intervals. Pure Python."""

from __future__ import annotations

import calendar
from datetime import date


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
