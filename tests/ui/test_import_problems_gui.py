"""File > Import… in the interface's language: the problems an import finds (their places and their texts) are
listed in the preview in Swedish, field names as the form shows them; the English text stays the command line's."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from ropa_app.domain import model
from ropa_app.export import i18n as export_i18n
from ropa_app.interchange import jsonformat
from ropa_app.store import RegisterStore
from ropa_app.ui import i18n
from ropa_app.ui.main_window import MainWindow

from ..interchange.ico_workbook import ICO_TITLES, ROWS, write_ico_workbook
from .i18n_walk import english_words, store_templates


@pytest.fixture
def language(request):
    installed = i18n.install(request.param)
    yield request.param
    i18n.uninstall(installed)


def _import_dialog(qtbot, tmp_path, source):
    """File > Import… on a new register, the file `source` chosen."""
    path = tmp_path / "r.ropa"
    RegisterStore.create(path, model.Organisation(name="Fjällräv Systems AB")).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    dialog = window.import_dialog()
    dialog.set_source(source)
    return dialog


def _preview_problems(qtbot, tmp_path, source) -> tuple[object, list[str]]:
    dialog = _import_dialog(qtbot, tmp_path, source)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.problems.stringList()), timeout=20000)
    assert not dialog.apply_button.isEnabled()
    return dialog, dialog.problems.stringList()


def _no_english_template_left(lines: list[str], allowed: set[str]) -> None:
    """No line holds an English template's words (only the source's own names, values and JSON paths)."""
    for line in lines:
        assert not english_words(line, "sv", frozenset(allowed)), line
    fixed = [t for t in store_templates() if "{" not in t and len(t) > 12]
    assert not [t for t in fixed if any(t in line for line in lines)]


BROKEN_VALUES = {
    "format_version": jsonformat.FORMAT_VERSION,
    "recipients": [{"name": "Lönebyrån AB", "kind": "vendor"}],
    "activities": [{"name": "Löner", "purpose": ["Löneutbetalning"], "legal_bases": ["samtycke"],
                    "last_reviewed": "2026-02-30", "transfers": [{"country": "XX"}]}],
}


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_broken_json_documents_problems_are_listed_in_swedish(qtbot, language, tmp_path):
    source = tmp_path / "register.json"
    source.write_text(json.dumps(BROKEN_VALUES, ensure_ascii=False), encoding="utf-8")
    dialog, lines = _preview_problems(qtbot, tmp_path, source)
    assert dialog.summary.text() == "Filen kan inte importeras; ingenting ändrades. Problem:"
    text = "\n".join(lines)
    label = export_i18n.table("sv")["field.activity.legal_bases"]
    assert "$.activities[0].purpose: okänt fält 'purpose' (menade du 'purposes'?)" in text
    assert f"$.activities[0].legal_bases[0]: okänt värde 'samtycke' för ”{label}”" in text
    assert "$.activities[0].last_reviewed: inget giltigt datum: '2026-02-30' (ÅÅÅÅ-MM-DD väntades)" in text
    assert "$.activities[0].transfers[0].country: okänd landskod 'XX'" in text
    paths = {line.split(": ", 1)[0] for line in lines}
    assert all(p.startswith("$.") for p in paths) and len(lines) >= 5
    keys = {key for line in lines if "; tillåtna: " in line for key in line.split("; tillåtna: ")[1].split(", ")}
    assert "public_authority" in keys  # (the document's keys, the same in every language)
    _no_english_template_left(lines, paths | keys | {"purpose", "purposes", "samtycke", "vendor"})


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_broken_json_syntax_names_its_line_and_column_in_swedish(qtbot, language, tmp_path):
    source = tmp_path / "broken.json"
    source.write_text('{"format_version": 1, "activities": [ {"name": "A",, } ]}', encoding="utf-8")
    _dialog, lines = _preview_problems(qtbot, tmp_path, source)
    assert lines == ["Rad 1, kolumn 52: detta är inte giltig JSON: ett nyckelnamn inom dubbla citattecken väntades"]


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_broken_spreadsheets_problems_are_listed_in_swedish(qtbot, language, tmp_path):
    rows = [list(r) for r in ROWS[:3]]
    rows[1][7] = "Narnia"  # (the transfer countries: H9, H10)
    rows[2][7] = "USA; Atlantis"
    source = write_ico_workbook(tmp_path / "ico.xlsx", rows)
    _dialog, lines = _preview_problems(qtbot, tmp_path, source)
    title = ICO_TITLES[7][:39] + "…"
    assert lines == [f"Bladet ”Controller template”, cell H9 (”{title}”): ”Narnia” är inte ett landsnamn eller en "
                     "ISO-kod som ROPA Desk känner till",
                     f"Bladet ”Controller template”, cell H10 (”{title}”): ”Atlantis” är inte ett landsnamn eller "
                     "en ISO-kod som ROPA Desk känner till"]
    _no_english_template_left(lines, {"Controller template", title, "Narnia", "Atlantis"})


def test_in_english_the_problems_read_as_the_command_line_reads_them(qtbot, tmp_path):
    source = tmp_path / "register.json"
    source.write_text(json.dumps(BROKEN_VALUES, ensure_ascii=False), encoding="utf-8")
    _dialog, lines = _preview_problems(qtbot, tmp_path, source)
    assert "$.activities[0].legal_bases[0]: unknown legal basis 'samtycke'; allowed: art6_1_a, " in "\n".join(lines)
    assert "$.recipients[0].kind: unknown recipient kind 'vendor'" in "\n".join(lines)


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_spreadsheets_warnings_and_its_columns_targets_are_in_swedish(qtbot, language, tmp_path):
    rows = [list(r) for r in ROWS[:2]]
    rows[1][11] = "Because we can"  # (the Art. 6 basis, L9: kept as a note, with a warning)
    dialog = _import_dialog(qtbot, tmp_path, write_ico_workbook(tmp_path / "ico.xlsx", rows))
    table = export_i18n.table("sv")
    assert dialog.mapping.index(1, 2).data() == table["field.activity.purposes"]  # (column B, as the form says it)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    title = ICO_TITLES[11][:39] + "…"
    assert dialog.problems.stringList() == [
        f"Bladet ”Controller template”, cell L9 (”{title}”): sparat som närmare uppgifter om rättslig grund: det gick "
        "inte att avgöra vilken rättslig grund i art. 6.1 som ”Because we can” avser"]
    assert dialog.apply_button.isEnabled()
    # what the import will do, said in Swedish too (the command line's summary_lines stay English)
    assert dialog.summary.text().split("\n") == [
        f"Organisation: ändras ({table['field.organisation.address']}, {table['field.organisation.email']}, "
        f"{table['field.organisation.phone']}, {table['field.organisation.dpo_appointed']}, "
        f"{table['field.organisation.dpo_name']}, {table['field.organisation.dpo_email']})",
        "Mottagare: 0 läggs till, 0 ändras, 0 oförändrade", "Behandlingar: 2 läggs till, 0 ändras, 0 oförändrade"]
    assert dialog.plan_model.index(0, 3).data().startswith(table["field.organisation.address"] + ", ")


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_value_the_register_cannot_read_is_named_by_its_kind_and_its_fields_label_in_swedish(qtbot, language):
    from ropa_app.store.rows import from_row

    problems: list[str] = []
    from_row(model.Activity, {"id": 2, "name": "Löner", "purposes": "{not json"}, problems=problems)
    label = export_i18n.table("sv")["field.activity.purposes"]
    assert str(problems[0]).startswith("activity 2 “Löner”, field “purposes”: its value cannot be read (")
    assert i18n.store_text(problems[0]).startswith(f"Behandling 2 ”Löner”, fältet ”{label}”: värdet kan inte läsas (")


@pytest.mark.parametrize("code, grouped, decimal", [
    ("sv", "1\xa0048\xa0576", "51,2"), ("nb", "1\xa0048\xa0576", "51,2"), ("da", "1.048.576", "51,2"),
    ("fi", "1\xa0048\xa0576", "51,2")])
def test_numbers_in_a_problem_are_written_the_languages_way(qtbot, code, grouped, decimal):
    """A count given a grouping format, a size given decimals, are written with the language's separators (the
    English "1,048,576" reads as a fraction in Swedish; the translations had dropped the grouping). A number
    without such a format (a year, a line) is written as it is. In English nothing changes."""
    from ropa_app.domain.messages import Message

    rows = Message("the sheet has more than {most:,} rows; ROPA Desk imports up to that many", most=1_048_576)
    size = Message("the file is {size:.1f} MB; ROPA Desk imports files up to {most:.1f} MB. Nothing was imported.",
                   size=51.25, most=50.0)
    line = Message("line {line}, column {column}", line=12345, column=7)
    assert str(rows).startswith("the sheet has more than 1,048,576 rows") and "51.2 MB" in str(size)
    installed = i18n.install(code)
    try:
        assert grouped in i18n.store_text(rows) and "1,048,576" not in i18n.store_text(rows)
        assert f"{decimal} " in i18n.store_text(size) and "51.2" not in i18n.store_text(size)
        assert "12345" in i18n.store_text(line)
    finally:
        i18n.uninstall(installed)
