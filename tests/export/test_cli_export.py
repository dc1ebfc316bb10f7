"""`ropa-app export`: a register file in, the files the authority gets out."""

import argparse
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa_app.commands import export as export_command
from ropa_app.export import default_filename
from ropa_app.store import RegisterStore

from .samples import full_activity, full_organisation, full_recipients


@pytest.fixture
def register_file(tmp_path):
    path = tmp_path / "reg.ropa"
    store = RegisterStore.create(path, full_organisation())
    nimbus, backup = full_recipients()
    nimbus.id = backup.id = None
    nimbus.sub_processors = [store.recipients.add(backup)]
    activity = full_activity()
    activity.id = None
    activity.recipients = [store.recipients.add(nimbus)]
    store.activities.add(activity)
    store.close()
    return path


def run(*argv):
    parser = argparse.ArgumentParser()
    export_command.register(parser.add_subparsers())
    args = parser.parse_args(["export", *argv])
    return args.func(args)


def test_both_formats_into_a_folder_with_default_names(register_file, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert run(str(register_file), "--out", str(out), "--prepared-by", "Karin Ek") == 0
    today = date.today()
    xlsx = out / default_filename("Fjällräv & Söner AB", "sv", "xlsx", today)  # the organisation's language
    pdf = out / default_filename("Fjällräv & Söner AB", "sv", "pdf", today)
    assert sorted(p.name for p in out.iterdir()) == sorted([xlsx.name, pdf.name])
    assert xlsx.name == f"Fjällräv-Söner-AB-ROPA-sv-{today.isoformat()}.xlsx"
    assert load_workbook(xlsx).sheetnames[1] == "Art 30.1 personuppgiftsansvarig"
    assert "Karin Ek" in PdfReader(pdf).pages[0].extract_text()
    printed = capsys.readouterr().out
    assert str(xlsx) in printed and str(pdf) in printed


def test_one_format_to_a_named_file_in_another_language(register_file, tmp_path):
    target = tmp_path / "for-datatilsynet.pdf"
    assert run(str(register_file), "--format", "pdf", "--lang", "nb", "--out", str(target)) == 0
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == [target.name]
    assert "Protokoll over behandlingsaktiviteter" in PdfReader(target).pages[0].extract_text()


def test_file_stem_gets_each_formats_suffix(register_file, tmp_path):
    assert run(str(register_file), "--lang", "en", "--out", str(tmp_path / "ropa.xlsx")) == 0
    assert (tmp_path / "ropa.xlsx").exists() and (tmp_path / "ropa.pdf").exists()


def test_the_register_is_read_and_only_gets_the_exports_snapshot(register_file, tmp_path):
    """Reading changes nothing; afterwards the one thing written is the export snapshot (store.snapshots,
    tests/export/test_export_snapshots.py): the records and the change log are as they were."""
    from ropa_app.export.document import fingerprint

    with RegisterStore.open(register_file, readonly=True) as store:
        before = fingerprint(store.load_register()), store.audit.count()
    assert run(str(register_file), "--format", "xlsx", "--out", str(tmp_path)) == 0
    with RegisterStore.open(register_file, readonly=True) as store:
        assert (fingerprint(store.load_register()), store.audit.count()) == before
        assert [s.format for s in store.exports.all()] == ["xlsx"]


def test_bad_language_is_a_usage_error(register_file):
    with pytest.raises(SystemExit) as exc:
        run(str(register_file), "--lang", "de")
    assert exc.value.code == 2


def test_through_the_ropa_app_command_line(register_file, tmp_path, capsys):
    from ropa_app.cli import main

    assert main(
        ["export", str(register_file), "--format", "xlsx", "--lang", "da", "--out", str(tmp_path / "x.xlsx")]
    ) == 0
    assert load_workbook(tmp_path / "x.xlsx").sheetnames[1] == "Art 30 stk 1 dataansvarlig"
    assert main(["export", str(tmp_path / "no-such.ropa"), "--out", str(tmp_path)]) == 2
    assert "no-such.ropa" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))


def test_workbook_layout_and_data_links_options(register_file, tmp_path):
    target = tmp_path / "ico.xlsx"
    assert run(str(register_file), "--format", "xlsx", "--lang", "en", "--workbook-layout", "ico", "--data-links",
               "--out", str(target)) == 0
    wb = load_workbook(target)
    assert "Data categories and links" in wb.sheetnames
    header = next(r for r in wb.worksheets[1].iter_rows(values_only=True) if r[0] == "Ref.")
    assert "Rights available to individuals" in header and header[-1] == "Link to record of personal data breach"
    with pytest.raises(SystemExit) as exc:
        run(str(register_file), "--workbook-layout", "cnil")
    assert exc.value.code == 2
