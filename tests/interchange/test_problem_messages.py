"""The import's problems as Messages: each text and its place keep their English template and parameters (said in
the interface's language by ui.i18n.store_text), `str` stays the English the command line prints, and a problem
past the listed ones is counted without a Message made."""

from __future__ import annotations

import pickle

import pytest

from ropa_app.domain.messages import Message, Said, field_label
from ropa_app.interchange import jsonformat, problems as problems_module
from ropa_app.interchange.problems import MAX_LISTED, InvalidSource, Place, Problems
from ropa_app.interchange.sources import decode


def test_a_problem_keeps_its_template_its_place_and_its_english():
    found = Problems()
    found.error(Message("line {line}, column {column}", line=4, column=7), "this is not valid JSON: {detail}",
                detail="Expecting value")
    with pytest.raises(InvalidSource) as caught:
        found.raise_if_errors()
    problem = caught.value.problems[0]
    assert str(problem) == "line 4, column 7: this is not valid JSON: Expecting value"
    assert problem.message.template == "this is not valid JSON: {detail}"
    assert problem.location.template == "line {line}, column {column}" and problem.location.params == {
        "line": 4, "column": 7}
    said = problem.said()
    assert said == str(problem) and said.params["p0"] is problem.location
    assert str(caught.value) == str(problem)


def test_the_json_modules_reason_is_a_message_too():
    with pytest.raises(InvalidSource) as caught:
        jsonformat.parse('{"format_version": 1,, }')
    message = caught.value.problems[0].message
    assert message.params["detail"].template == "Expecting property name enclosed in double quotes"
    assert str(caught.value).startswith("line 1, column 22: this is not valid JSON: Expecting property name")


def test_a_place_is_said_only_when_a_problem_is_listed_there(monkeypatch):
    place = Place("sheet “{sheet}”, row {row}", sheet="Löner", row=4)
    assert place == "sheet “Löner”, row 4" and str(place) == "sheet “Löner”, row 4" and hash(place) == hash(str(place))
    found = Problems()
    found.error(place, "the recipient “{name}” is listed twice", name="Lönebyrån")
    assert found.items[0].location.template == "sheet “{sheet}”, row {row}"
    made: list[str] = []

    class Counted(Message):
        def __new__(cls, template, **params):
            made.append(template)
            return super().__new__(cls, template, **params)

    monkeypatch.setattr(problems_module, "Message", Counted)
    for i in range(MAX_LISTED + 50):
        found.error(place, "the recipient “{name}” is listed twice", name=str(i))
    # (each listed one: its text and its place; none for the 51 past them)
    assert len(made) == 2 * (MAX_LISTED - 1) and found.unlisted == 51 and found.error_count == MAX_LISTED + 51


def test_a_decoding_problem_names_its_line_and_column_as_a_message():
    with pytest.raises(InvalidSource) as caught:
        decode(b'{"a":\n "\xff"}', "x.json")
    problem = caught.value.problems[0]
    assert str(problem) == "line 2, column 3: the file is not UTF-8 text (byte 0xFF); save it as UTF-8 and retry"
    assert problem.location.params == {"line": 2, "column": 3} and problem.message.params == {"byte": 0xFF}


def test_a_field_named_in_a_problem_is_said_in_english_as_before_and_keeps_its_key():
    with pytest.raises(InvalidSource) as caught:
        jsonformat.parse('{"format_version": 1, "recipients": [{"name": "R", "kind": "vendor"}], "activities": []}')
    message = caught.value.problems[0].message
    assert message.startswith("unknown recipient kind 'vendor'; allowed: processor")
    what = message.params["what"]
    assert isinstance(what, Said) and what == "recipient kind" and what.template == "Kind"
    assert what.key == "field.recipient.kind"
    again = pickle.loads(pickle.dumps(field_label("Purposes", "field.activity.purposes", "purposes")))
    assert (again, again.template, again.key) == ("purposes", "Purposes", "field.activity.purposes")
