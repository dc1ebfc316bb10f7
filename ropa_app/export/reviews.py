"""The review calendar (.ics) and the review pack (a workbook per owner), in an export language. No Qt.

The calendar is `domain.reviews.calendar` with its words from the export tables (`review.*`). The review
pack is the app's own workbook export of the internal register (`scope="internal"`: the owners and review
fields are in it) of one owner's activities and the recipients they name (`domain.reviews.pack_register`);
the owner corrects it in Excel and the returned copy is read back through the ordinary spreadsheet import
(`interchange.ropa_xlsx`) as a merge, which changes only what was edited.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from ropa_app.domain import kinds
from ropa_app.domain.reviews import DueReview, calendar, pack_register, reviewed_kinds

from .api import export_register
from .document import ExportOptions
from .i18n import LANGUAGES, Translator
from .output import ExportReport, atomic_output


def language_of(register: Any, language: str | None) -> str:
    """The language asked for, else the organisation's export language (English when it is none of ours)."""
    if language:
        return language
    preferred = register.organisation.export_language
    return preferred if preferred in LANGUAGES else "en"


def calendar_texts(language: str) -> dict[str, str]:
    """The words `domain.reviews.calendar` needs, in the language."""
    tr = Translator(language)
    texts = {"summary": tr("review.summary"), "description": tr("review.description"), "never": tr("review.never")}
    for kind in reviewed_kinds():
        texts[f"kind.{kind.key}"] = tr(f"review.kind.{kind.key}")
    return texts


def review_calendar(reviews: list[DueReview], register: Any, language: str | None = None,
                    now: datetime | None = None) -> str:
    """The iCalendar text of the due reviews, named after the organisation, in the language."""
    lang = language_of(register, language)
    name = Translator(lang)("review.calendar", org=register.organisation.name or "ROPA Desk")
    return calendar(reviews, calendar_texts(lang), name, now)


def write_calendar(path: os.PathLike | str, text: str) -> Path:
    """Write the calendar text (CRLF line ends as RFC 5545 wants, UTF-8) through a temporary file."""
    path = Path(path)
    with atomic_output(path) as temp:
        temp.write_bytes(text.encode("utf-8"))
    return path


def write_review_pack(register: Any, owner: str, path: os.PathLike | str, language: str | None = None,
                      exported_at: datetime | None = None) -> ExportReport:
    """The review pack of `owner` as an Excel workbook at `path`. ValueError when the owner has no activity."""
    pack = pack_register(register, owner)
    if not pack.activities:
        raise ValueError(f"“{owner}” owns no activity in this register.")
    # (the cover's "prepared by" stays the organisation's privacy contact: the owner corrects the pack, the
    # privacy function prepared it)
    options = ExportOptions(scope="internal", logs=False, findings=False, exported_at=exported_at)
    return export_register(pack, path, "xlsx", language_of(register, language), options)


def pack_counts(register: Any, owner: str) -> tuple[int, int]:
    """(activities, recipients) the owner's pack holds."""
    pack = pack_register(register, owner)
    return len(kinds.ACTIVITY.records(pack)), len(kinds.RECIPIENT.records(pack))
