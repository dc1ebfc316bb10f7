"""The deadlines of the breach log and the request log, and the checks that watch them, around their limits."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from ropa_app.domain import deadlines, model
from ropa_app.domain.checks import run_checks
from ropa_app.domain.law import load_law

RULES = load_law().deadlines
AWARE = datetime(2026, 3, 3, 14, 30)


def _findings(register: model.Register, at: datetime, rule_prefix: str) -> list[str]:
    return [f.rule_id for f in run_checks(register, at.date(), at=at) if f.rule_id.startswith(rule_prefix)]


def test_the_deadlines_are_the_law_data_s():
    assert (RULES.breach_notification_hours, RULES.request_months, RULES.request_extension_months) == (72, 1, 2)
    assert RULES.breach_reference == "Art. 33(1)" and RULES.request_reference == "Art. 12(3)"


@pytest.mark.parametrize(("hours", "overdue"), [(71, False), (72, False), (73, True)])
def test_a_breach_without_a_notification_decision_is_overdue_after_72_hours(hours, overdue):
    breach = model.Breach(title="Lost laptop", discovered_at=AWARE, risk="risk")
    register = model.Register(breaches=[breach])
    at = AWARE + timedelta(hours=hours)
    assert deadlines.notification_deadline(breach, RULES) == datetime(2026, 3, 6, 14, 30)
    assert deadlines.notification_overdue(breach, RULES, at) is overdue
    assert _findings(register, at, "R42") == (["R42-breach-notification-overdue"] if overdue else [])


def test_a_notification_decision_ends_the_finding():
    at = AWARE + timedelta(hours=73)
    notified = model.Breach(title="x", discovered_at=AWARE, risk="risk",
                            authority_notified_at=AWARE + timedelta(hours=70))
    no_risk = model.Breach(title="y", discovered_at=AWARE, risk="no_risk", risk_reasoning="Encrypted disk")
    undated = model.Breach(title="z", risk="high_risk", subjects_not_informed_reason="Encrypted")
    assert _findings(model.Register(breaches=[notified, no_risk, undated]), at, "R42") == []


def test_a_late_notification_needs_its_reasons():
    late = model.Breach(title="x", discovered_at=AWARE, risk="risk", authority_notified_at=AWARE + timedelta(hours=73))
    at = AWARE + timedelta(days=10)
    assert _findings(model.Register(breaches=[late]), at, "R42") == ["R42-breach-late-without-reasons"]
    explained = replace(late, delay_reasons="The processor told us on day four")
    assert _findings(model.Register(breaches=[explained]), at, "R42") == []


def test_a_high_risk_breach_needs_the_data_subjects_informed_or_a_reason():
    at = AWARE + timedelta(hours=1)
    high = model.Breach(title="x", discovered_at=AWARE, risk="high_risk")
    assert _findings(model.Register(breaches=[high]), at, "R43") == ["R43-breach-subjects-not-informed"]
    for answered in (replace(high, subjects_informed_at=AWARE + timedelta(hours=5)),
                     replace(high, subjects_not_informed_reason="Art. 34(3)(a): the data was encrypted"),
                     replace(high, risk="risk")):
        assert _findings(model.Register(breaches=[answered]), at, "R43") == []


def test_a_breach_naming_a_processor_without_a_dpa():
    without = model.Recipient(name="Lönebyrån AB", kind="processor", id=1)
    with_dpa = model.Recipient(name="Moln AB", kind="processor", dpa_in_place="yes", id=2)
    authority = model.Recipient(name="Skatteverket", kind="public_authority", id=3)
    breach = model.Breach(title="x", recipients=[1, 2, 3])
    register = model.Register(recipients=[without, with_dpa, authority], breaches=[breach])
    found = [f for f in run_checks(register, date(2026, 3, 3)) if f.rule_id == "R45-breach-processor-without-dpa"]
    assert [(f.record_kind, f.field, f.text()) for f in found] == [(
        "breach", "recipients",
        "The breach concerns Lönebyrån AB, and no data processing agreement with them is recorded. Art. 28(3) "
        "requires one, including their duty to assist with breaches.")]


@pytest.mark.parametrize(("received", "due"), [
    (date(2026, 3, 5), date(2026, 4, 5)),  # the EDPB's example: the same date of the next month
    (date(2026, 1, 31), date(2026, 2, 28)),  # no 31 February: the month's last day
    (date(2028, 1, 31), date(2028, 2, 29)),
    (date(2026, 12, 15), date(2027, 1, 15)),
])
def test_one_month_is_the_same_date_of_the_next_month(received, due):
    assert deadlines.request_due(model.DataSubjectRequest(received_at=received), RULES) == due


@pytest.mark.parametrize(("day", "overdue"), [(30, False), (31, False), (32, True)])
def test_a_request_is_overdue_the_day_after_its_deadline(day, overdue):
    """Received 1 March: due 1 April, i.e. on day 31 after receipt; day 32 (2 April) is late."""
    request = model.DataSubjectRequest(ref="DSR-1", right="access", received_at=date(2026, 3, 1))
    today = date(2026, 3, 1) + timedelta(days=day)
    assert deadlines.request_overdue(request, RULES, today) is overdue
    assert _findings(model.Register(requests=[request]), datetime.combine(today, datetime.min.time()), "R44") == (
        ["R44-request-overdue"] if overdue else [])


def test_an_extension_with_reasons_moves_the_deadline_up_to_two_more_months():
    request = model.DataSubjectRequest(right="access", received_at=date(2026, 3, 1), extended_to=date(2026, 5, 1),
                                       extension_reason="Three archived systems to search")
    assert deadlines.request_deadline(request, RULES) == date(2026, 5, 1)
    assert not deadlines.request_overdue(request, RULES, date(2026, 5, 1))
    assert deadlines.request_overdue(request, RULES, date(2026, 5, 2))
    too_long = replace(request, extended_to=date(2026, 7, 1))  # beyond 1 + 2 months: the law's limit stays
    assert deadlines.request_deadline(too_long, RULES) == date(2026, 6, 1)
    no_reason = replace(request, extension_reason=" ")  # an extension must be explained to the person
    assert deadlines.request_deadline(no_reason, RULES) == date(2026, 4, 1)
    msgs = [f.text() for f in run_checks(model.Register(requests=[no_reason]), date(2026, 4, 2))
            if f.rule_id == "R44-request-overdue"]
    assert msgs == ["The request received on 2026-03-01 was due on 2026-04-01 and has no answer recorded. Answer "
                    "it, or record the answer and its date."]


def test_an_answered_or_withdrawn_request_is_not_overdue():
    base = model.DataSubjectRequest(right="erasure", received_at=date(2026, 1, 1))
    late = date(2026, 6, 1)
    assert deadlines.request_overdue(base, RULES, late)
    assert not deadlines.request_overdue(replace(base, answered_at=date(2026, 1, 20), outcome="granted"), RULES, late)
    assert not deadlines.request_overdue(replace(base, outcome="withdrawn"), RULES, late)
    assert not deadlines.request_overdue(replace(base, received_at=None), RULES, late)
