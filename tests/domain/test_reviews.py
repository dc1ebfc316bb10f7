"""Reviews: when each activity and processor is due, whose it is, marking it reviewed, and the calendar of it
(`ropa-app reviews --ics`), read back with a real iCalendar library."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import icalendar
import pytest

from ropa_app import cli
from ropa_app.domain import reviews
from ropa_app.domain.model import Activity, Organisation, Recipient, Register
from ropa_app.store import RegisterStore
from ropa_app.store.demo import write_register

TODAY = date(2026, 11, 22)


def _register() -> Register:
    return Register(
        Organisation(name="Fjällräv Systems AB", export_language="sv"),
        [
            # reviewed a year ago on a 12-month interval: due today
            Activity(id=1, ref="PA-001", name="Payroll", owner="Anna Berg", status="active",
                     last_reviewed=date(2025, 11, 22), review_interval="12m"),
            # reviewed 5 months ago on a 6-month interval: due in a month (outside 30 days? 2026-12-22: 30 days)
            Activity(id=2, ref="PA-002", name="Recruitment", owner="anna berg", status="active",
                     last_reviewed=date(2026, 6, 22), review_interval="6m"),
            # the policy's default (12 months) since it has no interval: due 2027-01-10, beyond 30 days
            Activity(id=3, ref="PA-003", name="Customer support", owner="Bo Ek", status="active",
                     last_reviewed=date(2026, 1, 10)),
            # planned for a date of its own, long overdue
            Activity(id=4, ref="PA-004", name="Newsletter", owner="Bo Ek", status="active",
                     last_reviewed=date(2024, 1, 1), next_review=date(2025, 1, 1)),
            # never reviewed, but retired: nothing to keep current
            Activity(id=5, ref="PA-005", name="Old CRM", owner="Bo Ek", status="retired"),
        ],
        [
            Recipient(id=1, name="Nimbus Cloud Inc.", owner="Anna Berg"),  # never reviewed: due today
            Recipient(id=2, name="Quill Sign Ltd", last_reviewed=date(2026, 11, 1), review_interval="3m"),
        ],
    )


def test_the_due_date_follows_the_interval_or_the_plan():
    reg = _register()
    a = {x.id: x for x in reg.activities}
    assert reviews.due_date(a[1], 12, TODAY) == date(2026, 11, 22)
    assert reviews.due_date(a[2], 12, TODAY) == date(2026, 12, 22)
    assert reviews.due_date(a[3], 12, TODAY) == date(2027, 1, 10)  # the policy's 12 months
    assert reviews.due_date(a[3], 24, TODAY) == date(2028, 1, 10)  # another policy, another date
    assert reviews.due_date(a[4], 12, TODAY) == date(2025, 1, 1)  # the planned date wins
    assert reviews.due_date(reg.recipients[0], 12, TODAY) == TODAY  # never reviewed: now
    assert reviews.interval_months(a[2], 12) == 6 and reviews.interval_months(a[3], 18) == 18


def test_due_reviews_around_the_horizon():
    reg = _register()
    due = reviews.due_reviews(reg, TODAY, 12, 30)
    assert [(r.kind, r.record_id) for r in due] == [
        ("activity", 4), ("activity", 1), ("recipient", 1), ("activity", 2)]
    by = {(r.kind, r.record_id): r for r in due}
    assert by["activity", 4].overdue and not by["activity", 1].overdue
    assert by["recipient", 1].never_reviewed and not by["activity", 1].never_reviewed
    # one day less and the review due in exactly 30 days drops out; the 3-monthly one comes in at 71 days
    assert ("activity", 2) not in {(r.kind, r.record_id) for r in reviews.due_reviews(reg, TODAY, 12, 29)}
    wide = {(r.kind, r.record_id) for r in reviews.due_reviews(reg, TODAY, 12, 71)}
    assert {("activity", 3), ("recipient", 2)} <= wide
    assert ("recipient", 2) not in {(r.kind, r.record_id) for r in reviews.due_reviews(reg, TODAY, 12, 70)}


def test_retired_activities_are_left_out():
    reg = _register()
    everything = reviews.due_reviews(reg, TODAY, 12, 100_000)
    assert ("activity", 5) not in {(r.kind, r.record_id) for r in everything}
    reg.activities[4].status = "active"
    assert ("activity", 5) in {(r.kind, r.record_id) for r in reviews.due_reviews(reg, TODAY, 12, 0)}


def test_the_owner_filter_ignores_case():
    reg = _register()
    mine = reviews.due_reviews(reg, TODAY, 12, 30, owner="  ANNA BERG ")
    assert [(r.kind, r.record_id) for r in mine] == [("activity", 1), ("recipient", 1), ("activity", 2)]
    assert reviews.due_reviews(reg, TODAY, 12, 30, owner="Nobody") == []
    assert reviews.owners(reg) == ["Anna Berg", "Bo Ek"]


def test_mark_reviewed_plans_the_next_review():
    reg = _register()
    done = reviews.mark_reviewed(reg.activities[1], "Anna Berg", date(2026, 11, 30), "Purposes checked", 12)
    assert (done.last_reviewed, done.reviewed_by, done.review_note) == (date(2026, 11, 30), "Anna Berg",
                                                                       "Purposes checked")
    assert done.next_review == date(2027, 5, 30)  # its own 6 months
    assert reg.activities[1].last_reviewed == date(2026, 6, 22)  # the record given is left as it was
    plain = reviews.mark_reviewed(reg.activities[2], "Bo Ek", date(2027, 1, 31), "", 12)
    assert plain.next_review == date(2028, 1, 31)  # the policy's
    month_end = reviews.mark_reviewed(reg.recipients[1], "Bo Ek", date(2026, 11, 30), "", 12)
    assert month_end.next_review == date(2027, 2, 28)  # three months on, at the end of a shorter month
    assert reviews.due_reviews(Register(reg.organisation, [done], []), TODAY, 12, 30) == []


def test_a_pack_holds_the_owners_activities_and_the_recipients_they_name():
    reg = _register()
    reg.activities[0].recipients = [1]
    reg.recipients[0].sub_processors = [2]
    pack = reviews.pack_register(reg, "ANNA BERG")
    assert [a.id for a in pack.activities] == [1, 2]
    assert [r.id for r in pack.recipients] == [1, 2]  # the sub-processor too: every name is the pack's own
    bo = reviews.pack_register(reg, "Bo Ek")
    assert [a.id for a in bo.activities] == [3, 4] and bo.recipients == []  # the retired one left out


# --- the calendar ------------------------------------------------------------------------------------------


def _events(path) -> list:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return [c for c in cal.walk("VEVENT")]


def _register_file(tmp_path) -> tuple:
    path = tmp_path / "r.ropa"
    with RegisterStore.create(path) as store:
        write_register(store, _register())
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_ics_file_has_one_event_per_due_review(tmp_path, capsys):
    path = _register_file(tmp_path)
    today = date.today()
    # the dates of the fixture relative to today, so that the horizon means what it says
    with RegisterStore.open(path) as store:
        a = store.activities.get(1)
        store.activities.update(reviews.mark_reviewed(a, "Anna Berg", today - timedelta(days=400), "", 12))
        b = store.activities.get(2)
        store.activities.update(replace(b, next_review=today + timedelta(days=10)))
    code, out, err = _run(capsys, "reviews", path, "--ics", tmp_path / "due.ics", "--within", "30")
    assert code == 0, err
    with RegisterStore.open(path, readonly=True) as store:
        expected = reviews.due_reviews(store.load_register(), today, 12, 30)
    events = _events(tmp_path / "due.ics")
    assert len(events) == len(expected) == 4
    assert f"{len(expected)} review(s) due" in out
    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == 4  # unique
    first = by_uid[f"review-activity-1-{(today - timedelta(days=400)).isoformat()}@ropa-desk"]
    assert first.decoded("DTSTART") == today  # overdue: shown today
    planned = by_uid[f"review-activity-2-{date(2026, 6, 22).isoformat()}@ropa-desk"]
    assert planned.decoded("DTSTART") == today + timedelta(days=10)
    assert str(planned["SUMMARY"]) == "Granskning: PA-002 Recruitment"  # the organisation's language (sv)
    assert "ansvarig: anna berg" in str(planned["DESCRIPTION"])
    never = by_uid["review-recipient-1-first@ropa-desk"]
    assert "aldrig" in str(never["DESCRIPTION"])
    cal = icalendar.Calendar.from_ical((tmp_path / "due.ics").read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Granskningar — Fjällräv Systems AB"
    # written again (another day, other words): the same UIDs, so a calendar updates instead of doubling
    code, _out, _err = _run(capsys, "reviews", path, "--ics", tmp_path / "again.ics", "--lang", "en")
    assert code == 0
    again = {str(e["UID"]): e for e in _events(tmp_path / "again.ics")}
    assert set(again) == set(by_uid)
    assert str(again[str(planned["UID"])]["SUMMARY"]) == "Review: PA-002 Recruitment"


def test_the_owner_and_json_options(tmp_path, capsys):
    path = _register_file(tmp_path)
    code, out, _err = _run(capsys, "reviews", path, "--owner", "bo ek", "--within", "100000", "--format", "json",
                           "--ics", tmp_path / "bo.ics")
    assert code == 0
    rows = json.loads(out)
    assert [r["record"] for r in rows] == ["PA-004 Newsletter", "PA-003 Customer support"]
    assert rows[0]["overdue"] is True and rows[0]["due"] == "2025-01-01"
    assert [str(e["SUMMARY"]) for e in _events(tmp_path / "bo.ics")] == [
        "Granskning: PA-004 Newsletter", "Granskning: PA-003 Customer support"]


def test_long_and_special_text_survives_the_calendar():
    due = [reviews.DueReview("activity", 7, "Lön, semester; och ”övertid”\\ " + "å" * 60, "Åsa", date(2027, 1, 1),
                             False, False, date(2026, 1, 1))]
    texts = {"summary": "Granskning: {title}", "description": "{kind} {owner} {last}", "never": "aldrig",
             "kind.activity": "Behandling", "kind.recipient": "Mottagare"}
    text = reviews.calendar(due, texts, "Reg, AB", datetime(2026, 11, 22, 8, 0).astimezone())
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Granskning: " + due[0].title


@pytest.mark.parametrize("bad", ["-1", "soon"])
def test_a_bad_horizon_is_a_usage_error(tmp_path, capsys, bad):
    path = _register_file(tmp_path)
    with pytest.raises(SystemExit) as exc:
        cli.main(["reviews", str(path), "--within", bad])
    assert exc.value.code == 2
