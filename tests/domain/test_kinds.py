"""The registry of kinds of record and the field kinds: declared once, and everything derives from them."""

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path

import pytest

import ropa_app
from ropa_app.domain import fieldkinds, kinds, model

PKG = Path(ropa_app.__file__).resolve().parent


def test_every_model_record_class_is_a_kind_and_every_nested_class_is_reachable():
    classes = {obj for obj in vars(model).values() if dataclasses.is_dataclass(obj) and isinstance(obj, type)}
    classes -= {model.Register, model.FieldSpec}
    assert classes == {k.cls for k in kinds.KINDS}
    nested = {fs.record for k in kinds.KINDS for fs in k.fields if fs.kind.family == "record"}
    assert nested == {k.cls for k in kinds.KINDS if not k.top_level}


def test_every_top_level_kind_is_an_attribute_of_the_register():
    register_fields = {f.name for f in dataclasses.fields(model.Register)}
    assert {k.attr for k in kinds.top_level()} == register_fields


def test_kinds_pointed_at_come_first():
    order = [k.key for k in kinds.top_level()]
    assert order[0] == "organisation"
    for k in kinds.top_level():
        for target in k.refers_to():
            assert order.index(target) < order.index(k.key), (k.key, target)


def test_findings_sort_by_the_registry_order():
    assert [kinds.rank(k.key) for k in kinds.KINDS] == list(range(len(kinds.KINDS)))
    assert kinds.rank("no such kind") == len(kinds.KINDS)


def test_records_and_refs_declare_what_they_hold():
    for k in kinds.KINDS:
        for fs in k.fields:
            assert (fs.record is not None) == (fs.kind.family == "record"), (k.key, fs.key)
            assert bool(fs.refers) == (fs.kind.family == "ref"), (k.key, fs.key)
            if fs.refers:
                assert kinds.kind(fs.refers).top_level


SAMPLES = {
    "text": "Löner", "longtext": "rad 1\nrad 2", "link": "https://example.se", "bool": True,
    "date": date(2026, 3, 31), "datetime": datetime(2026, 3, 31, 14, 5), "choice": None, "answer": "yes",
    "country": "SE", "choices": None,
    "text_list": ["a", "b"],
    "category_list": ["Anställda"], "country_list": ["SE", "NO"], "records": None, "refs": [3, 1],
}


@pytest.mark.parametrize("kind", fieldkinds.FIELD_KINDS, ids=str)
def test_each_field_kind_round_trips_through_plain_data_and_a_column(kind):
    k, fs = next((k, fs) for k in kinds.KINDS for fs in k.fields if fs.kind is kind)
    value = SAMPLES[str(kind)]
    if value is None:  # choices and records: a value the declaration allows
        value = getattr(_full(k.cls), fs.key)
    assert kind.from_plain(kind.to_plain(value), fs, "$") == value
    assert kind.from_column(kind.to_column(value), fs) == value
    assert not kind.empty(value)
    assert kind.empty(fieldkinds.default_of(k.cls, fs.key)) or fs.kind is model.CHOICE
    schema = kind.schema(fs, k.cls, lambda cls: kinds.kind_of(cls).key)
    assert schema.get("type") or schema.get("$ref")


def test_a_value_of_the_wrong_kind_is_refused_with_its_place():
    fs = model.field_spec(model.Activity, "purposes")
    with pytest.raises(fieldkinds.DataError, match=r"\$\.purposes\[1\]"):
        fs.kind.from_plain(["ok", 5], fs, "$.purposes")
    with pytest.raises(fieldkinds.DataError, match="not a real date"):
        fieldkinds.parse_iso_date("2026-02-30")


def test_no_module_lists_the_kinds_of_record_by_hand():
    """The registry is the one list: no tuple, list or dict of two or more kind names in the code."""
    names = "|".join(re.escape(k.key) for k in kinds.KINDS)
    listing = re.compile(rf'["\']({names})["\']\s*[,:]\s*[^\n]*["\']({names})["\']')
    found = []
    for path in PKG.rglob("*.py"):
        if path.name in ("kinds.py", "schema.py") or "i18n" in path.parts:
            continue  # the registry itself; released migrations (frozen history); label tables per kind
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if listing.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(PKG)}:{no}: {line.strip()}")
    assert found == []


def _full(cls):
    from tests.store.full_records import full_activity, full_recipient

    return full_activity() if cls is model.Activity else full_recipient() if cls is model.Recipient else cls()
