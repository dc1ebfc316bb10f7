"""A whole register read holds each repeated text once (store.rows.sharing), with the same values as before."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

import pytest

from benchmarks.synthetic import write_synthetic
from ropa_app.domain import model
from ropa_app.store import RegisterStore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = RegisterStore.open(write_synthetic(tmp_path_factory.mktemp("shared") / "r.ropa", 300, 60), readonly=True)
    yield s
    s.close()


def _texts(value, where: str, out: dict[str, list[str]]) -> None:
    """Every text of a register's records (lists and nested records walked), by the field that holds it."""
    if isinstance(value, str):
        out[where].append(value)
    elif isinstance(value, list):
        for item in value:
            _texts(item, where, out)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            _texts(getattr(value, f.name), f"{type(value).__name__}.{f.name}", out)


def test_the_register_read_whole_is_the_register_read_record_by_record(store):
    register = store.load_register()
    for kind, attr in (("activity", "activities"), ("recipient", "recipients")):
        repo = store.repos[kind]
        assert getattr(register, attr) == [repo.get(r.id) for r in getattr(register, attr)]
        assert getattr(register, attr) == repo.all()


def test_a_text_repeated_in_a_register_read_whole_is_one_string(store):
    texts: dict[str, list[str]] = defaultdict(list)
    _texts(store.load_register(), "", texts)
    repeated = 0
    for where, values in texts.items():
        assert len({id(v) for v in values}) == len(set(values)), where  # one object per distinct value
        repeated += len(values) - len(set(values))
    # vocabulary keys, category names and their links, countries, owners: the synthetic register repeats them
    for where in ("Activity.legal_bases", "Activity.owner", "Activity.data_subject_categories", "DataCategory.name",
                  "DataCategory.subjects", "Transfer.country", "Recipient.processing_countries"):
        assert len(set(texts[where])) < len(texts[where]) / 2, where
    assert repeated > 10_000
    assert store.db.read_shared is None  # the table of the read is dropped with it


def test_a_failed_read_drops_its_table(store, monkeypatch):
    def broken(self):
        raise RuntimeError("the file went away")

    monkeypatch.setattr(type(store.recipients), "all", broken)
    with pytest.raises(RuntimeError):
        store.load_register()
    assert store.db.read_shared is None
    monkeypatch.undo()
    assert isinstance(store.load_register(), model.Register)
