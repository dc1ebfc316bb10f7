"""The JSON import reads a valid record the fast way (`records._read_valid`: one reader per field, made once
from its field kind) and anything else the full way, which reports every problem: the two give the same
records, and a document with problems gives the same problems, whichever value is where. Problems are found
in time linear in their number."""

import json
import time

import pytest

from benchmarks.synthetic import synthetic_register
from ropa_app.domain import model
from ropa_app.domain.fieldkinds import MAX_TEXT_CHARS
from ropa_app.interchange import InvalidSource, export_json, parse, records
from ropa_app.interchange.problems import MAX_LISTED
from ropa_app.store.demo import build_demo_register
from tests.store.full_records import full_activity, full_breach, full_organisation, full_recipient, full_request


def _full_register() -> model.Register:
    first = full_recipient()
    first.id = 1
    second = full_recipient(sub_ids=[1])
    second.id, second.name = 2, "Andra Biträdet AB"
    activity = full_activity([1, 2])
    activity.id, activity.ref = 1, "PA-1"
    return model.Register(organisation=full_organisation(), recipients=[first, second], activities=[activity],
                          breaches=[full_breach([1], [2])], requests=[full_request([1])])


def _read(text: str, fast: bool, monkeypatch) -> tuple[str, object]:
    """("ok", the Incoming) or ("problems", their texts), read with or without the fast way."""
    with monkeypatch.context() as m:
        if not fast:
            m.setattr(records, "_read_valid", lambda *args, **kwargs: None)
        try:
            return "ok", parse(text)
        except InvalidSource as exc:
            return "problems", [str(p) for p in exc.problems]


@pytest.mark.parametrize("register", [
    pytest.param(_full_register, id="every-field"),
    pytest.param(build_demo_register, id="demo"),
    pytest.param(lambda: synthetic_register(40, 8), id="synthetic"),
])
def test_the_fast_way_reads_a_register_as_the_full_way_does(monkeypatch, register):
    text = export_json(register())
    taken = []
    read_valid = records._read_valid

    def counted(*args, **kwargs):
        got = read_valid(*args, **kwargs)
        taken.append(got is not None)
        return got

    monkeypatch.setattr(records, "_read_valid", counted)
    fast = parse(text)
    assert taken and all(taken), "every record of our own export is read the fast way"
    monkeypatch.undo()
    status, full = _read(text, False, monkeypatch)
    assert status == "ok"
    assert fast == full
    assert fast.register() == full.register()


# Values put in place of each value of the document: valid ones, values the full way corrects or takes a
# default for, and values it refuses
_VALUES = [
    None, "", " ", "x", "SE", "se", " SE ", "XX", "org:un", "controller", "yes", "not_assessed", "art6_1_b",
    True, False, 0, 7, 1.5, {}, {"name": "x"}, [], [""], [None], ["x", "x"], ["SE", "se"], ["art6_1_b"],
    ["bogus"], [{"name": "x"}], [{"name": "x"}, {"name": "x", "special": "health"}], "\ud800",
    "a" * (MAX_TEXT_CHARS + 1), "2026-01-05", "2026-02-30", "2026-01-05T10:30", "javascript:alert(1)",
    "https://example.com/dpa", "\\\\server\\share\\dpa.pdf",
]


def _places(doc) -> list[tuple]:
    """The path (keys and indexes) of every value in every record of the document, nested ones included."""
    out = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                out.append((*path, key))
                walk(value, (*path, key))
        elif isinstance(node, list):
            if node:
                walk(node[0], (*path, 0))

    for key, value in doc.items():
        walk(value, (key,))
    return out


def _with(doc, path, value) -> str:
    """The document's text with `value` at `path` (the document is left as it was)."""
    node = doc
    for step in path[:-1]:
        node = node[step]
    before = node[path[-1]]
    node[path[-1]] = value
    try:
        return json.dumps(doc, ensure_ascii=False)
    finally:
        node[path[-1]] = before


def test_every_value_anywhere_is_read_or_refused_as_the_full_way_does(monkeypatch):
    doc = json.loads(export_json(_full_register()))
    places = _places(doc)
    assert len(places) > 120  # every field of every kind of record, nested ones too
    differing = []
    for path in places:
        for value in _VALUES:
            text = _with(doc, path, value)
            fast, full = _read(text, True, monkeypatch), _read(text, False, monkeypatch)
            if fast != full:
                differing.append((path, value))
    assert differing == []


def test_an_object_with_every_field_is_read_by_one_function_of_its_class(monkeypatch):
    """Our export writes every field of every record: each is read by its class's function (`_whole_reader`),
    which gives what the loop over its keys gives."""
    text = export_json(_full_register())
    whole, used = records._whole_reader, []

    def counted(cls, extra, nested=False):
        keys, read = whole(cls, extra, nested)
        return keys, read and (lambda *args: used.append(cls) or read(*args))

    records._readers.cache_clear()  # the nested records' readers are made again, counted
    monkeypatch.setattr(records, "_whole_reader", counted)
    fast = parse(text)
    assert {model.Organisation, model.Recipient, model.Activity, model.Breach, model.DataCategory} <= set(used)
    monkeypatch.setattr(records, "_whole_reader", lambda cls, extra, nested=False: (frozenset(), None))
    records._readers.cache_clear()
    try:
        loop = parse(text)
    finally:
        records._readers.cache_clear()
    assert fast == loop
    assert fast.register() == loop.register()


def _reversed_keys(node):
    if isinstance(node, dict):
        return {key: _reversed_keys(node[key]) for key in reversed(node)}
    return [_reversed_keys(item) for item in node] if isinstance(node, list) else node


def test_keys_in_another_order_and_links_to_nothing_read_as_the_full_way_does(monkeypatch):
    doc = _reversed_keys(json.loads(export_json(_full_register())))
    text = json.dumps(doc, ensure_ascii=False)
    assert _read(text, True, monkeypatch) == _read(text, False, monkeypatch)
    doc["breaches"][0]["recipients"] = ["Nobody AB"]  # two links of one record refused: reported in its order
    doc["breaches"][0]["activities"] = ["No such activity"]
    text = json.dumps(doc, ensure_ascii=False)
    fast = _read(text, True, monkeypatch)
    assert fast[0] == "problems" and len(fast[1]) == 2
    assert fast == _read(text, False, monkeypatch)


def test_keys_unknown_or_given_twice_are_reported_as_before():
    text = ('{"format_version": 2, "recipients": [{"name": "A", "name": "B", "kind": "processor"}], '
            '"activities": [{"name": "X", "purpose": ["y"], "legal_bases": ["art6_1_b"]}]}')
    with pytest.raises(InvalidSource) as info:
        parse(text)
    assert [str(p) for p in info.value.problems] == [
        "$.recipients[0].name: this key is given more than once in the same object",
        "$.activities[0].purpose: unknown field 'purpose' (did you mean 'purposes'?)",
    ]


def _bad_document(n: int) -> str:
    """n activities with a bad value each, and an object holding one key n times."""
    activities = [{"name": f"A{i}", "legal_bases": ["bogus"]} for i in range(n)]
    text = json.dumps({"format_version": 2, "activities": activities})
    return text[:-1] + ", \"organisation\": {" + ", ".join(['"name": "x"'] * n) + "}}"


def _best_time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with pytest.raises(InvalidSource) as info:
            parse(text)
        best = min(best, time.perf_counter() - start)
    problems = info.value.problems
    assert len(problems) == MAX_LISTED + 1 and problems[-1].message.endswith("more problems, not listed")
    return best


def test_many_problems_are_found_in_linear_time():
    small, large = _best_time(_bad_document(2_000)), _best_time(_bad_document(8_000))
    assert large < 8 * small, f"{large:.3f} s for 4x the problems of {small:.3f} s: not linear"


_TEXTS = ["", "x", "a" * MAX_TEXT_CHARS, "a" * (MAX_TEXT_CHARS + 1), "é" * MAX_TEXT_CHARS, "é\ud800", "\udfff",
          "line\u2028break", 5, None, ["x"], {"x": 1}]


def test_a_text_is_taken_by_the_one_test_in_each_of_the_fast_ways():
    """The fast way's test of a text (`records._IS_TEXT`: a str of at most MAX_TEXT_CHARS characters without a lone
    surrogate) is written once, and each fast way takes it: `_valid_text`, the function made per class
    (`_whole_reader`), the loop over a record's keys, and a nested record's keys (each way in turn, a text field)."""
    activity = json.loads(export_json(_full_register()))["activities"][0]
    assert "notes" in activity and "subjects" in activity["data_categories"][0]
    taken = []
    for value in _TEXTS:
        valid = (type(value) is str and len(value) <= MAX_TEXT_CHARS
                 and not any(0xD800 <= ord(c) <= 0xDFFF for c in value))
        try:
            took = records._valid_text(value) is value
        except records._Invalid:
            took = False
        whole = dict(activity, name=value)
        loop = {key: v for key, v in whole.items() if key != "notes"}  # a key left out: the loop reads it
        categories = [dict(activity["data_categories"][0], retention=value), *activity["data_categories"][1:]]
        nested = dict(activity, data_categories=[{k: v for k, v in categories[0].items() if k != "subjects"},
                                                 *categories[1:]])
        ways = [records._read_valid(model.Activity, data) is not None
                for data in (whole, loop, dict(activity, data_categories=categories), nested)]
        taken.append(valid)
        assert [took, *ways] == [valid] * 5, value
    assert taken.count(True) == 5 and taken.count(False) == 7
