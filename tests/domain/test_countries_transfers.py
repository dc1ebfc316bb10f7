"""Country names from pycountry, the activity's transfers, and month arithmetic."""

from __future__ import annotations

from datetime import date

from ropa_app.domain import countries
from ropa_app.domain.dates import add_months, older_than_months
from ropa_app.domain.model import Activity, Register, Transfer
from ropa_app.domain.transfers import activities_using, recipients_of_activity, transfers_of_activity

from .factories import BACKUP, CLOUD, ESIGN, activity, recipient, valid_register


def test_country_names():
    assert countries.name("SE") == "Sweden"
    assert countries.name("no") == "Norway"
    assert countries.name("KR") == "South Korea"
    assert countries.name("XX") == "XX"


def test_country_validity_and_lookup():
    assert countries.is_valid("fo") and countries.is_valid("US")
    assert not countries.is_valid("XX") and not countries.is_valid("") and not countries.is_valid("SWE")
    assert countries.lookup("sweden") == "SE"
    assert countries.lookup("South Korea") == "KR"
    assert countries.lookup("Atlantis") is None


def test_all_countries_sorted_by_name():
    allc = countries.all_countries()
    names = [n.casefold() for _, n in allc]
    assert names == sorted(names)
    assert ("NO", "Norway") in allc and len(allc) > 240


def test_transfers_of_activity_recipients_then_direct():
    reg = valid_register()
    a = activity(reg, 101)
    direct = Transfer(country="IN", mechanism="scc_2021")
    a.transfers.append(direct)
    pairs = transfers_of_activity(reg, a)
    assert [(r.id if r else None, t.id) for r, t in pairs] == [(CLOUD, 11), (CLOUD, 12), (ESIGN, 31), (None, None)]
    assert pairs[-1][1] is direct


def test_recipients_of_activity_follow_sub_processors_once():
    reg = valid_register()
    a = activity(reg, 101)
    assert [r.id for r in recipients_of_activity(reg, a)] == [CLOUD, ESIGN, BACKUP]
    assert [r.id for r in recipients_of_activity(reg, a, include_sub_processors=False)] == [CLOUD, ESIGN]
    recipient(reg, BACKUP).sub_processors = [CLOUD]  # a cycle ends
    a.recipients.append(999)  # an unknown id is ignored
    assert [r.id for r in recipients_of_activity(reg, a)] == [CLOUD, ESIGN, BACKUP]


def test_activities_using_a_recipient():
    reg = valid_register()
    assert [a.id for a in activities_using(reg, ESIGN)] == [101, 103]
    assert len(activities_using(reg, BACKUP)) == 3
    assert activities_using(reg, BACKUP, include_sub_processors=False) == []


def test_an_activity_without_recipients_has_only_direct_transfers():
    a = Activity(transfers=[Transfer(country="US")])
    assert transfers_of_activity(Register(), a) == [(None, a.transfers[0])]


def test_add_months_clamps_to_month_end():
    assert add_months(date(2024, 2, 29), -12) == date(2023, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 22), -24) == date(2024, 11, 22)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)


def test_older_than_months_boundary():
    today = date(2026, 11, 22)
    assert not older_than_months(date(2025, 11, 22), 12, today)
    assert older_than_months(date(2025, 11, 21), 12, today)
