"""`replaced`: the cheap copy of a record with some fields changed, for records in a __dict__ or in slots."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ropa_app.domain.copying import _copyable, replaced
from ropa_app.domain.model import Activity, DataCategory, Recipient, Transfer


def test_activities_and_recipients_have_no_dict_per_record():
    # #21: 51 keys in a dict per activity were ~55 MB at 50,000 activities
    for record in (Activity(name="Payroll"), Recipient(name="Nimbus")):
        assert not hasattr(record, "__dict__")
        with pytest.raises(AttributeError):
            record.not_a_field = 1
    assert _copyable(Activity) == _copyable(Recipient) == "slots"
    assert _copyable(Transfer) == "dict"


@pytest.mark.parametrize("record, changes", [
    (Activity(name="Payroll", purposes=["Pay"], data_categories=[DataCategory(name="Bank")],
              last_reviewed=date(2026, 1, 2), transfers=[Transfer(country="US")], id=4), {"id": None}),
    (Activity(name="Payroll", recipients=[1, 2], id=4), {"recipients": [7], "name": "Salaries"}),
    (Recipient(name="Nimbus", sub_processors=[3], processing_countries=["SE"], id=9), {"id": 12, "sub_processors": []}),
    (Transfer(country="US", mechanism="scc", id=2), {"id": None}),
])
def test_replaced_is_what_dataclasses_replace_makes(record, changes):
    expected = dataclasses.replace(record, **changes)
    before = dataclasses.astuple(record)
    got = replaced(record, **changes)
    assert type(got) is type(record) and got == expected and got is not record
    assert dataclasses.astuple(record) == before  # the original untouched
    for f in dataclasses.fields(record):  # a shallow copy, as replace makes: unchanged values are the same objects
        if f.name not in changes:
            assert getattr(got, f.name) is getattr(record, f.name)


def test_an_unknown_field_is_refused_as_replace_refuses_it():
    with pytest.raises(TypeError):
        replaced(Activity(name="Payroll"), colour="red")


def test_a_subclass_of_a_slotted_record_goes_through_replace():
    @dataclasses.dataclass
    class Noted(Activity):  # a __dict__ of its own, its base's fields in slots
        remark: str = ""

    record = Noted(name="Payroll", remark="x", id=3)
    assert _copyable(Noted) == ""
    assert replaced(record, id=None) == dataclasses.replace(record, id=None) == Noted(name="Payroll", remark="x")
