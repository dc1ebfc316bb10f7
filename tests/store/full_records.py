"""Records with every field filled, in several scripts, for round-trip tests.

The values below are chosen by hand. A field added to the model later gets a sample value of its kind
(`_and_new_fields`), so a new field is round-tripped from the day it exists without a change here."""

from datetime import date, datetime

from ropa_app.domain import model


def full_organisation() -> model.Organisation:
    return _and_new_fields(model.Organisation(
        name="Fjällräv Systems AB",
        org_number="556677-8899",
        address="Sveavägen 1\n111 57 Stockholm",
        country="SE",
        email="info@fjallrav.example",
        phone="+46 8 123 45 67",
        website="https://fjallrav.example",
        dpo_appointed=True,
        dpo_name="Łukasz Żółć",
        dpo_email="dpo@fjallrav.example",
        dpo_phone="+46 70 000 00 00",
        dpo_address="Box 1, 111 57 Stockholm",
        privacy_contact_name="Åsa Öberg",
        privacy_contact_email="privacy@fjallrav.example",
        representative_name="Ørsted Rep ApS",
        representative_contact="Ἀθῆναι 12, Athens",
        supervisory_authority="IMY",
        export_language="sv",
    ))


def full_recipient(sub_ids=()) -> model.Recipient:
    return _and_new_fields(model.Recipient(
        name="Nimbus Cloud Inc.",
        legal_entity="Nimbus Cloud, Inc. (Delaware)",
        address="1 Market St\nSan Francisco, CA",
        country="US",
        contact="privacy@nimbus.example",
        kind="processor",
        service="Hosting of the CRM",
        processing_countries=["US", "IE"],
        dpa_signed=date(2024, 3, 1),
        dpa_link="https://intranet.example/dpa/nimbus.pdf",
        dpa_in_place="yes",
        dpa_terms=["art28_3_a", "art28_3_h"],
        sub_processors=list(sub_ids),
        sub_processing="general_authorisation",
        transfers=[
            model.Transfer(
                country="US",
                mechanism="scc_2021",
                scc_module="2",
                derogation="",
                dpf_verified_on=date(2026, 2, 1),
                dpf_hr_covered="no",
                bcr_reference="BCR-P 2019",
                tia_date=date(2025, 6, 30),
                tia_link="https://intranet.example/tia/nimbus",
                supplementary_measures="Encryption with keys held in the EU",
                safeguards_documentation="Clause 14 TIA on file",
                notes="=1+1 <b>x</b> AT&T",
            )
        ],
        notes="Kowalski <jan@example.com> & Co",
    ))


def full_activity(recipient_ids=()) -> model.Activity:
    return _and_new_fields(model.Activity(
        ref="PA-042",
        name="Lönehantering – löner och förmåner",
        role="controller",
        business_function="HR",
        owner="Åsa Öberg",
        description="Monthly payroll run.\nSecond line.",
        purposes=["Pay salaries", "Report tax to Skatteverket"],
        joint_controllers=[model.JointController("Partner AS", "post@partner.example", "https://x.example/art26")],
        data_subject_categories=["Employees", "Former employees"],
        data_categories=[
            model.DataCategory("Bank account", "none", "7 years (Bokföringslagen)", ["Employees", "Former employees"]),
            model.DataCategory("Sick leave", "health", "2 years", ["Employees"]),
            model.DataCategory("Background check", "criminal", "until hired", ["Employees"]),
        ],
        special_category_conditions=["art9_2_b"],
        criminal_data_basis="Lag (2021:1234) about background checks",
        identity_number_reason="Tax reporting to Skatteverket requires the personnummer",
        legal_bases=["art6_1_b", "art6_1_c", "art6_1_f"],
        legal_basis_note="Employment contract; Bokföringslagen",
        legitimate_interests="Fraud prevention",
        lia_link="https://intranet.example/lia/payroll",
        consent_record_link="https://intranet.example/consents",
        recipient_categories=["Payroll provider", "Tax authority"],
        recipients=list(recipient_ids),
        no_external_recipients=True,
        retention="7 years after the end of the financial year",
        security_measures=["access_control", "logging", "encryption_at_rest"],
        security_description="Role-based access; MFA.",
        source="The employee; the tax authority",
        privacy_notice_link="https://intranet.example/privacy/payroll",
        automated_decision_making="yes",
        adm_description="None beyond tax tables",
        dpia_status="done",
        dpia_link="https://intranet.example/dpia/payroll",
        dpia_criteria=["sensitive_data", "vulnerable_subjects"],
        dpia_screening_note="Two criteria of IMY's list met: DPIA carried out",
        systems=["PayRoll 9", "SharePoint HR"],
        controllers=[model.ControllerRef("Kund AB", "kund@example.se", "Rep GmbH", "dpo@kund.example")],
        processing_categories=["Hosting", "Support"],
        status="active",
        last_reviewed=date(2026, 1, 15),
        next_review=date(2027, 1, 15),
        notes="Ἀθῆναι — Ørsted",
        transfers=[model.Transfer(country="IN", mechanism="derogation", derogation="art49_1_b")],
    ))


def full_breach(activity_ids=(), recipient_ids=()) -> model.Breach:
    return _and_new_fields(model.Breach(
        ref="INC-2026-004",
        title="Lönebesked till fel adress",
        description="The payroll run mailed 14 payslips to last month's addresses.\nAn employee told HR.",
        occurred_at=datetime(2026, 3, 2, 8, 15),
        discovered_at=datetime(2026, 3, 3, 14, 30),
        activities=list(activity_ids),
        recipients=list(recipient_ids),
        data_categories=["Salary", "Bank account"],
        data_subject_kinds=["Employees"],
        data_subjects_approx="14",
        records_approx="14 payslips",
        consequences="Colleagues may have seen each other's salaries.",
        risk="high_risk",
        risk_reasoning="Financial data of identified people.",
        measures="Recipients asked to delete; address check added.",
        authority_notified_at=datetime(2026, 3, 6, 9, 0),
        authority_reference="IMY-2026-1234",
        delay_reasons="The processor reported the scope on day three.",
        subjects_informed_at=datetime(2026, 3, 6, 16, 0),
        subjects_not_informed_reason="",
        status="closed",
        closed_at=date(2026, 3, 20),
        notes="Ørsted — Ἀθῆναι",
    ))


def full_request(activity_ids=()) -> model.DataSubjectRequest:
    return _and_new_fields(model.DataSubjectRequest(
        ref="DSR-2026-017",
        right="erasure",
        requester="Former employee, case 17",
        received_at=date(2026, 1, 31),
        identity_verified_at=date(2026, 2, 2),
        extended_to=date(2026, 4, 30),
        extension_reason="Data in three archived systems",
        activities=list(activity_ids),
        outcome="partly",
        answered_at=date(2026, 4, 20),
        notes="Sent by registered post",
    ))


def _sample(fs: model.FieldSpec, item_kind: model.FieldKind):
    family = item_kind.family
    if family == "record":
        return _and_new_fields(fs.record())
    if family == "choice":  # a real answer, not the "nothing yet" of a vocabulary
        return next(k for k in fs.vocabulary if k not in ("", "not_assessed", "none"))
    return {"text": f"Prøve {fs.key} — Åsa", "bool": True, "date": date(2026, 5, 4), "country": "NO",
            "datetime": datetime(2026, 5, 4, 13, 45)}[family]


def _and_new_fields(record):
    """`record` with every field it leaves empty (except references to other records) given a sample of its
    kind: a field added to the model after this file was written."""
    for fs in model.fields_of(type(record)):
        if fs.refers or not model.is_empty(getattr(record, fs.key)):
            continue
        value = _sample(fs, fs.kind.item)
        setattr(record, fs.key, [value] if fs.kind.many else value)
    return record
