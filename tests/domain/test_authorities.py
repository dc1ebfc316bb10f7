"""The supervisory authority and export languages of an organisation's country, as dated data
(resources/law/nordic.json): Finland's authority in both national languages, and a Finnish organisation
exports in Finnish by default, in Swedish if it chooses."""

from __future__ import annotations

import json

from ropa_app import paths
from ropa_app.domain import languages
from ropa_app.domain.law import load_law


def test_finlands_authority_in_finnish_and_swedish_with_its_source():
    rules = load_law().nordic.rules_for("fi")
    assert rules.authority == "Tietosuojavaltuutetun toimisto"
    assert rules.authority_name("fi") == "Tietosuojavaltuutetun toimisto"
    assert rules.authority_name("sv") == "Dataombudsmannens byrå"
    assert rules.authority_name("da") == "Tietosuojavaltuutetun toimisto"  # no Danish name: the Finnish one
    details = rules.authority_details
    assert details["website"] == "https://tietosuoja.fi"
    assert details["postal_address"]["fi"] == "PL 800, 00531 Helsinki"
    assert details["source"].startswith("https://tietosuoja.fi/") and details["checked_on"] == "2026-12-06"


def test_an_organisations_export_languages_follow_its_country():
    nordic = load_law().nordic
    assert nordic.rules_for("FI").export_languages == ("fi", "sv")  # Finnish first, Swedish allowed
    assert nordic.rules_for("SE").export_languages == ("sv",)
    assert nordic.rules_for("NO").export_languages == ("nb",)
    assert nordic.rules_for("DK").export_languages == ("da",)
    assert nordic.rules_for("DE").export_languages == ()  # no national rule: the user picks
    assert nordic.rules_for("SE").authority_name("sv") == "Integritetsskyddsmyndigheten (IMY)"


def test_every_listed_export_language_is_declared_and_sourced():
    raw = json.loads(paths.resource_path("law", "nordic.json").read_text(encoding="utf-8"))
    for code, rules in raw["countries"].items():
        listed = rules.get("export_languages")
        if listed is None:
            continue
        assert listed["languages"] and set(listed["languages"]) <= set(languages.CODES), code
        assert listed["provision"] and listed["source"].startswith("https://"), code
