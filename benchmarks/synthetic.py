"""A deterministic synthetic register with realistic, fully filled fields, for benchmarks and tests.

The facts are of the kind a small Nordic software company records (customer support, marketing,
recruitment, payroll, hosting for customers as a processor, processors in and outside the EEA).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from ropa_app.domain import model, vocab

_RECIPIENTS = [
    ("Microsoft Ireland Operations Ltd", "IE", ["IE", "NL", "US"], "Email, office documents and Teams"),
    ("Amazon Web Services EMEA SARL", "LU", ["SE", "IE", "DE"], "Cloud hosting of the production platform"),
    ("Intuit Inc. (Mailchimp)", "US", ["US"], "Newsletter and marketing email"),
    ("Zendesk Inc.", "US", ["US", "IE"], "Customer support ticketing"),
    ("HubSpot Ireland Ltd", "IE", ["IE", "DE", "US"], "CRM and marketing automation"),
    ("Visma Spcs AB", "SE", ["SE"], "Payroll and accounting software"),
    ("Fortnox AB", "SE", ["SE"], "Invoicing and bookkeeping"),
    ("Teamtailor AB", "SE", ["SE", "IE"], "Recruitment system"),
    ("Sinch Sweden AB", "SE", ["SE", "DE"], "SMS notifications"),
    ("Stripe Payments Europe Ltd", "IE", ["IE", "US"], "Card payments"),
    ("Atlassian B.V.", "NL", ["DE", "US"], "Issue tracking and wiki"),
    ("Google Ireland Ltd", "IE", ["IE", "US", "BE"], "Web analytics"),
    ("Skatteverket", "SE", ["SE"], "Tax reporting (public authority)"),
    ("Försäkringskassan", "SE", ["SE"], "Sick-pay reporting (public authority)"),
    ("Ørsted Revision ApS", "DK", ["DK"], "External audit"),
    ("Bergen Datasenter AS", "NO", ["NO"], "Backup data centre"),
]
_ACTIVITIES = [
    ("Customer support", "Support", ["Answer customers' support requests", "Improve the product from support cases"],
     ["Customers' employees", "Partners' employees"], ["Name and work contact details", "Support case content"],
     ["art6_1_b", "art6_1_f"], "Support cases are erased 24 months after the case is closed."),
    ("Newsletter and webinars", "Marketing",
     ["Send newsletters and invitations to webinars", "Administer event sign-ups"],
     ["Prospects", "Webinar participants"], ["Name and work email", "Company and role", "Email engagement"],
     ["art6_1_f", "art6_1_a"], "Until the person unsubscribes, and at the latest 3 years after the last interaction."),
    ("Recruitment", "HR", ["Assess applications and recruit staff"], ["Job applicants"],
     ["CV and cover letter", "Interview notes", "References"], ["art6_1_b", "art6_1_f"],
     "Applications are erased 2 years after the recruitment ends, unless the applicant consents to longer."),
    ("Payroll and sick leave", "HR", ["Pay salaries", "Report tax and sick pay to authorities"], ["Employees"],
     ["Name, personal identity number, bank account", "Salary", "Sick-leave periods"], ["art6_1_b", "art6_1_c"],
     "Accounting records 7 years (Bokföringslagen); sick-leave records 2 years."),
    ("Customer contracts and invoicing", "Finance",
     ["Enter into and administer customer contracts", "Invoice customers"],
     ["Customers' contact persons", "Signatories"], ["Name and work contact details", "Contract and invoice data"],
     ["art6_1_b", "art6_1_c"], "7 years after the end of the financial year (accounting law)."),
    ("Website analytics", "Marketing", ["Measure and improve the website"], ["Website visitors"],
     ["IP address (truncated)", "Device and browser data", "Pages visited"], ["art6_1_a"], "14 months."),
    ("Hosting of customer data in the platform", "Operations", ["Operate the SaaS platform for customers"],
     ["Customers' end users"], ["Account data", "Content uploaded by users", "Usage logs"], [],
     "Per customer contract."),
]  # fmt: skip
_MEASURES = vocab.SECURITY_MEASURES.keys()
_SENTENCES = [
    "Access is limited to named staff through single sign-on with multi-factor authentication.",
    "Data are encrypted in transit (TLS 1.2+) and at rest (AES-256).",
    "Backups are taken daily and restored in a yearly test.",
    "Logs of administrative access are kept for 12 months and reviewed monthly.",
    "Staff complete privacy and security training every year.",
    "Processors are reviewed yearly against their security documentation.",
]


def _transfer(rng: random.Random, country: str, day: date) -> model.Transfer:
    mech = rng.choice(["dpf", "scc_2021", "scc_2021", "bcr"]) if country == "US" else "scc_2021"
    return model.Transfer(
        country=country,
        mechanism=mech,
        scc_module="2" if mech == "scc_2021" else "",
        dpf_verified_on=day - timedelta(days=rng.randint(10, 300)) if mech == "dpf" else None,
        bcr_reference="BCR approved by the Irish DPC, 2022" if mech == "bcr" else "",
        tia_date=day - timedelta(days=rng.randint(30, 500)) if mech in ("scc_2021", "bcr") else None,
        tia_link=f"https://intranet.example.com/tia/{country.lower()}-{rng.randint(100, 999)}",
        supplementary_measures="Encryption with keys held in the EEA; access requests from authorities are contested.",
        safeguards_documentation="Signed SCCs and the TIA are kept in the contract archive.",
        notes="Reviewed at the yearly processor review.",
    )


def synthetic_register(n_activities: int, n_recipients: int, seed: int = 0) -> model.Register:
    """A register of `n_activities` activities and `n_recipients` recipients, the same for the same seed."""
    rng = random.Random(seed)
    today = date(2026, 11, 22)
    org = model.Organisation(
        name="Nordljus Software AB", org_number="556123-4567", address="Sveavägen 12\n111 57 Stockholm",
        country="SE", email="privacy@nordljus.example", phone="+46 8 123 456 00", website="https://nordljus.example",
        dpo_appointed=True, dpo_name="Åsa Lindqvist", dpo_email="dpo@nordljus.example", dpo_phone="+46 8 123 456 01",
        dpo_address="Sveavägen 12, 111 57 Stockholm", privacy_contact_name="Jonas Berg",
        privacy_contact_email="jonas.berg@nordljus.example", representative_name="", representative_contact="",
        supervisory_authority="Integritetsskyddsmyndigheten (IMY)", export_language="sv",
    )  # fmt: skip
    recipients = []
    for i in range(n_recipients):
        name, country, where, service = _RECIPIENTS[i % len(_RECIPIENTS)]
        suffix = f" ({i // len(_RECIPIENTS) + 1})" if i >= len(_RECIPIENTS) else ""
        authority = "(public authority)" in service
        r = model.Recipient(
            id=i + 1, name=name + suffix, legal_entity=name, address=f"Street {rng.randint(1, 99)}, {country}",
            country=country, contact=f"privacy{i}@vendor.example",
            kind="public_authority" if authority else rng.choice(["processor", "processor", "sub_processor"]),
            service=service, processing_countries=list(where),
            dpa_signed=None if authority else today - timedelta(days=rng.randint(30, 1500)),
            dpa_link="" if authority else f"https://contracts.example.com/dpa/{i + 1}",
            notes=rng.choice(["", "Yearly review done.", "Contract renewal due next spring."]),
        )  # fmt: skip
        r.transfers = [_transfer(rng, c, today) for c in where if c == "US"]
        recipients.append(r)
    subs = [x.id for x in recipients if x.kind == "sub_processor"]
    for r in recipients:  # processors engage sub-processors, which engage no one further
        if r.kind == "processor" and len(subs) >= 2:
            r.sub_processors = sorted(rng.sample(subs, 2))
    activities = []
    for i in range(n_activities):
        name, function, purposes, subjects, data, bases, retention = _ACTIVITIES[i % len(_ACTIVITIES)]
        processor = bases == []
        health = "sick" in name
        a = model.Activity(
            id=i + 1, ref=f"PA-{i + 1:05d}", name=name if i < len(_ACTIVITIES) else f"{name} {i + 1}",
            role="processor" if processor else rng.choice(["controller"] * 9 + ["joint_controller"]),
            business_function=function, owner=rng.choice(["Karin Ek", "Mikael Nyström", "Łukasz Żółć", "Sofie Ørsted"]),
            description=f"{name}: " + " ".join(rng.sample(_SENTENCES, 2)),
            purposes=list(purposes), data_subject_categories=list(subjects),
            data_categories=[model.DataCategory(d, "health" if health and j == 2 else "none",
                                                retention if j == 0 else "",
                                                list(subjects))  # each concerns every data subject listed
                             for j, d in enumerate(data)],
            special_category_conditions=["art9_2_b"] if health else [],
            legal_bases=list(bases),
            legal_basis_note="Employment contract and the Swedish Sick Pay Act." if health else "",
            legitimate_interests="Marketing our services to business contacts." if "art6_1_f" in bases else "",
            lia_link="https://intranet.example.com/lia/marketing" if "art6_1_f" in bases else "",
            consent_record_link="https://intranet.example.com/consents" if "art6_1_a" in bases else "",
            recipient_categories=["IT service providers", "Authorities where the law requires"],
            recipients=sorted(rng.sample(range(1, n_recipients + 1), min(3, n_recipients))),
            retention=retention, security_measures=sorted(rng.sample(_MEASURES, 4)),
            security_description=" ".join(rng.sample(_SENTENCES, 3)), source="The data subject, or their employer.",
            dpia_status="done" if health else "not_required", systems=["Microsoft 365", "Internal platform"],
            controllers=([model.ControllerRef(f"Customer {i} AB", f"dpo@customer{i}.example", "", "")]
                         if processor else []),
            processing_categories=["Hosting", "Backup", "Support on request"] if processor else [],
            status=rng.choice(["active"] * 8 + ["draft"]), last_reviewed=today - timedelta(days=rng.randint(1, 400)),
            next_review=today + timedelta(days=rng.randint(1, 365)), notes="",
        )  # fmt: skip
        if i % 25 == 0:
            a.transfers = [_transfer(rng, "US", today)]
        activities.append(a)
    return model.Register(organisation=org, activities=activities, recipients=recipients)


def write_synthetic(path: Path, n_activities: int, n_recipients: int, seed: int = 1) -> Path:
    """A new register file at `path` holding `synthetic_register(n_activities, n_recipients, seed)`."""
    from ropa_app.store import RegisterStore
    from ropa_app.store.demo import write_register

    with RegisterStore.create(path) as store:
        write_register(store, synthetic_register(n_activities, n_recipients, seed=seed))
    return path
