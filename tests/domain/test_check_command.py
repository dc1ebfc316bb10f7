"""The `check` sub-command: text and JSON output, exit status, and reading a register file."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from ropa_app.commands import check
from ropa_app.domain.model import Transfer

from .factories import MAILER, TODAY, recipient, valid_register


def _broken():
    reg = valid_register()
    recipient(reg, MAILER).transfers = [Transfer(country="AU", mechanism="none")]
    reg.activities[0].transfers.append(Transfer(country="DE"))
    reg.activities[0].security_measures = []
    return reg


def test_text_output_groups_by_severity_and_counts():
    out = io.StringIO()
    assert check.check_register(_broken(), "text", TODAY, out) == 1
    text = out.getvalue()
    assert "against the law as of 2026-11-22" in text
    assert text.index("Errors (1)") < text.index("Warnings (1)") < text.index("Information (1)")
    lines = [ln for ln in text.splitlines() if ln.startswith("  ")]
    assert len(lines) == 3 and "R07-no-mechanism" in lines[0] and "Australia" in lines[0]
    assert text.rstrip().endswith("1 error, 1 warning, 1 info.")


def test_json_output():
    out = io.StringIO()
    assert check.check_register(_broken(), "json", TODAY, out) == 1
    doc = json.loads(out.getvalue())
    assert doc["law_as_of"] == "2026-11-22" and doc["today"] == "2026-11-22"
    assert doc["counts"] == {"error": 1, "warning": 1, "info": 1}
    assert [f["rule_id"] for f in doc["findings"]] == ["R07-no-mechanism", "R04-security-missing", "R06-inside-eea"]
    assert doc["findings"][0]["owner_kind"] == "recipient"
    # the message as a key of the checks' text table with its parameters, for a reader in another language
    assert doc["findings"][0]["message_key"] == "check.R07-no-mechanism"
    assert doc["findings"][0]["params"] == {"country": "Australia"}
    assert doc["findings"][0]["message"].startswith("Data goes to Australia, which has no adequacy decision")


def test_no_errors_exit_zero():
    out = io.StringIO()
    assert check.check_register(valid_register(), "text", TODAY, out) == 0
    assert "No findings." in out.getvalue()
    reg = valid_register()
    reg.activities[0].security_measures = []  # a warning is not an error
    assert check.check_register(reg, "json", TODAY, io.StringIO()) == 0


def _parser():
    parser = argparse.ArgumentParser()
    check.register(parser.add_subparsers(dest="command"))
    return parser


def test_arguments():
    args = _parser().parse_args(["check", "r.ropa", "--format", "json", "--today", "2031-12-28"])
    assert args.func is check.cmd_check and args.format == "json" and args.today.isoformat() == "2031-12-28"
    with pytest.raises(SystemExit):
        _parser().parse_args(["check", "r.ropa", "--today", "28.12.2031"])


def test_check_a_register_file(tmp_path, capsys):
    from ropa_app import store as store_mod

    reg = _broken()
    path = tmp_path / "r.ropa"
    with store_mod.RegisterStore.create(path, reg.organisation) as store:
        ids = {}
        for rec in reg.recipients:
            old = rec.id
            rec.id, rec.sub_processors = None, []
            ids[old] = store.recipients.add(rec)
        for a in reg.activities:
            a.id = None
            a.recipients = [ids[i] for i in a.recipients]
            store.activities.add(a)
    args = _parser().parse_args(["check", str(path), "--format", "json", "--today", "2026-11-22"])
    assert args.func(args) == 1
    doc = json.loads(capsys.readouterr().out)
    assert "R07-no-mechanism" in [f["rule_id"] for f in doc["findings"]]


@pytest.mark.parametrize(("country", "authority", "list_name"), [
    ("SE", "IMY", "IMY's list"), ("NO", "Datatilsynet", "Datatilsynet's list"),
    ("DK", "Datatilsynet", "Datatilsynet's list"),
])
def test_the_check_says_which_countrys_rules_and_which_list_it_applied(country, authority, list_name):
    reg = _broken()
    reg.organisation.country = country
    out = io.StringIO()
    check.check_register(reg, "text", TODAY, out)
    line = out.getvalue().splitlines()[1]
    assert f"national rules of {country}" in line and authority in line and list_name in line
    assert "national law data 2026." in line
    out = io.StringIO()
    check.check_register(reg, "json", TODAY, out)
    rules = json.loads(out.getvalue())["rules"]
    assert (rules["country_rules"], rules["law_version"]) == (country, json.loads(out.getvalue())["law_version"])
    assert rules["dpia_list_source"].startswith("https://")


def test_accepted_findings_are_listed_apart_and_do_not_fail_the_check():
    from ropa_app.domain.checks import run_checks
    from ropa_app.domain.checks.accepted import accept

    reg = _broken()
    [err] = [f for f in run_checks(reg, TODAY) if f.severity == "error"]
    reg.accepted_findings.append(accept(err, "Mailer contract ends next week; no data sent meanwhile", "t", TODAY))
    out = io.StringIO()
    assert check.check_register(reg, "text", TODAY, out) == 0
    text = out.getvalue()
    assert "Accepted (1)" in text and "accepted: Mailer contract ends" in text and "Errors (" not in text
