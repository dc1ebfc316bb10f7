"""Through the real widgets only: fill every field of an activity, a recipient and the organisation,
link recipients, undo and redo every step, reopen the file and find every value."""

from dataclasses import replace
from datetime import date

import pytest

from ropa_app.domain import model
from ropa_app.store import RegisterStore

from ..store.full_records import full_activity

from .checks_helpers import open_window
from .driver import field_widget, fill

ORG = model.Organisation(name="Ørsted & Søn ApS")


def _register(tmp_path):
    path = tmp_path / "edit.ropa"
    with RegisterStore.create(path, ORG) as store:
        a = store.recipients.add(model.Recipient(name="Fortnox AB", country="SE"))
        b = store.recipients.add(model.Recipient(name="Zendesk, Inc.", country="US"))
    return path, a, b


def expected_activity(recipients):
    """What the test types into every field. A one-line field added to the model later and not named here
    gets the round-trip fixture's value (tests/store/full_records.py), so that fixture is the one place to
    give a new field its test value."""
    return _and_new_fields(model.Activity(
        ref="PA-001",
        name="Lönehantering för Ærø-kontoret",
        role="processor",
        business_function="HR & Ekonomi",
        owner="Łukasz Żółć",
        description="Månadslön.\nAndra raden <b>x</b>",
        purposes=["Betala ut lön", "=1+1"],
        joint_controllers=[model.JointController("Ἀθῆναι AB", "info@athenai.example", "https://x.example/26")],
        data_subject_categories=["Anställda", "Tidigare anställda"],
        data_categories=[
            model.DataCategory("Sjukfrånvaro", "health", "2 år", ["Anställda"]),
            model.DataCategory("Bakgrundskontroll", "criminal", "tills anställd", ["Anställda", "Tidigare anställda"]),
        ],
        special_category_conditions=["art9_2_b"],
        criminal_data_basis="Lag (2021:1234)",
        legal_bases=["art6_1_a", "art6_1_b", "art6_1_f"],  # consent and legitimate interests: their fields show
        legal_basis_note="Anställningsavtal",
        legitimate_interests="Bedrägeriskydd",
        lia_link="https://intranet.example/lia",
        consent_record_link="https://intranet.example/consent",
        recipient_categories=["Lönebyrå"],
        recipients=recipients,
        retention="7 år",
        security_measures=["access_control", "logging"],
        security_description="MFA och loggning",
        source="Den anställde",
        automated_decision_making="yes",
        adm_description="Ingen profilering",
        dpia_status="done",
        dpia_criteria=["sensitive_data", "vulnerable_subjects"],
        dpia_link="https://intranet.example/dpia",
        systems=["Fortnox Lön"],
        controllers=[model.ControllerRef("Kund AB", "kund@example.se", "Rep GmbH", "dpo@kund.example")],
        processing_categories=["Hosting"],
        status="active",
        last_reviewed=date(2026, 1, 15),
        next_review=date(2027, 1, 15),
        notes="AT&T — Ørsted",
        transfers=[model.Transfer(country="IN", mechanism="derogation", derogation="art49_1_b")],
    ))


def _and_new_fields(activity):
    full = full_activity()
    new = {fs.key: getattr(full, fs.key) for fs in model.fields_of(model.Activity)
           if fs.kind.family in ("text", "date", "bool", "choice") and not fs.kind.many
           and getattr(activity, fs.key) == model.default_of(model.Activity, fs.key)}
    return replace(activity, **new)


def _strip_ids(a):
    return replace(a, transfers=[replace(t, id=None) for t in a.transfers])


def test_activity_every_field_through_widgets_with_undo_redo(qtbot, tmp_path):
    path, r1, r2 = _register(tmp_path)
    window = open_window(qtbot, path)
    window.action_new_activity.trigger()
    editor = window.activities_page.editor
    assert editor.isEnabled()
    stack = window.session.undo_stack
    want = expected_activity([r1, r2])
    # Fields appear when they apply: joint controllers for a joint controller, the Art. 30(2) fields for a
    # processor, Art. 9/10 fields once such data is listed. Fill them in an order that shows each one.
    steps = [("name", want.name), ("role", "joint_controller"), ("joint_controllers", want.joint_controllers),
             ("role", "processor")]
    steps += [(fs.key, getattr(want, fs.key)) for fs in model.fields_of(model.Activity)
              if fs.key not in ("name", "role", "ref", "joint_controllers")]
    for key, value in steps:
        w = field_widget(editor, key)
        assert w is editor.form.widgets[key], key
        assert w.isVisible(), f"{key} is not shown"
        before = stack.count()
        fill(qtbot, w, value)
        assert stack.count() > before, f"editing {key} made no undoable edit"
    got = window.store.activities.get(editor.record.id)
    assert _strip_ids(got) == replace(want, id=got.id)
    assert [dc.subjects for dc in got.data_categories] == [["Anställda"], ["Anställda", "Tidigare anställda"]]
    table = editor.form.widgets["data_categories"]
    col = table.model.column("subjects")
    assert table.model.index(1, col).data() == "Anställda, Tidigare anställda"

    # Undo every step back to nothing, then redo every step.
    steps = stack.count()
    assert window.action_undo.text().startswith("&Undo") or "Undo" in window.action_undo.text()
    for _ in range(steps):
        window.action_undo.trigger()
    assert window.store.activities.count() == 0
    for _ in range(steps):
        window.action_redo.trigger()
    got = window.store.activities.get(got.id)
    assert _strip_ids(got) == replace(want, id=got.id)
    window.close()

    with RegisterStore.open(path) as again:
        reopened = again.activities.all()
        assert len(reopened) == 1
        assert _strip_ids(reopened[0]) == replace(want, id=reopened[0].id)


def test_recipient_every_field_through_widgets(qtbot, tmp_path):
    path, r1, r2 = _register(tmp_path)
    window = open_window(qtbot, path)
    window.action_new_recipient.trigger()
    editor = window.recipients_page.editor
    want = model.Recipient(
        name="Kaveri Support Services Pvt Ltd",
        legal_entity="Kaveri Support Services Private Limited",
        address="MG Road 1\nBengaluru",
        country="IN",
        contact="privacy@kaveri.example",
        kind="processor",
        service="Second-line support",
        processing_countries=["IN", "SE"],
        dpa_signed=date(2025, 3, 1),
        dpa_link="https://intranet.example/dpa/kaveri",
        sub_processors=[r1],
        transfers=[model.Transfer(country="IN", mechanism="scc_2021", scc_module="2", tia_date=date(2025, 2, 1),
                                  tia_link="https://intranet.example/tia", supplementary_measures="Encryption")],
        notes="Åtgärd: ny TIA 2027",
        owner="Bo Ek", review_interval="6m", last_reviewed=date(2026, 2, 1), reviewed_by="Bo Ek",
        review_note="Avtalet genomläst", next_review=date(2026, 8, 1),  # the Review group
    )
    stack = window.session.undo_stack
    for fs in model.fields_of(model.Recipient):
        w = editor.form.widgets[fs.key]
        assert w.objectName() == fs.key
        before = stack.count()
        fill(qtbot, w, getattr(want, fs.key))
        if getattr(model.Recipient(name="New recipient"), fs.key) != getattr(want, fs.key):
            assert stack.count() > before, fs.key
    rid = editor.record.id
    got = window.store.recipients.get(rid)
    assert replace(got, transfers=[replace(t, id=None) for t in got.transfers]) == replace(want, id=rid)
    steps = stack.count()
    for _ in range(steps):
        window.action_undo.trigger()
    assert window.store.recipients.count() == 2
    for _ in range(steps):
        window.action_redo.trigger()
    window.close()
    with RegisterStore.open(path) as again:
        got = again.recipients.get(rid)
        assert replace(got, transfers=[replace(t, id=None) for t in got.transfers]) == replace(want, id=rid)


def test_organisation_every_field_through_widgets(qtbot, tmp_path):
    path, _r1, _r2 = _register(tmp_path)
    window = open_window(qtbot, path)
    window.show_page("organisation")
    editor = window.organisation_page
    want = model.Organisation(
        name="Trastvik Systems AB", org_number="559214-7838", address="Stora Badhusgatan 18\nGöteborg",
        country="SE", email="info@trastvik.example", phone="+46 31 000 00", website="https://trastvik.example",
        dpo_appointed=True, dpo_name="Elin Bergqvist", dpo_email="dpo@trastvik.example", dpo_phone="+46 70 1",
        dpo_address="Box 1, Göteborg", privacy_contact_name="Åsa Öberg", privacy_contact_email="privacy@t.example",
        representative_name="Ørsted Rep ApS", representative_contact="Ἀθῆναι 12", supervisory_authority="IMY",
        export_language="sv",
    )
    order = ["dpo_appointed"] + [fs.key for fs in model.fields_of(model.Organisation) if fs.key != "dpo_appointed"]
    for key in order:
        fill(qtbot, editor.form.widgets[key], getattr(want, key))
    assert window.store.organisation() == want
    assert "Trastvik Systems AB" in window.windowTitle()
    stack = window.session.undo_stack
    steps = stack.count()
    assert steps >= len(model.fields_of(model.Organisation)) - 1
    for _ in range(steps):
        window.action_undo.trigger()
    assert window.store.organisation() == ORG
    for _ in range(steps):
        window.action_redo.trigger()
    assert window.store.organisation() == want
    window.close()
    with RegisterStore.open(path) as again:
        assert again.organisation() == want


@pytest.mark.parametrize("bad", ["2026-02-30", "next week"])
def test_a_date_that_is_not_real_is_marked_and_not_saved(qtbot, tmp_path, bad):
    path, _r1, _r2 = _register(tmp_path)
    window = open_window(qtbot, path)
    window.action_new_activity.trigger()
    editor = window.activities_page.editor
    w = editor.form.widgets["next_review"]
    fill(qtbot, w, bad)
    assert w.property("invalid") is True
    assert window.store.activities.get(editor.record.id).next_review is None
