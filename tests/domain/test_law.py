"""The legal reference data files and their loader."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date

import pytest

from ropa_app import paths
from ropa_app.domain import vocab
from ropa_app.domain.law import LawDataError, load_law, load_law_from

LAW_FILES = ["eea.json", "adequacy.json", "mechanisms.json", "check-policy.json", "nordic.json", "deadlines.json"]

# every adequacy decision of transfer-law.md
ADEQUATE = {"AD", "AR", "CA", "FO", "GG", "IM", "IL", "JE", "NZ", "CH", "UY", "JP", "KR", "GB", "US", "org:epo", "BR"}


@pytest.mark.parametrize("name", LAW_FILES)
def test_every_law_file_is_dated_and_versioned(name):
    data = json.loads(paths.resource_path("law", name).read_text(encoding="utf-8"))
    assert date.fromisoformat(data["as_of"]) >= date(2026, 11, 22)
    assert data["version"]


def test_law_as_of_and_cache():
    law = load_law()
    assert law.as_of == date(2026, 11, 22)
    assert load_law() is law
    assert set(law.versions) == set(LAW_FILES)


def test_two_threads_asking_first_at_once_get_one_law():
    """The app's checks may first ask for the law in their worker as a view asks for it on the UI thread (#21): one
    read, one object (a fresh interpreter, where nothing has read it yet)."""
    code = ("import threading\n"
            "from ropa_app.domain.law import load_law\n"
            "start, got = threading.Barrier(4), []\n"
            "def ask():\n"
            "    start.wait()\n"
            "    got.append(load_law())\n"
            "threads = [threading.Thread(target=ask) for _ in range(4)]\n"
            "for t in threads: t.start()\n"
            "for t in threads: t.join()\n"
            "print(len(got), len({id(law) for law in got}), got[0] is load_law())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["4", "1", "True"]


def test_eea_is_eu27_plus_three():
    law = load_law()
    assert len(law.eu_member_states) == 27 and law.efta_eea_states == {"IS", "LI", "NO"}
    assert all(law.is_eea(c) for c in ("SE", "dk", "FI", "NO", "IS", "LI", "DE", "GR", "AX"))
    assert not any(law.is_eea(c) for c in ("GB", "CH", "US", "FO", "GL", "", "org:epo"))
    assert law.is_third_country("US") and not law.is_third_country("NO") and not law.is_third_country("")


def test_every_adequacy_decision_is_listed():
    law = load_law()
    assert {d.destination for d in law.decisions} == ADEQUATE
    day = date(2026, 11, 22)
    assert all(law.adequacy_for(c, day) is not None for c in ADEQUATE)
    assert law.adequacy_for("AU", day) is None and law.adequacy_for("IN", day) is None


def test_adequacy_flags():
    law = load_law()
    day = date(2026, 11, 22)
    assert law.adequacy_for("US", day).dpf_list_only
    assert law.adequacy_for("CA", day).scope == "commercial_pipeda"
    assert law.adequacy_for("BR", day).eea_incorporation_pending
    assert law.adequacy_for("ORG:EPO", day).international_organisation
    assert law.destination_name("org:epo") == "European Patent Organisation"
    assert law.is_valid_destination("org:epo") and not law.is_valid_destination("org:nowhere")
    gb = law.decision_for("GB")
    assert gb.valid_until == date(2031, 12, 27) and gb.renewed == date(2025, 12, 19)


def test_adequacy_honours_valid_until_inclusive():
    law = load_law()
    assert law.adequacy_for("GB", date(2031, 12, 27)) is not None
    assert law.adequacy_for("GB", date(2031, 12, 28)) is None
    assert law.adequacy_for("JP", date(2019, 1, 22)) is None


def test_mechanisms_cover_the_vocabulary():
    law = load_law()
    assert set(law.mechanisms) == set(vocab.TRANSFER_MECHANISMS.keys())
    assert all(m.requires and m.article for m in law.mechanisms.values())
    assert law.mechanism("scc_2021").requires == (
        "Signed 2021 SCCs with the right module and a documented transfer impact assessment")
    assert set(law.scc_modules) == set(vocab.SCC_MODULES.keys())
    assert set(law.derogations) == set(vocab.DEROGATIONS.keys())
    assert law.derogations["compelling_legitimate_interests"].requires_documentation


@pytest.mark.parametrize("key, since", [
    ("privacy_shield", date(2020, 7, 16)), ("safe_harbour", date(2015, 10, 6)), ("legacy_scc", date(2022, 12, 27))])
def test_invalid_mechanisms_and_their_dates(key, since):
    m = load_law().mechanism(key)
    assert not m.valid and m.invalid_since == since
    assert m.invalid_on(since) and not m.invalid_on(date.fromordinal(since.toordinal() - 1))


def test_legacy_scc_no_new_contracts_date():
    assert load_law().mechanism("legacy_scc").no_new_contracts_from == date(2021, 9, 27)
    assert load_law().mechanism("privacy_shield").invalidated_by.startswith("C-311/18")


def test_check_policy():
    p = load_law().policy
    assert (p.tia_max_age_months, p.dpf_listing_max_age_months, p.review_max_age_months) == (24, 12, 12)
    assert {"business operations", "other", "administration", "verksamhet", "övrigt", "annet", "andet"} <= (
        p.generic_purposes)
    assert "så länge det behövs" in p.vague_retention


def test_a_broken_law_file_is_reported(tmp_path):
    for name in LAW_FILES:
        shutil.copy(paths.resource_path("law", name), tmp_path / name)
    assert load_law_from(tmp_path).as_of == date(2026, 11, 22)
    (tmp_path / "adequacy.json").write_text('{"as_of": "2026-11-22", "version": "x", "decisions": [{}]}')
    with pytest.raises(LawDataError, match="adequacy.json"):
        load_law_from(tmp_path)
    (tmp_path / "eea.json").unlink()
    with pytest.raises(LawDataError, match="eea.json"):
        load_law_from(tmp_path)
