"""An import writes its records in batches (`Repository.add_many`): the register it makes is the one that
adding the same records one by one through the repositories makes, row for row and audit entry for audit
entry (all but each audit row's id and time)."""

import sqlite3
from dataclasses import replace

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.domain import model
from ropa_app.interchange import build_plan, export_json, parse
from ropa_app.store import RegisterStore
from ropa_app.store.demo import build_demo_register, create_demo
from ropa_app.store.importing import apply_plan, create_register_from_plan
from ropa_app.store.repository import Repository
from tests.store.full_records import full_activity, full_breach, full_organisation, full_recipient, full_request


def _one_by_one(monkeypatch) -> list[int]:
    """Make `add_many` add its records one at a time with `add` (the way imports wrote them before)."""
    calls = []

    def add_each(self, records):
        calls.append(len(records))
        return [self.add(r) for r in records]

    monkeypatch.setattr(Repository, "add_many", add_each)
    return calls


def _rows(path) -> dict[str, list[tuple]]:
    """Every table's rows in rowid order; the audit log without its id and time, the migrations without
    the time they ran."""
    times = {"audit_log": ("id", "at"), "_sqlite_migrations": ("applied_at",)}
    con = sqlite3.connect(path)
    try:
        tables = [t for (t,) in con.execute("select name from sqlite_master where type = 'table' order by name")]
        out = {}
        for table in tables:
            cur = con.execute(f"select * from [{table}] order by rowid")
            columns = [d[0] for d in cur.description]
            keep = [i for i, c in enumerate(columns) if c not in times.get(table, ())]
            out[table] = [tuple(row[i] for i in keep) for row in cur]
        return out
    finally:
        con.close()


def _full_register() -> model.Register:
    first = replace(full_recipient(), id=1)
    second = replace(full_recipient(sub_ids=[1]), id=2, name="Andra Biträdet AB")
    third = replace(full_recipient(sub_ids=[2, 1]), id=3, name="Tredje Ørsted ApS")  # links an earlier one
    first.sub_processors = [3]  # and one later in the document
    activities = [replace(full_activity([1, 3]), id=1, ref="PA-1"), replace(full_activity([2]), id=2, ref="PA-2",
                                                                        name="Löner")]
    return model.Register(
        organisation=full_organisation(), recipients=[first, second, third], activities=activities,
        breaches=[full_breach([1], [2])], requests=[full_request([2])],
    )


@pytest.mark.parametrize("register", [
    pytest.param(_full_register, id="every-field"),
    pytest.param(build_demo_register, id="demo"),
    pytest.param(lambda: synthetic_register(60, 12), id="synthetic"),
])
def test_a_new_register_imported_in_batches_is_the_one_added_record_by_record(tmp_path, monkeypatch, register):
    plan = build_plan(parse(export_json(register())), None)
    batched = create_register_from_plan(tmp_path / "batched.ropa", plan, user="tester")
    calls = _one_by_one(monkeypatch)
    reference = create_register_from_plan(tmp_path / "reference.ropa", plan, user="tester")
    assert calls and max(calls) > 1  # the reference really was written record by record
    got, want = _rows(batched), _rows(reference)
    assert want["audit_log"] and want["activity_category"] and want["transfer"] and want["category"]
    assert got == want
    with RegisterStore.open(batched) as store:
        assert store.load_register() == parse_register(reference)


def parse_register(path) -> model.Register:
    with RegisterStore.open(path) as store:
        return store.load_register()


def _merge_plan(store: RegisterStore):
    """A plan for the demo that adds and changes records in turn (runs of added and changed ones)."""
    before = store.load_register()
    incoming = store.load_register()
    for i, a in enumerate(incoming.activities[:6]):
        a.retention = f"Changed by import {i}"
        incoming.activities.insert(2 * i, model.Activity(ref=f"PA-9{i}", name=f"Importerad {i}", recipients=[999],
                                                         data_subject_categories=["Kunder", f"Ny grupp {i}"]))
    incoming.recipients.append(model.Recipient(name="Nytt Biträde AB", country="SE", id=999, sub_processors=[1]))
    incoming.recipients[0].service = "Changed by import"
    incoming.breaches.append(model.Breach(title="Importerad incident", activities=[incoming.activities[0].id or 0]))
    return build_plan(parse(export_json(incoming)), before)


def test_an_import_merged_in_batches_writes_what_one_by_one_writes(tmp_path, monkeypatch):
    batched = create_demo(tmp_path / "batched.ropa")
    result = apply_plan(batched, _merge_plan(batched))
    batched.close()
    _one_by_one(monkeypatch)
    reference = create_demo(tmp_path / "reference.ropa")
    expected = apply_plan(reference, _merge_plan(reference))
    reference.close()
    assert result == expected
    assert result.added["activity"] == 6 and result.changed["activity"] == 6
    got, want = _rows(tmp_path / "batched.ropa"), _rows(tmp_path / "reference.ropa")
    assert got == want
