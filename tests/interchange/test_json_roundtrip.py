"""The JSON register document is lossless: export -> import into a new register -> export is identical."""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from ropa_app.domain import model
from ropa_app.interchange import InvalidSource, build_plan, dumps, export_json, parse, to_document
from ropa_app.interchange.records import match_key
from ropa_app.store import RegisterStore
from ropa_app.store.importing import create_register_from_plan

from ..store.full_records import full_activity, full_breach, full_organisation, full_recipient, full_request
from .helpers import make_register_file
from .strategies import registers


def _reimport(text: str, path: Path) -> str:
    create_register_from_plan(path, build_plan(parse(text)))
    with RegisterStore.open(path, readonly=True) as store:
        return export_json(store.load_register())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(registers())
def test_export_import_export_is_identical(register):
    with tempfile.TemporaryDirectory() as tmp:
        first = make_register_file(Path(tmp) / "first.ropa", register)
        with RegisterStore.open(first, readonly=True) as store:
            stored = store.load_register()
        doc = to_document(stored)
        # The document says what the register holds: every value of every field, exactly.
        assert doc == to_document(register)
        text = dumps(doc)
        assert _reimport(text, Path(tmp) / "second.ropa") == text
        # Importing the same document into the register it came from changes nothing (when every
        # activity can be recognised: by its reference or its name).
        if all(match_key(a.ref) or match_key(a.name) for a in stored.activities):
            plan = build_plan(parse(text), stored)
            assert not plan.has_changes, plan.summary_lines()


def test_every_field_is_in_the_document(tmp_path):
    rec = full_recipient([2])
    rec.id = 1
    sub = model.Recipient(name="Sub GmbH", country="DE", id=2)
    register = model.Register(full_organisation(), [full_activity([1, 2])], [rec, sub])
    doc = json.loads(export_json(register))
    for key, cls in (("organisation", model.Organisation),):
        assert list(doc[key]) == [fs.key for fs in model.fields_of(cls)]
    assert list(doc["recipients"][0]) == ["id"] + [fs.key for fs in model.fields_of(model.Recipient)]
    assert list(doc["activities"][0]) == [fs.key for fs in model.fields_of(model.Activity)]
    assert doc["activities"][0]["recipients"] == ["R1", "R2"]
    assert doc["recipients"][0]["sub_processors"] == ["R2"]
    assert doc["recipients"][0]["transfers"][0]["dpf_verified_on"] == "2026-02-01"
    assert "id" not in doc["recipients"][0]["transfers"][0], "transfer ids are internal to the register file"
    path = make_register_file(tmp_path / "a.ropa", register)
    with RegisterStore.open(path) as store:
        assert export_json(store.load_register()) == export_json(register)
    assert _reimport(export_json(register), tmp_path / "b.ropa") == export_json(register)


def test_output_is_deterministic_and_readable():
    a = model.Recipient(name="zeta", id=7)
    b = model.Recipient(name="Alpha", id=3)
    act = model.Activity(name="Löner", recipients=[7, 3])
    one = export_json(model.Register(model.Organisation(name="Ørsted"), [act], [a, b]))
    two = export_json(model.Register(model.Organisation(name="Ørsted"), [act], [b, a]))
    assert one == two, "the recipients' order in the register does not change the document"
    doc = json.loads(one)
    assert [r["name"] for r in doc["recipients"]] == ["Alpha", "zeta"]
    assert doc["activities"][0]["recipients"] == ["R2", "R1"], "an activity's recipient order is kept"
    assert "Ørsted" in one and "Löner" in one, "letters are written as they are, not as \\u escapes"
    assert one.endswith("}\n")


def test_lenient_input_forms(tmp_path):
    """Hand-written documents may refer to recipients by name, leave fields out, write null for text
    and lower-case country codes."""
    text = json.dumps({
        "format_version": 1,
        "organisation": {"name": "Åkerö AB", "country": "se", "phone": None},
        "recipients": [{"name": "Mailchimp", "country": "us", "processing_countries": ["us"]},
                       {"id": 5, "name": "Sub", "kind": ""}],
        "activities": [{"name": "Nyhetsbrev", "recipients": ["mailchimp", 5], "role": ""}],
    })
    incoming = parse(text)
    assert incoming.organisation.record.country == "SE"
    assert incoming.organisation.provided == {"name", "country", "phone"}
    assert incoming.recipients[0].record.processing_countries == ["US"]
    assert incoming.recipients[1].record.kind == "processor", "an empty choice means its default"
    assert incoming.activities[0].record.recipients == [1, 2]
    assert incoming.activities[0].record.role == "controller"


def test_data_subjects_of_a_data_category(tmp_path):
    """The optional "subjects" of a data category: a document without it (written before the field existed)
    imports with no links; a name given twice is kept once (as the register keeps it)."""
    activity = {"name": "Vård", "data_subject_categories": ["Patienter", "Anhöriga"],
                "data_categories": [{"name": "Journal", "special": "health", "retention": "10 år"},
                                    {"name": "Namn", "subjects": ["Anhöriga", "Patienter", "Anhöriga"]}]}
    incoming = parse(json.dumps({"format_version": 1, "activities": [activity]}))
    journal, name = incoming.activities[0].record.data_categories
    assert (journal.subjects, name.subjects) == ([], ["Anhöriga", "Patienter"])
    text = export_json(incoming.register())
    written = json.loads(text)["activities"][0]["data_categories"]
    assert [d["subjects"] for d in written] == [[], ["Anhöriga", "Patienter"]]
    assert _reimport(text, tmp_path / "a.ropa") == text


def test_a_link_to_data_subjects_the_activity_does_not_list_is_imported_with_a_warning(tmp_path):
    from ropa_app.interchange import load

    activity = {"ref": "PA-7", "name": "Vård", "data_subject_categories": ["Patienter"],
                "data_categories": [{"name": "Journal", "subjects": ["Patienter", "Besökare"]},
                                    {"name": "Namn", "subjects": ["Patienter"]}]}
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"format_version": 1, "activities": [activity]}), encoding="utf-8")
    incoming = load(path)
    [warning] = [w for w in incoming.warnings if "Besökare" in w.message]
    assert warning.severity == "warning" and warning.location == "$.activities[0]"
    assert "“Journal”" in warning.message and "“Vård”" in warning.message
    assert incoming.activities[0].record.data_categories[0].subjects == ["Patienter", "Besökare"]


def test_every_breach_and_request_field_is_in_the_document_and_comes_back(tmp_path):
    """The breach log and the request log: every field under its register-fields key, moments to the minute,
    links to activities by their reference and to recipients by document id; imported into a new register,
    the links point at the new register's records."""
    rec = full_recipient([])
    rec.id = 1
    act = full_activity([1])
    act.id = 5
    other = model.Activity(ref="", name="Kundregister", id=6)
    register = model.Register(full_organisation(), [act, other], [rec], breaches=[full_breach([5, 6], [1])],
                              requests=[full_request([6])])
    doc = json.loads(export_json(register))
    assert doc["format_version"] == 2
    assert list(doc["breaches"][0]) == [fs.key for fs in model.fields_of(model.Breach)]
    assert list(doc["requests"][0]) == [fs.key for fs in model.fields_of(model.DataSubjectRequest)]
    assert doc["breaches"][0]["activities"] == ["PA-042", "Kundregister"]  # by reference, else by name
    assert doc["breaches"][0]["recipients"] == ["R1"]
    assert doc["breaches"][0]["discovered_at"] == "2026-03-03T14:30"
    assert doc["requests"][0]["activities"] == ["Kundregister"]
    assert _reimport(export_json(register), tmp_path / "b.ropa") == export_json(register)
    with RegisterStore.open(tmp_path / "b.ropa", readonly=True) as store:
        got = store.load_register()
    by_id = {a.id: a.name for a in got.activities}
    assert [by_id[i] for i in got.breaches[0].activities] == [act.name, "Kundregister"]
    assert [got.recipient(i).name for i in got.breaches[0].recipients] == [rec.name]


def test_a_document_of_format_version_1_still_imports(tmp_path):
    """Version 1 had no breach log and no request log: it is read as it was, both logs empty."""
    text = json.dumps({"format_version": 1, "organisation": {"name": "Gamla AB"},
                       "recipients": [{"id": "R1", "name": "Moln AB"}],
                       "activities": [{"ref": "PA-1", "name": "Lön", "recipients": ["R1"]}]})
    incoming = parse(text)
    create_register_from_plan(tmp_path / "old.ropa", build_plan(incoming))
    with RegisterStore.open(tmp_path / "old.ropa", readonly=True) as store:
        got = store.load_register()
    assert got.organisation.name == "Gamla AB" and got.breaches == [] and got.requests == []
    assert [got.recipient(i).name for i in got.activities[0].recipients] == ["Moln AB"]


def test_a_link_to_an_activity_the_document_does_not_hold_is_an_error():
    text = json.dumps({"format_version": 2, "activities": [{"ref": "PA-1", "name": "Lön"}],
                       "breaches": [{"title": "x", "activities": ["PA-1", "PA-9"], "discovered_at": "2026-03-03"}]})
    try:
        parse(text)
    except InvalidSource as exc:
        problems = [f"{p.location}: {p.message}" for p in exc.problems]
        assert "$.breaches[0].activities[1]: no activity has the reference or name 'PA-9'" in problems
        assert any(p.startswith("$.breaches[0].discovered_at: not a real date and time") for p in problems)
    else:
        raise AssertionError("expected errors")
