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
from ropa_app.domain import kinds, model, serialize
from ropa_app.interchange import build_plan, export_json, parse
from ropa_app.store import RegisterStore, fileio
from ropa_app.store.demo import build_demo_register, create_demo
from ropa_app.store.importing import apply_plan, create_register_from_plan
from ropa_app.store.audit import AuditLog, field_text, json_text, records_json
from ropa_app.store.recipients import RecipientRepo
from ropa_app.store.repository import Repository, _row_maker, _stored
from ropa_app.store.rows import audit_text, to_row
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

    def add_then_link_each(self, records):  # `add_many_linked` as the two passes it stands for
        ids = add_each(self, [replace(r, id=None, sub_processors=[]) for r in records])
        new = dict(zip((r.id for r in records), ids))
        update_each(self, [replace(r, id=i, sub_processors=[new.get(s, s) for s in r.sub_processors])
                           for r, i in zip(records, ids) if r.sub_processors])
        return ids

    monkeypatch.setattr(Repository, "add_many", add_each)
    monkeypatch.setattr(Repository, "update_many", update_each)
    monkeypatch.setattr(RecipientRepo, "add_many_linked", add_then_link_each)
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
        assert records_json(value) == json_text(value)  # (a list of nested records' column)


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


def test_a_list_of_texts_is_written_by_the_one_texts_json(tmp_path, monkeypatch):
    """A list of texts' JSON text is made in one place, `audit.texts_json`: the code `_row_maker` makes calls it for
    a list column, and `json_text` tries it first (a data category's names, a list's audit text). A data
    category's names are the column text of a list of texts (`TEXT_LIST.to_column`), whatever they hold."""
    from ropa_app.domain.fieldkinds import TEXT_LIST
    from ropa_app.store import audit, repository

    made = []

    def texts_json(values):
        made.append(list(values))
        return real(values)

    real = audit.texts_json
    monkeypatch.setattr(repository, "texts_json", texts_json)
    monkeypatch.setattr(audit, "texts_json", texts_json)
    with RegisterStore.create(tmp_path / "r.ropa", user="tester") as store:
        repo = store.activities
        fields = tuple(repo._fields())
        make = _row_maker.__wrapped__(fields)  # made anew: with the `texts_json` above
        purposes, systems = ["Löner", "Å \"x\"\n"], [_Text("CRM")]
        values, texts = make(model.Activity(name="A", purposes=purposes, systems=systems), repo._display)
        columns = [key for key, in_table, *_ in fields if in_table]
        assert values[columns.index("purposes")] == json.dumps(purposes, ensure_ascii=False) == dict(texts)["purposes"]
        assert values[columns.index("systems")] == '["CRM"]'
        assert purposes in made and systems in made and [] in made  # (an empty list's column too: "[]")
        made.clear()
        assert json_text(purposes) == json.dumps(purposes, ensure_ascii=False) and made == [purposes]
    for names in (["Kunder", "Å \"x\"\n"], [1, "a"], [date(2026, 1, 2)], [_Text("Ö")]):
        assert json_text(names) == TEXT_LIST.to_column(names)


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


def _spy_updates(monkeypatch) -> list[int]:
    """Count the records `update_many` is given (the second pass `add_many_linked` folds into its first)."""
    given, update_many = [], Repository.update_many

    def spied(self, records):
        given.append(len(records))
        return update_many(self, records)

    monkeypatch.setattr(Repository, "update_many", spied)
    return given


def _linked_merge_plan(store: RegisterStore, change=None):
    """A plan for the demo that adds recipients only (none changed): with transfers, linked to each other (to
    later ones too) and to recipients of the register; the last linked one holds the largest transfer ids."""
    before = store.load_register()
    incoming = store.load_register()
    assert any(r.transfers for r in before.recipients)  # the register's transfers come before the new ones
    us, ch = model.Transfer("US", "scc_2021", notes="USA"), model.Transfer("CH", "adequacy", notes="Schweiz")
    incoming.recipients += [
        model.Recipient(name="Första Nya AB", country="SE", id=901, sub_processors=[902, 1], transfers=[us, ch]),
        model.Recipient(name="Andra Nya AB", country="SE", id=902, sub_processors=[2], transfers=[replace(us)]),
        model.Recipient(name="Tredje Nya AB", country="SE", id=903, transfers=[replace(ch), replace(us)]),
        model.Recipient(name="Fjärde Nya AB", country="SE", id=904, sub_processors=[901, 901, 903],
                        transfers=[replace(us, notes="sist"), replace(ch, notes="sist")]),
    ]
    plan = build_plan(parse(export_json(incoming)), before)
    assert {item.action for item in plan.recipients} <= {"added", "unchanged"}
    if change is not None:
        change(plan)
    return plan


def _new(plan, name: str) -> model.Recipient:
    return next(item.record for item in plan.recipients if item.record.name.startswith(name))


@pytest.mark.parametrize("change", [
    pytest.param(None, id="folded"),
    pytest.param(lambda plan: setattr(_new(plan, "Fjärde").transfers[0], "notes", 5), id="a-value-converted"),
    pytest.param(lambda plan: setattr(_new(plan, "Tredje").transfers[1], "id", 77), id="a-transfer-id"),
])
def test_new_recipients_linked_in_one_pass_are_written_as_the_two_passes_write_them(tmp_path, monkeypatch, change):
    """`add_many_linked` (an import adding recipients and changing none) writes the sub-processor links in the
    pass that adds the recipients: the same rows, transfer ids (those of the linked recipients removed and given
    again, the largest reused) and audit rows (an update of the links after the inserts) as `add_many` followed
    by `update_many`, and as `add` and `update` of each. A value SQLite would convert, or a transfer with an id
    of its own, goes the two passes."""
    given = _spy_updates(monkeypatch)
    batched = create_demo(tmp_path / "batched.ropa")
    result = apply_plan(batched, _linked_merge_plan(batched, change))
    batched.close()
    assert given == ([] if change is None else [3])
    monkeypatch.undo()
    _one_by_one(monkeypatch)
    reference = create_demo(tmp_path / "reference.ropa")
    expected = apply_plan(reference, _linked_merge_plan(reference, change))
    reference.close()
    assert result == expected
    got, want = _rows(tmp_path / "batched.ropa"), _rows(tmp_path / "reference.ropa")
    updates = [r for r in want["audit_log"] if r[1] == "update" and r[2] == "recipient"]
    assert [r[5] for r in updates][:3] == ["sub_processors"] * 3
    assert got == want


def test_an_import_of_linked_recipients_writes_them_in_one_pass(tmp_path, monkeypatch):
    given = _spy_updates(monkeypatch)
    plan = build_plan(parse(export_json(synthetic_register(120, 40, seed=3))), None)
    create_register_from_plan(tmp_path / "new.ropa", plan, user="tester")
    assert given == []
    rows = _rows(tmp_path / "new.ropa")
    assert len(rows["recipient_sub_processor"]) >= sum(len(set(i.record.sub_processors)) for i in plan.recipients) > 5


_ODD_VALUES = [None, "", "Löner", 5, 1.5, True, ["a", "b"], [], ("a", 1), [1, "a"], ["a", None], [_Text("a")],
               date(2026, 3, 31), datetime(2026, 3, 31, 14, 5), "not_assessed", "yes", {"a": [1]}, _Text("x"),
               [date(2026, 1, 2)], [model.Transfer("US", "scc_2021")]]


def test_a_row_and_its_audit_texts_are_made_as_add_makes_them(tmp_path):
    """`add_many` makes each record's row and audit texts with a function made per kind of record
    (`repository._row_maker`): for a record with every field, and with each field given each of many kinds of
    value (its own, another type, a subclass, an empty one), the row `add` writes (`to_row`, stored as
    sqlite_utils stores it) and the audit texts of `AuditLog.rows`, or an error where those fail too."""
    register = _full_register()
    with RegisterStore.create(tmp_path / "r.ropa", register.organisation, user="tester") as store:
        for r in register.recipients:
            store.recipients.add(replace(r, sub_processors=[]))
        full = {"activity": register.activities[0], "recipient": register.recipients[2],
                "breach": register.breaches[0], "request": register.requests[0]}
        compared = 0
        for key, repo in store.repos.items():
            record = full.get(key) or kinds.kind(key).cls()
            fields = repo._fields()
            make = _row_maker(tuple(fields))
            for fs in model.fields_of(type(record)):
                for value in [getattr(record, fs.key), *_ODD_VALUES]:
                    odd = replace(record, **{fs.key: value})
                    try:
                        want = ([_stored(v) for v in to_row(odd, repo.child_fields).values()],
                                [(row["field"], row["new_value"])
                                 for row in store.audit.rows("insert", key, 1, "x", None, odd, repo._display)])
                    except Exception as exc:  # noqa: BLE001 - add fails on it: so does the row
                        with pytest.raises(type(exc)):
                            make(odd, repo._display)
                        continue
                    assert make(odd, repo._display) == want, (key, fs.key, value)
                    compared += 1
        assert compared > 1000


def test_the_audit_log_s_time_is_the_second_of_each_write(monkeypatch):
    """`AuditLog._now` makes the text of a second once (an import logs thousands of rows a second): each write
    still has the second it was made in, the one `datetime.now(UTC)` gives, at a second's edges too."""
    from datetime import UTC

    from ropa_app.store import audit

    moments = [datetime(2026, 12, 6, 10, 0, 0, 999999, UTC), datetime(2026, 12, 6, 10, 0, 1, 0, UTC),
               datetime(2026, 12, 6, 10, 0, 1, 999999, UTC), datetime(2026, 12, 6, 10, 0, 2, 1, UTC),
               datetime(2026, 12, 6, 10, 0, 1, 5, UTC), datetime(2027, 1, 1, 0, 0, 0, 0, UTC)]
    clock = iter(moments)

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return next(clock)

    monkeypatch.setattr(audit, "datetime", Clock)
    log = AuditLog(None, user="tester")
    assert [log._now() for _ in moments[:-1]] == [m.isoformat(timespec="seconds") for m in moments[:-1]]
    assert log.inserted("activity", 1, "x", [("name", "Löner")])[0][0] == "2027-01-01T00:00:00+00:00"


def _odd_categories(i: int) -> model.Activity:
    """An activity whose category fields hold repeats, empty lists and values of other types than texts."""
    specials = ["none", None, 3, date(2026, 1, 2), "health", _Text("criminal")]
    return model.Activity(
        ref=f"PA-{i}", name=f"Kategorier {i}",
        data_subject_categories=["Anställda", "Kunder", "Anställda", f"Grupp {i % 3}"][: 1 + i % 4],
        recipient_categories=[] if i % 2 else ["Myndigheter", "Myndigheter", "Banker"],
        recipients=[3, 1, 3, 2][: i % 5],
        data_categories=[
            model.DataCategory("Namn", specials[i % 6], "2 år" if i % 3 else date(2027, 1, 1),
                               ["Anställda", "Anställda", "Kunder"] if i % 2 else [], ["Bank", "\"Citat\"\n"]),
            model.DataCategory("Hälsa", "health", "", [], ["Bank", "Bank"] if i % 2 else []),
            model.DataCategory("Namn", "none", "dubblett", ["x"], []),  # a name given twice: the first is kept
            model.DataCategory(f"Kategori {i % 4}", "none", _Text("1 år"), [_Text("Ö")], [f"R {i}"]),
        ][: 1 + i % 4],
    )


@pytest.mark.parametrize("way", ["add", "update"])
def test_an_activity_s_category_rows_are_the_ones_add_and_update_write(tmp_path, way):
    """`ActivityRepo._write_children` makes the category rows in line into `add_many`'s and `update_many`'s
    batches: the same rows (and categories, ids and audit rows) as `add` and `update` write, repeats, empty
    lists and values of other types included."""
    paths = []
    for batched in (True, False):
        path = tmp_path / f"{way}-{batched}.ropa"
        store = RegisterStore.create(path)
        try:
            for name in ("Bank AB", "Lön AB", "Moln AB"):
                store.recipients.add(model.Recipient(name=name))
            activities = [_odd_categories(i) for i in range(12)]
            if way == "update":
                ids = store.activities.add_many([model.Activity(ref=f"PA-{i}", name="x") for i in range(12)])
                activities = [replace(a, id=i) for a, i in zip(activities[::-1], ids)]
            if batched:
                getattr(store.activities, f"{way}_many")(activities)
            else:
                for a in activities:
                    getattr(store.activities, way)(a)
        finally:
            store.close()
        paths.append(path)
    got, want = _rows(paths[0]), _rows(paths[1])
    assert len(want["activity_category"]) > 40 and len(want["category"]) > 8 and len(want["activity_recipient"]) > 12
    assert {r[3] for r in want["activity_category"]} >= {None, "3", "2026-01-02"}  # specials of other types
    assert got == want
    # and the rows are what they were before they were made in line: each name once, in order, with its position
    # in its list; a data category's names as `json.dumps` writes them, "[]" for none
    names = {cid: (kind, name) for cid, kind, name in want["category"]}
    written = [(aid, *names[cid], pos, special, retention, subjects, recipients)
               for aid, cid, pos, special, retention, subjects, recipients in want["activity_category"]]
    expected = []
    for aid, i in enumerate(range(11, -1, -1) if way == "update" else range(12), start=1):
        a = _odd_categories(i)
        for key, kind in (("data_subject_categories", "data_subject"), ("recipient_categories", "recipient")):
            expected += [(aid, kind, n, pos, "", "", "[]", "[]")
                         for pos, n in enumerate(dict.fromkeys(getattr(a, key)))]
        seen = set()
        for pos, dc in enumerate(a.data_categories):
            if dc.name not in seen:
                seen.add(dc.name)
                expected.append((aid, "data", dc.name, pos, None if dc.special is None else str(dc.special),
                                 str(dc.retention), *(json.dumps(list(dict.fromkeys(v)), ensure_ascii=False)
                                                       for v in (dc.subjects, dc.recipients))))
    assert sorted(written, key=str) == sorted(expected, key=str)
    order = range(11, -1, -1) if way == "update" else range(12)
    assert want["activity_recipient"] == [(aid, rid, pos) for aid, i in enumerate(order, start=1)
                                          for pos, rid in enumerate(dict.fromkeys(_odd_categories(i).recipients))]


def test_links_are_named_one_way_whether_the_names_are_read_or_known(tmp_path):
    """`RecipientRepo.names` is the one mapping of recipient ids to the names the audit log shows ("#id" for one not
    in the register): it reads them, or takes names read beforehand (an import reads every name once). Activities
    added one by one and in a batch log the same names."""
    assert RecipientRepo(None, AuditLog(None, user="t")).names([3, 1, 2], {1: "A", 3: "C"}) == ["C", "A", "#2"]
    assert RecipientRepo(None, AuditLog(None, user="t")).names([], {}) == []  # (nothing read either way)
    paths = []
    for way in ("one by one", "batched"):
        path = tmp_path / f"{way}.ropa"
        store = RegisterStore.create(path)
        try:
            a, b = (store.recipients.add(model.Recipient(name=n)) for n in ("Nimbus", "Sub GmbH"))
            assert store.recipients.names([b, 99, a]) == ["Sub GmbH", "#99", "Nimbus"]
            assert store.recipients.names([b, 99, a], {a: "Known"}) == [f"#{b}", "#99", "Known"]
            activities = [model.Activity(name="X", recipients=[b, a]), model.Activity(name="Y")]
            if way == "batched":
                store.activities.add_many(activities)
            else:
                for activity in activities:
                    store.activities.add(activity)
            logged = [(e.record_id, e.old_value, e.new_value) for e in store.audit.entries("activity")
                      if e.field == "recipients"]
        finally:
            store.close()
        assert logged == [(1, None, '["Sub GmbH", "Nimbus"]')]
        paths.append(path)
    assert _rows(paths[0]) == _rows(paths[1])


def test_add_many_names_each_record_as_add_does_without_copying_it(tmp_path):
    """`add_many` logs each record under its kind's title of the record as given (not a copy holding its new id):
    no kind's title shows the record's id, and the records given keep theirs."""
    register = _full_register()
    full = {"activity": register.activities[0], "recipient": register.recipients[2],
            "breach": register.breaches[0], "request": register.requests[0]}
    for kind in kinds.listed():
        record = full.get(kind.key) or kind.cls()
        assert kind.title(replace(record, id=None)) == kind.title(replace(record, id=98765)), kind.key
    with RegisterStore.create(tmp_path / "r.ropa", register.organisation, user="tester") as store:
        given = [replace(r, id=None, sub_processors=[]) for r in register.recipients]
        ids = store.recipients.add_many(given)
        assert [r.id for r in given] == [None, None, None]
        labels = {row[0]: row[1] for row in store.db.execute(
            "select distinct record_id, record_label from audit_log where entity = 'recipient'")}
    assert labels == {i: r.name for i, r in zip(ids, register.recipients)}
