"""Migrations from a committed fixture file per released schema version (TagStudio style)."""

import shutil
from pathlib import Path

import sqlite3

from sqlite_utils import Database

from ropa_app.store import SCHEMA_VERSION, RegisterStore, schema

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_schema_version_counts_the_migrations(tmp_path):
    db = Database(sqlite3.connect(tmp_path / "x.db"))
    assert len(schema.migrations.pending(db)) == SCHEMA_VERSION


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
