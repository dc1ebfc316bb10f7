"""Every field of every kind of record says what it is for: what to write, why the law asks, an example."""

import importlib
import re

import pytest

from ropa_app.domain import help as field_help
from ropa_app.domain import kinds, languages
from ropa_app.domain.help import HELP, FieldHelp, help_for

TRANSLATED = [code for code in languages.CODES if code != languages.SOURCE]
# An example the app stores as it is, the same in every language: an accepted finding's field key.
STORED_AS_IS = {"accepted_finding.field"}


def test_every_field_of_every_kind_has_help():
    missing = [f"{k.key}.{fs.key}" for k in kinds.KINDS for fs in k.fields if help_for(f"{k.key}.{fs.key}") is None]
    assert not missing, f"no help for {missing} (add it to ropa_app/domain/help.py)"


def test_no_help_for_a_field_that_does_not_exist():
    fields = {f"{k.key}.{fs.key}" for k in kinds.KINDS for fs in k.fields}
    assert not set(HELP) - fields


def test_each_text_has_its_three_parts_and_names_the_article_the_field_rests_on():
    for k in kinds.KINDS:
        for fs in k.fields:
            found = help_for(f"{k.key}.{fs.key}")
            assert found.what.strip() and found.why.strip() and found.example.strip(), (k.key, fs.key)
            if fs.article:
                assert "Art. " in found.why, (k.key, fs.key, "say which article asks for it")
            for text in (found.what, found.why):
                assert len(text) <= 400, (k.key, fs.key, "short enough to read beside the form")


# --- the help in every declared language (help_texts/<code>.py) -----------------------------------------


def _module(code: str):
    return importlib.import_module(f"ropa_app.domain.help_texts.{code}")


def _name_or_number(example: str) -> bool:
    """An example that needs no translation: a date, a number, a web or e-mail address, a name (of a
    company, a person, a product: every word capitalised or with a digit), or a language's own name."""
    if example in {lang.native_name for lang in languages.LANGUAGES}:
        return True
    words = example.replace(",", " ").replace(";", " ").split()
    plain = not any(c.isdigit() for c in example) and "@" not in example and "://" not in example
    if len(words) == 1 and plain:
        return False  # "Yes", "Sweden", "Payroll": a word, not a name
    return all(w[0].isupper() or any(c.isdigit() for c in w) or "@" in w or "://" in w for w in words)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_key_has_its_help_in_every_declared_language(code):
    texts = _module(code).HELP
    missing, unknown = sorted(set(HELP) - set(texts)), sorted(set(texts) - set(HELP))
    assert not missing, f"no {code} help for {missing} (add them to ropa_app/domain/help_texts/{code}.py)"
    assert not unknown, f"{code} help for keys that HELP does not have: {unknown}"
    for key, parts in texts.items():
        assert isinstance(parts, tuple) and len(parts) == 3, (code, key, "(what, why, example)")
        assert all(isinstance(p, str) and p.strip() == p and p for p in parts), (code, key)


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_translation_is_the_english_text(code):
    same = []
    for key, (what, why, example) in _module(code).HELP.items():
        english = HELP.get(key, FieldHelp("", "", ""))
        same += [(key, part) for part, a, b in (("what", what, english.what), ("why", why, english.why)) if a == b]
        if example == english.example and not _name_or_number(example) and key not in STORED_AS_IS:
            same.append((key, "example"))
    assert not same, f"{code}: left in English: {same}"


def test_an_example_left_in_english_must_be_a_name_or_a_number():
    assert _name_or_number("Trastvik Bygg AB") and _name_or_number("556677-8899")
    assert _name_or_number("privacy@fortnox.se") and _name_or_number("Svenska")
    assert not _name_or_number("Yes") and not _name_or_number("HR and finance")
    assert not _name_or_number("(filled in by the app)") and not _name_or_number("14 payslips")


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_translation_cites_what_the_english_cites_in_the_language_s_style(code):
    module = _module(code)
    wrong = []
    for key, (what, why, _example) in module.HELP.items():
        english = HELP.get(key, FieldHelp("", "", ""))
        numbers = set(re.findall(r"\d+", english.what + " " + english.why))
        if set(re.findall(r"\d+", what + " " + why)) != numbers:
            wrong.append((key, "other article numbers than", sorted(numbers, key=int)))
        if "Art. " in english.why and module.ARTICLE not in why.lower():
            wrong.append((key, f"cite the article with {module.ARTICLE!r}"))
    assert not wrong, f"{code}: {wrong}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_translation_is_short_enough_to_read_beside_the_form(code):
    long = [(key, len(text)) for key, parts in _module(code).HELP.items() for text in parts[:2] if len(text) > 400]
    assert not long, f"{code}: {long}"


def test_help_for_gives_the_language_asked_for():
    for code in TRANSLATED:
        found = help_for("activity.purposes", code)
        assert found == FieldHelp(*_module(code).HELP["activity.purposes"])
        assert found != HELP["activity.purposes"]
    assert help_for("activity.purposes", languages.SOURCE) is HELP["activity.purposes"]
    assert help_for("activity.purposes") is HELP["activity.purposes"]  # English unless told


def test_help_for_falls_back_to_english_only_for_a_language_not_declared(monkeypatch):
    assert "de" not in languages.CODES
    assert help_for("activity.purposes", "de") is HELP["activity.purposes"]
    assert help_for("activity.no_such_field", "sv") is None and help_for("activity.no_such_field", "de") is None
    # a declared language without the key is an error, not English in its place
    monkeypatch.setattr(field_help, "translations", lambda code: {})
    with pytest.raises(KeyError):
        help_for("activity.purposes", "sv")
