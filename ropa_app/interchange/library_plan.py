"""The library's records as an import plan: what adding templates and processors to a register does.

Adding goes the way of an import (`build_plan`, then `store.importing.apply_plan`): one transaction, in
the audit log, undoable in the app as one step. An entry whose name the register already holds is left
out, so that adding never overwrites what the user has written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain import model
from ..domain.library import Library, make_records
from .plan import ImportPlan, build_plan
from .problems import Incoming, Located
from .records import match_key


def _provided(record) -> frozenset[str]:
    return frozenset(fs.key for fs in model.fields_of(type(record)))


def library_plan(lib: Library, keys: list[str], current: model.Register | None, lang: str,
                 today: date, organisation: model.Organisation | None = None) -> tuple[ImportPlan, list[str]]:
    """The plan of adding the library entries `keys` to `current` (None: a new register of `organisation`),
    and the names left out because the register already holds them. LibraryError for an unknown key."""
    base = current or model.Register()
    country = (organisation or base.organisation).country
    records = make_records(lib, keys, country, lang, today)
    have_recipients = {match_key(r.name) for r in base.recipients}
    have_activities = {match_key(a.name) for a in base.activities}
    skipped: list[str] = []
    new_ids: dict[int, int] = {}
    recipients = []
    for r in records.recipients:
        if match_key(r.name) in have_recipients:
            skipped.append(r.name)
            continue
        new_ids[r.id] = len(recipients) + 1
        recipients.append(replace(r, id=new_ids[r.id]))
    activities = []
    for a in records.activities:
        if match_key(a.name) in have_activities:
            skipped.append(a.name)
            continue
        activities.append(replace(a, recipients=[new_ids[i] for i in a.recipients if i in new_ids]))
    org = None
    if organisation is not None:
        org = Located(organisation, _provided(organisation), "library:organisation")
    incoming = Incoming(
        organisation=org,
        recipients=[Located(r, _provided(r), f"library:{r.name}") for r in recipients],
        activities=[Located(a, _provided(a), f"library:{a.name}") for a in activities],
        kind="library",
    )
    return build_plan(incoming, current), skipped
