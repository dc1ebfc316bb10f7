"""The import plan (preview) and writing it: matching, changed fields, one transaction."""

import json
from datetime import date

import pytest

from ropa_app.domain import model
from ropa_app.interchange import ADDED, CHANGED, UNCHANGED, build_plan, parse
from ropa_app.store import RegisterError, RegisterStore
from ropa_app.store.importing import StalePlanError, apply_plan, create_register_from_plan

from .helpers import digest, make_register_file


def _existing() -> model.Register:
    cloud = model.Recipient(name="Nimbus Cloud", country="US", id=1)
    mail = model.Recipient(name="Mailer AB", country="SE", id=2)
    return model.Register(
        model.Organisation(name="Fjällräv AB", email="info@fjallrav.example", country="SE"),
        [
            model.Activity(ref="PA-1", name="Payroll", purposes=["Pay salaries"], recipients=[1], status="active"),
            model.Activity(ref="PA-2", name="Newsletter", purposes=["Marketing"], recipients=[2]),
            model.Activity(name="Recruitment", purposes=["Hiring"], retention="6 months"),
        ],
        [cloud, mail],
    )


def _incoming():
    return parse(json.dumps({
        "format_version": 1,
        "organisation": {"name": "Fjällräv AB", "email": "privacy@fjallrav.example"},
        "recipients": [
            {"id": "R1", "name": "NIMBUS  cloud", "country": "US"},  # same recipient: case and spacing ignored
            {"id": "R2", "name": "Sub Hosting GmbH", "country": "DE"},
            {"id": "R3", "name": "Tracker Inc", "sub_processors": ["R2"]},
            {"name": "Mailer AB", "country": "SE"},
        ],
        "activities": [
            {"ref": "PA-1", "name": "Payroll and benefits", "purposes": ["Pay salaries"], "recipients": ["R1", "R2"]},
            {"ref": "", "name": "recruitment", "purposes": ["Hiring"], "retention": "6 months"},
            {"ref": "PA-2", "name": "Newsletter", "purposes": ["Marketing"], "recipients": ["Mailer AB"]},
            {"ref": "PA-9", "name": "Web analytics", "recipients": ["R3"]},
        ],
    }))


def test_plan_matches_and_lists_changes():
    base = _existing()
    plan = build_plan(_incoming(), base)
    acts = {i.label: i for i in plan.activities}
    payroll = acts["PA-1 Payroll and benefits"]
    assert (payroll.action, payroll.matched_by) == (CHANGED, "ref") and payroll.current is base.activities[0]
    assert payroll.changed_keys == ["name", "recipients"]
    change = payroll.changes[1]
    assert (change.label, change.old, change.new) == (
        "Recipients", ["Nimbus Cloud"], ["Nimbus Cloud", "Sub Hosting GmbH"]
    )
    recruitment = acts["recruitment"]
    assert (recruitment.action, recruitment.matched_by) == (CHANGED, "name")
    assert recruitment.changed_keys == ["name"], "only the name's case differs"
    assert acts["PA-2 Newsletter"].action == UNCHANGED, "a recipient referenced by name is the same recipient"
    assert acts["PA-9 Web analytics"].action == ADDED
    recs = {i.label: i.action for i in plan.recipients}
    assert recs == {"NIMBUS  cloud": CHANGED, "Sub Hosting GmbH": ADDED, "Tracker Inc": ADDED, "Mailer AB": UNCHANGED}
    assert plan.recipients[0].changed_keys == ["name"], "matched although the name is written differently"
    assert plan.organisation.action == CHANGED and plan.organisation.changed_keys == ["email"]
    assert plan.kept == []
    assert plan.counts("activity") == {ADDED: 1, CHANGED: 2, UNCHANGED: 1}
    assert plan.summary_lines()[:3] == [
        "Organisation: changed (email)",
        "Recipients: 2 added, 1 changed, 1 unchanged",
        "Activities: 1 added, 2 changed, 1 unchanged",
    ]


def test_what_the_register_holds_and_the_source_does_not_is_kept_and_listed():
    incoming = parse('{"format_version": 1, "activities": [{"ref": "PA-2", "name": "Newsletter"}]}')
    plan = build_plan(incoming, _existing())
    assert plan.kept == [("recipient", "Nimbus Cloud"), ("recipient", "Mailer AB"), ("activity", "PA-1 Payroll"),
                         ("activity", "Recruitment")]


def test_fields_the_source_leaves_out_are_kept():
    base = _existing()
    incoming = parse('{"format_version": 1, "activities": [{"ref": "PA-1", "retention": "7 years"}]}')
    (item,) = build_plan(incoming, base).activities
    assert item.changed_keys == ["retention"]
    assert item.record.name == "Payroll" and item.record.status == "active" and item.record.recipients == [1]


def test_same_name_with_another_reference_is_another_activity():
    base = _existing()
    incoming = parse('{"format_version": 1, "activities": [{"ref": "PA-7", "name": "Payroll"}]}')
    assert build_plan(incoming, base).activities[0].action == ADDED


def test_apply_writes_the_plan(tmp_path):
    path = make_register_file(tmp_path / "r.ropa", _existing())
    with RegisterStore.open(path) as store:
        entries_before = len(store.audit.entries())
        plan = build_plan(_incoming(), store.load_register())
        result = apply_plan(store, plan)
        added = {k: n for k, n in result.added.items() if n}  # every kind of record is counted, most with 0
        changed = {k: n for k, n in result.changed.items() if n}
        assert added == {"recipient": 2, "activity": 1}
        assert changed == {"organisation": 1, "recipient": 1, "activity": 2}
        reg = store.load_register()
        assert len(store.audit.entries()) > entries_before, "the import is in the audit log"
    by_name = {r.name: r for r in reg.recipients}
    assert "NIMBUS  cloud" in by_name and "Nimbus Cloud" not in by_name
    assert by_name["Tracker Inc"].sub_processors == [by_name["Sub Hosting GmbH"].id]
    payroll = next(a for a in reg.activities if a.ref == "PA-1")
    assert payroll.name == "Payroll and benefits" and payroll.status == "active"
    assert payroll.recipients == [by_name["NIMBUS  cloud"].id, by_name["Sub Hosting GmbH"].id]
    assert [a.name for a in reg.activities] == ["Payroll and benefits", "Newsletter", "recruitment", "Web analytics"]
    assert reg.organisation.email == "privacy@fjallrav.example" and reg.organisation.country == "SE"
    with RegisterStore.open(path, readonly=True) as store:
        assert not build_plan(_incoming(), store.load_register()).has_changes, "importing again changes nothing"


def test_a_stale_plan_is_refused_and_nothing_is_written(tmp_path):
    path = make_register_file(tmp_path / "r.ropa", _existing())
    with RegisterStore.open(path) as store:
        plan = build_plan(_incoming(), store.load_register())
        store.activities.add(model.Activity(name="Added meanwhile"))
        before = digest(path)
        with pytest.raises(StalePlanError, match="changed after the import preview"):
            apply_plan(store, plan)
    assert digest(path) == before


def test_new_register_from_plan(tmp_path):
    target = tmp_path / "new.ropa"
    plan = build_plan(_incoming())
    assert all(i.action == ADDED for i in plan.items())
    create_register_from_plan(target, plan)
    with RegisterStore.open(target, readonly=True) as store:
        assert store.organisation().email == "privacy@fjallrav.example"
        assert store.activities.count() == 4 and store.recipients.count() == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.ropa"], "no temporary file is left behind"
    with pytest.raises(RegisterError, match="already exists"):
        create_register_from_plan(target, plan)


def test_new_register_is_not_created_when_writing_fails(tmp_path, monkeypatch):
    from ropa_app.store import activities

    def boom(self, *args):
        raise OSError("disk full")

    monkeypatch.setattr(activities.ActivityRepo, "_write_children", boom)  # every added activity's child rows
    with pytest.raises(OSError):
        create_register_from_plan(tmp_path / "new.ropa", build_plan(_incoming()))
    assert list(tmp_path.iterdir()) == []


def test_dates_and_nested_records_compare_by_value():
    base = model.Register(activities=[model.Activity(
        ref="A", last_reviewed=date(2025, 1, 2), transfers=[model.Transfer(country="US", id=17)])])
    incoming = parse(json.dumps({"format_version": 1, "activities": [
        {"ref": "A", "last_reviewed": "2025-01-02", "transfers": [{"country": "US"}]}]}))
    (item,) = build_plan(incoming, base).activities
    assert item.action == UNCHANGED, "a transfer's internal id is not a change"
