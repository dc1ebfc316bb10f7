"""The activity list's summaries: the same values as the records, with the repeated ones held once."""

from __future__ import annotations

import pytest

from benchmarks.synthetic import write_synthetic
from ropa_app.store import RegisterStore

SHOWN = ("ref", "name", "role", "business_function", "status", "owner", "next_review")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = RegisterStore.open(write_synthetic(tmp_path_factory.mktemp("summaries") / "r.ropa", 200, 40), readonly=True)
    yield s
    s.close()


def test_the_summaries_are_the_records_shown_columns_in_reference_order(store):
    records = {a.id: a for a in store.activities.all()}
    summaries = store.activities.summaries()
    assert [s.id for s in summaries] == sorted(records, key=lambda i: (records[i].ref, i))
    for s in summaries:
        assert all(getattr(s, k) == str(getattr(records[s.id], k) or "") for k in SHOWN)


def test_a_value_repeated_from_row_to_row_is_one_string(store):
    summaries = store.activities.summaries()
    for key in ("role", "business_function", "status", "owner"):
        values = [getattr(s, key) for s in summaries]
        assert len(set(values)) < len(values) / 4  # the synthetic register repeats them
        assert len({id(v) for v in values}) == len(set(values))  # one object per distinct value
    rid = next(r.id for r in store.recipients.all())
    used = store.activities.using_recipient(rid)
    assert used and len({id(s.status) for s in used}) == len({s.status for s in used})
