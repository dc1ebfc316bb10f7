"""The `import` command: a register written in Swedish and in Norwegian comes in whole, and its
exports (JSON, and PDF in sv and nb) keep every character."""

import json
import unicodedata

import pytest

from ropa_app.interchange import dumps, export_json, to_document
from ropa_app.store import RegisterStore

from .helpers import digest, make_register_file, run_cli
from .ico_workbook import write_ico_workbook
from .nordic import nordic_register


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_cli_imports_a_nordic_register_whole(tmp_path, monkeypatch, capsys, lang):
    register, tags = nordic_register(lang)
    doc = to_document(register)
    texts = [t for t in _strings(doc) if t.startswith("Å")]
    assert len(set(texts)) == len(tags) > 100  # a data category's subjects repeat data-subject categories
    assert all(set("åäöæø") <= set(t) for t in texts), "å ä ö æ ø in every text field"
    source = tmp_path / f"register-{lang}.json"
    source.write_text(dumps(doc), encoding="utf-8")
    target = tmp_path / f"{lang}.ropa"

    code, out, err = run_cli(monkeypatch, capsys, "import", target, source)
    assert (code, err) == (0, "")
    assert out.splitlines()[:3] == [
        "Organisation: added", "Recipients: 2 added, 0 changed, 0 unchanged",
        "Activities: 2 added, 0 changed, 0 unchanged"]
    with RegisterStore.open(target, readonly=True) as store:
        again = to_document(store.load_register())
    assert again == doc
    assert json.loads(export_json(store_register(target))) == doc


def store_register(path):
    with RegisterStore.open(path, readonly=True) as store:
        return store.load_register()


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_pdf_export_of_an_imported_register_keeps_every_character(tmp_path, monkeypatch, capsys, lang):
    from pypdf import PdfReader

    register, tags = nordic_register(lang)
    source = tmp_path / "in.json"
    source.write_text(dumps(to_document(register)), encoding="utf-8")
    target = tmp_path / "r.ropa"
    assert run_cli(monkeypatch, capsys, "import", target, source)[0] == 0
    pdf = tmp_path / f"register-{lang}.pdf"
    code, out, err = run_cli(monkeypatch, capsys, "export", target, "--format", "pdf", "--lang", lang, "--out", pdf,
                             "--scope", "internal")
    assert code == 0, err
    text = unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert len(tags) > 100
    missing = [t for t in tags if t not in text]
    assert missing == [], f"{len(missing)} of {len(tags)} values not found intact in the PDF"
    assert "\ufffd" not in text


def test_usage_errors(tmp_path, monkeypatch, capsys):
    existing = make_register_file(tmp_path / "r.ropa", nordic_register("sv")[0])
    source = tmp_path / "in.json"
    source.write_text('{"format_version": 1}', encoding="utf-8")
    before = digest(existing)
    code, _, err = run_cli(monkeypatch, capsys, "import", existing, source)
    assert code == 2 and "already exists; use --merge" in err
    code, _, err = run_cli(monkeypatch, capsys, "import", tmp_path / "new.ropa", source, "--merge")
    assert code == 2 and "does not exist; leave out --merge" in err
    code, _, err = run_cli(monkeypatch, capsys, "import", tmp_path / "new.ropa", tmp_path / "nope.json")
    assert code == 2 and "does not exist" in err
    with pytest.raises(SystemExit) as exit_info:
        run_cli(monkeypatch, capsys, "import", existing)
    assert exit_info.value.code == 2
    assert digest(existing) == before and not (tmp_path / "new.ropa").exists()


def test_dry_run_writes_nothing(tmp_path, monkeypatch, capsys):
    register, _ = nordic_register("nb")
    existing = make_register_file(tmp_path / "r.ropa", register)
    before = digest(existing)
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps({"format_version": 1, "activities": [{"name": "Ny behandling – Ærø"}]}), encoding="utf-8"
    )
    code, out, _ = run_cli(monkeypatch, capsys, "import", existing, source, "--merge", "--dry-run")
    assert code == 0
    assert "Activities: 1 added, 0 changed, 0 unchanged" in out and "  + activity “Ny behandling – Ærø”" in out
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert digest(existing) == before
    code, out, _ = run_cli(monkeypatch, capsys, "import", tmp_path / "new.ropa", source, "--dry-run")
    assert code == 0 and not (tmp_path / "new.ropa").exists()
    code, out, _ = run_cli(monkeypatch, capsys, "import", existing, source, "--merge")
    assert code == 0 and store_register(existing).activities[-1].name == "Ny behandling – Ærø"


def test_merge_errors_are_listed_one_per_line(tmp_path, monkeypatch, capsys):
    existing = make_register_file(tmp_path / "r.ropa", nordic_register("sv")[0])
    before = digest(existing)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps({"format_version": 1, "activities": [
        {"name": "A", "legal_bases": ["samtycke"]}, {"name": "B\nC", "role": "ägare"}]}), encoding="utf-8")
    code, _, err = run_cli(monkeypatch, capsys, "import", existing, source, "--merge")
    assert code == 1
    assert err.splitlines() == [
        "ropa-app: error: $.activities[0].legal_bases[0]: unknown legal basis 'samtycke'; allowed: art6_1_a, "
        "art6_1_b, art6_1_c, art6_1_d, art6_1_e, art6_1_f",
        "ropa-app: error: $.activities[1].role: unknown role 'ägare'; allowed: controller, joint_controller, processor",
        "ropa-app: nothing was imported: 2 error(s) in bad.json",
    ]
    assert digest(existing) == before


def test_xlsx_source_by_cli_dry_run(tmp_path, monkeypatch, capsys):
    book = write_ico_workbook(tmp_path / "ico.xlsx")
    code, out, err = run_cli(monkeypatch, capsys, "import", tmp_path / "new.ropa", book, "--dry-run")
    assert code == 0 and "Activities: 9 added" in out and not (tmp_path / "new.ropa").exists()


def test_cli_json_export_import_export_is_byte_identical(tmp_path):
    from ropa_app.cli import main

    demo = tmp_path / "demo.ropa"
    assert main(["demo", str(demo)]) == 0
    first = tmp_path / "a.json"
    assert main(["export", str(demo), "--format", "json", "-o", str(first)]) == 0
    copy = tmp_path / "copy.ropa"
    assert main(["import", str(copy), str(first)]) == 0
    second = tmp_path / "b.json"
    assert main(["export", str(copy), "--format", "json", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
