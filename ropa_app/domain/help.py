"""What each field of the register is for, in plain words: what to write, why the law asks for it, an
example. The form's help panel shows the text of the field in focus; a screen reader reads the first
part as the field's description.

One entry per field of every kind of record (`<kind>.<field>`, e.g. `activity.purposes`); a test checks
that no field is without. Written for a privacy contact who is not a lawyer, from the GDPR's text and
the authorities' guidance (the UK ICO's record-of-processing template and its notes, IMY's and the
Danish and Norwegian Datatilsynet's guidance on the record, EDPB guidelines). The texts here are
English; `help_texts/` holds them in every other declared language (`languages.CODES`), and
`help_for(key, language)` gives a field's help in one.
"""

from __future__ import annotations

import importlib
from functools import cache

from . import languages
from .dataclass import dataclass


@dataclass(frozen=True)
class FieldHelp:
    what: str  # what to write
    why: str  # why the law asks for it, with the article ("Art. …") where the law does
    example: str


def _h(what: str, why: str, example: str) -> FieldHelp:
    return FieldHelp(what, why, example)


_NOT_LAW = "The law does not ask for this; "

HELP: dict[str, FieldHelp] = {
    # --- organisation -----------------------------------------------------------------------------
    "organisation.name": _h(
        "The full legal name of your company, as registered.",
        "Art. 30(1)(a): the record must say who the controller is — the company that decides why and how "
        "personal data is used.",
        "Trastvik Bygg AB"),
    "organisation.org_number": _h(
        "The company's registration number (organisationsnummer, organisasjonsnummer, CVR-nummer).",
        _NOT_LAW + "it identifies your company beyond doubt for the authority.",
        "556677-8899"),
    "organisation.address": _h(
        "The postal address where the company can be reached.",
        "Art. 30(1)(a): the record gives the controller's contact details. An address, an email or a "
        "phone number will do; most companies give the address and an email.",
        "Storgatan 1, 111 22 Stockholm"),
    "organisation.country": _h(
        "The country where the company is established (has its main office).",
        "Art. 30(1)(a) and Art. 3: where you are established decides which authority you answer to and "
        "whether you need an EU representative (Art. 27).",
        "Sweden"),
    "organisation.email": _h(
        "An email address the authority and the people whose data you hold can use to reach you about "
        "personal data. A shared mailbox outlives staff changes.",
        "Art. 30(1)(a): the controller's contact details.",
        "privacy@trastvikbygg.se"),
    "organisation.phone": _h(
        "A switchboard or privacy phone number.",
        "Art. 30(1)(a): part of the controller's contact details (optional when you give an email or address).",
        "+46 8 123 456 00"),
    "organisation.website": _h(
        "The company's website, or the page with your privacy notice.",
        "Art. 30(1)(a): contact details; it also shows where people find the information Art. 13 and 14 "
        "require.",
        "https://trastvikbygg.se/integritet"),
    "organisation.dpo_appointed": _h(
        "Tick if the company has appointed a data protection officer (DPO).",
        "Art. 37: a DPO is required for public bodies and when your core business is large-scale "
        "monitoring of people or large-scale processing of sensitive data. Most small companies need none "
        "and name a privacy contact instead.",
        "Not ticked for a building firm of 60 people."),
    "organisation.dpo_name": _h(
        "The name of the DPO (a person or the firm that provides the service).",
        "Art. 30(1)(a): the record names the DPO where there is one; Art. 37(7) asks you to publish the "
        "DPO's contact details and tell the authority.",
        "Dataskydd Norr AB, Anna Berg"),
    "organisation.dpo_email": _h(
        "The DPO's email address.",
        "Art. 30(1)(a) and Art. 37(7): the DPO's contact details.",
        "dpo@trastvikbygg.se"),
    "organisation.dpo_phone": _h(
        "The DPO's phone number.",
        "Art. 30(1)(a): the DPO's contact details.",
        "+46 70 123 45 67"),
    "organisation.dpo_address": _h(
        "The DPO's postal address, if it differs from the company's.",
        "Art. 30(1)(a): the DPO's contact details.",
        "Box 123, 901 00 Umeå"),
    "organisation.privacy_contact_name": _h(
        "The person who looks after privacy questions when there is no DPO (often you).",
        _NOT_LAW + "the authorities recommend naming someone responsible, and it tells colleagues whom to ask.",
        "Maria Lind, HR manager"),
    "organisation.privacy_contact_email": _h(
        "The privacy contact's email address.",
        _NOT_LAW + "it is how colleagues and the public reach the person responsible.",
        "maria.lind@trastvikbygg.se"),
    "organisation.representative_name": _h(
        "Only for a company established outside the EU/EEA that offers goods or services to people in the "
        "EU: the EU representative it has appointed.",
        "Art. 27 and Art. 30(1)(a): such a company must appoint a representative in the EU and name it in "
        "the record.",
        "EU-Rep Nordic AB"),
    "organisation.representative_contact": _h(
        "The representative's address, email and phone.",
        "Art. 30(1)(a): the representative's contact details.",
        "Kungsgatan 5, 411 19 Göteborg, rep@eurep.example"),
    "organisation.supervisory_authority": _h(
        "The data protection authority of the country where you are established.",
        _NOT_LAW + "it is the authority that may ask for the record (Art. 30(4)) and that you report "
        "breaches to (Art. 33).",
        "IMY (Integritetsskyddsmyndigheten); Datatilsynet in Norway or Denmark"),
    "organisation.export_language": _h(
        "The language the register is exported in by default (PDF and Excel).",
        _NOT_LAW + "Art. 30(3) only asks that the record is in writing; give it in the authority's language.",
        "Svenska"),
    # --- activity ---------------------------------------------------------------------------------
    "activity.ref": _h(
        "A short reference of your own for the activity; the app suggests the next number.",
        _NOT_LAW + "it lets you and others point at one line of the register.",
        "PA-007"),
    "activity.name": _h(
        "A name for the activity that a colleague would recognise: what you do with personal data, in a "
        "few words.",
        "Art. 30(1): the record lists each processing activity; the name is how it is found.",
        "Payroll"),
    "activity.role": _h(
        "Whether you decide why and how the data is used (controller), do it together with another "
        "company (joint controller), or do it for a customer on their instructions (processor).",
        "Art. 30(1) lists what a controller records; Art. 30(2) what a processor records for the work it "
        "does for its customers.",
        "Controller for your own payroll; processor for the time-reporting app you run for customers."),
    "activity.business_function": _h(
        "The department or function that carries out the activity.",
        _NOT_LAW + "it tells you whom to ask when the activity changes.",
        "HR and finance"),
    "activity.owner": _h(
        "The person who answers for the activity and keeps its entry up to date.",
        _NOT_LAW + "accountability (Art. 5(2)) is easier when each entry has an owner.",
        "Erik Sandberg, CFO"),
    "activity.description": _h(
        "What happens, step by step, in plain words.",
        _NOT_LAW + "it helps you and the authority understand the fields that follow.",
        "Hours are reported in the app, checked by the site manager and paid monthly through the bank."),
    "activity.purposes": _h(
        "Why you use the data: each purpose on its own line, specific enough to tell what is and what is "
        "not covered.",
        "Art. 30(1)(b): the record states the purposes. Art. 5(1)(b): data collected for one purpose may "
        "not be used for an unrelated one.",
        "Pay salaries; report tax and social charges to Skatteverket"),
    "activity.joint_controllers": _h(
        "Other companies that decide together with you why and how the data is used: their name, a contact "
        "and where your arrangement is kept.",
        "Art. 30(1)(a) and Art. 26: joint controllers are named in the record and must agree who does what.",
        "The general contractor with whom you run a shared site-access system."),
    "activity.data_subject_categories": _h(
        "The groups of people whose data you use, one per line.",
        "Art. 30(1)(c): the record describes the categories of data subjects.",
        "Employees; job applicants; subcontractors' staff on site"),
    "activity.data_categories": _h(
        "The kinds of personal data you use, one per row: a name, whether it is a special category, how "
        "long it is kept, and whom it concerns.",
        "Art. 30(1)(c): the record describes the categories of personal data. The Danish Datatilsynet asks "
        "you to say which data concerns which people.",
        "Contact details; bank account; sick leave (health)"),
    "activity.special_category_conditions": _h(
        "Shown when a data category is sensitive (health, trade union membership, ethnic origin …): tick "
        "the exception that allows you to use it.",
        "Art. 9: sensitive data may only be used when one of the exceptions of Art. 9(2) applies, on top of "
        "a legal basis of Art. 6.",
        "Employment and social security law — Art. 9(2)(b) for sick leave."),
    "activity.criminal_data_basis": _h(
        "Shown when you use data on criminal convictions or offences: the law that allows it.",
        "Art. 10: such data may only be used under official authority or where national law allows it.",
        "Extract from the criminal record for school building work, required by the employer's client."),
    "activity.identity_number_reason": _h(
        "If you use personal identity numbers (personnummer, fødselsnummer, CPR-nummer): why you need "
        "them rather than a name or an employee number.",
        "Art. 87 lets each country set rules for identity numbers; in Sweden, Norway and Denmark they may "
        "be used only when clearly justified, e.g. for secure identification.",
        "Required for reporting income tax to Skatteverket."),
    "activity.legal_bases": _h(
        "The ground in the law that allows the activity. Most activities rest on one.",
        "Art. 6(1): processing is lawful only on one of six grounds — consent, contract, legal obligation, "
        "vital interests, public task, legitimate interests.",
        "Payroll: Contract — Art. 6(1)(b) and Legal obligation — Art. 6(1)(c)."),
    "activity.legal_basis_note": _h(
        "What the legal basis rests on: the contract, the law, the interest.",
        _NOT_LAW + "it shows, when asked, why the basis fits (Art. 5(2), accountability).",
        "Employment contracts; the Income Tax Act (inkomstskattelagen)"),
    "activity.legitimate_interests": _h(
        "Shown with Legitimate interests — Art. 6(1)(f): which interest of yours or of others the "
        "activity serves.",
        "Art. 6(1)(f) and Art. 13(1)(d): the interest must be stated, and weigh more than the people's "
        "own interests.",
        "Keeping the building site safe and preventing theft."),
    "activity.lia_link": _h(
        "Shown with Legitimate interests: where your balancing test (legitimate interests assessment) "
        "is kept.",
        "Art. 6(1)(f): you must weigh your interest against the people's and be able to show it (Art. 5(2)).",
        "https://intranet.example/privacy/lia-site-cameras.pdf"),
    "activity.consent_record_link": _h(
        "Shown when the activity rests on consent: where you keep the proof that people consented.",
        "Art. 7(1): when you rely on consent, you must be able to show that each person gave it.",
        "The newsletter tool's sign-up log"),
    "activity.recipient_categories": _h(
        "The kinds of people or companies outside your company that receive the data, one per line.",
        "Art. 30(1)(d): the record gives the categories of recipients, including those in third countries.",
        "Payroll bureau; Skatteverket; pension provider"),
    "activity.recipients": _h(
        "Tick the recipients from your register's recipient list that receive this activity's data.",
        "Art. 30(1)(d): naming them lets the app show where the data goes and which transfers follow.",
        "Fortnox AB; Visma"),
    "activity.no_external_recipients": _h(
        "Tick when no one outside your company receives this data.",
        "Art. 30(1)(d): saying \"none\" shows the question was answered, not forgotten.",
        "Ticked for an internal phone list."),
    "activity.retention": _h(
        "How long the data is kept, and what happens then (deleted, anonymised). Where it differs per "
        "kind of data, say so in the data-category rows.",
        "Art. 30(1)(f): the record gives the time limits for erasure where possible; Art. 5(1)(e): data is "
        "kept no longer than needed.",
        "7 years after the end of the financial year (bookkeeping law), then deleted."),
    "activity.security_measures": _h(
        "Tick the kinds of protection in place for this activity.",
        "Art. 30(1)(g) and Art. 32: the record gives a general description of the technical and "
        "organisational security measures where possible.",
        "Access control; encryption in transit; backups"),
    "activity.security_description": _h(
        "A few lines on how the data is protected, in general terms (no passwords or details an attacker "
        "could use).",
        "Art. 30(1)(g) and Art. 32: a general description of the security measures.",
        "Only HR staff have access; two-factor sign-in; the payroll system logs every change."),
    "activity.source": _h(
        "Where the data comes from when you do not collect it from the people themselves.",
        "Art. 14(2)(f): people must be told the source of data not obtained from them.",
        "Recruitment agency; the client's site register"),
    "activity.privacy_notice_link": _h(
        "Where the information you give the people concerned is published (privacy notice).",
        "Art. 13 and 14: people must be told who processes their data, why, on what basis and for how "
        "long; Art. 14 also when the data is not collected from them, with its source.",
        "https://www.example.se/privacy#recruitment"),
    "activity.automated_decision_making": _h(
        "Whether a computer alone takes decisions about people that affect them seriously (no person "
        "looks at the case).",
        "Art. 22: such decisions are allowed only in narrow cases, and people may ask for a human to decide.",
        "No, for payroll. Yes, for an online credit check that refuses customers automatically."),
    "activity.adm_description": _h(
        "Shown with automated decisions: what is decided, on what logic, and how a person can get it "
        "reviewed.",
        "Art. 22 and Art. 13(2)(f): people must be told about the logic and the consequences.",
        "Credit limit set by the scoring service; the customer can ask sales to review it."),
    "activity.dpia_status": _h(
        "Whether a data protection impact assessment (DPIA) was needed and where it stands.",
        "Art. 35: a DPIA is required before processing that is likely to be high risk to people.",
        "Not required, after the screening below."),
    "activity.dpia_criteria": _h(
        "Tick the risk criteria the activity meets. Two or more usually mean a DPIA is needed.",
        "Art. 35(1) and 35(4): the EDPB's nine criteria (WP248) and the lists of IMY and Datatilsynet say "
        "when a DPIA is required.",
        "Vulnerable data subjects (employees) and systematic monitoring, for GPS tracking of vehicles."),
    "activity.dpia_screening_note": _h(
        "The result of your screening and the reason for it, in a sentence or two.",
        "Art. 35 and Art. 5(2): when you decide no DPIA is needed, record why.",
        "One criterion only (employees); no DPIA needed."),
    "activity.dpia_link": _h(
        "Where the DPIA document is kept.",
        "Art. 35(7): the DPIA is a document of its own; the record points to it.",
        "https://intranet.example/privacy/dpia-gps.pdf"),
    "activity.systems": _h(
        "The IT systems and services the data is kept or handled in.",
        _NOT_LAW + "it helps you find the data when someone asks for it (Art. 15) or wants it erased (Art. 17).",
        "Fortnox Lön; SharePoint"),
    "activity.controllers": _h(
        "Shown when you act as a processor: each customer (controller) you do this work for, with its "
        "contact, representative and DPO.",
        "Art. 30(2)(a): a processor's record names each controller it acts for.",
        "Kund AB, dataskydd@kund.se"),
    "activity.processing_categories": _h(
        "Shown when you act as a processor: what you do with the data for your customers.",
        "Art. 30(2)(b): a processor's record gives the categories of processing carried out for each "
        "controller.",
        "Hosting; support; backup"),
    "activity.status": _h(
        "Where the entry stands: draft while you fill it in, active when it describes what happens, "
        "retired when the activity has ended.",
        _NOT_LAW + "it keeps drafts and ended activities apart from the current record.",
        "Active"),
    "activity.last_reviewed": _h(
        "The date you last checked that the entry is still right (YYYY-MM-DD).",
        "Art. 5(2): you must be able to show you keep the record accurate.",
        "2026-03-15"),
    "activity.reviewed_by": _h(
        "Who did the last review (filled in when the activity is marked as reviewed).",
        "Art. 5(2): you must be able to show who keeps the record accurate, and when they checked it.",
        "Anna Berg"),
    "activity.review_note": _h(
        "What the last review found or changed, in a sentence.",
        "Art. 5(2): the note shows that the review was real, not only a date.",
        "Checked with HR; retention shortened to 24 months."),
    "activity.review_interval": _h(
        "How often the entry is reviewed; empty: every 12 months (the app's review policy).",
        _NOT_LAW + "a shorter interval suits an activity that changes often or carries high risk.",
        "Every 6 months"),
    "activity.next_review": _h(
        "When the entry should be checked again; the app reminds you when it is overdue.",
        "Art. 24(1): measures are reviewed and updated where necessary.",
        "2027-03-15"),
    "activity.notes": _h(
        "Anything else worth knowing about the activity.",
        _NOT_LAW + "a place for what fits no other field.",
        "Moves to the new HR system in 2027."),
    "activity.transfers": _h(
        "Transfers you make yourself to a country outside the EU/EEA (not through a recipient listed "
        "above): one row per destination, with its mechanism.",
        "Art. 30(1)(e) and Art. 44–49: a transfer outside the EEA needs an adequacy decision, a safeguard "
        "such as the SCCs, or a derogation, and is recorded.",
        "Sending project drawings to a design office in India."),
    # --- recipient --------------------------------------------------------------------------------
    "recipient.name": _h(
        "The name of the company or authority that receives data from you.",
        "Art. 30(1)(d): the record gives the recipients, or at least their categories.",
        "Fortnox AB"),
    "recipient.legal_entity": _h(
        "The exact legal entity you have the contract with, if it differs from the name.",
        _NOT_LAW + "it shows which company is bound by the agreement.",
        "Microsoft Ireland Operations Ltd"),
    "recipient.address": _h(
        "The recipient's postal address.",
        _NOT_LAW + "it helps identify the recipient.",
        "Bokvägen 1, 351 06 Växjö"),
    "recipient.country": _h(
        "The country where the recipient is established.",
        "Art. 30(1)(d): recipients in third countries are named as such; outside the EEA a transfer "
        "mechanism is needed.",
        "Sweden"),
    "recipient.contact": _h(
        "Whom to contact at the recipient about personal data.",
        _NOT_LAW + "you will need it for a breach or a request from a data subject.",
        "privacy@fortnox.se"),
    "recipient.kind": _h(
        "What the recipient is to you: a processor working on your instructions, a sub-processor, an "
        "independent controller (decides for itself), or an authority.",
        "Art. 28 and Art. 30: a processor needs a data processing agreement; an independent controller "
        "does not.",
        "Processor, for the payroll service; independent controller, for the tax authority."),
    "recipient.service": _h(
        "What the recipient does for you.",
        _NOT_LAW + "it explains why the recipient gets the data.",
        "Payroll software and payslips"),
    "recipient.processing_countries": _h(
        "Every country where the recipient (or its sub-processors) stores or accesses the data, including "
        "support from abroad.",
        "Art. 30(1)(e): access from outside the EEA is a transfer too, and needs a mechanism.",
        "Sweden, Ireland, United States"),
    "recipient.dpa_signed": _h(
        "The date the data processing agreement was signed (YYYY-MM-DD).",
        "Art. 28(3): a processor works under a binding agreement with the terms the article lists.",
        "2025-09-01"),
    "recipient.dpa_link": _h(
        "Where the signed agreement is kept.",
        "Art. 28(3) and Art. 5(2): you must be able to show the agreement.",
        "https://www.fortnox.se/dpa"),
    "recipient.dpa_in_place": _h(
        "Whether a data processing agreement is in place with this processor.",
        "Art. 28(3): processing by a processor must be governed by such an agreement.",
        "Yes"),
    "recipient.dpa_terms": _h(
        "Tick what the agreement covers of the eight points Art. 28(3) lists, or that it uses the "
        "Commission's standard clauses (which cover all eight).",
        "Art. 28(3)(a)-(h) and Decision (EU) 2021/915: the content a data processing agreement must have.",
        "The Commission's standard contractual clauses, Decision (EU) 2021/915"),
    "recipient.sub_processors": _h(
        "Tick the recipients in your register that this recipient uses as sub-processors.",
        "Art. 28(2) and 28(4): a processor may use sub-processors only with your written authorisation, "
        "bound by the same obligations.",
        "Amazon Web Services EMEA, for the payroll service's hosting."),
    "recipient.sub_processing": _h(
        "What the agreement says about sub-processors: a general or a specific written authorisation, "
        "or not allowed.",
        "Art. 28(2) and 28(4): sub-processors need your prior written authorisation, and the same "
        "obligations flow down to them.",
        "General written authorisation, obligations flowed down"),
    "recipient.transfers": _h(
        "One row for each country outside the EU/EEA where the recipient processes the data, with the "
        "mechanism that allows it.",
        "Art. 30(1)(e) and Art. 44–49: each transfer needs an adequacy decision, a safeguard or a "
        "derogation.",
        "United States — EU-US Data Privacy Framework"),
    "recipient.owner": _h(
        "Who in your company is responsible for the relationship with this recipient.",
        _NOT_LAW + "someone must keep its entry, its contract and its transfers current.",
        "IT manager"),
    "recipient.last_reviewed": _h(
        "The date its entry, contract and sub-processors were last checked (YYYY-MM-DD).",
        "Art. 5(2) and 28(1): you must be able to show that you keep checking your processors.",
        "2026-03-15"),
    "recipient.reviewed_by": _h(
        "Who did the last review (filled in when the recipient is marked as reviewed).",
        "Art. 5(2): you must be able to show who checked it, and when.",
        "Anna Berg"),
    "recipient.review_note": _h(
        "What the last review found or changed, in a sentence.",
        "Art. 5(2): the note shows that the review was real, not only a date.",
        "New sub-processor list read; no new countries."),
    "recipient.review_interval": _h(
        "How often the recipient is reviewed; empty: every 12 months (the app's review policy).",
        _NOT_LAW + "a processor with transfers outside the EEA may deserve a shorter interval.",
        "Every 12 months"),
    "recipient.next_review": _h(
        "When the recipient should be checked again; the app lists it as due from then on.",
        "Art. 24(1) and 28(1): measures are reviewed and updated where necessary.",
        "2027-03-15"),
    "recipient.notes": _h(
        "Anything else worth knowing about the recipient.",
        _NOT_LAW + "a place for what fits no other field.",
        "Contract renewed every two years."),
    # --- transfer ---------------------------------------------------------------------------------
    "transfer.country": _h(
        "The country (or international organisation) outside the EU/EEA the data goes to or is accessed "
        "from.",
        "Art. 30(1)(e): the record identifies the third country of each transfer.",
        "United States"),
    "transfer.mechanism": _h(
        "What allows the transfer: an adequacy decision, the EU-US Data Privacy Framework, standard "
        "contractual clauses, binding corporate rules, or a derogation.",
        "Art. 44–49: data may leave the EEA only on one of these grounds.",
        "Standard contractual clauses (2021)"),
    "transfer.scc_module": _h(
        "Which module of the 2021 standard contractual clauses you signed: it depends on who sends and "
        "who receives (controller or processor).",
        "Art. 46(2)(c): the Commission's SCCs are a safeguard; the module must fit the roles.",
        "Module 2: controller to processor"),
    "transfer.derogation": _h(
        "Which exception of Art. 49 the transfer relies on. Only for occasional transfers where nothing "
        "else is possible.",
        "Art. 49: derogations are for specific situations and are read narrowly by the authorities.",
        "Necessary for a contract with the person — Art. 49(1)(b), e.g. booking a hotel abroad."),
    "transfer.dpf_verified_on": _h(
        "The date you checked that the US company is on the Data Privacy Framework List (YYYY-MM-DD).",
        "Art. 45: the EU-US adequacy decision covers only companies on the list; check it again now and then.",
        "2026-10-01"),
    "transfer.dpf_hr_covered": _h(
        "Whether the company's Data Privacy Framework certification covers HR data (about employees).",
        "Art. 45: employee data is covered only when the company is certified for HR data.",
        "Yes"),
    "transfer.bcr_reference": _h(
        "The reference of the approved binding corporate rules the recipient's group uses.",
        "Art. 47: BCRs approved by an authority are a safeguard for transfers within a group.",
        "BCR-P approved by the Irish DPC, 2023"),
    "transfer.tia_date": _h(
        "When you assessed whether the law of the destination lets the safeguard work (YYYY-MM-DD).",
        "Art. 46 as the Court of Justice read it in Schrems II (C-311/18), and EDPB Recommendations "
        "01/2020: assess the destination before relying on SCCs or BCRs.",
        "2026-02-10"),
    "transfer.tia_link": _h(
        "Where the transfer impact assessment is kept.",
        "Art. 5(2) and Art. 46: you must be able to show the assessment.",
        "https://intranet.example/privacy/tia-us.pdf"),
    "transfer.supplementary_measures": _h(
        "Extra protection added because the destination's law could undermine the safeguard.",
        "Art. 46 and EDPB Recommendations 01/2020: where the assessment finds gaps, add measures or stop.",
        "Encryption with keys kept in the EU."),
    "transfer.safeguards_documentation": _h(
        "For a transfer on the last-resort derogation (compelling legitimate interests): how the data is "
        "protected. Otherwise, where the safeguard's documents are.",
        "Art. 30(1)(e) and Art. 49(1), second subparagraph: the record documents the suitable safeguards.",
        "SCCs signed 2025-05-01, kept in the contract archive."),
    "transfer.notes": _h(
        "Anything else worth knowing about this transfer.",
        _NOT_LAW + "a place for what fits no other field.",
        "Support staff in the US can see tickets only."),
    # --- data category (a row of an activity's personal data categories) ---------------------------
    "data_category.name": _h(
        "A kind of personal data, in words a colleague understands.",
        _NOT_LAW + "it is the row's name; the activity's data categories are what Art. 30(1)(c) asks for.",
        "Bank account number"),
    "data_category.special": _h(
        "Whether the data is a special category (health, ethnic origin, religion, trade union "
        "membership, biometrics …) or about criminal offences; otherwise “Ordinary personal data”.",
        _NOT_LAW + "on its own; but sensitive data needs an exception of Art. 9(2), and criminal data a "
        "basis under Art. 10 — the form then asks for it.",
        "Health, for sick leave"),
    "data_category.retention": _h(
        "How long this kind of data is kept, when it differs from the activity's retention.",
        "Art. 30(1)(f): the time limits for erasure of the different categories of data.",
        "Until the employment ends plus 2 years"),
    "data_category.subjects": _h(
        "Whom the data concerns: tick among the activity's data-subject categories.",
        "Art. 30(1)(c), as the Danish Datatilsynet explains it: the record shows which data concerns "
        "which people.",
        "Employees"),
    "data_category.recipients": _h(
        "Who receives this data: tick among the activity's recipient categories and named recipients. "
        "Leave it empty for data that stays inside the organisation.",
        "Art. 30(1)(d), as the Danish Datatilsynet explains it: the record shows which data goes to which "
        "recipient.",
        "Payroll provider"),
    # --- joint controller (a row of an activity's joint controllers) ------------------------------
    "joint_controller.name": _h(
        "The other company that decides with you.",
        _NOT_LAW + "as a column; the joint controllers as a whole are required by Art. 30(1)(a).",
        "Byggpartner Väst AB"),
    "joint_controller.contact": _h(
        "How to reach that company about personal data.",
        "Art. 30(1)(a): the contact details of the joint controller.",
        "dataskydd@byggpartner.se"),
    "joint_controller.arrangement_link": _h(
        "Where your agreement with the joint controller is kept.",
        "Art. 26: joint controllers set out in an arrangement who does what, and its essence is made "
        "available to the people concerned.",
        "https://intranet.example/contracts/joint-site-access.pdf"),
    # --- controller (a row of a processor activity's controllers) ---------------------------------
    "controller_ref.name": _h(
        "The customer you process the data for.",
        _NOT_LAW + "as a column; the controllers as a whole are required by Art. 30(2)(a).",
        "Kund AB"),
    "controller_ref.contact": _h(
        "How to reach that customer about personal data.",
        "Art. 30(2)(a): the contact details of each controller.",
        "dataskydd@kund.se"),
    "controller_ref.representative": _h(
        "The customer's EU representative, if it is established outside the EU.",
        "Art. 30(2)(a) and Art. 27: the controller's representative, where there is one.",
        "EU-Rep Nordic AB"),
    "controller_ref.dpo": _h(
        "The customer's data protection officer, if it has one.",
        "Art. 30(2)(a): the controller's DPO, where there is one.",
        "dpo@kund.se"),
    # --- accepted finding (a check result the user accepted, with the reason) ---------------------
    "accepted_finding.rule_id": _h(
        "Which check the accepted finding comes from.",
        _NOT_LAW + "the app fills it in.",
        "R12-transfer-mechanism"),
    "accepted_finding.record": _h(
        "The record the finding is about.",
        _NOT_LAW + "the app fills it in.",
        "activity:7"),
    "accepted_finding.field": _h(
        "The field the finding is about.",
        _NOT_LAW + "the app fills it in.",
        "transfers"),
    "accepted_finding.record_label": _h(
        "The name of the record when the finding was accepted.",
        _NOT_LAW + "the app fills it in.",
        "PA-007 Payroll"),
    "accepted_finding.reason": _h(
        "Why the finding does not call for a change: what you checked and decided.",
        "Art. 5(2): accountability — you can show why you decided as you did.",
        "The supplier confirmed in writing that no data leaves the EU."),
    "accepted_finding.accepted_by": _h(
        "Who accepted the finding.",
        _NOT_LAW + "it shows who took the decision.",
        "Maria Lind"),
    "accepted_finding.accepted_on": _h(
        "When the finding was accepted.",
        _NOT_LAW + "the app fills it in.",
        "2026-11-22"),
    "accepted_finding.fingerprint": _h(
        "What the check saw when the finding was accepted; if it changes, the finding shows again.",
        _NOT_LAW + "the app fills it in.",
        "(filled in by the app)"),
    # --- personal-data breach (Art. 33(5): every breach is documented, notified or not) -------------
    "breach.ref": _h(
        "Your own short reference for the breach.",
        _NOT_LAW + "it lets you and the authority refer to the breach.",
        "INC-2026-004"),
    "breach.title": _h(
        "A few words that say what the breach was.",
        "Art. 33(5): you must document every personal-data breach, notified or not.",
        "Payslips e-mailed to the wrong employee"),
    "breach.description": _h(
        "What happened, how it happened and how you found out.",
        "Art. 33(5): the facts relating to the breach.",
        "The payroll run sent 14 payslips to the previous month's addresses; an employee told HR."),
    "breach.occurred_at": _h(
        "When the breach happened (date and time, YYYY-MM-DD HH:MM), as far as you know.",
        "Art. 33(5): the facts of the breach; Art. 33(3)(a): its nature.",
        "2026-03-02 08:15"),
    "breach.discovered_at": _h(
        "When you became aware of the breach: reasonably certain that personal data was affected.",
        "Art. 33(1): the 72 hours to notify the supervisory authority run from this moment.",
        "2026-03-03 14:30"),
    "breach.activities": _h(
        "The processing activities whose data the breach concerns.",
        "Art. 33(3)(a): the nature of the breach, and which processing it affects.",
        "PA-003 Payroll"),
    "breach.recipients": _h(
        "The processors involved, if the breach happened at or through one of them.",
        "Art. 33(2): a processor must tell you of a breach without undue delay; Art. 28(3)(f) requires it to help.",
        "Payroll service provider"),
    "breach.data_categories": _h(
        "The kinds of personal data the breach concerns, one per line.",
        "Art. 33(3)(a): the categories of personal data concerned.",
        "Salary; bank account number"),
    "breach.data_subject_kinds": _h(
        "The kinds of people the data is about, one per line.",
        "Art. 33(3)(a): the categories of data subjects concerned.",
        "Employees"),
    "breach.data_subjects_approx": _h(
        "About how many people are affected.",
        "Art. 33(3)(a): the approximate number of data subjects concerned.",
        "14"),
    "breach.records_approx": _h(
        "About how many records are affected.",
        "Art. 33(3)(a): the approximate number of personal-data records concerned.",
        "14 payslips"),
    "breach.consequences": _h(
        "What may happen to the people because of the breach.",
        "Art. 33(3)(c) and 33(5): the likely consequences of the breach.",
        "Colleagues learn each other's salaries."),
    "breach.risk": _h(
        "Your assessment: unlikely to result in a risk, a risk, or a high risk to people's rights and freedoms.",
        "Art. 33(1): no notification when unlikely to result in a risk; Art. 34(1): inform people of a high risk.",
        "Risk to rights and freedoms"),
    "breach.risk_reasoning": _h(
        "Why you assessed the risk as you did.",
        "Art. 33(5) and 5(2): you must be able to show the basis of your decision.",
        "Salary data of identified people, but seen by colleagues bound by confidentiality."),
    "breach.measures": _h(
        "What you did and will do to address the breach and limit its effects.",
        "Art. 33(3)(d): the measures taken or proposed, including to mitigate possible adverse effects.",
        "Recipients asked to delete the e-mails; address check added to the payroll run."),
    "breach.authority_notified_at": _h(
        "When you notified the supervisory authority (date and time); empty if you did not.",
        "Art. 33(1): within 72 hours of becoming aware, unless the breach is unlikely to result in a risk.",
        "2026-03-04 10:00"),
    "breach.authority_reference": _h(
        "The reference number the authority gave your notification.",
        "Art. 33(1): it ties your record to the notification.",
        "IMY-2026-1234"),
    "breach.delay_reasons": _h(
        "If you notified later than 72 hours after becoming aware: why.",
        "Art. 33(1): a late notification must be accompanied by the reasons for the delay.",
        "The processor reported the scope only on day four."),
    "breach.subjects_informed_at": _h(
        "When you informed the people concerned (date and time).",
        "Art. 34(1): people must be told without undue delay when the breach is likely to be a high risk.",
        "2026-03-04 16:00"),
    "breach.subjects_not_informed_reason": _h(
        "If you did not inform the people concerned: why.",
        "Art. 34(3): encrypted data, measures that remove the high risk, or disproportionate effort.",
        "The lost laptop's disk was encrypted and the key was not compromised."),
    "breach.status": _h(
        "Whether the breach is still being handled.",
        _NOT_LAW + "it shows which breaches need attention.",
        "Open"),
    "breach.closed_at": _h(
        "When you finished handling the breach.",
        _NOT_LAW + "it completes the documentation.",
        "2026-03-20"),
    "breach.notes": _h(
        "Anything else worth keeping about the breach.",
        _NOT_LAW + "it is for your own use.",
        "Reviewed at the management meeting of 12 March."),
    # --- data-subject request (answer within one month, Art. 12(3)) ---------------------------------
    "request.ref": _h(
        "Your own short reference for the request.",
        _NOT_LAW + "it lets you refer to the request.",
        "DSR-2026-017"),
    "request.right": _h(
        "The right the person exercises.",
        "Art. 12(2) and 15-22: you must facilitate the exercise of each of these rights.",
        "Access (Art. 15)"),
    "request.requester": _h(
        "Who made the request, so that you can find the case again (a name or a case number).",
        _NOT_LAW + "keep no more about the person here than you need.",
        "Former employee, case 2026-17"),
    "request.received_at": _h(
        "The day the request reached you.",
        "Art. 12(3): the month to answer runs from receipt, to the same date of the next month.",
        "2026-03-05"),
    "request.identity_verified_at": _h(
        "The day you were sure who the requester is, if you had to check.",
        "Art. 12(6): you may ask for information to confirm the identity when you have reasonable doubts.",
        "2026-03-07"),
    "request.extended_to": _h(
        "If the request is complex or you have many: the later day you told the person you would answer by.",
        "Art. 12(3): up to two further months, and the person is told within the first month, with reasons.",
        "2026-05-05"),
    "request.extension_reason": _h(
        "Why you need more time.",
        "Art. 12(3): the person must be told the reasons for the delay.",
        "The data is spread over three archived systems."),
    "request.activities": _h(
        "The processing activities the request concerns.",
        "Art. 12(1): you answer for all processing of the person's data; this shows which you checked.",
        "PA-001 Customer register"),
    "request.outcome": _h(
        "How the request ended: granted, partly granted, refused (with reasons) or withdrawn.",
        "Art. 12(3) and 12(4): you must act on the request, or say why not and how to complain.",
        "Granted"),
    "request.answered_at": _h(
        "The day you answered the person.",
        "Art. 12(3): without undue delay and at the latest within one month (or the extension).",
        "2026-03-30"),
    "request.notes": _h(
        "Anything else worth keeping about the request.",
        _NOT_LAW + "it is for your own use.",
        "Answer sent by registered post."),
}


def help_for(key: str, language: str = languages.SOURCE) -> FieldHelp | None:
    """The help of the field `<kind>.<field>` in `language` (a code of `languages.CODES`), or None for a key
    without help. A language that is not declared gets the English; a declared one has every key
    (tests/domain/test_help.py), and a key its module lacks is a KeyError rather than English unnoticed."""
    english = HELP.get(key)
    if english is None or language == languages.SOURCE or language not in languages.CODES:
        return english
    return FieldHelp(*translations(language)[key])


@cache
def translations(language: str) -> dict[str, tuple[str, str, str]]:
    """The field help of a declared language other than English: key -> (what, why, example), from its
    module `help_texts/<code>.py`."""
    return importlib.import_module(f"{__package__}.help_texts.{language}").HELP
