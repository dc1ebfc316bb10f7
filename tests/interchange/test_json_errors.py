"""Broken register documents: every problem is reported with its place, and nothing is written."""

import json

import pytest

from ropa_app.domain import model
from ropa_app.interchange import InvalidSource, build_plan, load, parse
from ropa_app.interchange.sources import MAX_SOURCE_BYTES
from ropa_app.store import RegisterStore
from ropa_app.store.importing import apply_plan

from .helpers import digest, make_register_file, run_cli


def _problems(text: str) -> list[str]:
    with pytest.raises(InvalidSource) as info:
        parse(text)
    return [str(p) for p in info.value.problems]


def _doc(**parts) -> str:
    return json.dumps({"format_version": 1, **parts}, ensure_ascii=False)


def test_syntax_error_gives_line_and_column():
    text = '{\n  "format_version": 1,\n  "activities": [\n    {"name": "A",}\n  ]\n}\n'
    assert _problems(text) == [
        "line 4, column 18: this is not valid JSON: Expecting property name enclosed in double quotes"
    ]


def test_truncated_json():
    (problem,) = _problems('{"format_version": 1, "activities": [{"name": "Lön')
    assert problem.startswith("line 1, column 47: this is not valid JSON: Unterminated string")


@pytest.mark.parametrize(
    "version, expected",
    [
        (3, "newer ROPA Desk"),
        ("1", "expected the number 2"),
        (0, "unknown format version 0"),
        (None, "expected the number 2"),
    ],
)
def test_wrong_format_version(version, expected):
    (problem,) = _problems(json.dumps({"format_version": version, "activities": [{"role": "nonsense"}]}))
    assert problem.startswith("$.format_version: ") and expected in problem


def test_missing_format_version():
    assert _problems('{"activities": []}') == [
        '$.format_version: missing: a ROPA Desk register document has "format_version": 2'
    ]


def test_all_problems_are_collected_with_their_paths():
    text = _doc(
        organisation={"name": "X", "country": "XX", "export_language": "de"},
        recipients=[
            {"id": "R1", "name": "Cloud", "processing_countries": ["US", "QQ"], "dpa_signed": "2024-02-30"},
            {"id": "R1", "name": "cloud", "kind": "vendor", "transfers": [{"country": "ZZ", "mechanism": "sccs"}]},
        ],
        activities=[
            {"name": "A", "legal_bases": ["art6_1_b"]},
            {"name": "B"},
            {"name": "C"},
            {"name": "D", "legal_bases": ["art6_1_b", "contract"], "recipients": ["R1", "R9"], "colour": "red",
             "data_categories": [{"name": "Health", "special": "medical"}], "automated_decision_making": "maybe"},
        ],
    )
    problems = _problems(text)
    expected = [
        "$.organisation.country: unknown country code 'XX'",
        "$.organisation.export_language: unknown export language 'de'",
        "$.recipients[0].processing_countries[1]: unknown country code 'QQ'",
        "$.recipients[0].dpa_signed: not a real date: '2024-02-30'",
        "$.recipients[1].id: the id 'R1' is already used",
        "$.recipients[1].name: the name 'cloud' is already used by $.recipients[0]",
        "$.recipients[1].kind: unknown recipient kind 'vendor'",
        "$.recipients[1].transfers[0].country: unknown country code 'ZZ'",
        "$.recipients[1].transfers[0].mechanism: unknown transfer mechanism 'sccs'",
        "$.activities[3].legal_bases[1]: unknown legal basis 'contract'",
        "$.activities[3].recipients[1]: no recipient has the id or name 'R9'",
        "$.activities[3].colour: unknown field 'colour'",
        "$.activities[3].data_categories[0].special: unknown special category 'medical'",
        "$.activities[3].automated_decision_making: unknown answer 'maybe'",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), f"{start!r} not in {problems}"
    assert len(problems) == len(expected)


def test_messages_help_to_fix():
    problems = _problems(_doc(activities=[{"name": "A", "legal_bases": ["art6_1_x"], "purpose": ["x"]}],
                              organisation={"country": "Sweden"}))
    assert any("did you mean 'purposes'" in p for p in problems)
    assert any("allowed: art6_1_a, art6_1_b" in p for p in problems)
    assert any("did you mean 'SE', Sweden" in p for p in problems)


def test_structure_errors():
    assert _problems("[]") == ['$: expected a JSON object with "format_version", "recipients" and "activities"']
    problems = _problems(_doc(activities={"name": "A"}, recipients=[[]], extra=1))
    assert "$.activities: expected a list [...]" in problems
    assert "$.recipients[0]: expected an object {...}, got a list" in problems
    assert any(p.startswith("$.extra: unknown top-level key") for p in problems)


def test_duplicate_keys_and_references():
    text = '{"format_version": 1, "activities": [{"ref": "PA-1", "name": "A", "name": "B"}, {"ref": "pa-1 "}]}'
    problems = _problems(text)
    assert "$.activities[0].name: this key is given more than once in the same object" in problems
    assert "$.activities[1].ref: the reference 'pa-1 ' is already used by $.activities[0]" in problems


def test_self_sub_processor_and_conflicting_data_categories():
    problems = _problems(_doc(
        recipients=[{"id": "R1", "name": "A", "sub_processors": ["R1"]}],
        activities=[{"data_categories": [{"name": "X"}, {"name": "X", "special": "health"}]}],
    ))
    assert "$.recipients[0].sub_processors: a recipient cannot be its own sub-processor" in problems
    assert any(
        p.startswith("$.activities[0].data_categories[1].name: the data category 'X' is listed twice") for p in problems
    )


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"format_version": 1,\n "organisation": {"name": "Åkerö"}}'.encode("latin-1"))
    with pytest.raises(InvalidSource) as info:
        load(path)
    assert str(info.value.problems[0]) == (
        "line 2, column 28: the file is not UTF-8 text (byte 0xC5); save it as UTF-8 and retry"
    )


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1)
    with pytest.raises(InvalidSource) as info:
        load(path)
    assert str(info.value.problems[0]) == (
        "huge.json: the file is 50.0 MB; ROPA Desk imports files up to 50.0 MB. Nothing was imported."
    )


BROKEN = {
    "syntax": ('{"format_version": 1, "activities": [', "line 1, column 38: this is not valid JSON"),
    "version": ('{"format_version": 3}', "$.format_version: format version 3 was written by a newer ROPA Desk"),
    "vocabulary": ('{"format_version": 1, "activities": [{"legal_bases": ["art6_1_z"]}]}',
                   "$.activities[0].legal_bases[0]: unknown legal basis 'art6_1_z'"),
    "country": ('{"format_version": 1, "recipients": [{"name": "A", "country": "XX"}]}',
                "$.recipients[0].country: unknown country code 'XX'"),
    "encoding": ('{"format_version": 1, "organisation": {"name": "Åkerö"}}'.encode("latin-1"),
                 "line 1, column 49: the file is not UTF-8 text"),
    "oversized": (None, "broken.json: the file is 50.0 MB; ROPA Desk imports files up to 50.0 MB"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_cli_merge_of_a_broken_document_leaves_the_register_unchanged(tmp_path, monkeypatch, capsys, kind):
    content, expected = BROKEN[kind]
    register = model.Register(model.Organisation(name="Org"), [model.Activity(name="Existing")], [])
    path = make_register_file(tmp_path / "r.ropa", register)
    before = digest(path)
    source = tmp_path / "broken.json"
    if content is None:
        with open(source, "wb") as fh:
            fh.truncate(MAX_SOURCE_BYTES + 1)
    else:
        source.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, out, err = run_cli(monkeypatch, capsys, "import", path, source, "--merge")
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"ropa-app: error: {expected}")
    assert lines[-1] == "ropa-app: nothing was imported: 1 error(s) in broken.json"
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "r.ropa"]


def test_failure_while_writing_rolls_back_everything(tmp_path, monkeypatch):
    """An error half-way through the write (here: the 3rd activity) leaves the file byte-for-byte as it was."""
    register = model.Register(model.Organisation(name="Org"), [model.Activity(name="Existing")], [])
    path = make_register_file(tmp_path / "r.ropa", register)
    before = digest(path)
    incoming = parse(_doc(
        organisation={"name": "New name"},
        recipients=[{"name": "Cloud"}],
        activities=[{"name": f"A{i}", "recipients": ["Cloud"]} for i in range(5)],
    ))
    with RegisterStore.open(path) as store:
        plan = build_plan(incoming, store.load_register())
        calls = {"n": 0}
        original = store.activities._write_children  # called for every added activity

        def failing_write(*args):
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError("disk full")
            return original(*args)

        monkeypatch.setattr(store.activities, "_write_children", failing_write)
        with pytest.raises(OSError, match="disk full"):
            apply_plan(store, plan)
        assert calls["n"] == 3
        assert store.activities.count() == 1 and store.recipients.count() == 0
        assert store.organisation().name == "Org"
    assert digest(path) == before
