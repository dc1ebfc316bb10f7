"""One test per rule that makes it fire, and one that shows it silent on a correct record."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ropa_app.domain.checks import RULES, run_checks
from ropa_app.domain.model import Breach, DataCategory, DataSubjectRequest, Recipient, Register, Transfer
from ropa_app.store.demo import build_demo_register, create_demo

from .factories import BACKUP, CLOUD, ESIGN, MAILER, TODAY, activity, recipient, valid_register

SUPPORT, PAYROLL, HOSTING, LEADS = 101, 102, 103, 104


def _t(reg: Register, rid: int, i: int = 0) -> Transfer:
    return recipient(reg, rid).transfers[i]


def _set(obj, **values):
    for k, v in values.items():
        setattr(obj, k, v)


def _canada(reg: Register) -> None:
    _set(recipient(reg, ESIGN), country="CA", processing_countries=["CA"],
         transfers=[Transfer(country="CA", mechanism="adequacy")])


def _two_subjects(reg: Register, *links: list[str]) -> None:
    """Payroll for employees and former employees, its data categories linked as given (in order)."""
    a = activity(reg, PAYROLL)
    a.data_subject_categories = ["Employees", "Former employees"]
    for d, subjects in zip(a.data_categories, links):
        d.subjects = subjects


def _uk_from_norway(reg: Register) -> None:
    reg.organisation.country = "NO"


def _unused_recipient(reg: Register) -> None:
    reg.recipients.append(Recipient(id=9, name="Advokatbyrå Lind", country="SE", kind="independent_controller"))


def _dpo_not_appointed(reg: Register) -> None:
    _set(reg.organisation, dpo_appointed=False, dpo_name="", dpo_email="")
    activity(reg, PAYROLL).dpia_criteria = ["sensitive_data", "large_scale"]


def _staff_on_dpf(reg: Register, covered: str = "not_assessed") -> None:
    activity(reg, PAYROLL).recipients.append(CLOUD)
    _t(reg, CLOUD).dpf_hr_covered = covered


def _brazil_from_norway(reg: Register) -> None:
    reg.organisation.country = "NO"
    _set(recipient(reg, ESIGN), country="BR", processing_countries=["BR"],
         transfers=[Transfer(country="BR", mechanism="adequacy")])


def _danish(reg: Register, linked: bool = False) -> None:
    """A Danish organisation (its authority's guidance asks which data goes to which recipient); with
    `linked`, every recipient of every activity receives some data category."""
    reg.organisation.country = "DK"
    if linked:
        for a in reg.activities:
            names = list(a.recipient_categories) + [recipient(reg, rid).name for rid in a.recipients]
            for d in a.data_categories[:1]:
                d.recipients = names


def _cycle(reg: Register, *chain: int) -> None:
    """CLOUD uses the sub-processors of `chain` in turn; the last one uses the first (when more than one)."""
    ids = [CLOUD, *chain] if chain[0] != CLOUD else list(chain)
    for a, b in zip(ids, ids[1:]):
        recipient(reg, a).sub_processors = [*recipient(reg, a).sub_processors, b]


# rule id -> (how to break the valid register, day of the check)
FIRES = {
    "R01-organisation-incomplete": (lambda r: _set(r.organisation, country=""), TODAY),
    "R01-organisation-contact-missing": (lambda r: _set(r.organisation, address="", email="", phone=""), TODAY),
    "R01-activity-incomplete": (lambda r: _set(activity(r, SUPPORT), purposes=[]), TODAY),
    "R02-retention-missing": (lambda r: _set(activity(r, SUPPORT), retention=""), TODAY),
    "R02-retention-vague": (lambda r: _set(activity(r, SUPPORT), retention="As long as necessary"), TODAY),
    "R03-retention-undifferentiated": (
        lambda r: [_set(d, retention="5 years") for d in activity(r, PAYROLL).data_categories], TODAY),
    "R04-security-missing": (lambda r: _set(activity(r, SUPPORT), security_measures=[]), TODAY),
    "R05-data-subjects-unlinked": (lambda r: _two_subjects(r, ["Employees", "Former employees"]), TODAY),
    "R06-transfer-missing": (lambda r: recipient(r, MAILER).processing_countries.append("IN"), TODAY),
    "R06-establishment-outside-eea": (lambda r: _set(recipient(r, BACKUP), country="CH"), TODAY),
    "R06-destination-missing": (lambda r: activity(r, SUPPORT).transfers.append(Transfer(country="")), TODAY),
    "R06-inside-eea": (lambda r: activity(r, SUPPORT).transfers.append(Transfer(country="DE")), TODAY),
    "R07-no-mechanism": (lambda r: _set(_t(r, MAILER), mechanism="none"), TODAY),
    "R07-no-adequacy": (lambda r: _set(_t(r, MAILER), mechanism="adequacy"), TODAY),
    "R07-us-no-mechanism": (lambda r: _set(_t(r, CLOUD), mechanism="none"), TODAY),
    "R07-us-needs-dpf": (lambda r: _set(_t(r, CLOUD), mechanism="adequacy"), TODAY),
    "R07-dpf-wrong-destination": (lambda r: _set(_t(r, MAILER), mechanism="dpf"), TODAY),
    "R07-adequacy-not-recorded": (lambda r: _set(_t(r, ESIGN), mechanism="none"), TODAY),
    "R07-bcr-reference-missing": (lambda r: _set(_t(r, MAILER), mechanism="bcr"), TODAY),
    "R08-invalid-mechanism": (lambda r: _set(_t(r, CLOUD), mechanism="privacy_shield"), TODAY),
    "R08-public-bodies-only": (lambda r: _set(_t(r, MAILER), mechanism="administrative_arrangement"), TODAY),
    "R09-legacy-scc": (lambda r: _set(_t(r, MAILER), mechanism="legacy_scc"), TODAY),
    "R09-legacy-scc-expiring": (lambda r: _set(_t(r, MAILER), mechanism="legacy_scc"), date(2022, 6, 1)),
    "R10-scc-module-missing": (lambda r: _set(_t(r, MAILER), scc_module=""), TODAY),
    "R10-scc-module-mismatch": (lambda r: _set(_t(r, MAILER), scc_module="3"), TODAY),
    "R11-tia-missing": (lambda r: _set(_t(r, MAILER), tia_date=None), TODAY),
    "R11-tia-stale": (lambda r: _set(_t(r, MAILER), tia_date=date(2024, 11, 21)), TODAY),
    "R12-dpf-not-verified": (lambda r: _set(_t(r, CLOUD), dpf_verified_on=None), TODAY),
    "R12-dpf-verification-stale": (lambda r: _set(_t(r, CLOUD), dpf_verified_on=date(2025, 11, 21)), TODAY),
    "R13-dpf-no-fallback": (lambda r: recipient(r, CLOUD).transfers.pop(1), TODAY),
    "R14-adequacy-scope": (_canada, TODAY),
    "R14-eea-incorporation-pending": (_brazil_from_norway, TODAY),
    "R14-eea-incorporation-unverified": (_uk_from_norway, TODAY),
    "R15-derogation-missing": (
        lambda r: activity(r, SUPPORT).transfers.append(Transfer(country="AU", mechanism="derogation")), TODAY),
    "R15-derogation-recurring": (lambda r: _set(_t(r, MAILER), mechanism="derogation", derogation="art49_1_b"), TODAY),
    "R15-compelling-undocumented": (
        lambda r: activity(r, SUPPORT).transfers.append(
            Transfer(country="AU", mechanism="derogation", derogation="compelling_legitimate_interests")), TODAY),
    "R16-special-category-condition": (lambda r: _set(activity(r, PAYROLL), special_category_conditions=[]), TODAY),
    "R17-criminal-data-basis": (lambda r: _set(activity(r, PAYROLL), criminal_data_basis=" "), TODAY),
    "R18-legal-basis-missing": (lambda r: _set(activity(r, SUPPORT), legal_bases=[]), TODAY),
    "R19-lia-missing": (lambda r: _set(activity(r, SUPPORT), lia_link=""), TODAY),
    "R19-interest-not-described": (lambda r: _set(activity(r, SUPPORT), legitimate_interests=""), TODAY),
    "R20-consent-record-missing": (lambda r: _set(activity(r, LEADS), consent_record_link=""), TODAY),
    "R21-dpia-missing": (lambda r: _set(activity(r, PAYROLL), dpia_status="required"), TODAY),
    "R21-dpia-not-assessed": (lambda r: _set(activity(r, SUPPORT), dpia_status="not_assessed"), TODAY),
    "R21-dpia-reason-missing": (lambda r: _set(activity(r, PAYROLL), dpia_status="not_required"), TODAY),
    "R22-dpa-missing": (lambda r: _set(recipient(r, CLOUD), dpa_signed=None), TODAY),
    "R23-sub-processors-missing": (lambda r: _set(recipient(r, CLOUD), sub_processors=[]), TODAY),
    "R23-sub-processing-not-assessed": (lambda r: _set(recipient(r, CLOUD), sub_processing="not_assessed"), TODAY),
    "R23-sub-processing-not-allowed": (lambda r: _set(recipient(r, CLOUD), sub_processing="not_allowed"), TODAY),
    "R24-arrangement-missing": (lambda r: _set(activity(r, LEADS).joint_controllers[0], arrangement_link=""), TODAY),
    "R24-joint-controllers-missing": (lambda r: _set(activity(r, LEADS), joint_controllers=[]), TODAY),
    "R24-joint-controller-contact-missing": (lambda r: _set(activity(r, LEADS).joint_controllers[0], contact=""),
                                             TODAY),
    "R25-dpo-contact-missing": (lambda r: _set(r.organisation, dpo_email=""), TODAY),
    "R25-dpo-name-missing": (lambda r: _set(r.organisation, dpo_name=""), TODAY),
    "R26-adm-description-missing": (lambda r: _set(activity(r, LEADS), adm_description=""), TODAY),
    "R26-adm-not-assessed": (lambda r: _set(activity(r, SUPPORT), automated_decision_making="not_assessed"), TODAY),
    "R27-review-overdue": (lambda r: _set(activity(r, SUPPORT), next_review=date(2026, 11, 21)), TODAY),
    "R27-review-stale": (lambda r: _set(activity(r, SUPPORT), last_reviewed=date(2025, 11, 21)), TODAY),
    "R27-review-not-planned": (lambda r: _set(activity(r, SUPPORT), last_reviewed=None, next_review=None), TODAY),
    "R28-controllers-missing": (lambda r: _set(activity(r, HOSTING), controllers=[]), TODAY),
    "R28-controller-contact-missing": (lambda r: _set(activity(r, HOSTING).controllers[0], contact=""), TODAY),
    "R29-generic-purpose": (lambda r: activity(r, SUPPORT).purposes.append(" Övrigt. "), TODAY),
    "R30-recipient-country-missing": (lambda r: _set(recipient(r, BACKUP), country=""), TODAY),
    "R31-recipient-unused": (_unused_recipient, TODAY),
    "R40-privacy-notice-missing": (lambda r: _set(activity(r, SUPPORT), privacy_notice_link=""), TODAY),
    "R41-dpa-content-incomplete": (lambda r: _set(recipient(r, CLOUD), dpa_terms=["art28_3_a", "art28_3_c"]), TODAY),
    "R32-dpo-may-be-mandatory": (_dpo_not_appointed, TODAY),
    "R33-representative-not-applicable": (lambda r: _set(r.organisation, representative_name="EU Rep GmbH"), TODAY),
    "R33-representative-missing": (lambda r: _set(r.organisation, country="CH"), TODAY),
    "R34-employee-consent": (lambda r: _set(activity(r, PAYROLL), legal_bases=["art6_1_a"]), TODAY),
    "R35-identity-number-reason": (
        lambda r: activity(r, PAYROLL).data_categories.append(DataCategory("Personnummer")), TODAY),
    "R36-criminal-record-condition": (
        lambda r: _set(activity(r, PAYROLL), criminal_data_basis="Required for staff working with children"), TODAY),
    "R37-child-consent-age": (
        lambda r: activity(r, LEADS).data_subject_categories.append("Children visiting the fair"), TODAY),
    "R38-employee-monitoring": (
        lambda r: _set(activity(r, PAYROLL), description="GPS tracking of company cars", dpia_status="not_required"),
        TODAY),
    "R39-dpf-hr-not-checked": (_staff_on_dpf, TODAY),
    "R39-dpf-hr-not-covered": (lambda r: _staff_on_dpf(r, "no"), TODAY),
    "R05-data-recipients-unlinked": (_danish, TODAY),
    # the breach log and the request log (tests/domain/test_deadlines.py: around their limits)
    "R42-breach-notification-overdue": (lambda r: r.breaches.append(
        Breach(title="Stulen dator", discovered_at=datetime(2025, 1, 7, 9, 0), risk="risk")), TODAY),
    "R42-breach-late-without-reasons": (lambda r: r.breaches.append(
        Breach(title="Stulen dator", discovered_at=datetime(2025, 1, 7, 9, 0), risk="risk",
               authority_notified_at=datetime(2025, 1, 13, 9, 0))), TODAY),
    "R43-breach-subjects-not-informed": (lambda r: r.breaches.append(
        Breach(title="Läckta löner", risk="high_risk")), TODAY),
    "R44-request-overdue": (lambda r: r.requests.append(
        DataSubjectRequest(right="access", received_at=date(2025, 1, 7))), TODAY),
    "R45-breach-processor-without-dpa": (lambda r: (r.recipients.append(
        Recipient(name="Nytt lönebiträde", kind="processor", id=990)), r.breaches.append(
        Breach(title="Läckta löner", recipients=[990]))), TODAY),
    "R23-sub-processor-cycle": (lambda r: _cycle(r, BACKUP, CLOUD), TODAY),
}

# the same records, just correct: a near miss of each rule that must stay silent
SILENT = {
    "R02-retention-vague": lambda r: _set(activity(r, SUPPORT), retention="As long as necessary, at most 24 months"),
    "R03-retention-undifferentiated": lambda r: [
        _set(d, retention="5 years") for d in activity(r, SUPPORT).data_categories
    ],
    "R05-data-subjects-unlinked": lambda r: _two_subjects(
        r, ["Employees", "Former employees"], ["Employees"], ["Contractors", "Former employees"]),
    "R06-transfer-missing": lambda r: recipient(r, MAILER).processing_countries.extend(["NO", "DE", "au"]),
    "R07-no-mechanism": lambda r: _set(_t(r, ESIGN), mechanism="adequacy"),
    "R09-legacy-scc": lambda r: _set(_t(r, MAILER), mechanism="scc_2021"),
    "R10-scc-module-mismatch": lambda r: activity(r, HOSTING).transfers.append(
        Transfer(country="IN", mechanism="scc_2021", scc_module="3", tia_date=date(2026, 1, 1))),
    "R11-tia-stale": lambda r: _set(_t(r, MAILER), tia_date=date(2024, 11, 22)),
    "R12-dpf-verification-stale": lambda r: _set(_t(r, CLOUD), dpf_verified_on=date(2025, 11, 22)),
    "R13-dpf-no-fallback": lambda r: _set(_t(r, CLOUD), scc_module="2") or recipient(r, CLOUD).transfers.pop(1),
    "R14-adequacy-scope": lambda r: _canada(r) or _set(_t(r, ESIGN), notes="Importer is subject to PIPEDA"),
    "R14-eea-incorporation-pending": lambda r: _brazil_from_norway(r) or _set(r.organisation, country="SE"),
    "R15-compelling-undocumented": lambda r: activity(r, SUPPORT).transfers.append(
        Transfer(country="AU", mechanism="derogation", derogation="compelling_legitimate_interests",
                 safeguards_documentation="One-off transfer to a lawyer; assessment on file; IMY informed")),
    "R21-dpia-missing": lambda r: _set(activity(r, PAYROLL), dpia_status="in_progress"),
    "R21-dpia-reason-missing": lambda r: _set(
        activity(r, PAYROLL), dpia_status="not_required",
        dpia_screening_note="Screened against IMY's list: payroll as required by law, no monitoring, no profiling"),
    "R22-dpa-missing": lambda r: _set(recipient(r, CLOUD), dpa_signed=None, dpa_in_place="yes"),
    "R23-sub-processors-missing": lambda r: _set(recipient(r, CLOUD), sub_processors=[], sub_processing="not_allowed"),
    "R31-recipient-unused": lambda r: _unused_recipient(r) or activity(r, SUPPORT).recipients.append(9),
    "R33-representative-missing": lambda r: _set(r.organisation, country="CH", representative_name="EU Rep GmbH"),
    "R34-employee-consent": lambda r: _set(activity(r, SUPPORT), legal_bases=["art6_1_a"],
                                           consent_record_link="https://intranet.example/consents"),
    "R35-identity-number-reason": lambda r: _set(
        activity(r, PAYROLL), identity_number_reason="Tax reporting to Skatteverket requires it") or (
        activity(r, PAYROLL).data_categories.append(DataCategory("Personnummer"))),
    "R36-criminal-record-condition": lambda r: _set(activity(r, PAYROLL), criminal_data_basis=" "),
    "R37-child-consent-age": lambda r: activity(r, SUPPORT).data_subject_categories.append("Children"),
    "R38-employee-monitoring": lambda r: _set(activity(r, PAYROLL), description="GPS tracking of company cars",
                                              dpia_status="in_progress"),
    "R39-dpf-hr-not-checked": lambda r: _staff_on_dpf(r, "yes"),
    "R05-data-recipients-unlinked": lambda r: _danish(r, linked=True),
    "R23-sub-processor-cycle": lambda r: _cycle(r, BACKUP),  # a chain that does not come back
    "R40-privacy-notice-missing": lambda r: _set(activity(r, HOSTING), privacy_notice_link=""),  # a processor's
    "R41-dpa-content-incomplete": lambda r: _set(recipient(r, CLOUD), dpa_terms=["art28_3_a", "ec_2021_915"]),
    "R27-review-overdue": lambda r: _set(activity(r, SUPPORT), next_review=TODAY),
    "R27-review-stale": lambda r: _set(activity(r, SUPPORT), last_reviewed=date(2025, 11, 22)),
    "R29-generic-purpose": lambda r: activity(r, SUPPORT).purposes.append(
        "Other purposes of the support team: callbacks"
    ),
}


def _ids(reg: Register, today: date = TODAY) -> list[str]:
    return [f.rule_id for f in run_checks(reg, today)]


def test_the_tables_cover_every_rule():
    assert sorted(FIRES) == sorted(RULES)
    assert set(SILENT) <= set(RULES)


@pytest.mark.parametrize("rule_id", sorted(FIRES))
def test_rule_fires(rule_id):
    mutate, today = FIRES[rule_id]
    reg = valid_register()
    mutate(reg)
    findings = [f for f in run_checks(reg, today) if f.rule_id == rule_id]
    assert findings, f"{rule_id} did not fire"
    f = findings[0]
    assert f.severity == RULES[rule_id].severity
    assert f.message and "{" not in f.message and f.reference and f.field


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_silent_on_the_valid_register(rule_id):
    assert rule_id not in _ids(valid_register())


@pytest.mark.parametrize("rule_id", sorted(SILENT))
def test_rule_silent_on_a_near_miss(rule_id):
    reg = valid_register()
    SILENT[rule_id](reg)
    assert rule_id not in _ids(reg)


def test_valid_register_has_no_findings_at_all():
    assert run_checks(valid_register(), TODAY) == []


# ---------------------------------------------------------------- rule 5: which data concerns whom


def _r05(reg: Register) -> list:
    return [f for f in run_checks(reg, TODAY) if f.rule_id == "R05-data-subjects-unlinked"]


def test_r05_names_the_unlinked_data_categories_once_per_activity():
    reg = valid_register()
    _two_subjects(reg, ["Employees", "Former employees"])
    [f] = _r05(reg)
    assert (f.record_kind, f.record_id, f.field) == ("activity", PAYROLL, "data_categories")
    assert f.severity == "warning" and f.reference.startswith("Art. 30(1)(c); Datatilsynet")
    assert "Sick leave, Criminal record extract." in f.message and "Salary" not in f.message


def test_r05_silent_with_a_single_data_subject_category():
    reg = valid_register()  # payroll concerns "Employees" only and links nothing: the link is obvious
    assert all(not d.subjects for d in activity(reg, PAYROLL).data_categories)
    assert _r05(reg) == []


def test_r05_fires_on_a_link_to_a_renamed_data_subject_category():
    reg = valid_register()
    _two_subjects(reg, ["Employees"], ["Employees"], ["Employees"])
    assert _r05(reg) == []
    activity(reg, PAYROLL).data_subject_categories = ["Staff", "Former employees"]  # "Employees" renamed
    [f] = _r05(reg)
    assert "Salary and bank details, Sick leave, Criminal record extract." in f.message


def test_r05_names_a_few_and_counts_the_rest():
    reg = valid_register()
    a = activity(reg, PAYROLL)
    _two_subjects(reg)
    a.data_categories += [DataCategory(f"Category {i}") for i in range(4)] + [DataCategory("  ")]
    [f] = _r05(reg)
    assert "Salary and bank details, Sick leave, Criminal record extract and 4 more." in f.message
    assert f.params["count"] == "7"


@pytest.mark.parametrize("change", [
    lambda a: _set(a, status="retired"),  # like every activity rule, retired activities are not checked
    lambda a: _set(a, role="processor"),  # Art. 30(1)(c) is the controller's record
    lambda a: _set(a, data_categories=[]),  # nothing to link (rule 1 reports the gap)
])
def test_r05_silent_where_it_does_not_apply(change):
    reg = valid_register()
    _two_subjects(reg)
    change(activity(reg, PAYROLL))
    assert _r05(reg) == []


def test_every_data_category_of_the_demo_is_linked_to_its_data_subjects(tmp_path):
    for a in build_demo_register(TODAY).activities:
        for d in a.data_categories:
            assert d.subjects, f"{a.ref} {d.name} is not linked"
            assert set(d.subjects) <= set(a.data_subject_categories), f"{a.ref} {d.name}"
    with create_demo(tmp_path / "demo.ropa", TODAY) as store:  # the links are kept in the register file
        assert "R05-data-subjects-unlinked" not in _ids(store.load_register())


def test_r05_recipients_only_where_the_countrys_guidance_asks_and_by_name():
    """Denmark asks per recipient which data it receives; Sweden's register is not told so. A recipient
    named in the activity counts by its name; a link to a name no longer listed counts as none."""
    reg = valid_register()
    assert "R05-data-recipients-unlinked" not in _ids(reg)  # SE: not asked
    _danish(reg, linked=True)
    assert "R05-data-recipients-unlinked" not in _ids(reg)
    payroll = activity(reg, PAYROLL)
    payroll.recipient_categories = [*payroll.recipient_categories, "Pensionsselskab"]
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R05-data-recipients-unlinked"]
    assert f.params["count"] == "1" and "Pensionsselskab" in str(f.params)
    for d in payroll.data_categories:
        d.recipients = [n if n != "Pensionsselskab" else "Pensionskasse" for n in d.recipients]
    payroll.data_categories[-1].recipients.append("Pensionsselskab")
    assert "R05-data-recipients-unlinked" not in _ids(reg)
    payroll.no_external_recipients = True  # nobody outside the organisation: nothing to link
    payroll.data_categories[-1].recipients.clear()
    assert "R05-data-recipients-unlinked" not in [f.rule_id for f in run_checks(reg, TODAY)
                                                  if f.record is payroll]


def test_a_sub_processor_cycle_is_one_finding_naming_the_chain():
    reg = valid_register()
    _cycle(reg, BACKUP, CLOUD)
    found = [f for f in run_checks(reg, TODAY) if f.rule_id == "R23-sub-processor-cycle"]
    assert len(found) == 1
    text = found[0].text(lambda key: __import__("ropa_app.domain.checks.messages", fromlist=["MESSAGES"])
                         .MESSAGES.get(key, key))
    names = [recipient(reg, CLOUD).name, recipient(reg, BACKUP).name]
    assert " → ".join([names[0], names[1], names[0]]) in text
