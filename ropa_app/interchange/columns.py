"""Matching spreadsheet column titles to what they hold, tolerantly, as a mapping the user can correct.

A `ColumnMap` says which import target a column feeds. The GUI shows the list of `ColumnMap`s with
the choices in `TARGETS` and lets the user change `target`; the reader then follows the mapping.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from ..domain import model
from ..domain.dataclass import dataclass

IGNORE = ""
NOTES = "notes"  # appended to the activity's notes as "Column title: value"
THRESHOLD = 0.6


def _label(key: str) -> str:
    return model.field_spec(model.Activity, key).label


# What a column can feed: activity fields, plus targets that build several fields.
TARGETS: list[tuple[str, str]] = [
    (IGNORE, "Do not import"),
    *[(k, _label(k)) for k in (
        "ref", "name", "business_function", "owner", "description", "purposes", "joint_controllers",
        "data_subject_categories", "data_categories", "recipient_categories",
    )],
    ("transfer_countries", "Third countries transferred to"),
    ("transfer_safeguards", "Safeguards for the transfers"),
    *[(k, _label(k)) for k in (
        "retention", "security_description", "legal_bases", "special_category_conditions",
        "legitimate_interests", "lia_link", "automated_decision_making", "source", "consent_record_link",
        "systems",
    )],
    ("dpia_required", "DPIA required?"),
    ("dpia_progress", "DPIA progress"),
    ("dpia_link", _label("dpia_link")),
    (NOTES, "Add to notes"),
]


@dataclass
class ColumnMap:
    column: int  # 1-based
    header: str
    target: str  # a key of TARGETS; IGNORE skips the column
    score: float = 0.0  # how sure the matcher was (1.0 exact); 0 for a user's choice or no match
    ico_number: int | None = None  # the ICO template column it looks like, if any

    @property
    def letter(self) -> str:
        return get_column_letter(self.column)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    text = re.sub(r"\((?:if applicable|if possible|optional|where applicable)\)", " ", text)
    text = text.replace("e-mail", "email").replace("incl.", "including")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def score(header: str, alias: str) -> float:
    """How well a normalised header matches a normalised alias, 0..1."""
    if not header or not alias:
        return 0.0
    if header == alias:
        return 1.0
    h_words, a_words = header.split(), alias.split()
    best = SequenceMatcher(None, header, alias).ratio() * 0.9
    if set(a_words) <= set(h_words) and (len(a_words) > 1 or len(alias) >= 5):
        best = max(best, 0.75 + 0.2 * len(a_words) / len(h_words))
    return best


def match_columns(
    headers: list[str], catalogue: list[tuple[int | None, str, list[str]]], unmatched: str = NOTES
) -> list[ColumnMap]:
    """Map each non-empty header to the best catalogue entry (number, target, aliases).

    Each target is used once (except NOTES); the best-scoring pairs win. Columns that match nothing
    get `unmatched` (by default NOTES, so that nothing typed in them is lost).
    """
    normalised = [normalise(h) for h in headers]
    pairs = []
    for col, h in enumerate(normalised, start=1):
        if not h:
            continue
        for n, (number, target, aliases) in enumerate(catalogue):
            s = max(score(h, normalise(a)) for a in aliases)
            if s >= THRESHOLD:
                pairs.append((s, -n, col, number, target))
    pairs.sort(reverse=True)
    chosen: dict[int, ColumnMap] = {}
    used_targets: set[str] = set()
    used_entries: set[int] = set()
    for s, neg_n, col, number, target in pairs:
        if col in chosen or -neg_n in used_entries or (target in used_targets and target != NOTES):
            continue
        chosen[col] = ColumnMap(col, str(headers[col - 1]).strip(), target, round(s, 3), number)
        used_entries.add(-neg_n)
        used_targets.add(target)
    out = []
    for col, h in enumerate(normalised, start=1):
        if col in chosen:
            out.append(chosen[col])
        elif h:
            out.append(ColumnMap(col, str(headers[col - 1]).strip(), unmatched, 0.0, None))
    return out


def get_column_letter(index: int) -> str:
    """openpyxl's column letter ("A", "AB"), its import left until a letter is wanted (openpyxl is not loaded
    with the app: a start does not read a workbook)."""
    from openpyxl.utils import get_column_letter as letter

    return letter(index)
