"""The JSON export is written a record at a time (`iter_json`, `save_json`), byte for byte the text of
`dumps(to_document(...))`, i.e. of `json.dumps(document, ensure_ascii=False, indent=2)`."""

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings

from benchmarks.synthetic import synthetic_register
from ropa_app.domain import kinds, model
from ropa_app.domain.serialize import to_plain
from ropa_app.interchange import InvalidSource, dumps, export_json, jsontext, load, save_json, sources, to_document
from ropa_app.interchange.jsonformat import generator_name, iter_json
from ropa_app.store.demo import build_demo_register

from ..store.full_records import full_activity, full_breach, full_organisation, full_recipient, full_request
from .strategies import registers


def _reference(register: model.Register, generator: str = "test") -> str:
    """What the export wrote before it streamed: the json module's pure-Python indenting encoder."""
    text = json.dumps(to_document(register, generator), ensure_ascii=False, indent=2) + "\n"
    return "".join(f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c for c in text)


def _full_register() -> model.Register:
    r1, r2 = replace(full_recipient(), id=1), full_recipient(sub_ids=[1])
    r2.id, r2.name = 2, "Zeta “Ørsted” \\ \"quoted\"\t\x01 ApS"
    weird = model.Activity(name="Lone \ud83d surrogate, \u2028 line separator, emoji 😀, nul \x00", ref="X-1")
    return model.Register(full_organisation(), [full_activity([1, 2]), weird], [r1, r2],
                          breaches=[full_breach([], [2])], requests=[full_request()])


def test_the_streamed_text_is_the_indented_json_text_byte_for_byte(tmp_path):
    for register in (_full_register(), build_demo_register(), synthetic_register(40, 8), model.Register()):
        want = _reference(register)
        pieces = list(iter_json(register, "test"))
        assert "".join(pieces) == want == dumps(to_document(register, "test"))
        assert len(pieces) > sum(len(k.records(register)) for k in kinds.listed())  # a piece per record at least
        assert export_json(register, "test") == want
        path = save_json(register, tmp_path / "out.json")
        assert path.read_bytes() == _reference(register, generator_name()).encode("utf-8")


def test_a_lone_surrogate_is_escaped_and_the_file_can_be_written(tmp_path):
    register = _full_register()
    text = "".join(iter_json(register))
    assert "Lone \\ud83d surrogate" in text and "\ud83d" not in text
    assert save_json(register, tmp_path / "s.json").read_text(encoding="utf-8") == text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(registers())
def test_any_register_streams_to_the_same_text(register):
    assert "".join(iter_json(register, "test")) == _reference(register)


def test_our_own_export_is_imported_whatever_its_size(tmp_path, monkeypatch):
    """The size limit of import sources guards against a wrong file; it never refuses a document that
    ROPA Desk's export wrote (a register of more than ~16,000 activities exports more than 50 MB)."""
    monkeypatch.setattr(sources, "MAX_SOURCE_BYTES", 4096)
    register = build_demo_register()
    ours = save_json(register, tmp_path / "ours.json")
    assert ours.stat().st_size > 4096
    assert len(load(ours).activities) == len(register.activities)
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + ours.read_bytes())
    assert len(load(with_bom).activities) == len(register.activities)
    other = tmp_path / "other.json"
    other.write_bytes(ours.read_bytes().replace(b'"generator": "ROPA Desk ', b'"generator": "Another tool ', 1))
    with pytest.raises(InvalidSource, match=r"the file is 0\.\d MB; ROPA Desk imports files up to 0\.0 MB"):
        load(other)


def _counting_general_path(monkeypatch) -> list[int]:
    """The levels at which the general path (`jsontext.indented`) writes a value: the top-level values other
    than lists (level 1) always; a record or a value of a record only when a value is not of its field's kind."""
    levels: list[int] = []
    general = jsontext.indented

    def counted(value, level):
        levels.append(level)
        return general(value, level)

    monkeypatch.setattr(jsontext, "indented", counted)
    return levels


def test_every_record_is_written_from_its_fields_without_a_dict(monkeypatch):
    levels = _counting_general_path(monkeypatch)
    for register in (_full_register(), build_demo_register(), synthetic_register(40, 8)):
        levels.clear()
        text = "".join(iter_json(register, "test"))
        assert text == _reference(register)
        assert json.loads(text) == to_document(register, "test")
        assert levels == [1, 1, 1]  # format_version, generator, organisation: every listed record went through
        # its class's field table


def test_a_value_not_of_its_fields_kind_is_written_as_the_document_holds_it(monkeypatch):
    """A record is a plain dataclass: a value of another type than its field declares (None for a text,
    a tuple for a list, 1 for a boolean, a date and time for a date) is written by the general path, as
    json.dumps writes the document's dict, never as the field's kind would have it (1 is not `true`)."""
    levels = _counting_general_path(monkeypatch)
    register = _full_register()
    activity, recipient = register.activities[0], register.recipients[1]
    activity.name, activity.purposes, activity.no_external_recipients = None, ("a", "b"), 1
    activity.data_categories[0].subjects = "not a list"
    recipient.dpa_signed, recipient.processing_countries = datetime(2026, 1, 2, 3, 4), []
    register.breaches[0].occurred_at = date(2026, 1, 2)
    text = "".join(iter_json(register, "test"))
    assert text == _reference(register)
    assert '"no_external_recipients": 1,' in text and '"name": null,' in text
    assert '"dpa_signed": "2026-01-02T03:04",' in text and '"occurred_at": "2026-01-02",' in text
    assert sorted(set(levels)) == [1, 2]  # those records (not the others) went the general way


def test_a_record_of_another_class_is_written_as_its_dict():
    writer = jsontext.RecordText(model.Transfer, 2)
    category = model.DataCategory(name="Ä \"x\"", subjects=["b"])
    assert writer(category) == json.dumps(to_plain(category, False), ensure_ascii=False, indent=2).replace(
        "\n", "\n    ")
    assert writer(model.Transfer(country="US")) == json.dumps(
        to_plain(model.Transfer(country="US"), False), ensure_ascii=False, indent=2).replace("\n", "\n    ")
