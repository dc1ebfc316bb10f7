"""Migrations from a committed fixture file per released schema version (TagStudio style).

tests/fixtures/schema_vN.ropa is a register as the release with schema version N wrote it, made once by
make_schema_vN.py and never regenerated. There is one for every released version before the current one
(and may be one of the current version, made when it was released), so that the migration from each
released version is tested: every fixture found is opened with the current app, and none of its values
may be lost.
"""

import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from ropa_app.domain import model
from ropa_app.store import SCHEMA_VERSION, RegisterStore, schema

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _fixtures() -> list[tuple[int, Path]]:
    found = ((re.fullmatch(r"schema_v(\d+)\.ropa", p.name), p) for p in FIXTURES.glob("schema_v*.ropa"))
    return sorted((int(m.group(1)), p) for m, p in found if m)


FIXTURE_FILES = _fixtures()


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def _values(path: Path) -> dict[tuple[str, tuple, str], object]:
    """(table, primary key, column) -> value, for every value of every table of a register file."""
    conn = _read_only(path)
    try:
        out = {}
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
        for table in tables:
            info = conn.execute(f"pragma table_info([{table}])").fetchall()
            columns = [c[1] for c in info]
            pk = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or ["rowid"]
            key_sql = ", ".join(f"[{c}]" if c != "rowid" else c for c in pk)
            for row in conn.execute(f"select {key_sql}, {', '.join(f'[{c}]' for c in columns)} from [{table}]"):
                key, values = tuple(row[: len(pk)]), row[len(pk) :]
                out.update({(table, key, c): v for c, v in zip(columns, values, strict=True)})
        return out
    finally:
        conn.close()


def test_schema_version_counts_the_migrations(tmp_path):
    db = Database(sqlite3.connect(tmp_path / "x.db"))
    assert len(schema.migrations.pending(db)) == SCHEMA_VERSION


def test_a_fixture_and_its_make_script_for_every_schema_version():
    """Raising SCHEMA_VERSION needs a committed schema_vN.ropa (and its make_schema_vN.py) for every
    version N before the new one: make the fixture of the released version with the release's own store
    before its migration is added."""
    versions = [n for n, _ in FIXTURE_FILES]
    assert [n for n in range(1, SCHEMA_VERSION) if n not in versions] == [], "a released version has no fixture"
    assert max(versions) <= SCHEMA_VERSION, "a fixture of a version this app does not know"
    assert [n for n, _ in FIXTURE_FILES if not (FIXTURES / f"make_schema_v{n}.py").is_file()] == []


@pytest.mark.parametrize(("version", "path"), FIXTURE_FILES, ids=[p.name for _, p in FIXTURE_FILES])
def test_a_fixture_is_of_the_version_in_its_name(version, path):
    conn = _read_only(path)
    try:
        assert conn.execute("pragma user_version").fetchone()[0] == version
        assert conn.execute("pragma application_id").fetchone()[0] == schema.APPLICATION_ID
        applied = "select count(*) from _sqlite_migrations where migration_set = ?"
        assert conn.execute(applied, [schema.MIGRATION_SET]).fetchone()[0] == version
    finally:
        conn.close()


@pytest.mark.parametrize(("version", "path"), FIXTURE_FILES, ids=[p.name for _, p in FIXTURE_FILES])
def test_opening_a_fixture_keeps_every_value(version, path, tmp_path):
    """Opened (and migrated) by the current app, every value of the old file is still there, and the
    register reads through the current code."""
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    before = _values(copy)
    with RegisterStore.open(copy, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert (store.migration_backup is not None) == (version < SCHEMA_VERSION)
        register = store.load_register()
        assert register.organisation.name and register.activities and register.recipients
    after = _values(copy)
    assert {k: after.get(k, "(gone)") for k in before} == before


def test_migrate_schema_v1_fixture(tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "schema_v1.ropa", path)
    original = path.read_bytes()
    backups = tmp_path / "backups"

    store = RegisterStore.open(path, backup_dir=backups)

    assert store.schema_version == SCHEMA_VERSION
    # The data of version 1 is all there, through the current code.
    assert store.organisation().name == "Gammal Data AB"
    act = store.activities.get(1)
    assert act.name == "Löner" and act.purposes == ["Betala ut lön"]
    assert act.data_subject_categories == ["Anställda"] and act.recipients == [1]
    assert store.recipients.get(1).transfers[0].mechanism == "dpf"
    indexes = {i.name for i in store.db["transfer"].indexes}
    assert "idx_transfer_recipient_id" in indexes
    # A backup of the old file was written, through the backup API, before migrating.
    assert store.migration_backup is not None and store.migration_backup.parent == backups
    store.close()
    conn = sqlite3.connect(store.migration_backup)
    assert conn.execute("pragma user_version").fetchone()[0] == 1
    assert conn.execute("select name from activity").fetchone()[0] == "Löner"
    conn.close()
    assert path.read_bytes() != original


def test_migrate_schema_v2_fixture(tmp_path):
    """Version 2 → 3 adds the data subjects of each data category: the data is all there, unlinked."""
    path = tmp_path / "v2.ropa"
    shutil.copy(FIXTURES / "schema_v2.ropa", path)
    with RegisterStore.open(path, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.migration_backup is not None
        assert store.organisation().name == "Andra Versionen AB"
        act = store.activities.get(1)
        assert act.name == "Løn og personale" and act.data_subject_categories == ["Medarbejdere", "Pårørende"]
        assert [(d.name, d.special, d.retention, d.subjects) for d in act.data_categories] == [
            ("Kontaktoplysninger", "none", "5 år efter fratræden", []),
            ("Helbredsoplysninger", "health", "Slettes efter sygefraværets afslutning", []),
        ]
        # The new link is written and read back through the current code.
        act.data_categories[1].subjects = ["Medarbejdere"]
        store.activities.update(act)
        assert store.activities.get(1).data_categories[1].subjects == ["Medarbejdere"]
    conn = sqlite3.connect(store.migration_backup)
    assert conn.execute("pragma user_version").fetchone()[0] == 2
    conn.close()


def test_readonly_open_of_old_file_migrates_in_memory_only(tmp_path):
    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "schema_v1.ropa", path)
    before = path.read_bytes()
    with RegisterStore.open(path, readonly=True, backup_dir=tmp_path / "b") as store:
        assert store.activities.get(1).name == "Löner"
    assert path.read_bytes() == before
    assert not (tmp_path / "b").exists()


def test_schema_v3_fixture_opens_with_every_value(tmp_path):
    """Version 3, the current one: the data categories' links to their data subjects are all there."""
    path = tmp_path / "v3.ropa"
    shutil.copy(FIXTURES / "schema_v3.ropa", path)
    with RegisterStore.open(path, backup_dir=tmp_path / "backups") as store:
        org = store.organisation()
        assert (org.name, org.org_number, org.address, org.country) == (
            "Tredje Utgave AS", "923 456 789", "Storgata 3\n0155 Oslo", "NO",
        )
        assert (org.email, org.phone, org.website, org.supervisory_authority, org.export_language) == (
            "personvern@tredjeutgave.no", "+47 22 00 00 00", "https://tredjeutgave.no", "Datatilsynet", "nb",
        )
        assert (org.dpo_appointed, org.dpo_name, org.dpo_email) == (True, "Ingrid Personvern", "dpo@tredjeutgave.no")

        sub, ats, mail = (store.recipients.get(i) for i in (1, 2, 3))
        assert (sub.name, sub.kind, sub.country, sub.processing_countries) == (
            "CloudHost Inc.", "sub_processor", "US", ["US", "IE"],
        )
        t = sub.transfers[0]
        assert (t.country, t.mechanism, t.scc_module, t.tia_date, t.tia_link) == (
            "US", "scc_2021", "3", date(2025, 2, 3), "https://intra.tredjeutgave.no/tia/cloudhost",
        )
        assert (t.supplementary_measures, t.safeguards_documentation) == (
            "Kryptering med nøkler i EØS", "SCC modul 3 i underdatabehandleravtalen",
        )
        assert (ats.name, ats.legal_entity, ats.address, ats.contact, ats.service) == (
            "Rekrutt AB", "Rekrutt Sverige AB", "Kungsgatan 1\n111 43 Stockholm", "dpa@rekrutt.se",
            "Rekrutteringssystem",
        )
        assert (ats.dpa_signed, ats.dpa_link, ats.sub_processors, ats.transfers) == (
            date(2024, 11, 18), "https://rekrutt.se/dpa", [1], [],
        )
        assert (mail.name, mail.dpa_signed, [(t.country, t.mechanism, t.dpf_verified_on) for t in mail.transfers]) == (
            "Postmann LLC", date(2023, 6, 1), [("US", "dpf", date(2025, 9, 30))],
        )

        act = store.activities.get(1)
        assert (act.ref, act.name, act.role, act.status, act.business_function, act.owner) == (
            "BA-01", "Rekruttering", "controller", "active", "HR", "HR-sjef",
        )
        assert act.purposes == ["Vurdere søkere", "Ansette nye medarbeidere"]
        assert (act.legal_bases, act.special_category_conditions) == (["art6_1_b", "art6_1_c"], ["art9_2_b"])
        assert act.joint_controllers == [model.JointController(
            "Konsern Holding AS", "personvern@konsern.no", "https://intra.tredjeutgave.no/art26")]
        assert act.data_subject_categories == ["Jobbsøkere", "Referansepersoner"]
        assert [(d.name, d.special, d.retention, d.subjects) for d in act.data_categories] == [
            ("Kontaktopplysninger", "none", "", ["Jobbsøkere", "Referansepersoner"]),
            ("CV og vitnemål", "none", "6 måneder etter ansettelse", ["Jobbsøkere"]),
            ("Helseopplysninger", "health", "Slettes når tilrettelegging er avklart", ["Jobbsøkere"]),
            ("Straffeattest", "criminal", "Slettes etter fremvisning", ["Jobbsøkere"]),
        ]
        assert (act.criminal_data_basis, act.recipient_categories, act.recipients) == (
            "Politiregisterloven § 39", ["Databehandlere"], [2, 3],
        )
        assert act.security_measures == ["access_control", "encryption_in_transit", "logging"]
        assert (act.description, act.legal_basis_note, act.retention, act.security_description) == (
            "Utlysning, søknader, intervjuer og ansettelse", "Straffeattest kreves ved lov for stillinger med barn",
            "6 måneder etter at stillingen er besatt", "Tilgang bare for ansettelsesutvalget",
        )
        assert (act.source, act.dpia_link, act.notes) == (
            "Søkeren selv og oppgitte referanser", "https://intra.tredjeutgave.no/dpia/rekruttering",
            "Gjennomgått med tillitsvalgte",
        )
        assert (act.dpia_status, act.systems, act.last_reviewed, act.next_review) == (
            "done", ["Rekrutt", "E-post"], date(2025, 10, 1), date(2026, 10, 1),
        )
        assert [(t.country, t.mechanism, t.notes) for t in act.transfers] == [
            ("GB", "adequacy", "Ekstern rekrutterer i London"),
        ]

        proc = store.activities.get(2)
        assert (proc.role, proc.status, proc.processing_categories) == (
            "processor", "draft", ["Beregning og utbetaling av lønn"],
        )
        assert proc.controllers == [model.ControllerRef(name="Kunde AS", contact="post@kunde.no", dpo="dpo@kunde.no")]
        assert [(d.name, d.subjects) for d in proc.data_categories] == [("Lønnsopplysninger", ["Kundens ansatte"])]


def test_schema_v3_keeps_its_answers_and_new_records_start_not_assessed(tmp_path):
    """m004: an older file keeps what it has (its DPIA statuses, its automated-decision answers 0/1 read as
    no/yes); the new questions start "not assessed"; accepted findings get a table, audited like any kind."""
    path = tmp_path / "v3.ropa"
    shutil.copy(FIXTURES / "schema_v3.ropa", path)
    raw = sqlite3.connect(path)
    adm_before = dict(raw.execute("select id, automated_decision_making from activity").fetchall())
    dpia_before = dict(raw.execute("select id, dpia_status from activity").fetchall())
    raw.close()
    with RegisterStore.open(path, backup_dir=tmp_path / "backups") as store:
        for act in store.activities.all():
            assert act.dpia_status == dpia_before[act.id]
            assert act.automated_decision_making == ("yes" if adm_before[act.id] else "no")
            assert (act.no_external_recipients, act.dpia_criteria, act.dpia_screening_note) == (False, [], "")
        for rec in store.recipients.all():
            assert (rec.dpa_in_place, rec.sub_processing) == ("not_assessed", "not_assessed")
            assert all(t.dpf_hr_covered == "not_assessed" for t in rec.transfers)
        new_id = store.activities.add(model.Activity(name="Ny behandling"))
        new = store.activities.get(new_id)
        assert (new.dpia_status, new.automated_decision_making) == ("not_assessed", "not_assessed")
        row = store.db.execute("select automated_decision_making from activity where id = ?", [new_id]).fetchone()
        assert row[0] is None  # NULL: not assessed
        accepted = model.AcceptedFinding(
            rule_id="R02-retention-vague", record="activity:1", field="retention", record_label="BA-01 Rekruttering",
            reason="Slettes manuelt ved hver gjennomgang", accepted_by="test", accepted_on=date(2026, 12, 6),
            fingerprint="abc")
        repo = store.repos["accepted_finding"]
        aid = repo.add(accepted)
        assert repo.get(aid).reason == "Slettes manuelt ved hver gjennomgang"
        assert store.load_register().accepted_findings[0].rule_id == "R02-retention-vague"
        assert {e.action for e in store.audit.entries("accepted_finding", aid)} == {"insert"}


def test_schema_v4_data_categories_start_without_recipients_and_v5_keeps_its_links(tmp_path):
    """m005: a data category of an older file goes to no recipient until the user links one (nothing is
    linked that nobody linked); a file of schema 5 keeps its links."""
    old = tmp_path / "v4.ropa"
    shutil.copy(FIXTURES / "schema_v4.ropa", old)
    with RegisterStore.open(old, backup_dir=tmp_path / "backups") as store:
        categories = [dc for a in store.activities.all() for dc in a.data_categories]
        assert categories and all(dc.recipients == [] for dc in categories)
        assert any(dc.subjects for dc in categories)  # what v4 held stays
    new = tmp_path / "v5.ropa"
    shutil.copy(FIXTURES / "schema_v5.ropa", new)
    with RegisterStore.open(new, backup_dir=tmp_path / "backups5") as store:
        first = store.activities.all()[0]
        assert first.data_categories[0].recipients == first.recipient_categories[:1] != []
        assert all(dc.recipients == [] for dc in first.data_categories[1:])


def test_schema_v5_gets_an_empty_breach_log_and_request_log_that_take_records(tmp_path):
    """m006: a file of schema 5 keeps everything it holds and gets both logs, empty; a breach linked to one of
    its activities and recipients, and a request, are then kept (with the audit log)."""
    path = tmp_path / "v5.ropa"
    shutil.copy(FIXTURES / "schema_v5.ropa", path)
    with RegisterStore.open(path, backup_dir=tmp_path / "backups") as store:
        register = store.load_register()
        assert register.breaches == [] and register.requests == [] and register.activities
        assert store.db.execute("pragma user_version").fetchone()[0] == SCHEMA_VERSION >= 6
        act, rec = register.activities[0], register.recipients[0]
        breach = model.Breach(title="Förlorad bärbar dator", discovered_at=datetime(2026, 12, 1, 9, 30),
                              activities=[act.id], recipients=[rec.id], risk="high_risk")
        bid = store.repos["breach"].add(breach)
        rid = store.repos["request"].add(model.DataSubjectRequest(right="access", received_at=date(2026, 12, 1),
                                                                  activities=[act.id]))
        assert {e.action for e in store.audit.entries("breach", bid)} == {"insert"}
    with RegisterStore.open(path) as again:
        register = again.load_register()
        assert register.breaches[0].activities == [act.id] and register.breaches[0].recipients == [rec.id]
        assert register.breaches[0].discovered_at == datetime(2026, 12, 1, 9, 30)
        assert register.requests[0].id == rid and register.requests[0].right == "access"
