"""The register as it stood on a date, rebuilt from its audit log, equals the register saved on that date;
the difference between two dates is exactly what was edited between them (issue 19)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from ropa_app.domain import kinds, model
from ropa_app.domain.serialize import to_plain
from ropa_app.domain.history import ADDED, CHANGED, REMOVED, differences, parse_moment
from ropa_app.store import RegisterStore
from ropa_app.store.audit import AuditLog

from .full_records import full_activity, full_organisation, full_recipient

DAY1, DAY2, DAY3 = (datetime(2026, 3, d, 9, 0, tzinfo=UTC) for d in (2, 3, 4))


class Clock:
    """The audit log's clock, moved by the test (each row a second later)."""

    def __init__(self, monkeypatch):
        self.now = DAY1
        monkeypatch.setattr(AuditLog, "_now", lambda log: self.tick())

    def tick(self) -> str:
        self.now += timedelta(seconds=1)
        return self.now.isoformat(timespec="seconds")


def _snapshot(store: RegisterStore, path) -> model.Register:
    """The register as saved at this moment (a copy of the file, read back)."""
    shutil.copy(store.path, path)
    with RegisterStore.open(path, backup_dir=path.parent / f"{path.stem}-backups") as copy:
        return copy.load_register()


def _same(a: model.Register, b: model.Register) -> None:
    """Every field of every record of every kind, and each record's id. (Nested records -- a transfer, a
    data category -- are compared by their fields: the row id a transfer has in its table is no field.)"""
    for kind in kinds.top_level():
        left, right = kind.records(a), kind.records(b)
        assert [getattr(r, "id", None) for r in left] == [getattr(r, "id", None) for r in right], kind.key
        for x, y in zip(left, right, strict=True):
            for fs in kind.fields:
                assert to_plain(getattr(x, fs.key), False) == to_plain(getattr(y, fs.key), False), (
                    kind.key, getattr(x, "id", None), fs.key)


@pytest.fixture
def built(tmp_path, monkeypatch):
    """Three days of editing, with a saved copy at the end of each day."""
    clock = Clock(monkeypatch)
    path = tmp_path / "history.ropa"
    saved = {}
    with RegisterStore.create(path, full_organisation()) as store:
        # Day 1: recipients (one the sub-processor of the other), two activities linked to them
        sub = store.recipients.add(replace(full_recipient(), name="Backup Oy", country="FI", transfers=[]))
        main = store.recipients.add(full_recipient(sub_ids=[sub]))
        first = store.activities.add(full_activity(recipient_ids=[main]))
        second = store.activities.add(replace(full_activity(), ref="BA-02", name="Nyhetsbrev", recipients=[sub]))
        saved[1] = _snapshot(store, tmp_path / "day1.ropa")
        # Day 2: renames, changes of nested records, a deletion, an organisation change
        clock.now = DAY2
        store.recipients.update(replace(store.recipients.get(sub), name="Backup Finland Oy"))
        a = store.activities.get(first)
        store.activities.update(replace(a, purposes=[*a.purposes, "Uppföljning"], data_categories=[
            replace(a.data_categories[0], retention="24 månader")], no_external_recipients=False))
        store.activities.delete(second)
        org = store.organisation()
        store.save_organisation(replace(org, email="dataskydd@fjallrav.example", dpo_appointed=False))
        saved[2] = _snapshot(store, tmp_path / "day2.ropa")
        # Day 3: undo of the deletion (the same id again), a new activity linked to the renamed recipient
        clock.now = DAY3
        deleted = store.activities.delete(first)
        store.activities.restore(deleted)
        third = store.activities.add(replace(full_activity(), ref="BA-03", name="Lön", recipients=[sub, main]))
        store.repos["accepted_finding"].add(model.AcceptedFinding(
            rule_id="R31-recipient-unused", record=f"recipient:{sub}", record_label="Backup Finland Oy",
            reason="Används från nästa kvartal", accepted_by="test", accepted_on=date(2026, 3, 4)))
        saved[3] = _snapshot(store, tmp_path / "day3.ropa")
    return path, saved, {"first": first, "second": second, "third": third, "sub": sub, "main": main}


def test_the_register_as_of_each_day_equals_the_register_saved_that_day(built):
    path, saved, _ = built
    with RegisterStore.open(path) as store:
        for day, moment in ((1, DAY2 - timedelta(minutes=1)), (2, DAY3 - timedelta(minutes=1)),
                            (3, datetime(2026, 3, 5, tzinfo=UTC))):
            historic = store.as_of(moment)
            assert historic.problems == []
            _same(historic.register, saved[day])
        assert store.as_of(DAY1 - timedelta(days=1)).register == model.Register()  # before it was made


def test_the_difference_between_two_days_is_what_was_edited_between_them(built):
    path, _, ids = built
    with RegisterStore.open(path) as store:
        day1 = store.as_of(DAY2 - timedelta(minutes=1)).register
        day2 = store.as_of(DAY3 - timedelta(minutes=1)).register
        day3 = store.as_of(datetime(2026, 3, 5, tzinfo=UTC)).register
    found = {(d.kind, d.record_id, d.what, d.fields) for d in differences(day1, day2)}
    assert found == {
        ("organisation", 1, CHANGED, ("email", "dpo_appointed")),
        ("recipient", ids["sub"], CHANGED, ("name",)),
        ("activity", ids["first"], CHANGED, ("purposes", "data_categories", "no_external_recipients")),
        ("activity", ids["second"], REMOVED, ()),
    }
    found = {(d.kind, d.record_id, d.what) for d in differences(day2, day3)}
    assert found == {("activity", ids["third"], ADDED), ("accepted_finding", 1, ADDED)}  # the undo is no change


def test_a_date_means_the_end_of_that_day_and_times_are_local_unless_zoned():
    end = parse_moment("2026-03-06")
    assert end.tzinfo is not None and end.astimezone().date() == date(2026, 3, 6)
    assert end.astimezone().hour == 23
    assert parse_moment("2026-03-06T14:30+01:00") == datetime(2026, 3, 6, 13, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="not a date"):
        parse_moment("March 6")


def test_cli_history_export_as_of_and_diff(built, tmp_path, capsys):
    """`ropa-app history` lists the log (one record, since a date), `--diff` the differences, and
    `export --as-of` writes the register as it stood then, in every format."""
    import json

    from ropa_app import cli
    from ropa_app.interchange import load

    path, saved, ids = built
    assert cli.main(["history", str(path), "--record", "BA-02", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["action"] for r in rows} == {"insert", "delete"} and {r["record_id"] for r in rows} == {ids["second"]}
    assert cli.main(["history", str(path), "--since", "2026-03-04T00:00+00:00"]) == 0
    out = capsys.readouterr().out
    assert "Lön" in out and "Nyhetsbrev" not in out and "change(s)." in out
    assert cli.main(["history", str(path), "--diff", "2026-03-02T23:00+00:00", "2026-03-03T23:00+00:00"]) == 0
    out = capsys.readouterr().out
    assert "removed  activity “BA-02 Nyhetsbrev”" in out and "changed  recipient “Backup Finland Oy”: name" in out
    assert cli.main(["history", str(path), "--record", "no such thing"]) == 2
    assert "No record" in capsys.readouterr().err

    out_json = tmp_path / "day1.json"
    assert cli.main(["export", str(path), "--as-of", "2026-03-02T23:00+00:00", "--format", "json",
                     "-o", str(out_json)]) == 0
    _same(load(out_json).register(), saved[1])
    out_pdf = tmp_path / "day2.pdf"
    assert cli.main(["export", str(path), "--as-of", "2026-03-03T23:00+00:00", "--format", "pdf",
                     "-o", str(out_pdf)]) == 0
    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(out_pdf).pages)
    assert "Registret som det såg ut den" in text and "Nyhetsbrev" not in text  # the organisation exports in sv
    with pytest.raises(SystemExit) as usage:  # argparse: a usage error, exit status 2, with the reason
        cli.main(["export", str(path), "--as-of", "yesterday"])
    assert usage.value.code == 2 and "is not a date" in capsys.readouterr().err
