"""The register's model: organisation, activities, recipients and transfers.

Pure Python dataclasses. Every field name is a key of `register-fields.md`; the field's metadata
says what kind of value it holds, which vocabulary it draws from, and which GDPR article asks for it
(M = mandatory under Art. 30, W = where applicable, B = good practice). The store, the exports, the
JSON format and the editor widgets are all driven by these declarations.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime
from typing import Any

from . import vocab
from .dataclass import dataclass

# The kinds of field, declared with their behaviour in fieldkinds (re-exported: the model's vocabulary).
from .fieldkinds import (  # noqa: F401
    ANSWER, BOOL, CATEGORY_LIST, CHOICE, CHOICES, COUNTRY, COUNTRY_LIST, DATE, DATETIME,
    LINK, LONGTEXT, RECORDS, REFS, TEXT,
    TEXT_LIST, FieldKind, FieldSpec, default_of, field_spec, fields_of,
)


def spec(
    kind: FieldKind,
    article: str = "",
    need: str = "B",
    vocabulary: vocab.Vocabulary | None = None,
    category_kind: str | None = None,
    label: str = "",
    record: type | None = None,
    refers: str = "",
    unique: bool = False,
    destination: bool = False,
    internal: bool = False,
) -> dict[str, Any]:
    """A field's declaration. `record`: the class of a RECORDS field's items; `refers`: the kind of
    record a REFS field points at; `unique`: the field keeps each value once; `destination`: a country
    that may also be an international organisation (org:<id>); `internal`: for the company's own use (who
    owns it, its status, notes, review dates, links into the company's own systems), left out of the Art. 30
    record the authority receives."""
    return {
        "kind": kind,
        "article": article,
        "need": need,
        "vocabulary": vocabulary,
        "category_kind": category_kind,
        "label": label,
        "record": record,
        "refers": refers,
        "unique": unique or kind.unique,
        "destination": destination,
        "internal": internal,
    }


def _f(default: Any = "", **kw: Any) -> Any:
    if isinstance(default, (list, dict)):
        factory = type(default)
        return field(default_factory=factory, metadata=spec(**kw))
    return field(default=default, metadata=spec(**kw))


@dataclass
class Organisation:
    name: str = _f(kind=TEXT, article="30(1)(a)", need="M", label="Controller name")
    org_number: str = _f(kind=TEXT, label="Registration number")
    # Contact details (30(1)(a)): any one of address, email and phone will do (check R01-organisation-contact)
    address: str = _f(kind=LONGTEXT, article="30(1)(a)", need="W", label="Address")
    country: str = _f(kind=COUNTRY, article="30(1)(a)", need="M", label="Country")
    email: str = _f(kind=TEXT, article="30(1)(a)", need="W", label="Email")
    phone: str = _f(kind=TEXT, article="30(1)(a)", label="Phone")
    website: str = _f(kind=LINK, article="30(1)(a)", label="Website")
    dpo_appointed: bool = _f(False, kind=BOOL, article="37", label="DPO appointed")
    dpo_name: str = _f(kind=TEXT, article="30(1)(a)", need="W", label="DPO name")
    dpo_email: str = _f(kind=TEXT, article="30(1)(a)", need="W", label="DPO email")
    dpo_phone: str = _f(kind=TEXT, article="30(1)(a)", need="W", label="DPO phone")
    dpo_address: str = _f(kind=LONGTEXT, article="30(1)(a)", need="W", label="DPO address")
    privacy_contact_name: str = _f(kind=TEXT, label="Privacy contact")
    privacy_contact_email: str = _f(kind=TEXT, label="Privacy contact email")
    representative_name: str = _f(kind=TEXT, article="30(1)(a)", need="W", label="EU representative")
    representative_contact: str = _f(kind=LONGTEXT, article="30(1)(a)", need="W", label="Representative contact")
    supervisory_authority: str = _f(kind=TEXT, label="Supervisory authority")
    export_language: str = _f(
        "en", kind=CHOICE, vocabulary=vocab.EXPORT_LANGUAGES, label="Export language", internal=True
    )


@dataclass
class JointController:
    name: str = _f(kind=TEXT, label="Name")
    contact: str = _f(kind=TEXT, label="Contact")
    arrangement_link: str = _f(kind=LINK, article="26", label="Art. 26 arrangement", internal=True)


@dataclass
class ControllerRef:
    """A controller on whose behalf a processor-role activity is carried out (Art. 30(2)(a))."""

    name: str = _f(kind=TEXT, label="Name")
    contact: str = _f(kind=TEXT, label="Contact")
    representative: str = _f(kind=TEXT, label="Representative")
    dpo: str = _f(kind=TEXT, label="DPO")


@dataclass
class DataCategory:
    name: str = _f(kind=TEXT, label="Category")
    special: str = _f("none", kind=CHOICE, vocabulary=vocab.SPECIAL_CATEGORIES, label="Special category")
    retention: str = _f(kind=TEXT, article="30(1)(f)", label="Retention")
    # Names among the activity's data-subject categories (Danish Datatilsynet's guidance: which data
    # concerns whom); empty when not linked.
    subjects: list[str] = _f([], kind=TEXT_LIST, article="30(1)(c)", label="Data subjects", unique=True)
    # Names among the activity's recipient categories and named recipients that receive this data (the
    # Danish Datatilsynet's guidance: which data goes to whom); empty when not linked.
    recipients: list[str] = _f([], kind=TEXT_LIST, article="30(1)(d)", label="Recipients", unique=True)


@dataclass
class Transfer:
    country: str = _f(kind=COUNTRY, article="30(1)(e)", need="M", label="Destination", destination=True)
    mechanism: str = _f("none", kind=CHOICE, article="44-49", vocabulary=vocab.TRANSFER_MECHANISMS, label="Mechanism")
    scc_module: str = _f(kind=CHOICE, article="46(2)(c)", vocabulary=vocab.SCC_MODULES, label="SCC module")
    derogation: str = _f(kind=CHOICE, article="49", vocabulary=vocab.DEROGATIONS, label="Derogation")
    dpf_verified_on: date | None = _f(None, kind=DATE, article="45", label="DPF listing checked")
    dpf_hr_covered: str = _f(
        "not_assessed", kind=ANSWER, article="45", vocabulary=vocab.ANSWERS, label="DPF certification covers HR data"
    )
    bcr_reference: str = _f(kind=TEXT, article="47", label="BCR reference")
    tia_date: date | None = _f(None, kind=DATE, label="TIA date")
    tia_link: str = _f(kind=LINK, label="TIA link", internal=True)
    supplementary_measures: str = _f(kind=LONGTEXT, label="Supplementary measures")
    safeguards_documentation: str = _f(kind=LONGTEXT, article="30(1)(e)", label="Safeguards documentation")
    notes: str = _f(kind=LONGTEXT, label="Notes", internal=True)
    id: int | None = None


@dataclass(slots=True)  # no __dict__ per record: ~55 MB less at 50,000 activities (#21)
class Activity:
    ref: str = _f(kind=TEXT, label="Reference")
    name: str = _f(kind=TEXT, need="M", label="Name")
    role: str = _f("controller", kind=CHOICE, article="30(1)/30(2)", vocabulary=vocab.ROLES, label="Role")
    business_function: str = _f(kind=TEXT, label="Business function")
    owner: str = _f(kind=TEXT, label="Owner", internal=True)
    description: str = _f(kind=LONGTEXT, label="Description")
    purposes: list[str] = _f([], kind=TEXT_LIST, article="30(1)(b)", need="M", label="Purposes")
    joint_controllers: list[JointController] = _f(
        [], kind=RECORDS, article="30(1)(a)", need="W", label="Joint controllers", record=JointController
    )
    data_subject_categories: list[str] = _f(
        [], kind=CATEGORY_LIST, article="30(1)(c)", need="M", category_kind="data_subject",
        label="Data-subject categories",
    )
    data_categories: list[DataCategory] = _f(
        [], kind=RECORDS, article="30(1)(c)", need="M", category_kind="data", label="Personal data categories",
        record=DataCategory,
    )
    special_category_conditions: list[str] = _f(
        [], kind=CHOICES, article="9", vocabulary=vocab.ART9_CONDITIONS, label="Art. 9(2) conditions"
    )
    criminal_data_basis: str = _f(kind=LONGTEXT, article="10", label="Art. 10 basis")
    identity_number_reason: str = _f(kind=LONGTEXT, article="87", label="Why identity numbers are needed")
    legal_bases: list[str] = _f([], kind=CHOICES, article="6", vocabulary=vocab.LEGAL_BASES, label="Legal bases")
    legal_basis_note: str = _f(kind=LONGTEXT, label="Legal basis note")
    legitimate_interests: str = _f(kind=LONGTEXT, article="6(1)(f)", label="Legitimate interests")
    lia_link: str = _f(kind=LINK, article="6(1)(f)", label="LIA link", internal=True)
    consent_record_link: str = _f(kind=LINK, article="7(1)", label="Consent record", internal=True)
    recipient_categories: list[str] = _f(
        [], kind=CATEGORY_LIST, article="30(1)(d)", need="M", category_kind="recipient", label="Recipient categories"
    )
    recipients: list[int] = _f([], kind=REFS, article="30(1)(d)", label="Recipients", refers="recipient")
    no_external_recipients: bool = _f(
        False, kind=BOOL, article="30(1)(d)", label="No recipients outside the organisation"
    )
    retention: str = _f(kind=LONGTEXT, article="30(1)(f)", need="W", label="Retention")
    security_measures: list[str] = _f(
        [], kind=CHOICES, article="30(1)(g)", need="W", vocabulary=vocab.SECURITY_MEASURES, label="Security measures"
    )
    security_description: str = _f(kind=LONGTEXT, article="30(1)(g)", need="W", label="Security description")
    source: str = _f(kind=LONGTEXT, article="14", label="Source of the data")
    privacy_notice_link: str = _f(kind=LINK, article="13, 14", label="Privacy notice")
    automated_decision_making: str = _f(
        "not_assessed", kind=ANSWER, article="22", vocabulary=vocab.ANSWERS, label="Automated decision-making"
    )
    adm_description: str = _f(kind=LONGTEXT, article="22", label="ADM description")
    dpia_status: str = _f(
        "not_assessed", kind=CHOICE, article="35", vocabulary=vocab.DPIA_STATUSES, label="DPIA status"
    )
    dpia_criteria: list[str] = _f(
        [], kind=CHOICES, article="35(1), 35(4)", vocabulary=vocab.DPIA_CRITERIA, label="DPIA screening criteria"
    )
    dpia_screening_note: str = _f(kind=LONGTEXT, article="35", label="DPIA screening: result and reason")
    dpia_link: str = _f(kind=LINK, article="35", label="DPIA link", internal=True)
    systems: list[str] = _f([], kind=TEXT_LIST, label="Systems", internal=True)
    controllers: list[ControllerRef] = _f(
        [], kind=RECORDS, article="30(2)(a)", need="M", label="Controllers", record=ControllerRef
    )
    processing_categories: list[str] = _f(
        [], kind=TEXT_LIST, article="30(2)(b)", need="M", label="Processing categories"
    )
    status: str = _f("draft", kind=CHOICE, vocabulary=vocab.STATUSES, label="Status", internal=True)
    last_reviewed: date | None = _f(None, kind=DATE, article="5(2)", label="Last reviewed", internal=True)
    reviewed_by: str = _f(kind=TEXT, article="5(2)", label="Reviewed by", internal=True)
    review_note: str = _f(kind=LONGTEXT, article="5(2)", label="Review note", internal=True)
    review_interval: str = _f(kind=CHOICE, vocabulary=vocab.REVIEW_INTERVALS, label="Review interval", internal=True)
    next_review: date | None = _f(None, kind=DATE, article="24(1)", label="Next review", internal=True)
    notes: str = _f(kind=LONGTEXT, label="Notes", internal=True)
    transfers: list[Transfer] = _f([], kind=RECORDS, article="30(1)(e)", label="Direct transfers", record=Transfer)
    id: int | None = None


@dataclass(slots=True)  # no __dict__ per record: ~55 MB less at 50,000 activities (#21)
class Recipient:
    name: str = _f(kind=TEXT, article="30(1)(d)", need="M", label="Name")
    legal_entity: str = _f(kind=TEXT, label="Legal entity")
    address: str = _f(kind=LONGTEXT, label="Address")
    country: str = _f(kind=COUNTRY, article="30(1)(d)", label="Country of establishment")
    contact: str = _f(kind=TEXT, label="Contact")
    kind: str = _f("processor", kind=CHOICE, article="28, 30", vocabulary=vocab.RECIPIENT_KINDS, label="Kind")
    service: str = _f(kind=LONGTEXT, label="Service")
    processing_countries: list[str] = _f([], kind=COUNTRY_LIST, article="30(1)(e)", label="Processing countries")
    dpa_signed: date | None = _f(None, kind=DATE, article="28(3)", label="DPA signed")
    dpa_link: str = _f(kind=LINK, article="28(3)", label="DPA link", internal=True)
    dpa_in_place: str = _f(
        "not_assessed", kind=ANSWER, article="28(3)", vocabulary=vocab.ANSWERS, label="DPA in place"
    )
    dpa_terms: list[str] = _f([], kind=CHOICES, article="28(3)", vocabulary=vocab.DPA_TERMS, label="DPA content")
    sub_processors: list[int] = _f([], kind=REFS, article="28(2),(4)", label="Sub-processors", refers="recipient")
    sub_processing: str = _f(
        "not_assessed", kind=CHOICE, article="28(2), 28(4)", vocabulary=vocab.SUB_PROCESSING,
        label="Sub-processing under the DPA",
    )
    transfers: list[Transfer] = _f([], kind=RECORDS, article="30(1)(e)", label="Transfers", record=Transfer)
    owner: str = _f(kind=TEXT, label="Owner", internal=True)
    last_reviewed: date | None = _f(None, kind=DATE, article="5(2), 28(1)", label="Last reviewed", internal=True)
    reviewed_by: str = _f(kind=TEXT, article="5(2)", label="Reviewed by", internal=True)
    review_note: str = _f(kind=LONGTEXT, article="5(2)", label="Review note", internal=True)
    review_interval: str = _f(kind=CHOICE, vocabulary=vocab.REVIEW_INTERVALS, label="Review interval", internal=True)
    next_review: date | None = _f(None, kind=DATE, article="24(1), 28(1)", label="Next review", internal=True)
    notes: str = _f(kind=LONGTEXT, label="Notes", internal=True)
    id: int | None = None


@dataclass
class AcceptedFinding:
    """A finding of the checks the user has answered: accepted with a reason (e.g. "DPIA screened: not
    required because ..."). `record` names the record it is about ("activity:3", "organisation");
    `fingerprint` the facts it was about (domain.checks.accepted): when they change, it is open again."""

    rule_id: str = _f(kind=TEXT, need="M", label="Rule")
    record: str = _f(kind=TEXT, need="M", label="Record")
    field: str = _f(kind=TEXT, label="Field")
    record_label: str = _f(kind=TEXT, label="Record name")
    reason: str = _f(kind=LONGTEXT, article="5(2)", need="M", label="Reason")
    accepted_by: str = _f(kind=TEXT, label="Accepted by")
    accepted_on: date | None = _f(None, kind=DATE, label="Accepted on")
    fingerprint: str = _f(kind=TEXT, label="Facts checked")
    id: int | None = None


@dataclass
class Breach:
    """A personal-data breach, documented whether or not it was notified (Art. 33(5)). The 72 hours of
    Art. 33(1) run from `discovered_at` (when the controller became aware of it); the deadlines are in
    `domain.deadlines`. For the company's own use: never part of the Art. 30 record unless asked for."""

    ref: str = _f(kind=TEXT, label="Reference")
    title: str = _f(kind=TEXT, article="33(5)", need="M", label="Title")
    description: str = _f(kind=LONGTEXT, article="33(5)", need="M", label="What happened and how")
    occurred_at: datetime | None = _f(None, kind=DATETIME, article="33(5)", label="Happened")
    discovered_at: datetime | None = _f(None, kind=DATETIME, article="33(1)", need="M", label="Discovered")
    activities: list[int] = _f([], kind=REFS, article="33(3)(a)", label="Activities concerned", refers="activity")
    recipients: list[int] = _f([], kind=REFS, article="33(3)(a)", label="Processors concerned", refers="recipient")
    data_categories: list[str] = _f(
        [], kind=TEXT_LIST, article="33(3)(a)", need="M", label="Personal data categories concerned", unique=True
    )
    data_subject_kinds: list[str] = _f(
        [], kind=TEXT_LIST, article="33(3)(a)", need="M", label="Data-subject categories concerned", unique=True
    )
    data_subjects_approx: str = _f(kind=TEXT, article="33(3)(a)", label="Approximate number of data subjects")
    records_approx: str = _f(kind=TEXT, article="33(3)(a)", label="Approximate number of records")
    consequences: str = _f(kind=LONGTEXT, article="33(3)(c)", need="M", label="Likely consequences")
    risk: str = _f("not_assessed", kind=CHOICE, article="33(1), 34(1)", vocabulary=vocab.BREACH_RISKS, label="Risk")
    risk_reasoning: str = _f(kind=LONGTEXT, article="33(1), 34(1)", label="Reasons for the risk assessment")
    measures: str = _f(kind=LONGTEXT, article="33(3)(d)", need="M", label="Measures taken or proposed")
    authority_notified_at: datetime | None = _f(
        None, kind=DATETIME, article="33(1)", label="Supervisory authority notified"
    )
    authority_reference: str = _f(kind=TEXT, article="33(1)", label="Authority's reference number")
    delay_reasons: str = _f(kind=LONGTEXT, article="33(1)", label="Reasons for the delay")
    subjects_informed_at: datetime | None = _f(None, kind=DATETIME, article="34(1)", label="Data subjects informed")
    subjects_not_informed_reason: str = _f(
        kind=LONGTEXT, article="34(3)", label="Why the data subjects were not informed"
    )
    status: str = _f("open", kind=CHOICE, vocabulary=vocab.BREACH_STATUSES, label="Status")
    closed_at: date | None = _f(None, kind=DATE, label="Closed")
    notes: str = _f(kind=LONGTEXT, label="Notes")
    id: int | None = None


@dataclass
class DataSubjectRequest:
    """A request of a data subject to exercise a right, answered within one month of receipt, extendable by
    two further months with reasons (Art. 12(3)); the due date follows from `received_at` (`domain.deadlines`)."""

    ref: str = _f(kind=TEXT, label="Reference")
    right: str = _f(kind=CHOICE, article="12(2), 15-22", need="M", vocabulary=vocab.REQUEST_RIGHTS, label="Right")
    requester: str = _f(kind=TEXT, label="Requester")
    received_at: date | None = _f(None, kind=DATE, article="12(3)", need="M", label="Received")
    identity_verified_at: date | None = _f(None, kind=DATE, article="12(6)", label="Identity verified")
    extended_to: date | None = _f(None, kind=DATE, article="12(3)", label="Deadline extended to")
    extension_reason: str = _f(kind=LONGTEXT, article="12(3)", label="Reasons for the extension")
    activities: list[int] = _f([], kind=REFS, article="12(1)", label="Activities concerned", refers="activity")
    outcome: str = _f(kind=CHOICE, article="12(3), 12(4)", vocabulary=vocab.REQUEST_OUTCOMES, label="Outcome")
    answered_at: date | None = _f(None, kind=DATE, article="12(3)", label="Answered")
    notes: str = _f(kind=LONGTEXT, label="Notes")
    id: int | None = None


@dataclass
class Register:
    """A whole register in memory: what exports, checks and the JSON format work on."""

    organisation: Organisation = field(default_factory=Organisation)
    activities: list[Activity] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    accepted_findings: list[AcceptedFinding] = field(default_factory=list)
    breaches: list[Breach] = field(default_factory=list)
    requests: list[DataSubjectRequest] = field(default_factory=list)

    def recipient(self, recipient_id: int) -> Recipient | None:
        """The recipient with this id (an index by id, rebuilt when the list changes)."""
        cache = self.__dict__.get("_by_id")
        if cache is None or cache[0] is not self.recipients or cache[1] != len(self.recipients):
            cache = (self.recipients, len(self.recipients), {r.id: r for r in self.recipients})
            self.__dict__["_by_id"] = cache
        found = cache[2].get(recipient_id)
        if found is not None and found.id == recipient_id:
            return found
        for r in self.recipients:  # an id changed in place since the index was built
            if r.id == recipient_id:
                return r
        return None


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


def mandatory_missing(activity: Activity) -> list[str]:
    """Keys of the Art. 30 mandatory fields this activity leaves empty, for its role."""
    if activity.role == "processor":
        keys = ["name", "controllers", "processing_categories"]
    else:
        keys = ["name", "purposes", "data_subject_categories", "data_categories", "recipient_categories"]
    missing = [k for k in keys if is_empty(getattr(activity, k))]
    if "recipient_categories" in missing and (activity.recipients or activity.no_external_recipients):
        missing.remove("recipient_categories")  # named recipients, or the answer "none outside the organisation"
    return missing
