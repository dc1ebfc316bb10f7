"""Country names and lookup (ISO 3166-1 alpha-2) from pycountry; the project keeps no list of its own."""

from __future__ import annotations

from functools import lru_cache

import pycountry


def _display_name(country: object) -> str:
    # "South Korea" reads better than "Korea, Republic of"; pycountry gives it as common_name.
    return getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]


def is_valid(code: str) -> bool:
    """True for an assigned ISO 3166-1 alpha-2 code (case-insensitive)."""
    code = (code or "").strip()
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def name(code: str) -> str:
    """The English short name of a country; the code itself when it is not a known code."""
    code = (code or "").strip()
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    return _display_name(country) if country else code


@lru_cache(maxsize=1)
def _all() -> tuple[tuple[str, str], ...]:
    pairs = [(c.alpha_2, _display_name(c)) for c in pycountry.countries]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


def all_countries() -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by name."""
    return list(_all())


def lookup(text: str) -> str | None:
    """The alpha-2 code for a code or a name ("se", "Sweden", "SWE", "South Korea"); None if unknown."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        pass
    folded = text.casefold()
    for code, display in _all():
        if display.casefold() == folded:
            return code
    return None
