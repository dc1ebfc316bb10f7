"""Registers for the export tests: every field filled, with values that break naive exporters."""

from __future__ import annotations

import dataclasses
from datetime import date

from ropa_app.domain import model

# Values a spreadsheet would read as formulas or errors, markup a PDF library would interpret,
# and scripts a font without full coverage would lose.
TRICKY = [
    "=1+1",
    "+46 8 123 45 67",
    "-5 days",
    "@SUM(A1)",
    "#N/A",
    "<b>x</b>",
    "AT&T",
    "Łukasz Żółć",
    "Ørsted",
    "Ἀθῆναι",
    "Kowalski <jan@example.com> & Co",
]


def full_organisation() -> model.Organisation:
    return model.Organisation(
        name="Fjällräv & Söner AB", org_number="556677-8899", address="Sveavägen 1\n111 57 Stockholm",
        country="SE", email="info@fjallrav.example", phone="+46 8 123 45 67", website="https://fjallrav.example",
        dpo_appointed=True, dpo_name="Łukasz Żółć", dpo_email="dpo@fjallrav.example", dpo_phone="+46 70 000 00 00",
        dpo_address="Box 1, 111 57 Stockholm", privacy_contact_name="Åsa Öberg",
        privacy_contact_email="privacy@fjallrav.example", representative_name="Ørsted Rep ApS",
        representative_contact="Ἀθῆναι 12, Athens", supervisory_authority="IMY", export_language="sv",
    )  # fmt: skip


def full_transfer(note: str = "=1+1 <b>x</b> AT&T") -> model.Transfer:
    return model.Transfer(
        country="US", mechanism="scc_2021", scc_module="2", derogation="art49_1_b",
        dpf_verified_on=date(2026, 2, 1), bcr_reference="BCR-P 2019", tia_date=date(2025, 6, 30),
        tia_link="https://intranet.example/tia/nimbus", supplementary_measures="Encryption with keys held in the EU",
        safeguards_documentation="Clause 14 TIA on file", notes=note,
    )  # fmt: skip


def full_recipients() -> list[model.Recipient]:
    nimbus = model.Recipient(
        id=1, name="Nimbus Cloud Inc.", legal_entity="Nimbus Cloud, Inc. (Delaware)",
        address="1 Market St\nSan Francisco, CA", country="US", contact="privacy@nimbus.example", kind="processor",
        service="Hosting of the CRM", processing_countries=["US", "IE"], dpa_signed=date(2024, 3, 1),
        dpa_link="https://intranet.example/dpa/nimbus.pdf", sub_processors=[2], transfers=[full_transfer()],
        notes="Kowalski <jan@example.com> & Co",
    )  # fmt: skip
    backup = model.Recipient(
        id=2, name="Ørsted Backup ApS", legal_entity="Ørsted Backup ApS", address="Ἀθῆναι 1", country="DK",
        contact="#N/A", kind="sub_processor", service="@SUM(A1)", processing_countries=["DK"],
        dpa_signed=date(2025, 1, 15), dpa_link="https://intranet.example/dpa/orsted.pdf", notes="-5 days",
    )  # fmt: skip
    return [nimbus, backup]


def full_activity() -> model.Activity:
    """A controller-role activity with every field filled (processor-only fields included)."""
    return model.Activity(
        id=1, ref="PA-007", name="Kundtjänst Łukasz Żółć", role="joint_controller", business_function="Support & Ops",
        owner="Ørsted", description="Kowalski <jan@example.com> & Co\nsecond line",
        purposes=["=1+1", "Answer support requests"],
        joint_controllers=[model.JointController("Partner AT&T", "partner@att.example", "https://intranet.example/art26")],
        data_subject_categories=["Customers' employees", "Ἀθῆναι"],
        data_categories=[
            model.DataCategory("Contact details", "none", "2 years after the contract", ["Customers' employees"]),
            model.DataCategory("Sick-leave notes", "health", "<b>x</b>", ["Ἀθῆναι", "Customers' employees"]),
        ],
        special_category_conditions=["art9_2_b", "art9_2_h"], criminal_data_basis="Swedish law 2018:218 ch. 3",
        legal_bases=["art6_1_b", "art6_1_f"], legal_basis_note="The support agreement",
        legitimate_interests="Keeping customers happy", lia_link="https://intranet.example/lia",
        consent_record_link="https://intranet.example/consents", recipient_categories=["IT suppliers", "#N/A"],
        recipients=[1], retention="-5 days after closing", security_measures=["access_control", "encryption_at_rest"],
        security_description="@SUM(A1) TLS 1.3 and MFA", source="The data subject", automated_decision_making="yes",
        adm_description="Ticket routing by AT&T rules", dpia_status="in_progress",
        dpia_link="https://intranet.example/dpia", systems=["Zendesk", "+46 8 123 45 67"],
        controllers=[model.ControllerRef("Acme Kunde AB", "dpo@acme.example", "Acme Rep", "Acme DPO")],
        processing_categories=["Hosting"], status="active", last_reviewed=date(2026, 11, 22),
        next_review=date(2027, 5, 1), notes="Ørsted notes", transfers=[full_transfer("Direct transfer note Ἀθῆναι")],
    )  # fmt: skip


def processor_activity() -> model.Activity:
    return model.Activity(
        id=2, ref="PA-100", name="Hosting for customers", role="processor", owner="=1+1",
        controllers=[model.ControllerRef("Customer Oy", "dpo@customer.example", "Rep GmbH", "DPO Person")],
        processing_categories=["Storage", "Backup"], security_measures=["backups"], recipients=[2],
    )  # fmt: skip


def incomplete_activity() -> model.Activity:
    """Only a name: the Art. 30(1) mandatory fields are missing."""
    return model.Activity(id=3, ref="PA-200", name="Half-documented activity")


def full_register() -> model.Register:
    return model.Register(
        organisation=full_organisation(),
        activities=[full_activity(), processor_activity(), incomplete_activity()],
        recipients=full_recipients(),
    )


def user_strings(obj: object) -> list[str]:
    """Every free-text string of a record (nested records included), one list item or line at a time."""
    out: list[str] = []
    for fs in model.fields_of(type(obj)):
        value = getattr(obj, fs.key)
        if fs.kind in (model.TEXT, model.LONGTEXT, model.LINK) and value:
            out.extend(line for line in value.split("\n") if line)
        elif fs.kind in (model.TEXT_LIST, model.CATEGORY_LIST):
            out.extend(value)
        elif fs.kind == model.RECORDS:
            for item in value:
                out.extend(user_strings(item))
    return out


def choice_terms(obj: object, table: dict[str, str]) -> list[str]:
    """The translated terms of every vocabulary value the record holds (nested records included)."""
    out: list[str] = []
    for fs in model.fields_of(type(obj)):
        value = getattr(obj, fs.key)
        if fs.kind == model.CHOICE and value and fs.vocabulary is not None:
            if not (fs.key == "special" and value == "none"):
                out.append(table[f"vocab.{fs.vocabulary.name}.{value}"])
        elif fs.kind == model.CHOICES:
            out.extend(table[f"vocab.{fs.vocabulary.name}.{v}"] for v in value)
        elif fs.kind == model.RECORDS:
            for item in value:
                out.extend(choice_terms(item, table))
    return out


def dates_of(obj: object) -> list[date]:
    out: list[date] = []
    for fs in model.fields_of(type(obj)):
        value = getattr(obj, fs.key)
        if fs.kind == model.DATE and value:
            out.append(value)
        elif fs.kind == model.RECORDS:
            for item in value:
                out.extend(dates_of(item))
    return out


def with_fields(obj, **changes):  # noqa: ANN001, ANN003, ANN201
    return dataclasses.replace(obj, **changes)
