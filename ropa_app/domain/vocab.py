"""Controlled vocabularies of the register.

Each vocabulary is an ordered mapping from a stable key (stored in the register file, used in the
JSON interchange format and in export translation tables) to its English label. Keys never change
without a schema migration; labels in other languages live in the export translation tables and in
the UI's Qt translations.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterator

from . import languages as _languages


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

DPIA_STATUSES = _v(
    "dpia_status",
    ("not_required", "Not required"),
    ("required", "Required"),
    ("in_progress", "In progress"),
    ("done", "Done"),
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

ALL_VOCABULARIES: dict[str, Vocabulary] = {
    v.name: v
    for v in (
        ROLES,
        STATUSES,
        LEGAL_BASES,
        SPECIAL_CATEGORIES,
        ART9_CONDITIONS,
        SECURITY_MEASURES,
        DPIA_STATUSES,
        RECIPIENT_KINDS,
        TRANSFER_MECHANISMS,
        SCC_MODULES,
        DEROGATIONS,
        EXPORT_LANGUAGES,
        CATEGORY_KINDS,
    )
}
