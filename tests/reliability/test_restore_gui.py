"""File > Restore from backup…: the dialog lists the backups and restores one into a new file that
holds the register exactly as it was backed up."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ropa_app.domain import model
from ropa_app.store import RegisterStore, list_backups
from ropa_app.ui.restore_dialog import BackupTableModel, RestoreDialog
from tests.store.badfiles import make_register


@pytest.fixture
def backed_up(tmp_path):
    """A register with a daily backup and an import backup, changed after both."""
    path = make_register(tmp_path / "Our register.ropa", 4)
    with RegisterStore.open(path) as store:
        at_open = store.load_register()
        store.activities.add(model.Activity(name="Added before the import"))
        before_import = store.load_register()
        store.backup_now("before-import")
        store.activities.delete(1)
    return path, at_open, before_import


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr("ropa_app.ui.restore_dialog.QMessageBox.warning", lambda p, t, text: shown.append(text))
    return shown


def _restore_into(dialog, monkeypatch, qtbot, target):
    monkeypatch.setattr(dialog, "ask_target", lambda backup: target)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def test_dialog_lists_backups_newest_first_with_date_size_and_reason(qtbot, backed_up):
    path, _a, _b = backed_up
    dialog = RestoreDialog(None, path)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Date", "Size", "Reason", "Register"]
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert [r[2] for r in rows] == ["Before an import", "Daily backup when opened"]
    newest = list_backups(path)[0]
    assert rows[0][0] == newest.created.strftime("%Y-%m-%d %H:%M:%S") and rows[0][1].endswith("KB")
    assert dialog.table.isColumnHidden(3) and dialog.restore_button.isEnabled()
    dialog.all_registers.setChecked(True)
    assert not dialog.table.isColumnHidden(3) and model.index(0, 3).data() == "Our register"


@pytest.mark.parametrize("row", [0, 1], ids=["before-import", "daily"])
def test_restore_yields_the_register_as_it_was_backed_up(qtbot, tmp_path, backed_up, monkeypatch, warnings, row):
    path, at_open, before_import = backed_up
    dialog = RestoreDialog(None, path)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(row)
    target = tmp_path / "restored" / "Our register (restored).ropa"
    target.parent.mkdir()
    _restore_into(dialog, monkeypatch, qtbot, target)
    assert warnings == [] and dialog.restored_path == target and dialog.result() == dialog.DialogCode.Accepted
    with RegisterStore.open(target) as restored:
        assert restored.load_register() == (before_import, at_open)[row]
        assert not restored.readonly


def test_restore_refuses_an_existing_file(qtbot, tmp_path, backed_up, monkeypatch, warnings):
    path, _a, _b = backed_up
    before = path.read_bytes()
    dialog = RestoreDialog(None, path)
    qtbot.addWidget(dialog)
    _restore_into(dialog, monkeypatch, qtbot, path)  # the register itself
    assert len(warnings) == 1 and "already exists" in warnings[0]
    assert dialog.restored_path is None and path.read_bytes() == before


def test_default_target_is_a_new_name_beside_the_register(qtbot, backed_up):
    path, _a, _b = backed_up
    dialog = RestoreDialog(None, path)
    qtbot.addWidget(dialog)
    backup = dialog.selected_backup()
    first = dialog.default_target(backup)
    assert first.parent == path.parent and first.name.startswith("Our register (restored ") and not first.exists()
    first.write_bytes(b"taken")
    assert dialog.default_target(backup) != first


def test_no_backups_yet(qtbot, tmp_path):
    dialog = RestoreDialog(None, tmp_path / "never opened.ropa")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert not dialog.empty_label.isHidden()


def test_model_passes_the_qt_model_tester(qtmodeltester, backed_up):
    model = BackupTableModel(list_backups(backed_up[0]))
    qtmodeltester.check(model)


def test_file_dialog_target_gets_the_register_suffix(qtbot, tmp_path, backed_up, monkeypatch):
    dialog = RestoreDialog(None, backed_up[0])
    qtbot.addWidget(dialog)
    asked = []

    def save_name(parent, caption, start, filter, options=None):
        asked.append((caption, start, options))
        return str(tmp_path / "copy"), filter

    monkeypatch.setattr("ropa_app.ui.restore_dialog.QFileDialog.getSaveFileName", save_name)
    assert dialog.ask_target(dialog.selected_backup()) == tmp_path / "copy.ropa"
    caption, start, options = asked[0]
    assert caption == "Restore backup as" and "(restored " in start
    assert options & QFileDialog.Option.DontConfirmOverwrite  # overwriting is refused, never offered
    monkeypatch.setattr("ropa_app.ui.restore_dialog.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.ask_target(dialog.selected_backup()) is None
