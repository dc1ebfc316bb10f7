"""The checks' findings and the activities' quality hold their repeated values once, with the same content."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.domain.checks import run_checks
from ropa_app.domain.checks.catalogue import join, phrase
from ropa_app.domain.checks.context import CheckContext, activity_label
from ropa_app.domain.checks.findings import SEVERITIES, param_text
from ropa_app.domain.checks.summary import activity_quality, findings_by_activity, worst_severity
from ropa_app.domain.law import load_law
from ropa_app.domain.model import Activity, Recipient, Register, mandatory_missing

DAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def checked():
    register = synthetic_register(300, 60, seed=1)
    for i, a in enumerate(register.activities):
        a.id = i + 1
    for i, r in enumerate(register.recipients):
        r.id = 1000 + i
    return register, run_checks(register, DAY)


def _one_object_per_value(values) -> bool:
    values = list(values)
    return len({id(v) for v in values}) == len(set(values))


def test_repeated_texts_of_the_findings_are_one_string_each(checked):
    register, findings = checked
    assert len(findings) > 500
    assert _one_object_per_value(f.record_label for f in findings)
    assert _one_object_per_value(f.reference for f in findings)
    assert _one_object_per_value(f.message_key for f in findings)
    assert _one_object_per_value(v for f in findings for v in f.params.values() if type(v) is str)
    by_id = {a.id: a for a in register.activities}
    for f in findings:
        assert f.record_label == param_text(f.label) if f.label else f.record_label
        if f.record_kind == "activity":
            assert f.record_label == activity_label(by_id[f.record_id])


def test_a_record_s_name_is_its_own_whatever_records_came_and_went_before():
    ctx = CheckContext(register=Register(), today=DAY, law=load_law())
    for i in range(200):  # records made and dropped one after the other: an id() may come back
        found = ctx.finding("R22-dpa-missing", Recipient(name=f"Processor {i}", id=i))
        assert (found.record_label, found.record_id) == (f"Processor {i}", i)
        named = ctx.finding("R01-activity-incomplete", Activity(ref=f"PA-{i}", name="", id=i))
        assert named.record_label == f"PA-{i}"


def test_phrases_without_parameters_are_made_once():
    assert phrase("nothing") is phrase("nothing")
    assert phrase("nothing").params == {}
    with_params = phrase("transfer_label", owner="A", destination="US")
    assert with_params.params == {"owner": "A", "destination": "US"}
    assert with_params.key is phrase("transfer_label", owner="B", destination="IN").key
    assert join("and", ["a", "b"]).separator is join("and", ["c"]).separator


def test_the_quality_of_each_activity_is_its_own_figures(checked):
    register, findings = checked
    quality = activity_quality(register, findings)
    by_activity = findings_by_activity(register, findings)
    for a in register.activities:
        q = quality[a.id]
        missing = tuple(mandatory_missing(a))
        required = len(mandatory_missing(Activity(role=a.role)))
        open_ = [f for f in by_activity.get(a.id, []) if not f.accepted]
        assert (q.present, q.required, q.missing) == (required - len(missing), required, missing)
        assert q.counts == {s: sum(1 for f in open_ if f.severity == s) for s in SEVERITIES}
        assert q.worst == worst_severity(f.severity for f in open_)
        assert q.accepted == len(by_activity.get(a.id, [])) - len(open_)
    assert len({id(q) for q in quality.values()}) < len(quality) / 2  # equal figures: one object
