"""The transfer overview (transfers and gaps), the fields a mechanism offers, and the per-activity
summary of findings (completeness, worst finding) the activity list shows."""

from ropa_app.domain.checks import run_checks
from ropa_app.domain.checks.summary import activity_quality, findings_by_activity, worst_by_activity, worst_severity
from ropa_app.domain.law import load_law
from ropa_app.domain.model import Activity, Recipient, Transfer
from ropa_app.domain.transfer_overview import fitting_fields, missing_transfer_countries, transfer_lines

from . import factories as f

LAW = load_law()


def test_gaps_are_non_eea_countries_without_a_transfer_row():
    r = Recipient(name="X", country="US", processing_countries=["NO", "DE", "IN", "US", "in"],
                  transfers=[Transfer(country="us", mechanism="dpf")])
    assert missing_transfer_countries(r, LAW) == ["IN"]
    assert missing_transfer_countries(Recipient(name="Y", country="CA", processing_countries=["SE"]), LAW) == ["CA"]
    assert missing_transfer_countries(Recipient(name="Z", country="NO", processing_countries=["DE", "IS"]), LAW) == []


def test_transfer_lines_hold_every_transfer_and_every_gap():
    reg = f.valid_register()
    f.recipient(reg, f.BACKUP).processing_countries.append("IN")
    f.activity(reg, 102).transfers.append(Transfer(id=99, country="JP", mechanism="adequacy"))
    lines = transfer_lines(reg, LAW)
    recorded = [ln for ln in lines if not ln.gap]
    assert len(recorded) == sum(len(r.transfers) for r in reg.recipients) + 1
    gap = [ln for ln in lines if ln.gap]
    assert [(g.owner_label, g.country, g.third_country) for g in gap] == [("Varmuus Backup Oy", "IN", True)]
    direct = next(ln for ln in lines if ln.owner_kind == "activity")
    assert direct.owner_id == 102 and direct.owner_label == "PA-002 Payroll" and direct.transfer.id == 99
    uk = next(ln for ln in lines if ln.country == "GB")
    assert uk.third_country


def test_fitting_fields_follow_the_mechanism_and_the_law():
    assert "scc_module" in fitting_fields("scc_2021", LAW) and "tia_date" in fitting_fields("scc_2021", LAW)
    assert "derogation" in fitting_fields("derogation", LAW) and "scc_module" not in fitting_fields("derogation", LAW)
    assert "tia_date" in fitting_fields("code_of_conduct", LAW)  # requires_tia in the law data
    assert "dpf_verified_on" in fitting_fields("dpf", LAW) and "tia_date" not in fitting_fields("dpf", LAW)
    assert set(fitting_fields("privacy_shield", LAW)) == {"country", "mechanism", "notes"}
    assert set(fitting_fields("", LAW)) == {"country", "mechanism", "notes"}


def test_worst_severity():
    assert worst_severity(["info", "warning"]) == "warning"
    assert worst_severity(["info", "error", "warning"]) == "error"
    assert worst_severity([]) == ""


def test_a_valid_register_has_no_worst_finding_and_is_complete():
    reg = f.valid_register()
    findings = run_checks(reg, f.TODAY)
    assert findings == []
    assert worst_by_activity(reg, findings) == {}
    q = activity_quality(reg, findings)
    assert (q[101].present, q[101].required, q[101].worst) == (5, 5, "")
    assert (q[103].present, q[103].required) == (3, 3)  # a processor-role activity: Art. 30(2)


def test_findings_of_a_recipient_reach_the_activities_that_use_it():
    reg = f.valid_register()
    # The backup sub-processor processes in India, no transfer recorded: every activity reaching it through a
    # recipient is affected.
    f.recipient(reg, f.BACKUP).processing_countries.append("IN")
    f.recipient(reg, f.MAILER).transfers[0].mechanism = "privacy_shield"
    f.activity(reg, 104).purposes = []
    findings = run_checks(reg, f.TODAY)
    worst = worst_by_activity(reg, findings)
    assert worst[101] == "error" and worst[102] == "error" and worst[103] == "error"
    assert worst[104] == "error"  # its own: purposes missing
    rules_102 = {x.rule_id for x in findings_by_activity(reg, findings)[102]}
    assert {"R06-transfer-missing", "R08-invalid-mechanism"} <= rules_102
    q = activity_quality(reg, findings)
    assert q[104].missing == ("purposes",) and (q[104].present, q[104].required) == (4, 5)
    assert q[102].counts["error"] >= 2


def test_retired_activities_get_no_worst_finding():
    reg = f.valid_register()
    f.recipient(reg, f.MAILER).dpa_signed = None
    f.activity(reg, 102).status = "retired"
    reg.activities.append(Activity(id=105, name="Mail", status="active", recipients=[f.MAILER]))
    findings = run_checks(reg, f.TODAY)
    worst = worst_by_activity(reg, findings)
    assert 102 not in worst and worst[105] == "error"
    assert activity_quality(reg, findings)[102].worst == ""
