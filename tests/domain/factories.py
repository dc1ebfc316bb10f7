"""A small, fully valid register (no findings on TODAY) for the check tests to mutate.

A Swedish software company: customer support, payroll, hosting for customers (as processor) and
trade-fair leads run jointly with the fair's organiser. Recipients: a US cloud (DPF plus fallback
SCCs), a Finnish backup sub-processor, a UK e-signing service (adequacy) and an Australian mailer (SCCs).
"""

from __future__ import annotations

from datetime import date

from ropa_app.domain.model import (
    Activity,
    ControllerRef,
    DataCategory,
    JointController,
    Organisation,
    Recipient,
    Register,
    Transfer,
)

TODAY = date(2026, 11, 22)

# recipient ids
CLOUD, BACKUP, ESIGN, MAILER = 1, 2, 3, 4


def organisation() -> Organisation:
    return Organisation(
        name="Fjällräv Systems AB",
        org_number="556677-8899",
        address="Sveavägen 1\n111 57 Stockholm",
        country="SE",
        email="info@fjallrav.example",
        dpo_appointed=True,
        dpo_name="Åsa Öberg",
        dpo_email="dpo@fjallrav.example",
        supervisory_authority="IMY",
    )


def recipients() -> list[Recipient]:
    return [
        Recipient(
            id=CLOUD, name="Nimbus Cloud Inc.", country="US", kind="processor", service="Hosting of the CRM",
            processing_countries=["US", "IE"], dpa_signed=date(2024, 3, 1), sub_processors=[BACKUP],
            sub_processing="general_authorisation",
            transfers=[
                Transfer(id=11, country="US", mechanism="dpf", dpf_verified_on=date(2026, 6, 1)),
                Transfer(id=12, country="US", mechanism="scc_2021", scc_module="2", tia_date=date(2025, 9, 1),
                         tia_link="https://intranet.example/tia/nimbus"),
            ],
        ),
        Recipient(
            id=BACKUP, name="Varmuus Backup Oy", country="FI", kind="sub_processor", service="Off-site backups",
            processing_countries=["FI"], dpa_signed=date(2023, 5, 10),
        ),
        Recipient(
            id=ESIGN, name="Quill Sign Ltd", country="GB", kind="processor", service="Electronic signatures",
            processing_countries=["GB"], dpa_link="https://intranet.example/dpa/quill.pdf", sub_processors=[BACKUP],
            sub_processing="general_authorisation",
            transfers=[Transfer(id=31, country="GB", mechanism="adequacy")],
        ),
        Recipient(
            id=MAILER, name="Wattle Mail Pty Ltd", country="AU", kind="processor", service="Payslip e-mail",
            processing_countries=["AU"], dpa_signed=date(2025, 1, 15), sub_processors=[BACKUP],
            sub_processing="general_authorisation",
            transfers=[
                Transfer(id=41, country="AU", mechanism="scc_2021", scc_module="2", tia_date=date(2025, 10, 1),
                         supplementary_measures="Payslips encrypted end to end"),
            ],
        ),
    ]


def _reviewed(a: Activity) -> Activity:
    a.status = "active"
    a.last_reviewed = date(2026, 3, 1)
    a.next_review = date(2027, 3, 1)
    a.security_measures = ["access_control", "logging", "encryption_in_transit"]
    if a.role != "processor":  # the questions a controller answers (new records start "not assessed")
        a.dpia_status = "not_required" if a.dpia_status == "not_assessed" else a.dpia_status
        a.automated_decision_making = "no" if a.automated_decision_making == "not_assessed" else (
            a.automated_decision_making)
        a.privacy_notice_link = a.privacy_notice_link or "https://fjallrav.example/privacy"
    return a


def support() -> Activity:
    return _reviewed(Activity(
        id=101, ref="PA-001", name="Customer support", role="controller",
        purposes=["Answer customers' support requests", "Send notices about changes in our terms"],
        data_subject_categories=["Customers' employees"],
        data_categories=[DataCategory("Contact details"), DataCategory("Support tickets")],
        legal_bases=["art6_1_b", "art6_1_f"],
        legitimate_interests="Keeping in touch with the customer's contact persons",
        lia_link="https://intranet.example/lia/support",
        recipient_categories=["IT service providers"],
        recipients=[CLOUD, ESIGN],
        retention="While the agreement lasts, then 24 months",
    ))


def payroll() -> Activity:
    return _reviewed(Activity(
        id=102, ref="PA-002", name="Payroll", role="controller",
        purposes=["Pay salaries and report taxes"],
        data_subject_categories=["Employees"],
        data_categories=[
            DataCategory("Salary and bank details", "none", "7 years after the end of the financial year"),
            DataCategory("Sick leave", "health", "2 years after the sick-leave period"),
            DataCategory("Criminal record extract", "criminal", "Returned to the employee; not kept (0 days)"),
        ],
        special_category_conditions=["art9_2_b"],
        criminal_data_basis="Extract required by law for staff working with children's data "
                            "(förordning (2018:219) 3 kap. 2 §)",
        legal_bases=["art6_1_c"],
        recipient_categories=["Payroll e-mail service", "Tax authority"],
        recipients=[MAILER],
        dpia_status="done", dpia_link="https://intranet.example/dpia/payroll",
    ))


def hosting() -> Activity:
    return _reviewed(Activity(
        id=103, ref="PA-003", name="Hosting customers' planning data", role="processor",
        controllers=[ControllerRef(name="Kund AB", contact="dpo@kund.example")],
        processing_categories=["Storage", "Backups", "Support access"],
        recipients=[ESIGN],
    ))


def leads() -> Activity:
    return _reviewed(Activity(
        id=104, ref="PA-004", name="Trade-fair leads", role="joint_controller",
        purposes=["Follow up visitors who asked for a demo"],
        joint_controllers=[JointController("Nordic Expo AB", "info@expo.example", "https://intranet.example/art26")],
        data_subject_categories=["Fair visitors"],
        data_categories=[DataCategory("Business card details")],
        legal_bases=["art6_1_a"],
        consent_record_link="https://intranet.example/consents",
        recipient_categories=["Fair organiser"],
        retention="18 months after the last contact",
        automated_decision_making="yes",
        adm_description="Leads are ranked by a scoring rule; a salesperson decides whom to call",
        dpia_status="done", dpia_link="https://intranet.example/dpia/leads",
    ))


def valid_register() -> Register:
    """A fresh register with no findings at all on TODAY."""
    return Register(organisation(), [support(), payroll(), hosting(), leads()], recipients())


def activity(reg: Register, activity_id: int) -> Activity:
    return next(a for a in reg.activities if a.id == activity_id)


def recipient(reg: Register, recipient_id: int) -> Recipient:
    r = reg.recipient(recipient_id)
    assert r is not None
    return r
