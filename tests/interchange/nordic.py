"""A register written in Swedish or Norwegian, with å ä ö æ ø in every text field.

Each text value starts with a short tag (letters å ä ö æ ø plus a unique code), so that a test can find
every single value again in an export, even where a table cell wraps or columns interleave.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from itertools import count

from ropa_app.domain import model

WORDS = {
    "sv": "Lönehantering för anställda på Öresundskontoret, Blåbärsvägen",
    "nb": "Lønnskjøring for ansatte på Ærøykontoret, Blåbærstien",
}
TEXT_KINDS = (model.TEXT, model.LONGTEXT, model.LINK)


class Tagger:
    def __init__(self, lang: str):
        self.lang = lang
        self.tags: list[str] = []
        self._n = count()

    def text(self) -> str:
        n = next(self._n)
        tag = "Å" + "".join("äöæøåbcdefg"[int(d)] for d in f"{n:03d}") + "ø"
        self.tags.append(tag)
        return f"{tag} {WORDS[self.lang]} æøå äö ÆØÅ ÄÖ"


def _fill(cls: type, tagger: Tagger, **fixed):
    values = {}
    for fs in model.fields_of(cls):
        if fs.key in fixed:
            continue
        kind = fs.kind
        if kind in TEXT_KINDS:
            values[fs.key] = tagger.text()
        elif kind in (model.TEXT_LIST, model.CATEGORY_LIST):
            values[fs.key] = [tagger.text(), tagger.text()]
        elif kind == model.RECORDS:
            rec = fs.record
            extra = {"country": "US", "mechanism": "scc_2021", "scc_module": "2"} if rec is model.Transfer else {}
            if rec is model.DataCategory:  # its links: the activity's data subjects and recipients (below)
                extra = {"special": "health", "subjects": [], "recipients": []}
            values[fs.key] = [_fill(rec, tagger, **extra)]
        elif kind == model.BOOL:
            values[fs.key] = True
        elif kind == model.DATE:
            values[fs.key] = date(2026, 3, 1)
        elif kind == model.CHOICE and fs.vocabulary is not None:
            values[fs.key] = fs.vocabulary.keys()[-1] if fs.key == "status" else fs.vocabulary.keys()[0]
        elif kind == model.CHOICES and fs.vocabulary is not None:
            values[fs.key] = fs.vocabulary.keys()[:2]
        elif kind == model.COUNTRY:
            values[fs.key] = "NO" if tagger.lang == "nb" else "SE"
        elif kind == model.COUNTRY_LIST:
            values[fs.key] = ["SE", "NO", "DK"]
    return cls(**values, **fixed)


def nordic_register(lang: str) -> tuple[model.Register, list[str]]:
    tagger = Tagger(lang)
    org = _fill(model.Organisation, tagger, export_language=lang)
    sub = _fill(model.Recipient, tagger, sub_processors=[], kind="sub_processor")
    main = _fill(model.Recipient, tagger, sub_processors=[2], kind="processor")
    main.id, sub.id = 1, 2
    controller = _fill(model.Activity, tagger, recipients=[1, 2], role="controller")
    processor = _fill(model.Activity, tagger, recipients=[1], role="processor")
    for a in (controller, processor):
        for dc in a.data_categories:  # names holding ", " (the export's separator of a list's items), in reverse
            dc.subjects = a.data_subject_categories[::-1]
            dc.recipients = a.recipient_categories[::-1]  # links among the activity's recipients, likewise
        assert all(getattr(a, f.name) not in ("", []) for f in dataclasses.fields(a) if f.name != "id")
    return model.Register(org, [controller, processor], [main, sub]), tagger.tags
