"""The register file's schema, as sqlite-utils migrations.

Every register file carries `PRAGMA application_id` = ROPA (so that another SQLite database is
recognised as not a register) and `PRAGMA user_version` = the number of migrations applied (so that a
file written by a newer version of the app is refused before anything touches it). The migrations
are also recorded in sqlite-utils' `_sqlite_migrations` table.

Never change a released migration: add a new one, bump nothing by hand, and commit a fixture file of
the previous schema version under tests/fixtures/ (see tests/store/test_migrations.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x524F5041  # "ROPA"
MIGRATION_SET = "ropa_desk"

# The migrations in order. `migrations`, the sqlite-utils set of them, is made on first use (PEP 562): opening a
# register of this version reads it without sqlite-utils (its import is a third of the app's start, #21).
_STEPS: list[Callable[[Database], None]] = []


def _migration(step: Callable[[Database], None]) -> Callable[[Database], None]:
    _STEPS.append(step)
    return step


@functools.cache
def _migrations() -> Any:
    from sqlite_utils.migrations import Migrations

    made = Migrations(MIGRATION_SET)
    for step in _STEPS:
        made()(step)
    return made


def __getattr__(name: str) -> Any:
    if name == "migrations":
        return _migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _text_columns(*names: str) -> dict[str, type]:
    return {n: str for n in names}


@_migration
def m001_initial(db: Database) -> None:
    db["organisation"].create(
        {
            "id": int,
            **_text_columns(
                "name", "org_number", "address", "country", "email", "phone", "website",
            ),
            "dpo_appointed": int,
            **_text_columns(
                "dpo_name", "dpo_email", "dpo_phone", "dpo_address", "privacy_contact_name",
                "privacy_contact_email", "representative_name", "representative_contact",
                "supervisory_authority", "export_language",
            ),
        },
        pk="id",
    )
    db["category"].create({"id": int, "kind": str, "name": str}, pk="id", not_null={"kind", "name"})
    db["category"].create_index(["kind", "name"], unique=True)
    db["recipient"].create(
        {
            "id": int,
            **_text_columns(
                "name", "legal_entity", "address", "country", "contact", "kind", "service",
                "processing_countries", "dpa_signed", "dpa_link", "notes",
            ),
        },
        pk="id",
        not_null={"name"},
    )
    db["recipient_sub_processor"].create(
        {"recipient_id": int, "sub_processor_id": int, "position": int},
        pk=("recipient_id", "sub_processor_id"),
        foreign_keys=[("recipient_id", "recipient", "id"), ("sub_processor_id", "recipient", "id")],
    )
    db["activity"].create(
        {
            "id": int,
            **_text_columns(
                "ref", "name", "role", "business_function", "owner", "description", "purposes",
                "joint_controllers", "special_category_conditions", "criminal_data_basis",
                "legal_bases", "legal_basis_note", "legitimate_interests", "lia_link",
                "consent_record_link", "retention", "security_measures", "security_description",
                "source",
            ),
            "automated_decision_making": int,
            **_text_columns(
                "adm_description", "dpia_status", "dpia_link", "systems", "controllers",
                "processing_categories", "status", "last_reviewed", "next_review", "notes",
            ),
        },
        pk="id",
    )
    db["activity_category"].create(
        {
            "activity_id": int,
            "category_id": int,
            "position": int,
            "special": str,
            "retention": str,
        },
        pk=("activity_id", "category_id"),
        foreign_keys=[("activity_id", "activity", "id"), ("category_id", "category", "id")],
    )
    db["activity_recipient"].create(
        {"activity_id": int, "recipient_id": int, "position": int},
        pk=("activity_id", "recipient_id"),
        foreign_keys=[("activity_id", "activity", "id"), ("recipient_id", "recipient", "id")],
    )
    db["transfer"].create(
        {
            "id": int,
            "recipient_id": int,
            "activity_id": int,
            "position": int,
            **_text_columns(
                "country", "mechanism", "scc_module", "derogation", "dpf_verified_on",
                "bcr_reference", "tia_date", "tia_link", "supplementary_measures",
                "safeguards_documentation", "notes",
            ),
        },
        pk="id",
        foreign_keys=[("recipient_id", "recipient", "id"), ("activity_id", "activity", "id")],
    )
    db["audit_log"].create(
        {
            "id": int,
            "at": str,
            "os_user": str,
            "action": str,
            "entity": str,
            "record_id": int,
            "record_label": str,
            "field": str,
            "old_value": str,
            "new_value": str,
        },
        pk="id",
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


@_migration
def m002_indexes(db: Database) -> None:
    """Indexes for the lookups a large register needs (recipient usage, transfers, audit trail)."""
    db["activity_recipient"].create_index(["recipient_id"])
    db["activity_category"].create_index(["category_id"])
    db["recipient_sub_processor"].create_index(["sub_processor_id"])
    db["transfer"].create_index(["recipient_id"])
    db["transfer"].create_index(["activity_id"])
    db["audit_log"].create_index(["entity", "record_id"])
    db.execute("PRAGMA user_version = 2")


@_migration
def m003_data_category_subjects(db: Database) -> None:
    """Which data-subject categories each data category concerns (a JSON list of their names): the link
    the Danish Datatilsynet's guidance asks a register to show. Existing rows get no link ("[]")."""
    db["activity_category"].add_column("subjects", str)
    db.execute("UPDATE activity_category SET subjects = '[]'")
    db.execute("PRAGMA user_version = 3")


@_migration
def m004_answers_screening_accepted_findings(db: Database) -> None:
    """Questions that may not have been answered yet, the DPIA screening, and accepted findings.

    Nothing a file of schema 3 holds changes: an older file keeps what it has. Its DPIA statuses stay
    as recorded (a "not_required" stays not required), and automated decision-making stays in its integer
    column, 0 read as "no" and 1 as "yes"; only records made from now on start "not assessed" (a NULL
    there). The new columns: an activity's answer "no recipients outside the organisation" (0), its
    DPIA screening criteria ("[]") and the screening's reason, why it needs identity numbers, its privacy
    notice; a recipient's "DPA in place" answer, the Art. 28(3) content of its DPA ("[]") and what the DPA
    says about sub-processing ("not_assessed"); a DPF transfer's
    "certification covers HR data" answer. And a table of the findings the user has accepted, each with
    its reason and a fingerprint of the facts it was about (a finding whose facts change is open again)."""
    db["activity"].add_column("identity_number_reason", str)
    db["activity"].add_column("no_external_recipients", int)
    db["activity"].add_column("dpia_criteria", str)
    db["activity"].add_column("dpia_screening_note", str)
    db["activity"].add_column("privacy_notice_link", str)
    db.execute("UPDATE activity SET no_external_recipients = 0, dpia_criteria = '[]'")
    db["recipient"].add_column("dpa_in_place", int)
    db["recipient"].add_column("dpa_terms", str)
    db["recipient"].add_column("sub_processing", str)
    db.execute("UPDATE recipient SET dpa_terms = '[]', sub_processing = 'not_assessed'")
    db["transfer"].add_column("dpf_hr_covered", int)
    db["accepted_finding"].create(
        {
            "id": int,
            **_text_columns(
                "rule_id", "record", "field", "record_label", "fingerprint", "reason", "accepted_by", "accepted_on",
            ),
        },
        pk="id",
    )
    db["accepted_finding"].create_index(["record"])
    db.execute("PRAGMA user_version = 4")


@_migration
def m005_data_category_recipients(db: Database) -> None:
    """Which recipients each data category goes to (a JSON list of names among the activity's recipient
    categories and named recipients): the other link the Danish Datatilsynet's guidance asks a register to
    show. Existing rows get no link ("[]"); nothing else changes."""
    db["activity_category"].add_column("recipients", str)
    db.execute("UPDATE activity_category SET recipients = '[]'")
    db.execute("PRAGMA user_version = 5")


@_migration
def m006_breaches_and_requests(db: Database) -> None:
    """The breach log (Art. 33(5)) and the request log (Art. 12): a table each, the links to activities and
    processors kept as JSON lists of their ids, moments as ISO text to the minute. A file of schema 5 gets
    both logs empty; nothing it holds changes."""
    db["breach"].create(
        {
            "id": int,
            **_text_columns(
                "ref", "title", "description", "occurred_at", "discovered_at", "activities", "recipients",
                "data_categories", "data_subject_kinds", "data_subjects_approx", "records_approx", "consequences",
                "risk", "risk_reasoning", "measures", "authority_notified_at", "authority_reference",
                "delay_reasons", "subjects_informed_at", "subjects_not_informed_reason", "status", "closed_at",
                "notes",
            ),
        },
        pk="id",
    )
    db["request"].create(
        {
            "id": int,
            **_text_columns(
                "ref", "right", "requester", "received_at", "identity_verified_at", "extended_to",
                "extension_reason", "activities", "outcome", "answered_at", "notes",
            ),
        },
        pk="id",
    )
    db.execute("PRAGMA user_version = 6")


@_migration
def m007_reviews_and_export_snapshots(db: Database) -> None:
    """Reviews of activities and processors (who reviewed, the note, how often; a recipient's owner and review
    dates, which an activity had already), and a row per export of the record (store.snapshots). Existing
    records get no interval (the review policy applies) and no review; nothing they hold changes."""
    for column in ("reviewed_by", "review_note", "review_interval"):
        db["activity"].add_column(column, str)
    for column in ("owner", "last_reviewed", "reviewed_by", "review_note", "review_interval", "next_review"):
        db["recipient"].add_column(column, str)
    db["export_snapshot"].create(
        {
            "id": int,
            **_text_columns("at", "format", "language", "scope", "file_name", "file_sha256", "register_fingerprint"),
            "last_change": int,
            "os_user": str,
        },
        pk="id",
    )
    db.execute("PRAGMA user_version = 7")


# The version this app writes: the number of migrations above (a test keeps the two in step).
SCHEMA_VERSION = 7
