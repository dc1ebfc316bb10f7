"""The demo register: a fictional Nordic software company, built from resources/demo/.

The data file's dates are relative to its `anchor_date`; they are shifted by the days between the
anchor and today, so that the demo's reviews, DPF checks and contracts keep the same age forever.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from .. import paths
from ..domain import kinds, model, serialize
from ..domain.checks import run_checks
from ..domain.checks.accepted import accept, record_key
from .register import RegisterStore

DEMO_FILE = ("demo", "demo_register.json")


def load_demo_data() -> dict[str, Any]:
    with open(paths.resource_path(*DEMO_FILE), encoding="utf-8") as fh:
        return json.load(fh)


def build_demo_register(today: date | None = None) -> model.Register:
    """The demo as an in-memory Register with recipient ids 1..n in file order."""
    data = load_demo_data()
    shift = (today or date.today()) - date.fromisoformat(data["anchor_date"])
    ids = {r["name"]: i for i, r in enumerate(data["recipients"], start=1)}
    recipients = []
    for i, raw in enumerate(data["recipients"], start=1):
        r = serialize.from_dict(model.Recipient, {**raw, "sub_processors": []}, f"$.recipients[{i - 1}]")
        r.sub_processors = [ids[n] for n in raw["sub_processors"]]
        r.id = i
        recipients.append(_shift(r, shift))
    activities = []
    for i, raw in enumerate(data["activities"], start=1):
        a = serialize.from_dict(model.Activity, {**raw, "recipients": []}, f"$.activities[{i - 1}]")
        a.recipients = [ids[n] for n in raw["recipients"]]
        a.id = i
        activities.append(_shift(a, shift))
    org = serialize.from_dict(model.Organisation, data["organisation"], "$.organisation")
    register = model.Register(org, activities, recipients)
    # The logs name activities by their reference and recipients by their name.
    by_ref = {a.ref: a.id for a in activities}
    for attr, cls in (("breaches", model.Breach), ("requests", model.DataSubjectRequest)):
        records = []
        for i, raw in enumerate(data.get(attr, []), start=1):
            rec = serialize.from_dict(cls, {**raw, "activities": [], "recipients": []} if cls is model.Breach
                                      else {**raw, "activities": []}, f"$.{attr}[{i - 1}]")
            rec.activities = [by_ref[ref] for ref in raw.get("activities", [])]
            if cls is model.Breach:
                rec.recipients = [ids[n] for n in raw.get("recipients", [])]
            rec.id = i
            records.append(_shift(rec, shift))
        setattr(register, attr, records)
    register.accepted_findings = _accepted(register, data.get("accepted_findings", []), shift, today)
    return register


def _accepted(register: model.Register, raw: list[dict[str, Any]], shift, today: date | None) -> list:
    """The demo's accepted findings, each naming its record by name ("recipient:Fortnox") or reference
    ("activity:PA-002"): accepted as the checks find them today, so that they hold."""
    by_name = {f"recipient:{r.name}": f"recipient:{r.id}" for r in register.recipients}
    by_name |= {f"activity:{a.ref}": f"activity:{a.id}" for a in register.activities}
    findings = run_checks(register, today or date.today())
    out = []
    for i, item in enumerate(raw, start=1):
        record = by_name.get(item["record"], item["record"])
        wanted = (item["rule_id"], record, item["field"])
        found = next(f for f in findings if (f.rule_id, record_key(f), f.field) == wanted)
        when = date.fromisoformat(item["accepted_on"]) + shift
        out.append(replace(accept(found, item["reason"], item["accepted_by"], when), id=i))
    return out


def _shift(obj: Any, delta) -> Any:
    changes = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, date):
            changes[f.name] = value + delta
        elif f.name == "transfers":
            changes[f.name] = [_shift(t, delta) for t in value]
    return replace(obj, **changes)


def write_register(store: RegisterStore, register: model.Register) -> None:
    """Write a whole in-memory register into an empty store, keeping ids, in one transaction."""
    with store.db.atomic():
        store.save_organisation(register.organisation)
        # Recipients first without sub-processor links (they may point forward), then the links.
        for r in register.recipients:
            store.recipients.add(replace(r, sub_processors=[]))
        for r in register.recipients:
            if r.sub_processors:
                store.recipients.update(r)
        for a in register.activities:
            store.activities.add(a)
        for k in kinds.listed():  # the other kinds (accepted findings, breaches, requests), ids kept
            if k not in (kinds.RECIPIENT, kinds.ACTIVITY):
                for record in k.records(register):
                    store.repos[k.key].add(record)


def create_demo(path: str | Path, today: date | None = None) -> RegisterStore:
    store = RegisterStore.create(path)
    write_register(store, build_demo_register(today))
    return store
