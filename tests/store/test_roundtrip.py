"""Every field of every entity survives a trip through the register file (closed and reopened)."""

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from ropa_app.domain import model
from ropa_app.store import RegisterStore

from .full_records import full_activity, full_breach, full_organisation, full_recipient, full_request


@pytest.mark.parametrize("obj", [full_organisation(), full_recipient([1]), full_activity([1])], ids=type)
def test_full_records_fill_every_field(obj):
    empty = [fs.key for fs in model.fields_of(type(obj)) if model.is_empty(getattr(obj, fs.key))]
    assert empty == [], "the round-trip fixtures must fill every field"


def test_every_field_round_trips(tmp_path):
    path = tmp_path / "r.ropa"
    store = RegisterStore.create(path, full_organisation())
    sub_id = store.recipients.add(model.Recipient(name="Sub GmbH", country="DE"))
    rec = full_recipient([sub_id])
    rec_id = store.recipients.add(rec)
    act = full_activity([rec_id, sub_id])
    act_id = store.activities.add(act)
    store.close()

    with RegisterStore.open(path) as again:
        assert again.organisation() == full_organisation()
        got_rec = again.recipients.get(rec_id)
        assert [t.id for t in got_rec.transfers] != [None]
        for t in got_rec.transfers:
            t.id = None
        assert got_rec == replace(rec, id=rec_id)
        got_act = again.activities.get(act_id)
        for t in got_act.transfers:
            t.id = None
        assert got_act == replace(act, id=act_id)
        assert again.load_register().recipient(rec_id).name == "Nimbus Cloud Inc."


def test_update_replaces_lists_and_keeps_order(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa")
    a = model.Activity(name="CRM", purposes=["b", "a"], data_subject_categories=["Z", "A", "M"])
    a.id = store.activities.add(a)
    a.data_subject_categories = ["M", "Z"]
    a.purposes = ["a"]
    store.activities.update(a)
    got = store.activities.get(a.id)
    assert got.data_subject_categories == ["M", "Z"]
    assert got.purposes == ["a"]


def test_categories_are_reused_across_activities(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa")
    store.activities.add(model.Activity(name="A", data_subject_categories=["Employees"]))
    store.activities.add(model.Activity(name="B", data_subject_categories=["Employees", "Applicants"]))
    assert store.categories.names("data_subject") == ["Applicants", "Employees"]
    n = store.db.execute("select count(*) from category where kind='data_subject'").fetchone()[0]
    assert n == 2


def test_file_is_readable_by_plain_sqlite(tmp_path):
    path = tmp_path / "r.ropa"
    store = RegisterStore.create(path, full_organisation())
    store.activities.add(full_activity())
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("select name from organisation").fetchone()[0] == "Fjällräv Systems AB"
    assert conn.execute("select count(*) from activity").fetchone()[0] == 1
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"


def test_store_pragmas(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa")
    assert store.db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert store.db.execute("pragma synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "delete"


def test_delete_and_restore_recipient_restores_links(tmp_path):
    store = RegisterStore.create(tmp_path / "r.ropa")
    sub = store.recipients.add(model.Recipient(name="Sub"))
    main = store.recipients.add(model.Recipient(name="Main", sub_processors=[sub]))
    act = store.activities.add(model.Activity(name="A", recipients=[main, sub]))
    assert [s.name for s in store.activities.using_recipient(sub)] == ["A"]
    deleted = store.recipients.delete(sub)
    assert store.activities.get(act).recipients == [main]
    assert store.recipients.get(main).sub_processors == []
    store.recipients.restore(deleted)
    assert store.activities.get(act).recipients == [main, sub]
    assert store.recipients.get(main).sub_processors == [sub]


def test_readonly_store_refuses_writes(tmp_path):
    path = tmp_path / "r.ropa"
    RegisterStore.create(path).close()
    before = path.read_bytes()
    with RegisterStore.open(path, readonly=True) as ro:
        with pytest.raises(Exception, match="read-only"):
            ro.activities.add(model.Activity(name="x"))
    assert path.read_bytes() == before


def test_save_as_copies_and_continues_in_copy(tmp_path):
    store = RegisterStore.create(tmp_path / "a.ropa", model.Organisation(name="Org"))
    store.activities.add(model.Activity(name="One"))
    copy = store.save_as(tmp_path / "b.ropa")
    store.close()
    copy.activities.add(model.Activity(name="Two"))
    assert [s.name for s in copy.activities.summaries()] == ["One", "Two"]
    with RegisterStore.open(tmp_path / "a.ropa") as orig:
        assert [s.name for s in orig.activities.summaries()] == ["One"]


def test_every_breach_and_request_field_round_trips(tmp_path):
    """The breach log and the request log keep every field, their links to activities and processors, and
    their moments to the minute, through the register file (closed and reopened)."""
    path = tmp_path / "r.ropa"
    with RegisterStore.create(path) as store:
        rec_id = store.recipients.add(model.Recipient(name="Lönebyrån AB"))
        act_id = store.activities.add(model.Activity(ref="PA-003", name="Lön"))
        breach = full_breach([act_id], [rec_id])
        request = full_request([act_id])
        breach_id = store.repos["breach"].add(breach)
        request_id = store.repos["request"].add(request)
    for record in (breach, request):
        assert [fs.key for fs in model.fields_of(type(record)) if model.is_empty(getattr(record, fs.key))] == []
    with RegisterStore.open(path) as again:
        assert again.repos["breach"].get(breach_id) == replace(breach, id=breach_id)
        assert again.repos["request"].get(request_id) == replace(request, id=request_id)
        register = again.load_register()
        assert register.breaches[0].discovered_at == datetime(2026, 3, 3, 14, 30)
        assert register.breaches[0].activities == [act_id] and register.breaches[0].recipients == [rec_id]
        assert register.requests[0].activities == [act_id]
        assert {e.action for e in again.audit.entries("breach", breach_id)} == {"insert"}
        again.repos["breach"].update(replace(breach, authority_notified_at=None, id=breach_id))
        assert again.repos["breach"].get(breach_id).authority_notified_at is None
        assert {e.action for e in again.audit.entries("breach", breach_id)} == {"insert", "update"}
