"""The check messages are keys of one text table with parameters, so that they can be translated.

Every finding names a text of `ropa_app.domain.checks.messages.MESSAGES`, gives every parameter the
text asks for, and puts its own words (phrases, separators) in as keys too; the rules build no text of
their own; a field's label, a vocabulary term or a country in a message is a Term, put into the reader's
language too. Checked on findings of every rule (the registers of test_checks_rules that make each fire,
a few harder variants and the demo register on several days), in every language.
"""

from __future__ import annotations

import ast
import json
import re
import string
from datetime import date, datetime
from pathlib import Path

import pytest

from ropa_app.domain.checks import RULES, Finding, run_checks
from ropa_app.domain.checks import findings as findings_mod
from ropa_app.domain.checks.catalogue import RULES as CATALOGUE
from ropa_app.domain.checks.findings import CITE_SOURCE, LANGUAGE_KEY, Join, LawText, Phrase, Term, cite, english
from ropa_app.domain.checks.messages import MESSAGES
from ropa_app.domain.model import Breach, DataCategory, DataSubjectRequest, JointController, Register, Transfer
from ropa_app.export.i18n import LANGUAGES, Translator, table
from ropa_app.store.demo import build_demo_register

from .factories import BACKUP, TODAY, activity, recipient, valid_register
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


def _logs(reg: Register) -> None:
    """The breach log and the request log with a deadline passed, a late notice, a high risk, a processor
    without a DPA, and a request not answered (rules 42-45)."""
    backup = recipient(reg, BACKUP)
    backup.dpa_signed, backup.dpa_link, backup.dpa_in_place = None, "", "not_assessed"
    found = datetime(2026, 11, 1, 10, 0)
    reg.breaches = [
        Breach(id=1, title="Lost laptop", discovered_at=found, risk="high_risk", recipients=[BACKUP]),
        Breach(id=2, title="", discovered_at=found, authority_notified_at=datetime(2026, 11, 10, 9, 0)),
    ]
    reg.requests = [DataSubjectRequest(id=1, right="access", received_at=date(2026, 9, 1))]


def _registers() -> list[tuple[str, Register, date]]:
    out = []
    for rule_id, (mutate, day) in sorted(FIRES.items()):
        reg = valid_register()
        mutate(reg)
        out.append((rule_id, reg, day))
    for name, mutate in (("nameless", _nameless), ("many_unlinked", _many_unlinked),
                         ("module_mismatch", _module_mismatch_without_importer), ("logs", _logs)):
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
    if isinstance(value, Term):
        assert english(value.key), f"{where}: no English for {value.key}"
        return set()
    if isinstance(value, LawText):
        assert value.texts[0][0] == "en" and value.text(), f"{where}: a law text without its English"
        return set()
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
    """No stale texts: each `check.<rule id>` is a rule's, each phrase is used by the checks' code (the
    `check.cite.*` texts are the citation style's and the sources', tested with `cite`)."""
    rules = {k for k in MESSAGES if not k.startswith(("check.phrase.", "check.cite.")) and k != LANGUAGE_KEY}
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
    """`message` is the English; the English export says the same, naming fields and terms as its tables do."""
    en = Translator("en")
    for f in all_findings:
        assert f.text() == f.text(english) == f.message
        assert f.text(en) == f.text(lambda key: MESSAGES[key] if key in MESSAGES else en(key))
        assert f.reference_text() == f.reference_text(en) == f.reference
        assert f.label_text() == f.label_text(en) == f.record_label


def _literals(value) -> list[str]:
    """The texts a parameter holds as they are (names, dates, reference data), phrases looked into."""
    if isinstance(value, Term):
        return []  # the language's word
    if isinstance(value, LawText):
        return [value.text(_masked)]  # the law data's text (English where it has none in the language)
    if isinstance(value, Phrase):
        return [t for v in value.params.values() for t in _literals(v)]
    if isinstance(value, Join):
        return [t for v in value.items for t in _literals(v)]
    return [value]


def _masked(key: str) -> str:
    """The text of `key` in a 'language' that writes every word of it as "#" and keeps its `{names}`."""
    if key == LANGUAGE_KEY:
        return "xx"
    if key not in MESSAGES:
        return "#"  # a Term: a field's label, a vocabulary term, a country
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


OTHERS = [lang for lang in LANGUAGES if lang != "en"]


@pytest.mark.parametrize("lang", OTHERS)
def test_every_check_text_is_translated_with_the_same_names(lang):
    """Every text of the table is in the language's own CHECKS (none shown in English), with exactly the
    `{names}` of the English: each parameter the rule gives is used, and no other is asked for."""
    own = table(lang)
    assert sorted(set(MESSAGES) - set(own)) == []
    for key, english_text in MESSAGES.items():
        assert _fields(own[key]) == _fields(english_text), (lang, key)
        assert sorted(n for _, n, _, _ in string.Formatter().parse(own[key]) if n) == sorted(
            n for _, n, _, _ in string.Formatter().parse(english_text) if n), (lang, key)  # as often, too


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_finding_reads_in_every_language(all_findings, lang):
    """Every finding of every rule, with the parameters the rules really pass, formats in the language: no
    KeyError, no "{" left over, no key shown instead of a text; and a translated message is not the English."""
    tr = Translator(lang)
    for f in all_findings:
        text, label, reference = f.text(tr), f.label_text(tr), f.reference_text(tr)
        for shown in (text, label, reference):
            assert "{" not in shown and "check." not in shown and "field." not in shown, (lang, f.rule_id, shown)
            assert "vocab." not in shown and "country." not in shown, (lang, f.rule_id, shown)
        if lang != "en" and f.message:
            assert text != f.message, (lang, f.rule_id)


@pytest.mark.parametrize("lang", OTHERS)
def test_countries_fields_and_terms_in_a_message_are_the_languages(lang):
    """The country, the field's label and the vocabulary terms a rule puts into a message are the
    language's words (the export's country names and tables), not the English."""
    tr = Translator(lang)
    reg = valid_register()
    activity(reg, PAYROLL).purposes = []
    activity(reg, SUPPORT).transfers.append(Transfer(country="CN", mechanism="none"))
    found = {f.rule_id: f for f in run_checks(reg, TODAY)}
    china = found["R07-no-mechanism"]
    assert china.params["country"] == Term.country("CN") and "China" in china.message
    assert tr.country_name("CN") in china.text(tr) and "China" not in china.text(tr)
    assert tr.country_name("CN") in china.label_text(tr) and "China" not in china.label_text(tr)
    purposes = found["R01-activity-incomplete"]
    assert tr.field("activity", "purposes") in purposes.text(tr)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_mechanism_is_named_without_its_article(lang):
    """A transfer mechanism in a message is its name alone, whichever dash the language's term uses."""
    tr = Translator(lang)
    for key in ("administrative_arrangement", "privacy_shield", "scc_2021", "public_instrument"):
        name = Term.vocab("transfer_mechanism", key, Term.SHORT).text(tr)
        assert name and name in tr.term("transfer_mechanism", key), (lang, key)
        assert not re.search(r"art\.|Art\.| [—–] |\(", name), (lang, key, name)


def _law_texts(value) -> list[LawText]:
    if isinstance(value, LawText):
        return [value]
    if isinstance(value, Phrase):
        return [t for v in value.params.values() for t in _law_texts(v)]
    if isinstance(value, Join):
        return [t for v in value.items for t in _law_texts(v)]
    return []


# English words of the law data's prose (its provisions and names in a national language are not English)
ENGLISH_LAW_WORDS = {"or", "and", "only", "where", "the", "of", "list", "under", "to", "a", "an", "may", "with",
                     "guidance", "Guidelines", "unless", "processing", "that", "for", "it", "is"}


@pytest.mark.parametrize("country", ["SE", "NO", "DK", "FI", "US"])
def test_the_law_datas_words_in_a_message_are_in_every_language(country):
    """The national texts a rule puts into a message or reference (the condition of the national law, the
    DPIA list's name, the provision) are the law data's own text in the language; a text the data gives
    only once is a citation with no English word in it (a provision in the national language)."""
    reg = valid_register()
    reg.organisation.country = country
    _nameless(reg)  # monitoring and a DPIA not assessed
    payroll = activity(reg, PAYROLL)
    payroll.identity_number_reason, payroll.criminal_data_basis = "", "Our policy"
    payroll.data_categories.append(DataCategory("Personnummer"))
    texts = [t for f in run_checks(reg, TODAY) for v in f.params.values() for t in _law_texts(v)]
    assert len(texts) >= 3, country
    assert any(len(t.texts) > 1 for t in texts), country
    for t in texts:
        own = dict(t.texts)
        for lang in OTHERS:
            shown = t.text(Translator(lang))
            if lang in own:
                assert shown == own[lang]
            else:
                words = set(re.findall(r"[A-Za-z]+", own["en"]))
                assert not words & ENGLISH_LAW_WORDS, (country, lang, own["en"])
        if len(own) > 1:
            assert set(own) == set(LANGUAGES), (country, own)


def test_references_in_each_languages_style():
    """Articles as each language cites them, the sources in its words; English as the catalogue has it."""
    art = "Art. 30(1)(d), 5(1)(e); EDPB Guidelines 05/2020; Decision (EU) 2023/1795, Annex I"
    assert cite(art) == cite(art, Translator("en")) == art
    assert cite(art, Translator("sv")) == (
        "art. 30.1 d, 5.1 e; EDPB:s riktlinjer 05/2020; beslut (EU) 2023/1795, bilaga I")
    assert cite(art, Translator("nb")).startswith("artikkel 30 nr. 1 bokstav d og artikkel 5 nr. 1 bokstav e;")
    assert cite(art, Translator("da")).startswith("art. 30, stk. 1, litra d og art. 5, stk. 1, litra e;")
    assert cite(art, Translator("fi")).startswith("30 art. 1 k. d alak., 5 art. 1 k. e alak.;")
    assert cite("Art. 30(1)(a)-(d), 44-46", Translator("sv")) == "art. 30.1 a–d, 44–46"
    assert cite("Art. 49(1) second subparagraph, 49(6)", Translator("da")) == (
        "art. 49, stk. 1, 2. afsnit og art. 49, stk. 6")


# Words that, in a reference, are English (the sources' names; numbers and case names are not words here)
ENGLISH_REFERENCE_WORDS = {"Art.", "Decision", "Decisions", "Annex", "Guidelines", "guidance", "Recommendations",
                           "Opinion", "Agreement", "Principle", "Supplemental", "clause", "case", "pending", "on",
                           "of", "second", "subparagraph", "paras", "Directive", "renewed",
                           "by", "records", "processing", "purpose", "limitation", "consent", "DPOs"}


@pytest.mark.parametrize("lang", OTHERS)
def test_every_catalogue_reference_is_cited_without_english_words(lang):
    """Each rule's reference, and each source the table names, has no English word left in the language."""
    tr = Translator(lang)
    filled = {"article": "46(2)(a)", "decision": "Decision (EU) 2019/419"}  # as the law data fills them
    for rule in CATALOGUE.values():
        reference = rule.reference.format_map({n: filled.get(n, "") for n in _fields(rule.reference)})
        words = set(cite(reference, tr).replace(";", " ").replace(",", " ").split())
        assert not words & ENGLISH_REFERENCE_WORDS, (lang, rule.rule_id, cite(rule.reference, tr))
    for key in MESSAGES:
        if key.startswith(CITE_SOURCE):
            assert tr(key) != MESSAGES[key], (lang, key)


def test_phrases_in_a_message():
    reg = valid_register()
    activity(reg, PAYROLL).dpia_status = "not_assessed"
    [f] = [f for f in run_checks(reg, TODAY) if f.rule_id == "R21-dpia-not-assessed"]
    assert f.params["hint"].key == "check.phrase.dpia_hint" and f.params["hint"].params["count"] == "2"
    assert f.message.endswith("The recorded facts meet 2 of its criteria: sensitive or highly personal data "
                              "(incl. art. 9 and 10), vulnerable data subjects (e.g. employees, children).")
    swedish = {**MESSAGES, "check.phrase.dpia_hint": " Uppgifterna uppfyller {count} av dess kriterier: {criteria}."}
    assert "Uppgifterna uppfyller 2 av dess kriterier" in f.text(lambda key: swedish.get(key) or english(key))
    assert f.text(Translator("sv")).endswith(
        "De angivna uppgifterna uppfyller 2 av dess kriterier: känsliga uppgifter eller uppgifter av mycket "
        "personlig karaktär (inbegripet art. 9 och 10), uppgifter om sårbara registrerade (t.ex. anställda, barn).")
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
