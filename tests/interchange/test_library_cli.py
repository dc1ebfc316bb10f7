"""`ropa-app templates` and `ropa-app add`: the library from the command line, into real register files."""

import json
import re
from datetime import date

import pytest

from ropa_app import cli
from ropa_app.domain.checks import run_checks
from ropa_app.domain.library import load_library
from ropa_app.domain.model import Organisation
from ropa_app.store import RegisterStore

COUNTRIES = {"SE": "sv", "NO": "nb", "DK": "da", "FI": "fi"}


def _register(tmp_path, country, lang):
    path = tmp_path / f"{country}.ropa"
    org = Organisation(name=f"Bolaget {country}", country=country, email="privacy@example.org", export_language=lang)
    RegisterStore.create(path, org).close()
    return path


def _load(path):
    with RegisterStore.open(path, readonly=True) as store:
        return store.load_register()


def test_templates_as_json_lists_every_template_and_processor(capsys):
    assert cli.main(["templates", "--format", "json", "--lang", "nb"]) == 0
    listed = json.loads(capsys.readouterr().out)
    lib = load_library()
    assert {e["kind"] for e in listed} == {"template", "processor"}
    assert [e["key"] for e in listed] == [*lib.templates, *lib.processors]
    payroll = next(e for e in listed if e["key"] == "payroll")
    assert payroll["kind"] == "template" and payroll["name"] == "Lønnskjøring"
    assert all(isinstance(e["verify"], bool) and e["name"] for e in listed)


def test_templates_as_text_and_an_unknown_language(capsys):
    assert cli.main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "Payroll" in out and "Microsoft 365" in out
    assert re.search(r"microsoft_365 +Microsoft 365 — .*\(verify: \d of 6 facts verified\)", out)
    assert cli.main(["templates", "--lang", "xx"]) == 2
    assert "unknown language" in capsys.readouterr().err


@pytest.mark.parametrize("country,lang", COUNTRIES.items())
def test_add_every_template_to_an_empty_register_gives_no_avoidable_error(tmp_path, capsys, country, lang):
    path = _register(tmp_path, country, lang)
    keys = list(load_library().templates)
    assert cli.main(["add", str(path), *keys]) == 0
    register = _load(path)
    assert len(register.activities) == len(keys)
    errors = [(f.rule_id, f.record_label) for f in run_checks(register, date.today()) if f.severity == "error"]
    assert errors == []
    lib = load_library()
    names = {a.name for a in register.activities}
    assert {t["name"][lang] for t in lib.templates.values()} == names  # in the register's language


def test_add_processors_leaves_out_what_the_register_holds_and_refuses_an_unknown_key(tmp_path, capsys):
    path = _register(tmp_path, "NO", "nb")
    assert cli.main(["add", str(path), "payroll", "tripletex", "slack"]) == 0
    first = _load(path)
    assert sorted(r.name for r in first.recipients) == ["Slack", "Tripletex"]
    payroll = first.activities[0]
    assert [first.recipient(i).name for i in payroll.recipients] == ["Tripletex"]
    capsys.readouterr()
    assert cli.main(["add", str(path), "payroll", "slack", "cctv"]) == 0
    out = capsys.readouterr().out
    assert "left out: Lønnskjøring" in out and "left out: Slack" in out
    again = _load(path)
    assert len(again.activities) == 2 and len(again.recipients) == 2
    assert cli.main(["add", str(path), "no_such_thing"]) == 2
    assert "no_such_thing" in capsys.readouterr().err
    assert len(_load(path).activities) == 2
    assert cli.main(["add", str(tmp_path / "missing.ropa"), "payroll"]) == 2
