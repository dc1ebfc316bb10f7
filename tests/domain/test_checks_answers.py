"""Issue 13: no false findings, "not assessed" as an answer, accepted findings and the national layer.

One test per false finding the review listed (each proves it gone), and for the national rules one
that shows the country's provision applied; every rule also fires and keeps silent in test_checks_rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from ropa_app.domain import model
from ropa_app.domain.checks import counts, run_checks
from ropa_app.domain.checks.accepted import accept, fingerprint, reopened
from ropa_app.domain.checks.catalogue import NATIONAL_SOURCES, RULES
from ropa_app.domain.checks.rules_content import is_vague_retention
from ropa_app.domain.law import load_law
from ropa_app.domain.model import ControllerRef, DataCategory, Transfer

from .factories import BACKUP, CLOUD, TODAY, activity, recipient, valid_register

SUPPORT, PAYROLL, HOSTING, LEADS = 101, 102, 103, 104


def _ids(reg, today=TODAY) -> list[str]:
    return [f.rule_id for f in run_checks(reg, today)]


# ------------------------------------------------------------------ the false findings, each gone


def test_no_dpa_is_demanded_of_a_sub_processor():
    """Art. 28(4): the sub-processor's contract is with our processor; we ask what the processor's DPA says."""
    reg = valid_register()
    recipient(reg, BACKUP).dpa_signed = None
    assert "R22-dpa-missing" not in _ids(reg)
    recipient(reg, CLOUD).sub_processing = "not_assessed"
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R23-sub-processing-not-assessed"]
    assert f.record_id == CLOUD and "Varmuus Backup Oy" in f.message and "28(2)" in f.message


def test_no_art9_condition_or_art10_basis_is_asked_of_a_processor_role_activity():
    reg = valid_register()
    activity(reg, HOSTING).data_categories = [DataCategory("Patients' bookings", "health"),
                                              DataCategory("Background checks", "criminal")]
    ids = _ids(reg)
    assert "R16-special-category-condition" not in ids and "R17-criminal-data-basis" not in ids


def test_named_recipients_are_recipient_categories_enough_and_none_is_an_answer():
    reg = valid_register()
    a = activity(reg, SUPPORT)
    a.recipient_categories = []
    assert "R01-activity-incomplete" not in _ids(reg)  # it names its recipients
    a.recipients = []
    assert "R01-activity-incomplete" in _ids(reg)
    a.no_external_recipients = True  # the truthful answer "no recipients outside the organisation"
    assert "R01-activity-incomplete" not in _ids(reg)


def test_a_us_transfer_without_mechanism_is_told_about_the_dpf_adequacy_decision():
    reg = valid_register()
    recipient(reg, CLOUD).transfers[0].mechanism = "none"
    found = [f for f in run_checks(reg, TODAY) if f.record_kind == "transfer" and f.rule_id.startswith("R07")]
    assert [f.rule_id for f in found] == ["R07-us-no-mechanism"]
    assert "2023/1795" in found[0].message and "Data Privacy Framework" in found[0].message
    assert "no adequacy decision" not in found[0].message


def test_a_dpa_in_place_whose_date_is_unknown_is_a_dpa():
    reg = valid_register()
    cloud = recipient(reg, CLOUD)
    cloud.dpa_signed, cloud.dpa_link = None, ""
    assert "R22-dpa-missing" in _ids(reg)
    cloud.dpa_in_place = "yes"
    assert "R22-dpa-missing" not in _ids(reg)


def test_one_special_category_item_alone_is_no_dpia():
    """Art. 35(3)(b) speaks of large scale; the national lists ask for two criteria."""
    reg = valid_register()
    a = activity(reg, SUPPORT)
    a.data_categories.append(DataCategory("Allergies mentioned in tickets", "health"))
    a.special_category_conditions = ["art9_2_a"]
    a.consent_record_link = "https://intranet.example/consents"
    assert not [i for i in _ids(reg) if i.startswith("R21")]


def test_criminal_offence_data_is_not_called_a_special_category():
    reg = valid_register()
    p = activity(reg, PAYROLL)
    p.special_category_conditions = []
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R16-special-category-condition"]
    assert "health data" in f.message and "criminal" not in f.message.casefold()
    p.dpia_status = "not_assessed"
    [g] = [g for g in run_checks(reg, TODAY) if g.rule_id == "R21-dpia-not-assessed"]
    assert "special categor" not in g.message and "incl. art. 9 and 10" in g.message


def test_staff_email_monitoring_and_children_count_for_the_dpia():
    reg = valid_register()
    s = activity(reg, SUPPORT)
    s.name, s.data_subject_categories = "E-mail logging of staff", ["Employees"]
    s.dpia_status = "not_required"
    ids = _ids(reg)
    assert "R21-dpia-reason-missing" in ids and "R38-employee-monitoring" in ids
    reg = valid_register()
    s = activity(reg, SUPPORT)
    s.data_subject_categories, s.dpia_status, s.dpia_criteria = ["Children"], "not_required", ["large_scale"]
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R21-dpia-reason-missing"]
    assert "vulnerable data subjects" in f.message and "IMY" in f.reference


def test_an_overdue_review_is_one_finding():
    reg = valid_register()
    a = activity(reg, SUPPORT)
    a.last_reviewed, a.next_review = date(2025, 1, 1), date(2026, 1, 1)
    ids = [f.rule_id for f in run_checks(reg, TODAY) if f.record_id == SUPPORT]
    assert ids == ["R27-review-overdue"]


def test_a_processor_records_its_controllers_contact_details():
    reg = valid_register()
    activity(reg, HOSTING).controllers = [ControllerRef(name="Kund AB")]
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R28-controller-contact-missing"]
    assert "Kund AB" in f.message and f.reference == "Art. 30(2)(a)"


VAGUE = {
    "en": ["As long as appropriate", "as long as relevant", "Until the purpose has ended", "As long as necessary",
           "For as long as we need it", "until no longer needed", "Indefinitely", "When no longer required"],
    "sv": ["Så länge det är lämpligt", "så länge det är relevant", "Tills ändamålet har upphört",
           "så länge det behövs", "Tills vidare", "till dess att uppgifterna inte längre behövs"],
    "nb": ["Så lenge det er hensiktsmessig", "så lenge det er relevant", "Til formålet er oppfylt",
           "Inntil videre", "så lenge vi trenger dem"],
    "da": ["Så længe det er relevant", "så længe det er hensigtsmæssigt", "Indtil formålet er opfyldt",
           "Indtil videre", "så længe vi har brug for dem"],
}
CONCRETE = {
    "en": ["24 months after the contract ends", "Deleted when the employment ends",
           "Until the customer closes the account", "As the Bookkeeping Act requires", "Two years",
           "As long as the customer relationship lasts"],
    "sv": ["Två år efter avslutad anställning", "I sju år enligt bokföringslagen", "Raderas när kontot avslutas",
           "Tills avtalet upphör", "Så länge kundförhållandet består"],
    "nb": ["Slettes når arbeidsforholdet opphører", "Fem år etter regnskapsårets slutt (bokføringsloven)",
           "Til kundeforholdet avsluttes", "Tre måneder"],
    "da": ["Slettes ved ansættelsens ophør", "5 år efter regnskabsårets udløb", "Indtil medlemskabet ophører",
           "Seks måneder efter sagens afslutning"],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in VAGUE.items() for t in ts])
def test_vague_retention_is_what_a_reader_would_call_vague(lang, text):
    p = load_law().policy
    assert is_vague_retention(text, p.retention_concrete, p.vague_retention), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in CONCRETE.items() for t in ts])
def test_a_period_criterion_or_event_is_not_vague(lang, text):
    p = load_law().policy
    assert not is_vague_retention(text, p.retention_concrete, p.vague_retention), text


def test_any_contact_detail_of_the_organisation_will_do_and_the_dpo_is_named():
    reg = valid_register()
    reg.organisation.email, reg.organisation.address, reg.organisation.phone = "", "", "+46 8 123 45 67"
    assert not [i for i in _ids(reg) if i.startswith("R01-organisation")]
    reg.organisation.dpo_name = ""
    assert "R25-dpo-name-missing" in _ids(reg)
    activity(reg, LEADS).joint_controllers[0].contact = ""
    assert "R24-joint-controller-contact-missing" in _ids(reg)


@pytest.mark.parametrize("purpose", ["Marketing", "IT security", "Improving the service", "Research",
                                     "Marknadsföring", "Forskning", "Markedsføring"])
def test_purposes_wp29_calls_too_vague(purpose):
    reg = valid_register()
    activity(reg, SUPPORT).purposes.append(purpose)
    assert "R29-generic-purpose" in _ids(reg)


def test_law_data_of_the_newest_decisions_and_the_old_mechanisms():
    law = load_law()
    for code in ("BR", "org:epo", "GB"):
        d = law.decision_for(code)
        assert d.eea_incorporation_status in ("pending", "unverified", "incorporated")
        assert d.eea_incorporation_checked_on is not None
    assert law.decision_for("BR").eea_incorporation_pending
    assert "25(6) Directive 95/46/EC" in law.mechanism("privacy_shield").article
    assert law.mechanism("legacy_scc").article.startswith("46(5)")
    assert law.mechanism("public_instrument").article == "46(2)(a)" and law.mechanism("sa_scc").article == "46(2)(d)"
    assert law.mechanism("administrative_arrangement").public_bodies_only


def test_a_recipient_without_country_or_use_is_reported():
    reg = valid_register()
    recipient(reg, BACKUP).country = ""
    reg.recipients.append(model.Recipient(id=9, name="Lonely AB", country="SE", kind="other"))
    found = {(f.rule_id, f.record_id) for f in run_checks(reg, TODAY)}
    assert {("R30-recipient-country-missing", BACKUP), ("R31-recipient-unused", 9)} <= found
    assert ("R31-recipient-unused", BACKUP) not in found  # used as a sub-processor


# ------------------------------------------------------------------ "not assessed"


def test_new_records_start_not_assessed_and_a_check_asks():
    a = model.Activity(name="New", role="controller")
    assert a.dpia_status == "not_assessed" and a.automated_decision_making == "not_assessed"
    r = model.Recipient(name="New")
    assert r.dpa_in_place == "not_assessed" and r.sub_processing == "not_assessed"
    assert model.Transfer().dpf_hr_covered == "not_assessed"
    reg = valid_register()
    reg.activities.append(model.Activity(id=105, ref="PA-005", name="New", purposes=["Something specific"]))
    ids = [f.rule_id for f in run_checks(reg, TODAY) if f.record_id == 105]
    assert "R21-dpia-not-assessed" in ids and "R26-adm-not-assessed" in ids


def test_an_answer_reads_old_booleans():
    fs = model.field_spec(model.Activity, "automated_decision_making")
    assert fs.kind.from_plain(True, fs, "$") == "yes" and fs.kind.from_plain(False, fs, "$") == "no"
    assert fs.kind.from_column(1, fs) == "yes" and fs.kind.from_column(0, fs) == "no"
    assert fs.kind.from_column(None, fs) == "not_assessed" and fs.kind.to_column("not_assessed") is None


# ------------------------------------------------------------------ accepted findings


def test_an_accepted_finding_is_shown_as_accepted_and_reopens_when_its_facts_change():
    reg = valid_register()
    activity(reg, SUPPORT).retention = "As long as appropriate"
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R02-retention-vague"]
    reg.accepted_findings.append(accept(f, "Support tickets are erased by hand at each review", "asa", TODAY))
    [g] = [g for g in run_checks(reg, TODAY) if g.rule_id == "R02-retention-vague"]
    assert g.accepted and g.accepted_reason.startswith("Support tickets")
    assert counts(run_checks(reg, TODAY))["warning"] == 0  # not an open problem
    assert reopened(run_checks(reg, TODAY), reg.accepted_findings) == []
    activity(reg, SUPPORT).retention = "As long as relevant"  # the facts changed: open again
    [h] = [h for h in run_checks(reg, TODAY) if h.rule_id == "R02-retention-vague"]
    assert not h.accepted and fingerprint(h) != reg.accepted_findings[0].fingerprint
    assert reopened(run_checks(reg, TODAY), reg.accepted_findings) == reg.accepted_findings


def test_accepting_needs_a_reason():
    reg = valid_register()
    reg.organisation.dpo_name = ""
    [f] = run_checks(reg, TODAY)
    with pytest.raises(ValueError):
        accept(f, "  ", "asa", TODAY)


# ------------------------------------------------------------------ the national layer


@pytest.mark.parametrize(("country", "provision"), [
    ("SE", "3 kap. 10 §"), ("DK", "Databeskyttelsesloven § 11"), ("NO", "Personopplysningsloven § 12"),
    ("FI", "Tietosuojalaki (1050/2018) 29 §"),
])
def test_identity_numbers_with_the_countrys_provision(country, provision):
    reg = valid_register()
    reg.organisation.country = country
    activity(reg, PAYROLL).data_categories.append(DataCategory("Personnummer / CPR-nummer / fødselsnummer"))
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R35-identity-number-reason"]
    assert provision in f.reference and provision in f.message


@pytest.mark.parametrize("country", ["SE", "DK", "NO", "FI"])
def test_the_childs_age_is_13_in_the_nordic_countries(country):
    reg = valid_register()
    reg.organisation.country = country
    activity(reg, LEADS).data_subject_categories.append("Children")
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R37-child-consent-age"]
    assert f.params["age"] == "13"


def test_a_country_without_national_rules_gets_the_gdpr_age():
    reg = valid_register()
    reg.organisation.country = "DE"
    activity(reg, LEADS).data_subject_categories.append("Children")
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R37-child-consent-age"]
    assert f.params["age"] == "16"


def test_a_customers_employees_are_not_our_staff():
    reg = valid_register()
    activity(reg, SUPPORT).legal_bases.append("art6_1_a")  # support concerns customers' employees
    activity(reg, SUPPORT).consent_record_link = "https://intranet.example/consents"
    assert "R34-employee-consent" not in _ids(reg)


def test_hr_data_on_the_dpf_needs_an_hr_certification():
    reg = valid_register()
    activity(reg, PAYROLL).recipients.append(CLOUD)
    assert "R39-dpf-hr-not-checked" in _ids(reg)
    recipient(reg, CLOUD).transfers[0].dpf_hr_covered = "yes"
    assert not [i for i in _ids(reg) if i.startswith("R39")]
    recipient(reg, CLOUD).transfers[0] = Transfer(id=11, country="US", mechanism="dpf",
                                                  dpf_verified_on=date(2026, 6, 1), dpf_hr_covered="no")
    assert "R39-dpf-hr-not-covered" in _ids(reg)


def test_the_representative_is_only_for_a_controller_outside_the_eea():
    reg = valid_register()
    reg.organisation.representative_name = "EU Rep GmbH"
    assert "R33-representative-not-applicable" in _ids(reg)
    reg.organisation.country = "CH"
    assert not [i for i in _ids(reg) if i.startswith("R33")]


def test_every_national_rule_names_its_national_source():
    national = [r for r in RULES if r.startswith(("R32", "R34", "R35", "R36", "R37", "R38", "R39"))]
    assert national and all(NATIONAL_SOURCES.get(r) for r in national)
    law = load_law()
    for code in ("SE", "DK", "NO", "FI"):
        rules = law.nordic.rules_for(code)
        assert rules.dpia_list["source"].startswith("https://") and rules.dpia_list["as_of"]
        for rule in (rules.identity_number, rules.child_consent_age, rules.criminal_record):
            assert rule["provision"] and rule["source"].startswith("https://")


# ------------------------------------------------------------------ the demo register


def test_the_demo_has_only_the_findings_its_facts_call_for(tmp_path):
    """Reviewed one by one: each is true of the demo's facts. An accepted one, and the national rules of
    Sweden (its country) firing where the facts call for them."""
    from ropa_app.store.demo import build_demo_register, create_demo

    found = {(f.rule_id, f.record_label, f.accepted) for f in run_checks(build_demo_register(TODAY), TODAY)}
    assert found == {
        ("R06-transfer-missing", "Calendly", False),  # processes in the US, no transfer recorded
        ("R22-dpa-missing", "Pixelhaven", False),
        ("R08-invalid-mechanism", "Eventbrite → United States", False),  # still on Privacy Shield
        ("R07-no-mechanism", "Kaveri Support Services → India", False),
        ("R36-criminal-record-condition", "PA-002 Recruitment", False),  # SE: lag (2018:218) 3 kap. 8 §
        ("R35-identity-number-reason", "PA-008 Accounting and bookkeeping", False),  # SE: 3 kap. 10 §
        ("R19-lia-missing", "PA-009 IT operations, access management and security logging", False),
        ("R27-review-overdue", "PA-012 Recording of customer onboarding sessions and internal trainings", False),
        ("R21-dpia-not-assessed", "PA-012 Recording of customer onboarding sessions and internal trainings", False),
        ("R26-adm-not-assessed", "PA-015 In-product usage analytics", False),
        ("R23-sub-processing-not-assessed", "Calendly", False),
        ("R23-sub-processors-missing", "Pixelhaven", False),
        ("R39-dpf-hr-not-checked", "Atlassian → United States", False),
        ("R12-dpf-not-verified", "Zoom → United States", False),
        ("R13-dpf-no-fallback", "Zoom → United States", False),
        ("R40-privacy-notice-missing", "PA-012 Recording of customer onboarding sessions and internal trainings",
         False),  # no notice to the people recorded is linked
        ("R41-dpa-content-incomplete", "Kaveri Support Services", False),  # no audit clause, 28(3)(h)
        ("R23-sub-processors-missing", "Fortnox", True),  # accepted: Fortnox uses none for our data
    }
    with create_demo(tmp_path / "demo.ropa", TODAY) as store:  # the acceptance is kept in the register file
        register = store.load_register()
        assert [a.rule_id for a in register.accepted_findings] == ["R23-sub-processors-missing"]
        assert [f.rule_id for f in run_checks(register, TODAY) if f.accepted] == ["R23-sub-processors-missing"]


def test_art14_and_the_dpa_checklist():
    reg = valid_register()
    a = activity(reg, SUPPORT)
    a.privacy_notice_link, a.source = "", "The customer's administrator"
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R40-privacy-notice-missing"]
    assert "Art. 14" in f.message and "The customer's administrator" in f.message
    recipient(reg, CLOUD).dpa_terms = [f"art28_3_{x}" for x in "abcdefg"]
    [g] = [g for g in run_checks(reg, TODAY) if g.rule_id == "R41-dpa-content-incomplete"]
    assert "points (h) of Art. 28(3)" in g.message
