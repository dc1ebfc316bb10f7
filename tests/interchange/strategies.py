"""Hypothesis strategies for whole registers, derived from the model's field metadata so that every
field of every entity (present and future) gets arbitrary values: Unicode text of every plane and
category except surrogates, control characters included."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from hypothesis import strategies as st

from ropa_app.domain import links, model
from ropa_app.interchange.records import match_key

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
NAME = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12).filter(lambda s: s.strip())
COUNTRY = st.sampled_from(["SE", "NO", "DK", "FI", "IS", "DE", "US", "GB", "IN", "JP", "CH", "BR"])
DESTINATION = st.one_of(st.just(""), COUNTRY, st.just("org:epo"))
DATE = st.one_of(st.none(), st.dates())
# A moment to the minute (what a breach's times hold)
DATETIME = st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)))


def _default(cls: type, key: str):
    f = next(f for f in dataclasses.fields(cls) if f.name == key)
    return f.default if f.default is not dataclasses.MISSING else f.default_factory()


def value_strategy(cls: type, fs: model.FieldSpec):
    kind = fs.kind
    if kind in (model.TEXT, model.LONGTEXT):
        return TEXT
    if kind == model.LINK:  # an address of a scheme never opened (smb:, javascript:) is refused on import
        return TEXT.filter(lambda t: links.import_problem(t) is None)
    if kind == model.BOOL:
        return st.booleans()
    if kind == model.DATE:
        return DATE
    if kind == model.DATETIME:
        return DATETIME
    if kind == model.CHOICE:
        keys = list(fs.vocabulary)
        return st.sampled_from(([""] if _default(cls, fs.key) == "" else []) + keys)
    if kind == model.ANSWER:
        return st.sampled_from(list(fs.vocabulary))
    if kind == model.CHOICES:
        return st.lists(st.sampled_from(list(fs.vocabulary)), max_size=3)
    if kind == model.TEXT_LIST:  # a list the register keeps each value of once (fs.unique) is drawn so
        return st.lists(TEXT, max_size=3, unique=fs.unique)
    if kind == model.CATEGORY_LIST:  # the register keeps each category once per activity
        return st.lists(TEXT, max_size=3, unique=True)
    if kind == model.COUNTRY:
        return DESTINATION if cls is model.Transfer else st.one_of(st.just(""), COUNTRY)
    if kind == model.COUNTRY_LIST:
        return st.lists(COUNTRY, max_size=3)
    if kind == model.RECORDS:
        rec = fs.record
        unique = (lambda d: d.name) if rec is model.DataCategory else None
        return st.lists(record(rec), max_size=2, unique_by=unique)
    raise AssertionError(f"no strategy for {kind}")


def record(cls: type, overrides: dict | None = None):
    """Any record of `cls` (REFS fields empty unless overridden)."""
    fields = {}
    for fs in model.fields_of(cls):
        if fs.kind == model.REFS:
            fields[fs.key] = st.just([])
        else:
            fields[fs.key] = value_strategy(cls, fs)
    fields.update(overrides or {})
    return st.builds(cls, **fields)


@st.composite
def registers(draw, max_recipients: int = 4, max_activities: int = 4) -> model.Register:
    """A register with recipient ids 1..n (unique names), links between them, and activities
    (unique references) that use them, their data categories linked to their data-subject categories."""
    org = draw(record(model.Organisation))
    recipients = draw(
        st.lists(
            record(model.Recipient, {"name": NAME}), max_size=max_recipients, unique_by=lambda r: match_key(r.name)
        )
    )
    ids = list(range(1, len(recipients) + 1))
    for rid, r in zip(ids, recipients):
        r.id = rid
        others = [i for i in ids if i != rid]
        r.sub_processors = draw(st.lists(st.sampled_from(others), unique=True, max_size=2)) if others else []
    activities = draw(
        st.lists(record(model.Activity), max_size=max_activities, unique_by=lambda a: match_key(a.ref) or id(a))
    )
    for a in activities:
        a.recipients = draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)) if ids else []
        for dc in a.data_categories:
            dc.subjects = draw(subjects_of(a))
            dc.recipients = draw(recipients_of(a))
    # The breach log and the request log, linked to activities (those with a reference: the document names
    # an activity by it) and to recipients
    for i, a in enumerate(activities, start=1):
        a.id = i
    linkable = [a.id for a in activities if match_key(a.ref)]
    breaches = draw(st.lists(record(model.Breach), max_size=2))
    requests = draw(st.lists(record(model.DataSubjectRequest), max_size=2))
    for b in breaches:
        b.activities = draw(st.lists(st.sampled_from(linkable), unique=True, max_size=2)) if linkable else []
        b.recipients = draw(st.lists(st.sampled_from(ids), unique=True, max_size=2)) if ids else []
    for r in requests:
        r.activities = draw(st.lists(st.sampled_from(linkable), unique=True, max_size=2)) if linkable else []
    return model.Register(org, activities, recipients, breaches=breaches, requests=requests)


def recipients_of(activity: model.Activity):
    """A data category's recipients: some of the activity's recipient categories, each once, in any order (the
    workbook tells linked names apart among the activity's own)."""
    names = activity.recipient_categories
    return st.lists(st.sampled_from(names), unique=True, max_size=3) if names else st.just([])


def subjects_of(activity: model.Activity):
    """A data category's subjects: some of the activity's data-subject categories, each once, in any order."""
    names = activity.data_subject_categories
    return st.lists(st.sampled_from(names), unique=True, max_size=3) if names else st.just([])
