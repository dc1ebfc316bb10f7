"""Every field of every kind of record says what it is for: what to write, why the law asks, an example."""

from ropa_app.domain import kinds
from ropa_app.domain.help import HELP, help_for


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
