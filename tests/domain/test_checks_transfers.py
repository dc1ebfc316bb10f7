"""Transfer scenarios from the brief, the law as data, and which records the checks look at."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ropa_app.domain.checks import run_checks
from ropa_app.domain.law import AdequacyDecision, load_law
from ropa_app.domain.model import Activity, Recipient, Register, Transfer

from .factories import CLOUD, ESIGN, MAILER, TODAY, activity, organisation, recipient, valid_register


def _us_register(transfer: Transfer) -> Register:
    reg = valid_register()
    rec = recipient(reg, CLOUD)
    rec.transfers = [transfer]
    return reg


def _serious(findings):
    return [f for f in findings if f.severity in ("error", "warning")]


def test_us_dpf_listing_checked_within_12_months_passes():
    t = Transfer(id=11, country="US", mechanism="dpf", dpf_verified_on=date(2025, 12, 1))
    findings = run_checks(_us_register(t), TODAY)
    assert _serious(findings) == []
    assert [f.rule_id for f in findings] == ["R13-dpf-no-fallback"]  # info only: no fallback SCCs
    assert findings[0].record_kind == "transfer" and findings[0].owner_id == CLOUD


def test_us_dpf_without_listing_date_is_a_warning():
    findings = run_checks(_us_register(Transfer(id=11, country="US", mechanism="dpf")), TODAY)
    [f] = _serious(findings)
    assert (f.rule_id, f.severity, f.field, f.record_id) == ("R12-dpf-not-verified", "warning", "dpf_verified_on", 11)
    assert f.record_label == "Nimbus Cloud Inc. → United States"


def test_australia_with_mechanism_none_is_an_error():
    reg = valid_register()
    recipient(reg, MAILER).transfers = [Transfer(id=41, country="AU", mechanism="none")]
    [f] = [f for f in run_checks(reg, TODAY) if f.severity == "error"]
    assert (f.rule_id, f.record_kind, f.owner_kind) == ("R07-no-mechanism", "transfer", "recipient")
    assert "Australia" in f.message


@pytest.mark.parametrize("code", ["NO", "DE", "no", "IS", "LI"])
def test_processing_in_the_eea_is_no_transfer(code):
    reg = valid_register()
    rec = Recipient(id=9, name="Fjord Hosting AS", country=code, kind="independent_controller",
                    processing_countries=[code])
    reg.recipients.append(rec)
    activity(reg, 101).recipients.append(9)
    assert run_checks(reg, TODAY) == []


def test_a_transfer_row_to_germany_is_only_an_info():
    reg = valid_register()
    activity(reg, 101).transfers.append(Transfer(country="DE", mechanism="none"))
    assert [(f.rule_id, f.severity) for f in run_checks(reg, TODAY)] == [("R06-inside-eea", "info")]


@pytest.mark.parametrize("today, adequate", [(date(2031, 12, 27), True), (date(2031, 12, 28), False)])
def test_uk_adequacy_ends_after_2031_12_27(today, adequate):
    assert (load_law().adequacy_for("GB", today) is not None) is adequate
    ids = [f.rule_id for f in run_checks(valid_register(), today)]
    assert ("R07-no-adequacy" in ids) is (not adequate)


def test_adequacy_is_not_in_force_before_it_was_adopted():
    reg = valid_register()
    rec = recipient(reg, ESIGN)
    rec.country, rec.processing_countries = "BR", ["BR"]
    rec.transfers = [Transfer(country="BR", mechanism="adequacy")]
    assert "R07-no-adequacy" in [f.rule_id for f in run_checks(reg, date(2026, 1, 25))]
    assert "R07-no-adequacy" not in [f.rule_id for f in run_checks(reg, date(2026, 1, 26))]


def test_privacy_shield_was_fine_before_schrems_ii():
    reg = valid_register()
    recipient(reg, CLOUD).transfers[0].mechanism = "privacy_shield"
    assert "R08-invalid-mechanism" not in [f.rule_id for f in run_checks(reg, date(2020, 7, 15))]
    [f] = [f for f in run_checks(reg, date(2020, 7, 16)) if f.rule_id == "R08-invalid-mechanism"]
    assert "C-311/18" in f.reference and "2020-07-16" in f.message


def test_the_rules_follow_the_law_data():
    """Adding an adequacy decision for Australia to the data turns the error into an info."""
    law = load_law()
    au = AdequacyDecision(destination="AU", decision="Decision (EU) 2099/1", adopted=date(2026, 1, 1))
    richer = dataclasses.replace(law, decisions=law.decisions + (au,))
    reg = valid_register()
    recipient(reg, MAILER).transfers = [Transfer(country="AU", mechanism="none")]
    assert [f.rule_id for f in run_checks(reg, TODAY, law)] == ["R07-no-mechanism"]
    assert [f.rule_id for f in run_checks(reg, TODAY, richer)] == ["R07-adequacy-not-recorded"]


def test_the_tia_interval_comes_from_the_policy():
    law = load_law()
    strict = dataclasses.replace(law, policy=dataclasses.replace(law.policy, tia_max_age_months=6))
    reg = valid_register()
    assert "R11-tia-stale" not in [f.rule_id for f in run_checks(reg, TODAY, law)]
    assert "R11-tia-stale" in [f.rule_id for f in run_checks(reg, TODAY, strict)]


def test_retired_activities_and_their_recipients_are_not_checked():
    reg = valid_register()
    old = Recipient(id=8, name="Old CRM Inc.", country="US", kind="processor", processing_countries=["US"],
                    transfers=[Transfer(country="US", mechanism="safe_harbour")])
    reg.recipients.append(old)
    reg.activities.append(Activity(id=199, name="Old CRM", status="retired", recipients=[8], purposes=["Other"]))
    assert run_checks(reg, TODAY) == []
    reg.activities[-1].status = "draft"
    assert {"R08-invalid-mechanism", "R29-generic-purpose", "R22-dpa-missing"} <= {
        f.rule_id for f in run_checks(reg, TODAY)}


def test_a_recipient_linked_to_no_activity_is_still_checked():
    reg = valid_register()
    reg.recipients.append(Recipient(id=7, name="Loose Ltd", kind="processor", processing_countries=["IN"]))
    ids = {f.rule_id for f in run_checks(reg, TODAY)}
    assert {"R06-transfer-missing", "R22-dpa-missing"} <= ids


def test_a_sub_processors_transfer_is_the_processors_transfer():
    """A sub-processor reached through our processor signs module 3 with it, not module 2 with us."""
    reg = valid_register()
    sub = Recipient(id=6, name="Kiwi Render Ltd", country="IN", kind="sub_processor", processing_countries=["IN"],
                    dpa_signed=date(2025, 1, 1),
                    transfers=[Transfer(country="IN", mechanism="scc_2021", scc_module="3", tia_date=date(2026, 1, 1))])
    reg.recipients.append(sub)
    recipient(reg, CLOUD).sub_processors.append(6)
    assert run_checks(reg, TODAY) == []
    sub.transfers[0].scc_module = "1"
    [f] = run_checks(reg, TODAY)
    assert f.rule_id == "R10-scc-module-mismatch" and "3" in f.message


def test_processor_activity_with_controller_module_is_flagged():
    reg = valid_register()
    activity(reg, 103).transfers.append(
        Transfer(country="IN", mechanism="scc_2021", scc_module="2", tia_date=date(2026, 1, 1)))
    [f] = run_checks(reg, TODAY)
    assert (f.rule_id, f.owner_kind, f.owner_id) == ("R10-scc-module-mismatch", "activity", 103)


def test_findings_are_sorted_by_severity_then_record():
    reg = valid_register()
    reg.organisation.email = reg.organisation.address = ""  # no contact detail left
    activity(reg, 101).security_measures = []
    activity(reg, 102).security_measures = []
    recipient(reg, MAILER).transfers[0].mechanism = "none"
    activity(reg, 101).transfers.append(Transfer(country="DE"))
    got = [(f.severity, f.record_kind, f.record_label) for f in run_checks(reg, TODAY)]
    assert got == [
        ("error", "organisation", "Fjällräv Systems AB"),
        ("error", "transfer", "Wattle Mail Pty Ltd → Australia"),
        ("warning", "activity", "PA-001 Customer support"),
        ("warning", "activity", "PA-002 Payroll"),
        ("info", "transfer", "PA-001 Customer support → Germany"),
    ]


def test_finding_as_a_dict():
    reg = valid_register()
    reg.organisation = dataclasses.replace(organisation(), dpo_email="")
    [f] = run_checks(reg, TODAY)
    assert f.to_dict() == {
        "rule_id": "R25-dpo-contact-missing", "severity": "error", "message": f.message,
        "reference": "Art. 30(1)(a), 37(7)", "record_kind": "organisation", "record_id": None,
        "record_label": "Fjällräv Systems AB", "field": "dpo_email", "owner_kind": "", "owner_id": None,
        "message_key": "check.R25-dpo-contact-missing", "params": {}, "accepted": False, "accepted_reason": "",
    }
