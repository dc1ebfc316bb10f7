"""The register document: everything as text in the target language, nothing dropped."""

from datetime import date, datetime

import pytest

from ropa_app.domain import model
from ropa_app.export import ExportCancelled, ExportOptions, build_document
from ropa_app.export.i18n import LANGUAGES, table

from .samples import choice_terms, dates_of, full_activity, full_register, user_strings

WHEN = datetime(2026, 11, 22, 14, 5)


def doc(lang="en", **opts):
    opts.setdefault("scope", "internal")  # every field (the Art. 30 record leaves the internal ones out)
    return build_document(full_register(), lang, ExportOptions(exported_at=WHEN, prepared_by="Tester", **opts))


def section(d, key):
    return next(s for s in d.sections if s.key == key)


def record_text(sec, record_id):
    rec = next(r for r in sec.records if r.id == record_id)
    return "\n".join(rec.values.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_of_a_full_activity_is_in_its_record(lang):
    d = doc(lang)
    text = record_text(section(d, "controller"), 1)
    a = full_activity()
    direct = a.transfers
    a.transfers = []
    for s in user_strings(a):
        assert s in text, s
    # The activity's own transfers: destination and safeguards with the activity, every detail in the annex.
    assert "Clause 14 TIA on file" in text and "BCR-P 2019" in text
    annex = "\n".join("\n".join(r.values.values()) for r in section(d, "transfers").records)
    for s in user_strings(direct[0]):
        assert s in annex, s
    for term in choice_terms(a, table(lang)):
        assert term in text, term
    for day in dates_of(a):
        if day in (date(2026, 11, 22), date(2027, 5, 1)):
            assert d.tr.date(day) in text
    assert "Nimbus Cloud Inc." in text  # recipients by name


def test_the_organisation_and_every_recipient_field_appear():
    d = doc("en")
    org_text = "\n".join(v for _k, _l, v, _m in d.organisation)
    for s in user_strings(full_register().organisation):
        assert s in org_text, s
    rec_text = "\n".join("\n".join(r.values.values()) for r in section(d, "recipients").records)
    for r in full_register().recipients:
        for s in user_strings(r):
            if s not in ("=1+1 <b>x</b> AT&T",):  # transfer notes: shown in the transfers annex
                assert s in rec_text, s
    assert "United States (US)\nIreland (IE)" in rec_text  # processing countries by name and code


@pytest.mark.parametrize("lang, word", [("en", "Missing"), ("sv", "Saknas"), ("nb", "Mangler"), ("da", "Mangler")])
def test_empty_mandatory_fields_say_missing(lang, word):
    d = doc(lang)
    rec = next(r for r in section(d, "controller").records if r.id == 3)
    assert set(rec.missing) == {"purposes", "data_subject_categories", "data_categories", "recipient_categories"}
    for key in rec.missing:
        assert rec.values[key] == word
    rows = section(d, "controller").detail_rows(rec)
    assert [lab for lab, _v, missing in rows if missing] == [
        d.tr.field("activity", k)
        for k in ("purposes", "data_subject_categories", "data_categories", "recipient_categories")
    ]
    # An empty Art. 30 point asked "where possible" says so (it is no mandatory gap: not styled as missing).
    assert rec.values["retention"] == d.tr("not_stated") and "retention" not in rec.missing


def test_processor_mandatory_fields_follow_the_role():
    reg = full_register()
    reg.activities[1].controllers = []
    d = build_document(reg, "en", ExportOptions(exported_at=WHEN))
    rec = section(d, "processor").records[0]
    assert rec.missing == ("controllers",)
    assert "purposes" not in rec.values  # not asked of a processor


def test_controller_columns_cover_the_ico_mandatory_columns_in_order():
    cols = [c.key for c in section(doc(), "controller").columns]
    ico = ["business_function", "purposes", "data_subject_categories", "data_categories", "recipient_categories",
           "third_countries", "transfer_safeguards", "retention", "security_measures",
           "security_description"]  # fmt: skip
    assert [k for k in cols if k in ico] == ico
    assert cols[:2] == ["ref", "name"] and "legal_bases" in cols and "joint_controllers" in cols
    # Even in a register where nobody filled them, the mandatory columns are there.
    empty = build_document(model.Register(activities=[model.Activity(name="x")]), "en")
    assert all(k in [c.key for c in section(empty, "controller").columns] for k in ico)


def test_processor_register_only_when_there_are_processor_activities():
    assert [s.key for s in doc().sections] == ["controller", "processor", "recipients", "transfers"]
    reg = full_register()
    reg.activities = [a for a in reg.activities if a.role != "processor"]
    assert "processor" not in [s.key for s in build_document(reg, "en").sections]
    only = build_document(reg, "en", ExportOptions(recipients_annex=False, transfers_annex=False))
    assert [s.key for s in only.sections] == ["controller"]


def test_transfers_by_country_name_with_recipient_and_safeguards():
    rec = section(doc("da"), "controller").records[0]
    assert "USA (US) — via Nimbus Cloud Inc." in rec.values["third_countries"]
    assert "Standardbestemmelser om databeskyttelse 2021" in rec.values["transfer_safeguards"]
    assert "Clause 14 TIA on file" in rec.values["transfer_safeguards"]


def test_dates_lists_and_booleans_in_the_language():
    rec = section(doc("nb"), "controller").records[0]
    assert rec.values["last_reviewed"] == "22.11.2026"
    assert rec.values["automated_decision_making"] == "Ja"
    assert rec.values["purposes"] == "=1+1\nAnswer support requests"
    assert rec.values["role"] == "Felles behandlingsansvarlig"
    assert doc("sv").exported_at_text == "2026-11-22 14:05"
    assert doc("en").exported_at_text == "22 Nov 2026, 14:05"


def test_control_characters_are_removed_and_reported():
    reg = full_register()
    reg.activities[0].notes = "bell\x07 and nul\x00 gone\r\nnext"
    d = build_document(reg, "en", ExportOptions(scope="internal"))
    assert section(d, "controller").records[0].values["notes"] == "bell and nul gone\nnext"
    assert [code for code, _ in d.warnings] == ["characters_removed"]


def test_default_language_is_the_organisations():
    assert build_document(full_register()).language == "sv"
    reg = full_register()
    reg.organisation.export_language = "de"  # not an export language: English rather than a failure
    assert build_document(reg).language == "en"
    with pytest.raises(ValueError):
        build_document(reg, "de")


def test_findings_annex_lists_the_checks_findings():
    d = doc("sv", findings=True)
    findings = section(d, "findings")
    assert findings.records, "the incomplete activity must produce findings"
    severities = {r.values["severity"] for r in findings.records}
    assert severities <= {"Fel", "Varning", "Information"} and "Fel" in severities
    assert any(r.values.get("record") == "PA-200 Half-documented activity" for r in findings.records)


def test_cancel_while_building():
    reg = model.Register(activities=[model.Activity(name=f"a{i}") for i in range(500)])
    with pytest.raises(ExportCancelled):
        build_document(reg, "en", cancelled=lambda: True)


def test_a_data_category_line_names_its_data_subjects():
    rec = section(doc("en"), "controller").records[0]
    assert rec.values["data_categories"].split("\n") == [
        "Contact details — Retention: 2 years after the contract; Data subjects: Customers' employees",
        "Sick-leave notes — Special category or criminal-offence data: Health data; Retention: <b>x</b>; "
        "Data subjects: Ἀθῆναι, Customers' employees",
    ]  # fmt: skip
    a = model.Activity(name="x", data_subject_categories=["Staff"], data_categories=[
        model.DataCategory("Name"),  # no subjects: no label either
        model.DataCategory("", retention="1 year", subjects=["Staff", "Patients,\nadults"]),  # no name
    ])  # fmt: skip
    line = section(build_document(model.Register(activities=[a]), "sv"), "controller").records[0].values
    assert line["data_categories"].split("\n") == [
        "Name", "Lagringstid: 1 year; Registrerade: Staff, Patients,; adults"]  # a value's line break shows as "; "
