"""docs/json-format.md: its example is a valid document, and its error lines are the real messages."""

import re
from pathlib import Path

import ropa_app
from ropa_app.interchange import build_plan, parse

from .test_schema import SCHEMA_FILE, validate

PKG = Path(ropa_app.__file__).resolve().parent
DOC = PKG.parent / "docs" / "json-format.md"


def test_the_documented_example_imports():
    import json

    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert blocks, "docs/json-format.md has a JSON example"
    example = blocks[0]
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert validate(json.loads(example), schema, schema) == []
    plan = build_plan(parse(example))
    assert [i.label for i in plan.activities] == ["PA-001 Lönehantering"]
    assert plan.activities[0].record.recipients == [-1], "R1, the first recipient (new: a placeholder id)"
    assert [r.record.sub_processors for r in plan.recipients] == [[-2], []]


def test_every_documented_error_line_is_what_the_importer_says():
    """The error examples in the documentation are real messages."""
    import json

    from ropa_app.interchange import InvalidSource

    doc = DOC.read_text(encoding="utf-8")
    samples = {
        '{"format_version": 3}': None,
        json.dumps({"format_version": 1, "activities": [{}, {}, {}, {"legal_bases": ["contract"]}]}): None,
        json.dumps({"format_version": 1, "recipients": [{"name": "a"}, {"name": "b", "country": "XX"}]}): None,
    }
    for text in samples:
        try:
            parse(text)
        except InvalidSource as exc:
            line = f"ropa-app: error: {exc.problems[0]}"
            shown = line if "allowed:" not in line else line[: line.index("allowed:") + len("allowed: art6_1_a, ")]
            assert shown in doc, line
        else:
            raise AssertionError("expected an error")


def test_every_documented_command_exists():
    """The commands docs/json-format.md and README.md name are commands of `ropa-app`."""
    from ropa_app import cli

    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    readme = PKG.parent / "README.md"
    named = set()
    for text in (DOC.read_text(encoding="utf-8"), readme.read_text(encoding="utf-8")):
        named |= set(re.findall(r"ropa-app ([a-z][a-z-]*)", text))
    named -= {"is", "in"}  # prose ("ropa-app is ...")
    assert named and named <= set(sub.choices), sorted(named - set(sub.choices))


def test_json_export_to_standard_output(tmp_path):
    """`export --format json -o -` writes the document to standard output and creates no file named "-"."""
    import subprocess
    import sys

    from ropa_app.interchange import export_json
    from ropa_app.store import RegisterStore
    from ropa_app.store.demo import create_demo

    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    done = subprocess.run(
        [sys.executable, "-m", "ropa_app.cli", "export", str(path), "--format", "json", "-o", "-"],
        cwd=tmp_path, capture_output=True, check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    with RegisterStore.open(path, readonly=True) as store:
        assert done.stdout == export_json(store.load_register()).encode("utf-8")
    assert not (tmp_path / "-").exists()
