"""The library: templates and processors load, every fact has its source and date (or says it has none),
and a template applied as it is produces no error finding it could have avoided, in every Nordic country."""

import copy
import dataclasses
import json
from datetime import date

import pytest

from ropa_app import paths
from ropa_app.domain import vocab
from ropa_app.domain.checks import run_checks
from ropa_app.domain.library import (
    PROCESSOR, TEMPLATE, Fact, LibraryError, load_library, make_records, template_activity, validate,
)
from ropa_app.domain.model import Organisation, Register

TODAY = date(2026, 12, 6)
LANGS = ("en", "sv", "nb", "da", "fi")
COUNTRIES = {"SE": "sv", "NO": "nb", "DK": "da", "FI": "fi"}


@pytest.fixture(scope="module")
def lib():
    return load_library()


def _raw():
    folder = paths.resource_path("library")
    return (json.loads((folder / "templates.json").read_text(encoding="utf-8")),
            json.loads((folder / "processors.json").read_text(encoding="utf-8")))


def test_the_library_has_twenty_templates_and_forty_processors_dated_and_versioned(lib):
    assert len(lib.templates) >= 20
    assert len(lib.processors) >= 40
    assert lib.version and lib.as_of <= date.today()
    for key in ("payroll", "recruitment", "sick_leave", "occupational_health", "staff_it", "cctv", "access_cards",
                "company_cars", "whistleblowing", "crm", "prospecting", "newsletter", "web_analytics", "support",
                "events", "accounting", "debt_collection", "suppliers", "board_shareholders", "it_operations"):
        assert lib.kind_of(key) == TEMPLATE
    for key in ("microsoft_365", "google_workspace", "slack", "zoom", "fortnox", "visma", "tripletex", "hubspot",
                "teamtailor", "hetzner", "cloudflare", "stripe", "vipps_mobilepay", "cookiebot"):
        assert lib.kind_of(key) == PROCESSOR
    with pytest.raises(LibraryError):
        lib.kind_of("no_such_entry")


def test_the_shipped_files_validate_and_every_text_is_in_every_language(lib):
    templates, processors = _raw()
    assert validate(templates, processors) == []
    assert tuple(templates["languages"]) == LANGS
    for t in templates["templates"]:
        for lang in LANGS:
            assert t["name"][lang].strip() and all(p[lang].strip() for p in t["purposes"]), (t["key"], lang)


@pytest.mark.parametrize("breakage", [
    lambda t, p: p["processors"][0]["legal_entity"].update(verified_on=None),  # a source without its date
    lambda t, p: p["processors"][1]["legal_entity"].update(source=""),  # a date without its source
    lambda t, p: p["processors"][2].pop("subprocessors_url"),  # a fact missing altogether
    lambda t, p: t["retention_rules"]["bookkeeping"]["countries"]["SE"].update(sources=[]),  # verified, no source
    lambda t, p: t["retention_rules"]["bookkeeping"]["countries"]["NO"].update(verified_on=None),  # source, no date
    lambda t, p: t["national_provisions"]["payroll"]["SE"].update(source="https://example.org"),  # no date
    lambda t, p: t["templates"][0]["name"].pop("fi"),  # a text missing in a language
    lambda t, p: t["templates"][0]["legal_bases"].append("art6_1_z"),  # a basis the register does not know
    lambda t, p: p["processors"][3].update(key=t["templates"][0]["key"]),  # a key used twice
])
def test_an_entry_without_source_or_date_fails_validation(breakage):
    templates, processors = copy.deepcopy(_raw())
    breakage(templates, processors)
    assert validate(templates, processors)


def test_a_fact_never_verified_or_older_than_the_policy_needs_verifying(lib):
    assert Fact("x", "https://example.org", date(2026, 12, 1)).needs_verifying(TODAY, 12) is False
    assert Fact("x", "https://example.org", date(2025, 11, 1)).needs_verifying(TODAY, 12) is True
    assert Fact("x", "", None).needs_verifying(TODAY, 12) is True
    assert lib.max_age_months == json.loads(
        paths.resource_path("law", "check-policy.json").read_text(encoding="utf-8"))["library_fact_max_age_months"]
    later = date(2028, 1, 1)  # every verified fact is stale by then: all entries with facts say "verify"
    assert all(e.verify for e in lib.entries("en", later) if e.kind == PROCESSOR)


@pytest.mark.parametrize("country,lang", COUNTRIES.items())
def test_every_template_applied_as_it_is_has_no_error_it_could_avoid(lib, country, lang):
    org = Organisation(name="Testbolaget", country=country, email="privacy@example.org", export_language=lang)
    records = make_records(lib, list(lib.templates), country, lang, TODAY)
    for i, a in enumerate(records.activities, start=1):
        a.id = i
    findings = run_checks(Register(org, records.activities, []), TODAY)
    errors = [(f.rule_id, f.record_label, f.field) for f in findings if f.severity == "error"]
    assert errors == []
    assert len(records.activities) == len(lib.templates)
    assert all(a.status == "draft" for a in records.activities)  # nothing marked as reviewed


def test_the_bookkeeping_retention_is_the_countrys_own_with_its_provision(lib):
    texts = {c: template_activity(lib, "accounting", c, lang, TODAY).data_categories[0].retention
             for c, lang in COUNTRIES.items()}
    assert "7 år" in texts["SE"] and "Bokföringslagen (1999:1078) 7 kap. 2 §" in texts["SE"]
    assert "5 år" in texts["NO"] and "Bokføringsloven § 13" in texts["NO"]
    assert "5 år" in texts["DK"] and "Bogføringsloven" in texts["DK"]
    assert "10 vuotta" in texts["FI"] and "Kirjanpitolaki (1336/1997)" in texts["FI"]
    other = template_activity(lib, "accounting", "DE", "en", TODAY).data_categories[0].retention
    assert "verify" in other  # no national rule of that country: the user is told to check it


def test_an_activity_says_in_its_notes_what_is_verified_and_what_is_not(lib):
    a = template_activity(lib, "payroll", "NO", "nb", TODAY)
    assert "kontrollert 2026-12-06 i https://info.altinn.no/" in a.notes
    assert "A-opplysningsloven (lov 22. juni 2012 nr. 43) § 3 — kontrollert 2026-12-06 i https://lovdata.no/" in a.notes
    assert a.legal_basis_note.startswith("Nasjonal bestemmelse: A-opplysningsloven")
    sick = template_activity(lib, "sick_leave", "NO", "nb", TODAY)
    provision = "Folketrygdloven kap. 8; arbeidsmiljøloven § 4-6 (oppfølging av sykmeldte)"
    assert f"{provision} — kontroller: ikke bekreftet i en kilde" in sick.notes


def test_a_processor_states_no_decision_the_user_did_not_make(lib):
    records = make_records(lib, list(lib.processors), "SE", "sv", TODAY)
    assert len(records.recipients) == len(lib.processors)
    for r in records.recipients:
        facts = lib.processor_facts(next(k for k, p in lib.processors.items() if p["name"] == r.name))
        assert r.kind == "processor"
        assert r.dpa_signed is None and r.dpa_in_place == "not_assessed" and r.dpa_link == ""
        assert r.sub_processing == "not_assessed"
        for t in r.transfers:
            assert t.mechanism != "dpf"  # no DPF listing was seen in a source
            assert t.dpf_verified_on is None
            if t.mechanism != "none":
                assert not facts["transfer"].needs_verifying(TODAY, lib.max_age_months)
        never = [n for n, f in facts.items() if f.verified_on is None]
        stale = [n for n, f in facts.items() if f.verified_on is not None and f.needs_verifying(TODAY, 12)]
        assert r.notes.count("kontrollera: inte bekräftat i en källa") == len(never), r.name
        assert r.notes.count("kontrollera: senast kontrollerad") == len(stale), r.name
    ms = next(r for r in records.recipients if r.name == "Microsoft 365")
    # The SCC module was read in a source of 2021: older than the policy, so it is not filled in, only named
    assert [(t.country, t.mechanism, t.scc_module) for t in ms.transfers] == [("US", "none", "")]
    assert "kontrollera: senast kontrollerad 2021-09-15" in ms.notes


def test_a_transfer_mechanism_verified_within_the_policy_is_filled_in_as_the_vendor_offers_it(lib):
    processors = copy.deepcopy(lib.processors)
    processors["microsoft_365"]["transfer"]["verified_on"] = "2026-11-30"
    fresh = dataclasses.replace(lib, processors=processors)
    ms = make_records(fresh, ["microsoft_365"], "SE", "sv", TODAY).recipients[0]
    assert [(t.country, t.mechanism, t.scc_module) for t in ms.transfers] == [("US", "scc_2021", "3")]
    assert "Leverantörens standardvillkor anger denna mekanism" in ms.transfers[0].notes
    assert ms.dpa_in_place == "not_assessed"  # what the user's own contract says is still theirs to record


def test_templates_link_to_the_processors_added_with_them(lib):
    records = make_records(lib, ["payroll", "recruitment", "fortnox", "teamtailor", "payroll"], "SE", "sv", TODAY)
    assert [a.name for a in records.activities] == ["Lönehantering", "Rekrytering"]  # each key once
    names = {r.id: r.name for r in records.recipients}
    assert [names[i] for i in records.activities[0].recipients] == ["Fortnox"]
    assert [names[i] for i in records.activities[1].recipients] == ["Teamtailor"]


def test_every_vocabulary_key_of_the_templates_is_the_registers(lib):
    for t in lib.templates.values():
        assert set(t["legal_bases"]) <= set(vocab.LEGAL_BASES)
        assert set(t["security_measures"]) <= set(vocab.SECURITY_MEASURES)
        special = [d.get("special", "none") for d in t["data_categories"]]
        if any(s not in ("none", "criminal") for s in special):
            assert t.get("special_category_conditions"), t["key"]


def test_the_checks_would_catch_a_template_that_left_out_what_it_could_give(lib):
    """The no-error test above can fail: the same template without its Art. 9(2) condition, purposes or Art. 10
    basis gives the error findings a template must avoid."""
    org = Organisation(name="Testbolaget", country="SE", email="privacy@example.org", export_language="sv")
    sick = template_activity(lib, "sick_leave", "SE", "sv", TODAY)
    whistle = template_activity(lib, "whistleblowing", "SE", "sv", TODAY)
    sick.id, whistle.id = 1, 2
    sick.special_category_conditions = []
    sick.purposes = []
    whistle.criminal_data_basis = ""
    rules = {f.rule_id for f in run_checks(Register(org, [sick, whistle], []), TODAY) if f.severity == "error"}
    assert {"R16-special-category-condition", "R01-activity-incomplete", "R17-criminal-data-basis"} <= rules
