"""An import writes its records in batches (`Repository.add_many`): the register it makes is the one that
adding the same records one by one through the repositories makes, row for row and audit entry for audit
entry (all but each audit row's id and time)."""

import json
import sqlite3
import time
from dataclasses import replace
from datetime import date, datetime

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.domain import model, serialize
from ropa_app.interchange import build_plan, export_json, parse
from ropa_app.store import RegisterStore, fileio
from ropa_app.store.demo import build_demo_register, create_demo
from ropa_app.store.importing import apply_plan, create_register_from_plan
from ropa_app.store.audit import AuditLog, field_text, json_text, list_text
from ropa_app.store.repository import Repository
from ropa_app.store.rows import audit_text
from tests.store.full_records import full_activity, full_breach, full_organisation, full_recipient, full_request


def _one_by_one(monkeypatch) -> list[int]:
    """Make `add_many` and `update_many` add and update their records one at a time with `add` and `update`
    (the way imports wrote them before)."""
    calls = []

    def add_each(self, records):
        calls.append(len(records))
        return [self.add(r) for r in records]

    def update_each(self, records):
        for r in records:
            self.update(r)

    monkeypatch.setattr(Repository, "add_many", add_each)
    monkeypatch.setattr(Repository, "update_many", update_each)
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
    pytest.param(lambda: synthetic_register(300, 60, seed=7), id="synthetic-300"),
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


class _Text(str):
    pass


@pytest.mark.parametrize("value", [
    None, "", "Löner", True, False, 0, 7, 1.5, [], ["Kunder", "Å \"citat\""], ["rad\nny", "\u2028\x00\t/"], [1, 2],
    ["text", 3], [_Text("a"), "b"],
    date(2026, 3, 31), datetime(2026, 3, 31, 14, 5, 59), [date(2026, 1, 2)], "not_assessed",
    [model.DataCategory("Hälsa", "health", "2 år", ["Anställda"], [])], [model.Transfer("US", "scc_2021", id=4)],
    [model.JointController("Partner AB", "x@example.com")], {"a": [1]}, ("x", "y"), _Text("subclass"),
    [model.DataCategory("A", "none", "", [], ["B", "\"C\"\n"]), model.DataCategory("Ö", "health", "1 år")],
    [model.DataCategory("A", "none", "", ["x"], [])] * 2 + [model.Transfer("US", "scc_2021")],  # two classes
    [model.DataCategory("A", "none", "", [date(2026, 1, 2)], [])], [model.DataCategory("A", None, 3, [], [1])],
    [model.DataCategory(_Text("A"))], [model.JointController("P", "p@example.com", None)],
])
def test_the_audit_text_of_a_value_is_the_one_it_was(value):
    """`field_text` (the audit log's text of a value in `add_many` and `AuditLog.rows`) and `json_text` (a list's
    column) are `audit_text` and `FieldKind.to_column`'s JSON, made with fewer layers of calls."""
    assert field_text(value) == audit_text(value)
    if isinstance(value, list):
        assert json_text(value) == json.dumps(serialize.to_plain(value, False), ensure_ascii=False)


def test_an_update_logs_the_fields_whose_text_changed_and_no_other():
    """`AuditLog.rows` passes over a field whose value is the same object or an equal text on both sides; every
    other field is compared by its text as before (an equal list, a date given as another object)."""
    log = AuditLog(None, user="tester")
    old = model.Activity(ref="PA-1", name="Löner", purposes=["a"], next_review=date(2026, 1, 2))
    new = replace(old, name="".join(["Lö", "ner"]), purposes=["a"], next_review=date(2026, 1, 2), owner="HR")
    assert [(r["field"], r["old_value"], r["new_value"]) for r in log.rows("update", "activity", 1, "x", old, new)] \
        == [("owner", None, "HR")]
    new.purposes, new.name = ["a", "b"], "Lön"
    assert [r["field"] for r in log.rows("update", "activity", 1, "x", old, new)] == ["name", "owner", "purposes"]


def test_a_value_json_cannot_hold_is_refused_as_before():
    with pytest.raises(TypeError):
        audit_text([object()])
    with pytest.raises(TypeError):
        field_text([object()])
    with pytest.raises(TypeError):
        list_text([date(2026, 1, 2)])  # names of a data category are texts: json.dumps refuses a date too
    assert list_text(["Kunder", "Å \"x\"\n"]) == json.dumps(["Kunder", "Å \"x\"\n"], ensure_ascii=False)
    assert list_text([1, "a"]) == json.dumps([1, "a"], ensure_ascii=False)


def test_a_register_imported_with_links_between_recipients_updates_them_as_update_does(tmp_path, monkeypatch):
    """The new recipients' links to their sub-processors are written after them (`update_many`), as `update`
    of each in turn writes them: their transfers get new ids, the audit log an update of the links."""
    plan = build_plan(parse(export_json(synthetic_register(120, 40, seed=3))), None)
    assert sum(1 for item in plan.recipients if item.record.sub_processors) > 5
    batched = create_register_from_plan(tmp_path / "batched.ropa", plan, user="tester")
    _one_by_one(monkeypatch)
    reference = create_register_from_plan(tmp_path / "reference.ropa", plan, user="tester")
    got, want = _rows(batched), _rows(reference)
    assert [r for r in want["audit_log"] if r[1] == "update"] and want["recipient_sub_processor"]
    assert got == want


def test_rows_written_in_bulk_are_bounded_in_time_as_each_statement_is(monkeypatch):
    """`fileio.bulk_rows` (an import's writes) goes without the trace callback that restarts the statement clock,
    and restarts it itself: an endless statement is still stopped, and the connection is bounded as before after."""
    monkeypatch.setattr(fileio, "STATEMENT_SECONDS", 0.5)
    conn = sqlite3.connect(":memory:")
    fileio.configure(conn, readonly=False)
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    finite = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT count(*) FROM n"
    with fileio.bulk_rows(conn) as restart:
        time.sleep(0.6)
        restart()
        assert conn.execute(finite).fetchone() == (200000,)  # the time before the restart does not count
        started = time.perf_counter()
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            conn.execute(endless).fetchone()
        assert time.perf_counter() - started < 3
    time.sleep(0.6)
    assert conn.execute(finite).fetchone() == (200000,)  # each statement has its own time again
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(endless).fetchone()
