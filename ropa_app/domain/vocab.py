"""Controlled vocabularies of the register.

Each vocabulary is an ordered mapping from a stable key (stored in the register file, used in the
JSON interchange format and in export translation tables) to its English label. Keys never change
without a schema migration; labels in other languages live in the export translation tables and in
the UI's Qt translations.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import languages as _languages
from .dataclass import dataclass


@dataclass(frozen=True)
class Vocabulary:
    """An ordered, immutable set of keys with English labels."""

    name: str
    items: tuple[tuple[str, str], ...]

    def keys(self) -> list[str]:
        return [k for k, _ in self.items]

    def label(self, key: str) -> str:
        for k, lab in self.items:
            if k == key:
                return lab
        return key

    def __contains__(self, key: object) -> bool:
        return any(k == key for k, _ in self.items)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.items)


def _v(name: str, *items: tuple[str, str]) -> Vocabulary:
    return Vocabulary(name, tuple(items))


ROLES = _v(
    "role",
    ("controller", "Controller"),
    ("joint_controller", "Joint controller"),
    ("processor", "Processor"),
)

STATUSES = _v(
    "status",
    ("draft", "Draft"),
    ("active", "Active"),
    ("retired", "Retired"),
)

# How often a record is reviewed ("" on the record: the review policy of the law data, 12 months)
REVIEW_INTERVALS = _v(
    "review_interval",
    ("3m", "Every 3 months"),
    ("6m", "Every 6 months"),
    ("12m", "Every 12 months"),
    ("24m", "Every 24 months"),
)

LEGAL_BASES = _v(
    "legal_basis",
    ("art6_1_a", "Consent — Art. 6(1)(a)"),
    ("art6_1_b", "Contract — Art. 6(1)(b)"),
    ("art6_1_c", "Legal obligation — Art. 6(1)(c)"),
    ("art6_1_d", "Vital interests — Art. 6(1)(d)"),
    ("art6_1_e", "Public task — Art. 6(1)(e)"),
    ("art6_1_f", "Legitimate interests — Art. 6(1)(f)"),
)

# "none" means ordinary personal data; the others are the Art. 9(1) categories and Art. 10 data.
SPECIAL_CATEGORIES = _v(
    "special_category",
    ("none", "Ordinary personal data"),
    ("racial_ethnic_origin", "Racial or ethnic origin"),
    ("political_opinions", "Political opinions"),
    ("religious_beliefs", "Religious or philosophical beliefs"),
    ("trade_union_membership", "Trade union membership"),
    ("genetic", "Genetic data"),
    ("biometric", "Biometric data for identification"),
    ("health", "Health data"),
    ("sex_life_orientation", "Sex life or sexual orientation"),
    ("criminal", "Criminal convictions and offences (Art. 10)"),
)

ART9_CONDITIONS = _v(
    "art9_condition",
    ("art9_2_a", "Explicit consent — Art. 9(2)(a)"),
    ("art9_2_b", "Employment and social security law — Art. 9(2)(b)"),
    ("art9_2_c", "Vital interests — Art. 9(2)(c)"),
    ("art9_2_d", "Not-for-profit body — Art. 9(2)(d)"),
    ("art9_2_e", "Made public by the data subject — Art. 9(2)(e)"),
    ("art9_2_f", "Legal claims — Art. 9(2)(f)"),
    ("art9_2_g", "Substantial public interest — Art. 9(2)(g)"),
    ("art9_2_h", "Health or social care — Art. 9(2)(h)"),
    ("art9_2_i", "Public health — Art. 9(2)(i)"),
    ("art9_2_j", "Archiving, research or statistics — Art. 9(2)(j)"),
)

SECURITY_MEASURES = _v(
    "security_measure",
    ("access_control", "Access control"),
    ("logging", "Logging"),
    ("encryption_at_rest", "Encryption at rest"),
    ("encryption_in_transit", "Encryption in transit"),
    ("pseudonymisation", "Pseudonymisation"),
    ("backups", "Backups"),
    ("training", "Staff training"),
    ("processor_control", "Processor control"),
    ("other", "Other"),
)

# "not_assessed": the question was never answered (new records start there; a check asks for the answer).
DPIA_STATUSES = _v(
    "dpia_status",
    ("not_assessed", "Not assessed"),
    ("not_required", "Not required"),
    ("required", "Required"),
    ("in_progress", "In progress"),
    ("done", "Done"),
)

# The answer to a yes/no question that may not have been asked yet (fieldkinds.ANSWER).
ANSWERS = _v(
    "answer",
    ("not_assessed", "Not assessed"),
    ("yes", "Yes"),
    ("no", "No"),
)

# The criteria of a DPIA screening: the nine of WP29/EDPB Guidelines WP248 rev.01, on which the national
# lists of IMY (SE), Datatilsynet (DK, NO) and Tietosuojavaltuutettu (FI) build (resources/law/dpia-lists.json).
DPIA_CRITERIA = _v(
    "dpia_criterion",
    ("evaluation_scoring", "Evaluation or scoring, including profiling"),
    ("automated_decisions", "Automated decisions with legal or similarly significant effect"),
    ("systematic_monitoring", "Systematic monitoring"),
    ("sensitive_data", "Sensitive or highly personal data (incl. Art. 9 and 10)"),
    ("large_scale", "Data processed on a large scale"),
    ("matching_combining", "Matching or combining data sets"),
    ("vulnerable_subjects", "Vulnerable data subjects (e.g. employees, children)"),
    ("innovative_technology", "Innovative use of technology"),
    ("prevents_rights", "Prevents data subjects from exercising a right or using a service"),
)

# What a processor's contract says about sub-processors (Art. 28(2), 28(4)).
SUB_PROCESSING = _v(
    "sub_processing",
    ("not_assessed", "Not assessed"),
    ("general_authorisation", "General written authorisation, obligations flowed down"),
    ("specific_authorisation", "Specific written authorisation, obligations flowed down"),
    ("not_allowed", "Not allowed"),
)

# The content Art. 28(3) requires of a data processing agreement, (a)-(h), and whether the Commission's
# standard contractual clauses of Decision (EU) 2021/915 are used (they cover all of it).
DPA_TERMS = _v(
    "dpa_term",
    ("art28_3_a", "Processes only on documented instructions — Art. 28(3)(a)"),
    ("art28_3_b", "Confidentiality of authorised persons — Art. 28(3)(b)"),
    ("art28_3_c", "Security measures (Art. 32) — Art. 28(3)(c)"),
    ("art28_3_d", "Conditions for engaging sub-processors — Art. 28(3)(d)"),
    ("art28_3_e", "Assistance with data subjects' rights — Art. 28(3)(e)"),
    ("art28_3_f", "Assistance with the obligations of Art. 32-36 — Art. 28(3)(f)"),
    ("art28_3_g", "Deletion or return at the end — Art. 28(3)(g)"),
    ("art28_3_h", "Information, audits and inspections — Art. 28(3)(h)"),
    ("ec_2021_915", "The Commission's standard contractual clauses, Decision (EU) 2021/915"),
)

RECIPIENT_KINDS = _v(
    "recipient_kind",
    ("processor", "Processor"),
    ("sub_processor", "Sub-processor"),
    ("independent_controller", "Independent controller"),
    ("joint_controller", "Joint controller"),
    ("group_company", "Group company"),
    ("public_authority", "Public authority"),
    ("other", "Other"),
)

TRANSFER_MECHANISMS = _v(
    "transfer_mechanism",
    ("adequacy", "Adequacy decision — Art. 45"),
    ("dpf", "EU-US Data Privacy Framework — Art. 45"),
    ("scc_2021", "Standard contractual clauses 2021 — Art. 46(2)(c)"),
    ("bcr", "Binding corporate rules — Art. 47"),
    ("code_of_conduct", "Code of conduct — Art. 46(2)(e)"),
    ("certification", "Certification — Art. 46(2)(f)"),
    ("public_instrument", "Legally binding instrument between public authorities — Art. 46(2)(a)"),
    ("sa_scc", "Standard clauses adopted by a supervisory authority — Art. 46(2)(d)"),
    ("ad_hoc_clauses", "Authorised contractual clauses — Art. 46(3)(a)"),
    ("administrative_arrangement", "Administrative arrangement — Art. 46(3)(b)"),
    ("derogation", "Derogation — Art. 49"),
    ("legacy_scc", "Old standard contractual clauses (invalid)"),
    ("privacy_shield", "EU-US Privacy Shield (invalid)"),
    ("safe_harbour", "Safe Harbour (invalid)"),
    ("none", "No mechanism"),
)

SCC_MODULES = _v(
    "scc_module",
    ("1", "Module 1 — controller to controller"),
    ("2", "Module 2 — controller to processor"),
    ("3", "Module 3 — processor to processor"),
    ("4", "Module 4 — processor to controller"),
)

DEROGATIONS = _v(
    "derogation",
    ("art49_1_a", "Explicit consent — Art. 49(1)(a)"),
    ("art49_1_b", "Contract with the data subject — Art. 49(1)(b)"),
    ("art49_1_c", "Contract in the data subject's interest — Art. 49(1)(c)"),
    ("art49_1_d", "Important public interest — Art. 49(1)(d)"),
    ("art49_1_e", "Legal claims — Art. 49(1)(e)"),
    ("art49_1_f", "Vital interests — Art. 49(1)(f)"),
    ("art49_1_g", "Public register — Art. 49(1)(g)"),
    ("compelling_legitimate_interests", "Compelling legitimate interests — Art. 49(1) second subparagraph"),
)

# The declared languages (ropa_app.domain.languages), each by its own name.
EXPORT_LANGUAGES = _v("export_language", *((lang.code, lang.native_name) for lang in _languages.LANGUAGES))

# The kinds of reusable category values the register keeps (picked from what it already holds).
CATEGORY_KINDS = _v(
    "category_kind",
    ("data_subject", "Data-subject category"),
    ("data", "Personal data category"),
    ("recipient", "Recipient category"),
)

# A personal-data breach: the risk it is likely to result in for people (Art. 33(1), 34(1)), and its status.
BREACH_RISKS = _v(
    "breach_risk",
    ("not_assessed", "Not assessed"),
    ("no_risk", "Unlikely to result in a risk"),
    ("risk", "Risk to rights and freedoms"),
    ("high_risk", "High risk to rights and freedoms"),
)

BREACH_STATUSES = _v(
    "breach_status",
    ("open", "Open"),
    ("closed", "Closed"),
)

# The rights a data subject may exercise (Art. 7(3), 15-22).
REQUEST_RIGHTS = _v(
    "request_right",
    ("access", "Access (Art. 15)"),
    ("rectification", "Rectification (Art. 16)"),
    ("erasure", "Erasure (Art. 17)"),
    ("restriction", "Restriction of processing (Art. 18)"),
    ("portability", "Data portability (Art. 20)"),
    ("objection", "Objection (Art. 21)"),
    ("automated_decision", "Not to be subject to automated decisions (Art. 22)"),
    ("consent_withdrawal", "Withdrawal of consent (Art. 7(3))"),
)

# How a data-subject request ended (Art. 12(3), 12(4)); "" while it is open.
REQUEST_OUTCOMES = _v(
    "request_outcome",
    ("granted", "Granted"),
    ("partly", "Partly granted"),
    ("refused", "Refused, with reasons"),
    ("withdrawn", "Withdrawn by the data subject"),
)

ALL_VOCABULARIES: dict[str, Vocabulary] = {
    v.name: v
    for v in (
        ROLES,
        STATUSES,
        REVIEW_INTERVALS,
        LEGAL_BASES,
        SPECIAL_CATEGORIES,
        ART9_CONDITIONS,
        SECURITY_MEASURES,
        DPIA_STATUSES,
        ANSWERS,
        DPIA_CRITERIA,
        SUB_PROCESSING,
        DPA_TERMS,
        RECIPIENT_KINDS,
        TRANSFER_MECHANISMS,
        SCC_MODULES,
        DEROGATIONS,
        EXPORT_LANGUAGES,
        CATEGORY_KINDS,
        BREACH_RISKS,
        BREACH_STATUSES,
        REQUEST_RIGHTS,
        REQUEST_OUTCOMES,
    )
}
