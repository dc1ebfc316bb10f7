"""What the Overview page shows, computed without Qt: the findings of a section's rules, the completeness of the
Art. 30 fields, breaches and requests near their deadline, and what changed since an export."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from ropa_app.domain import model, overview
from ropa_app.domain.checks import run_checks
from ropa_app.domain.history import Change
from ropa_app.domain.law import load_law
from ropa_app.store import RegisterStore
from ropa_app.store.demo import build_demo_register

TODAY = date(2026, 12, 6)


def test_sections_take_the_findings_of_their_rules_and_leave_accepted_ones_out():
    register = build_demo_register(TODAY)
    findings = run_checks(register, TODAY, load_law())
    dpa = overview.of_rules(findings, overview.DPA_RULES)
    assert [f.record_label for f in dpa] == ["Pixelhaven"]
    assert all(f.rule_id.startswith("R11-") for f in overview.of_rules(findings, overview.TIA_RULES))
    assert overview.LOG_RULES >= {"R42-breach-notification-overdue", "R44-request-overdue"}
    listed = overview.open_findings(findings)
    assert not any(f.accepted for f in listed) and len(listed) == sum(1 for f in findings if not f.accepted)
    ranks = [("error", "warning", "info").index(f.severity) for f in listed]
    assert ranks == sorted(ranks)  # errors first
    accepted = replace(dpa[0], accepted_id=1, accepted_reason="signed on paper")
    assert overview.of_rules([accepted], overview.DPA_RULES) == []


def test_completeness_counts_each_mandatory_field_per_role_and_names_the_activities_without_it():
    register = model.Register(activities=[
        model.Activity(id=1, name="Payroll", purposes=["pay"], data_subject_categories=["staff"],
                       data_categories=[model.DataCategory(name="salary")], no_external_recipients=True),
        model.Activity(id=2, name="Newsletter", purposes=[]),
        model.Activity(id=3, name="Old", status="retired"),  # not in use: not counted
        model.Activity(id=4, name="Hosting for customers", role="processor"),
    ])
    rows = {(r.role, r.key): r for r in overview.completeness(register)}
    assert [k for k in rows if k[0] == "controller"] == [
        ("controller", k) for k in ("name", "purposes", "data_subject_categories", "data_categories",
                                    "recipient_categories")]
    assert (rows["controller", "name"].filled, rows["controller", "name"].total) == (2, 2)
    assert (rows["controller", "purposes"].filled, rows["controller", "purposes"].missing) == (1, (2,))
    assert rows["controller", "recipient_categories"].missing == (2,)  # 1 answered "none outside"
    assert rows["controller", "purposes"].share == 0.5
    assert rows["processor", "controllers"].missing == (4,) and rows["processor", "name"].share == 1.0
    assert overview.completeness(model.Register()) == []


def test_breaches_and_requests_near_their_deadline_but_not_past_it():
    rules = load_law().deadlines
    now = datetime(2026, 12, 6, 12, 0)
    register = model.Register(
        breaches=[
            model.Breach(id=1, ref="B1", title="Laptop lost", discovered_at=now - timedelta(hours=60)),  # 12 h left
            model.Breach(id=2, ref="B2", title="Mail", discovered_at=now - timedelta(hours=10)),  # 62 h left
            model.Breach(id=3, ref="B3", title="Past", discovered_at=now - timedelta(hours=80)),  # a finding (R42)
            model.Breach(id=4, ref="B4", title="Notified", discovered_at=now - timedelta(hours=60),
                         authority_notified_at=now - timedelta(hours=1)),
        ],
        requests=[
            model.DataSubjectRequest(id=1, ref="Q1", received_at=date(2026, 11, 10)),  # due 10 Dec
            model.DataSubjectRequest(id=2, ref="Q2", received_at=date(2026, 11, 30)),  # due 30 Dec
            model.DataSubjectRequest(id=3, ref="Q3", received_at=date(2026, 11, 8), answered_at=date(2026, 12, 1)),
        ],
    )
    due = overview.near_deadline(register, rules, now, now.date())
    assert [(d.kind, d.record_id) for d in due] == [("breach", 1), ("request", 1)]
    assert due[0].due == now + timedelta(hours=12) and due[0].field == "authority_notified_at"
    assert due[1].due == date(2026, 12, 10) and due[1].field == "answered_at"


def _change(i, entity, rid, field, action="update", label="X"):
    return Change(i, datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=i), "anna", action, entity, rid, label,
                  field, None, "v")


def test_what_changed_since_an_export_is_one_line_per_record_in_the_art_30_record():
    changes = [
        _change(1, "activity", 1, "purposes"),  # before the export (its last row was 2)
        _change(2, "activity", 1, "name"),
        _change(3, "activity", 1, "purposes", label="Payroll"),
        _change(4, "activity", 1, "retention", label="Payroll"),
        _change(5, "activity", 1, "purposes", label="Payroll"),
        _change(6, "activity", 1, "owner", label="Payroll"),  # internal: not in the Art. 30 record
        _change(7, "breach", 1, "title"),  # the breach log: not in the Art. 30 record
        _change(8, "recipient", 5, "name", "insert", "Fortnox"),
        _change(9, "recipient", 6, "", "delete", "Old vendor"),
        _change(10, "activity", 9, "name", "insert", "Tmp"),  # made and deleted since: nothing to say
        _change(11, "activity", 9, "", "delete", "Tmp"),
        _change(12, "activity", 2, "owner", label="Sales"),  # internal only
    ]
    found = overview.changed_since(changes, 2)
    assert [(c.kind, c.record_id) for c in found] == [("recipient", 6), ("recipient", 5), ("activity", 1)]
    payroll = found[-1]
    assert payroll.fields == ["purposes", "retention"] and payroll.label == "Payroll" and not payroll.added
    assert found[1].added and found[0].removed
    internal = overview.changed_since(changes, 2, scope="internal")
    assert ("breach", 1) in {(c.kind, c.record_id) for c in internal}
    assert internal[-1].fields == ["purposes", "retention", "owner"]
    assert len(overview.changed_since(changes, None)) == 3


def test_changed_since_reads_the_log_of_a_real_register(tmp_path):
    with RegisterStore.create(tmp_path / "r.ropa", model.Organisation(name="AB")) as store:
        aid = store.activities.add(model.Activity(name="Payroll"))
        last = store.db.execute("select max(id) from audit_log").fetchone()[0]
        store.activities.update(replace(store.activities.get(aid), purposes=["Paying salaries"]))
        found = overview.changed_since(store.audit.changes(after=last), last)
    assert [(c.kind, c.record_id, c.fields) for c in found] == [("activity", aid, ["purposes"])]
