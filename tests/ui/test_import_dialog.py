"""File > Import…: preview before anything is written, the import as one undoable step, broken files
leave the register unchanged."""

from PySide6.QtCore import Qt

from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.ui.main_window import MainWindow

from ..interchange.ico_workbook import write_ico_workbook


def _window(qtbot, path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    return window


def test_ico_workbook_import_with_preview_and_undo(qtbot, tmp_path):
    path = tmp_path / "r.ropa"
    RegisterStore.create(path, model.Organisation(name="Fjällräv Systems AB")).close()
    window = _window(qtbot, path)
    source = write_ico_workbook(tmp_path / "ico.xlsx")
    dialog = window.import_dialog()
    dialog.set_source(source)
    assert dialog.mapping_view.isVisibleTo(dialog)
    assert dialog.mapping.rowCount() >= 20, "the ICO columns are proposed"
    before = path.read_bytes()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.plan_model.rowCount() >= 8
    assert window.store.activities.count() == 0, "a preview writes nothing"
    assert path.read_bytes() == before
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.store.activities.count() >= 8
    assert window.activities_page.listing.proxy.rowCount() >= 8
    assert window.action_undo.text().endswith("ico.xlsx”") or "ico.xlsx" in window.action_undo.text()
    window.action_undo.trigger()
    assert window.store.activities.count() == 0
    window.action_redo.trigger()
    assert window.store.activities.count() >= 8


def test_broken_json_shows_the_place_and_changes_nothing(qtbot, tmp_path):
    path = tmp_path / "r.ropa"
    RegisterStore.create(path, model.Organisation(name="X AB")).close()
    window = _window(qtbot, path)
    source = tmp_path / "broken.json"
    source.write_text('{"format_version": 1, "activities": [ {"name": "A",, } ]}', encoding="utf-8")
    before = path.read_bytes()
    dialog = window.import_dialog()
    dialog.set_source(source)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.problems.stringList()), timeout=20000)
    text = " ".join(dialog.problems.stringList())
    assert "line 1" in text.lower() or "column" in text.lower(), text
    assert not dialog.apply_button.isEnabled()
    assert path.read_bytes() == before
