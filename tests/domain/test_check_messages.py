"""The check messages are keys of one text table with parameters, so that they can be translated.

Every finding names a text of `ropa_app.domain.checks.messages.MESSAGES`, gives every parameter the
text asks for, and puts its own words (phrases, separators) in as keys too; the rules build no text of
their own. Checked on findings of every rule (the registers of test_checks_rules that make each fire,
a few harder variants and the demo register on several days).
"""

from __future__ import annotations

import ast
import json
import string
from datetime import date
from pathlib import Path

import pytest

from ropa_app.domain.checks import RULES, Finding, run_checks
from ropa_app.domain.checks import findings as findings_mod
from ropa_app.domain.checks.findings import Join, Phrase, english
from ropa_app.domain.checks.messages import MESSAGES
from ropa_app.domain.model import DataCategory, JointController, Register, Transfer
from ropa_app.export.i18n import LANGUAGES, Translator, table
from ropa_app.store.demo import build_demo_register

from .factories import TODAY, activity, valid_register
from .test_checks_rules import FIRES, PAYROLL, SUPPORT, _two_subjects

CHECKS_DIR = Path(findings_mod.__file__).parent


def _nameless(reg: Register) -> None:
    """Every name gone, and rules that put phrases into messages made to fire."""
    reg.organisation.name = ""
    for r in reg.recipients:
        r.name, r.dpa_signed, r.dpa_link, r.sub_processors = "", None, "", []
    for a in reg.activities:
        a.name = a.ref = ""
        a.joint_controllers = [JointController(name="")]
        a.dpia_status, a.automated_decision_making, a.adm_description = "not_assessed", "yes", ""
        a.purposes.append("Systematic monitoring of calls")


def _many_unlinked(reg: Register) -> None:
    _two_subjects(reg)
    activity(reg, PAYROLL).data_categories += [DataCategory(f"Category {i}") for i in range(4)]


def _module_mismatch_without_importer(reg: Register) -> None:
    activity(reg, SUPPORT).transfers.append(
        Transfer(country="IN", mechanism="scc_2021", scc_module="3", tia_date=date(2026, 1, 1)))


def _registers() -> list[tuple[str, Register, date]]:
    out = []
    for rule_id, (mutate, day) in sorted(FIRES.items()):
        reg = valid_register()
        mutate(reg)
        out.append((rule_id, reg, day))
    for name, mutate in (("nameless", _nameless), ("many_unlinked", _many_unlinked),
                         ("module_mismatch", _module_mismatch_without_importer)):
        reg = valid_register()
        mutate(reg)
        out.append((name, reg, TODAY))
    for day in (TODAY, date(2022, 6, 1), date(2031, 1, 1)):
        out.append((f"demo {day}", build_demo_register(TODAY), day))
    return out


@pytest.fixture(scope="module")
def all_findings() -> list[Finding]:
    return [f for _, reg, day in _registers() for f in run_checks(reg, day)]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _check_params(key: str, params, where: str) -> set[str]:
    """Every `{name}` of the text of `key` is given; nested phrases and joins name texts of the table too.
    Returns the keys used."""
    assert key in MESSAGES, f"{where}: no text for {key}"
    missing = _fields(MESSAGES[key]) - set(params)
    assert not missing, f"{where}: {key} needs {sorted(missing)}"
    used = {key}
    for name, value in params.items():
        used |= _check_value(value, f"{where} {name}")
    return used


def _check_value(value, where: str) -> set[str]:
    if isinstance(value, Phrase):
        return _check_params(value.key, value.params, where)
    if isinstance(value, Join):
        assert value.separator in MESSAGES, f"{where}: no text for {value.separator}"
        return {value.separator}.union(*(_check_value(v, where) for v in value.items))
    assert isinstance(value, str), f"{where}: {value!r} is neither text nor a phrase"
    return set()


# --- every finding -------------------------------------------------------------------------------


def test_every_rule_fires_in_these_registers(all_findings):
    assert {f.rule_id for f in all_findings} == set(RULES)


def test_every_finding_names_its_rules_text_and_gives_its_parameters(all_findings):
    for f in all_findings:
        assert f.message_key == RULES[f.rule_id].message_key == f"check.{f.rule_id}"
        _check_params(f.message_key, f.params, f.rule_id)
        assert f.message and "{" not in f.message, f.rule_id


def test_every_phrase_of_the_table_is_used():
    """No stale texts: each `check.<rule id>` is a rule's, each phrase is used by the checks' code."""
    rules = {k for k in MESSAGES if not k.startswith("check.phrase.")}
    assert rules == {r.message_key for r in RULES.values()}
    used = set()
    for path in CHECKS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("phrase", "join") and node.args:
                if isinstance(node.args[0], ast.Constant):
                    used.add(f"check.phrase.{node.args[0].value}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("role_"):
                used.add(f"check.phrase.{node.value}")  # rules_safeguards.ROLE_PHRASES
    assert used == {k for k in MESSAGES if k.startswith("check.phrase.")}


def test_the_message_is_the_english_text(all_findings):
    en = Translator("en")
    for f in all_findings:
        assert f.text() == f.text(english) == f.text(en) == f.message


def _literals(value) -> list[str]:
    """The texts a parameter holds as they are (names, dates, reference data), phrases looked into."""
    if isinstance(value, Phrase):
        return [t for v in value.params.values() for t in _literals(v)]
    if isinstance(value, Join):
        return [t for v in value.items for t in _literals(v)]
    return [value]


def _masked(key: str) -> str:
    """The text of `key` in a 'language' that writes every word of it as "#" and keeps its `{names}`."""
    return "".join(("#" if literal else "") + (f"{{{name}}}" if name is not None else "")
                   for literal, name, _, _ in string.Formatter().parse(MESSAGES[key]))


def test_a_translation_reaches_every_word_of_the_checks(all_findings):
    """In a language with every check text, no English word of the checks is left in a message: all of
    it is the language's text, or a parameter that is shown as it is (a name, a date, a country)."""
    for f in all_findings:
        text = f.text(_masked)
        for literal in sorted((t for v in f.params.values() for t in _literals(v)), key=len, reverse=True):
            text = text.replace(literal, "")
        assert set(text) <= {"#"}, (f.rule_id, f.text(_masked))


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_a_check_text_a_language_lacks_is_shown_in_english(all_findings, lang):
    """Text by text: a phrase the language has is in the language, the rest in English."""
    tr, own = Translator(lang), table(lang)
    for f in all_findings:
        assert f.text(tr) == f.text(lambda key: own.get(key, MESSAGES[key])), f.rule_id


def test_phrases_in_a_message():
    reg = valid_register()
    activity(reg, PAYROLL).dpia_status = "not_assessed"
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R21-dpia-not-assessed"]
    assert f.params["hint"].key == "check.phrase.dpia_hint" and f.params["hint"].params["count"] == "2"
    assert f.message.endswith("The recorded facts meet 2 of its criteria: sensitive or highly personal data "
                              "(incl. art. 9 and 10), vulnerable data subjects (e.g. employees, children).")
    swedish = {**MESSAGES, "check.phrase.dpia_hint": " Uppgifterna uppfyller {count} av dess kriterier: {criteria}."}
    assert "Uppgifterna uppfyller 2 av dess kriterier" in f.text(swedish.__getitem__)
    activity(reg, SUPPORT).dpia_status = "not_assessed"  # no criterion met: no hint
    [g] = [g for g in run_checks(reg, TODAY) if g.rule_id == "R21-dpia-not-assessed" and g.record_id == SUPPORT]
    assert g.params["hint"] == Phrase("check.phrase.nothing") and g.message.endswith("the result and the reason.")


def test_params_in_json(all_findings):
    for f in all_findings:
        d = f.to_dict()
        assert d["message_key"] == f.message_key
        json.dumps(d["params"])  # serialisable
    reg = valid_register()
    _many_unlinked(reg)
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R05-data-subjects-unlinked"]
    assert f.to_dict()["params"] == {
        "categories": {"key": "check.phrase.and_more", "params": {
            "names": {"separator": "check.phrase.list_sep",
                      "items": ["Salary and bank details", "Sick leave", "Criminal record extract"]},
            "count": "4",
        }},
        "count": "7",
    }


# --- the tables ----------------------------------------------------------------------------------


def test_the_export_tables_include_the_check_texts():
    en = table("en")
    assert {k: en[k] for k in MESSAGES} == MESSAGES


def test_the_text_table_is_pure_data():
    """messages.py imports nothing: the domain keeps the texts, the export's tables include them."""
    tree = ast.parse((CHECKS_DIR / "messages.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert [(n.module, [a.name for a in n.names]) for n in imports] == [("__future__", ["annotations"])]


def _text_built(node: ast.AST) -> list[str]:
    """Where a string is made in the expression, other than the key of a phrase() or join()."""
    bad = []
    skip: set[int] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and getattr(sub.func, "id", "") in ("phrase", "join") and sub.args:
            skip.add(id(sub.args[0]))
    for sub in ast.walk(node):
        if isinstance(sub, ast.JoinedStr) or (isinstance(sub, ast.Constant) and isinstance(sub.value, str)
                                              and id(sub) not in skip):
            bad.append(ast.unparse(sub))
        elif isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") in ("format", "join"):
            bad.append(ast.unparse(sub))
    return bad


@pytest.mark.parametrize("path", sorted(CHECKS_DIR.glob("rules_*.py")), ids=lambda p: p.name)
def test_rules_build_no_text(path):
    """No f-strings, no str.format or %-formatting in the rules; what a rule gives a finding is data or
    a phrase() / join() of the table, never a string it wrote (the first argument of ctx.finding is
    the rule id, and `field_key` and `reference` are not texts)."""
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            bad.append(f"{node.lineno}: f-string {ast.unparse(node)}")
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "format":
            bad.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
            bad.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "finding":
            for kw in node.keywords:
                if kw.arg not in ("reference",):
                    bad += [f"{node.lineno}: {kw.arg}={text}" for text in _text_built(kw.value)]
    assert bad == []
