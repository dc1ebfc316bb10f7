"""Which data subjects each data category concerns (Datatilsynet: link the data to the people it is
about), through the real widgets: the "Data subjects" column of the data-categories table, its popup
of check boxes, undo and redo, renaming and removing a data-subject category, and the file afterwards."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.ui.activity_editor import relink_subjects
from ropa_app.ui.forms import links

from .checks_helpers import open_window
from .driver import fill, open_names_popup, tick_names
from .typing import press, select_all_and_type

ORG = model.Organisation(name="Fjordvik Rådgivning AS")
STAFF, KIN = "Ansatte på Ærø", "Pårørende"


def _register(tmp_path, *activities):
    path = tmp_path / "links.ropa"
    with RegisterStore.create(path, ORG) as store:
        ids = [store.activities.add(a) for a in activities]
    return path, ids


def _window(qtbot, path):
    window = open_window(qtbot, path)
    window.resize(1400, 900)
    return window


def _back_to(qtbot, window):
    """The offscreen platform leaves a closed completer popup the active window; a user's click on
    the main window makes it active again."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _open(qtbot, path, activity_id):
    window = _window(qtbot, path)
    window.show_activity(activity_id)
    editor = window.activities_page.editor
    assert editor.record is not None and editor.record.id == activity_id
    editor.focus_field("data_categories")
    return window, editor, editor.form.widgets["data_categories"]


def _subjects(window, activity_id):
    return [dc.subjects for dc in window.store.activities.get(activity_id).data_categories]


def _cell(table, row):
    return table.model.index(row, table.model.column("subjects")).data()


def _type_cell(qtbot, table, row, text):
    """Type into the cell editor that "Add row" opened on the category's name, and press Enter."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.view.isAncestorOf(editor), editor
    select_all_and_type(editor, text)
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model.records[row].name == text)
    qtbot.waitUntil(lambda: table.view.indexWidget(table.model.index(row, 0)) is None)


def test_link_data_subjects_undo_redo_and_reopen(qtbot, tmp_path):
    path, _ = _register(tmp_path)
    window = _window(qtbot, path)
    window.action_new_activity.trigger()
    editor = window.activities_page.editor
    aid = editor.record.id
    stack = window.session.undo_stack
    fill(qtbot, editor.form.widgets["name"], "Lønn og personal")
    fill(qtbot, editor.form.widgets["data_subject_categories"], [STAFF, KIN])
    _back_to(qtbot, window)
    table = editor.form.widgets["data_categories"]
    editor.focus_field("data_categories")

    # Two data categories, typed in the table; with two data-subject categories nothing is linked yet.
    for row, name in enumerate(["Kontaktopplysninger", "Bankkonto for lønn"]):
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        _type_cell(qtbot, table, row, name)
        assert table.model.records[row].subjects == []
    assert _subjects(window, aid) == [[], []]

    # The column sits next to the category's name and says what it is.
    header = table.view.horizontalHeader()
    col = table.model.column("subjects")
    assert header.visualIndex(col) == 1
    assert table.model.headerData(col, Qt.Orientation.Horizontal) == "Data subjects"
    assert table.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

    # Link: double-click the cell, tick, Done. One undoable edit per cell, named in the Edit menu.
    before = stack.count()
    popup = open_names_popup(qtbot, table, 0, "subjects")
    assert list(popup.boxes) == [STAFF, KIN]  # the activity's data-subject categories, in their order
    assert "Kontaktopplysninger" in popup.title.text()
    assert popup.accessibleName() and popup.objectName() == "subjects_editor"
    assert not popup.empty_hint.isVisible()
    tick_names(qtbot, popup, [STAFF, KIN])
    assert stack.count() == before + 1
    assert "Personal data categories" in window.action_undo.text()
    popup = open_names_popup(qtbot, table, 1, "subjects")
    tick_names(qtbot, popup, [STAFF])
    assert stack.count() == before + 2
    assert _subjects(window, aid) == [[STAFF, KIN], [STAFF]]
    assert _cell(table, 0) == f"{STAFF}, {KIN}"
    assert _cell(table, 1) == STAFF

    # Untick one again: also one edit.
    popup = open_names_popup(qtbot, table, 0, "subjects")
    assert [n for n, b in popup.boxes.items() if b.isChecked()] == [STAFF, KIN]
    tick_names(qtbot, popup, [KIN])
    assert _subjects(window, aid) == [[KIN], [STAFF]]

    # Undo and redo through the Edit menu's actions.
    window.action_undo.trigger()
    assert _subjects(window, aid) == [[STAFF, KIN], [STAFF]]
    assert _cell(table, 0) == f"{STAFF}, {KIN}"
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert _subjects(window, aid) == [[], []]
    assert _cell(table, 0) == "" and _cell(table, 1) == ""
    for _ in range(3):
        window.action_redo.trigger()
    assert _subjects(window, aid) == [[KIN], [STAFF]]
    assert _cell(table, 0) == KIN
    window.close()

    # The register file has the links.
    with RegisterStore.open(path) as store:
        a = store.activities.get(aid)
        assert a.data_subject_categories == [STAFF, KIN]
        assert [(dc.name, dc.subjects) for dc in a.data_categories] == [
            ("Kontaktopplysninger", [KIN]), ("Bankkonto for lønn", [STAFF])]

    # And a new window on the file shows them.
    window, editor, table = _open(qtbot, path, aid)
    assert [_cell(table, r) for r in range(2)] == [KIN, STAFF]
    window.close()


def test_keyboard_escape_and_click_elsewhere(qtbot, tmp_path):
    act = model.Activity(name="Kundeservice", data_subject_categories=["Kunder", "Leverandører"],
                         data_categories=[model.DataCategory("Navn")])
    path, (aid,) = _register(tmp_path, act)
    window, editor, table = _open(qtbot, path, aid)
    stack = window.session.undo_stack
    idx = table.model.index(0, table.model.column("subjects"))

    # F2 on the cell opens the popup; Space ticks the box with the focus; Enter saves and closes.
    table.view.setFocus()
    table.view.setCurrentIndex(idx)
    press(table.view, Qt.Key.Key_F2)
    popup = table.view.indexWidget(idx)
    assert isinstance(popup, links.NamesPopup)
    box = popup.boxes["Kunder"]
    press(box, Qt.Key.Key_Space)
    assert box.isChecked()
    press(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _subjects(window, aid) == [["Kunder"]])
    qtbot.waitUntil(lambda: table.view.indexWidget(idx) is None)
    assert stack.count() == 1

    # Escape closes without saving.
    press(table.view, Qt.Key.Key_F2)
    popup = table.view.indexWidget(idx)
    press(popup.boxes["Leverandører"], Qt.Key.Key_Space)
    press(popup.boxes["Leverandører"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.view.indexWidget(idx) is None)
    assert _subjects(window, aid) == [["Kunder"]] and stack.count() == 1

    # A click elsewhere closes the popup and keeps the ticks (as leaving a text cell does).
    popup = open_names_popup(qtbot, table, 0, "subjects")
    tick_names(qtbot, popup, ["Kunder", "Leverandører"], done=False)
    # A click outside a popup closes it (QWidget.close()); offscreen, QTest's click on another widget
    # does not go through that popup handling, so do what it does.
    popup.close()
    qtbot.waitUntil(lambda: _subjects(window, aid) == [["Kunder", "Leverandører"]])
    assert stack.count() == 2
    window.close()


def test_without_data_subject_categories_the_popup_says_so(qtbot, tmp_path):
    act = model.Activity(name="Nyhetsbrev", data_categories=[model.DataCategory("E-post")])
    path, (aid,) = _register(tmp_path, act)
    window, editor, table = _open(qtbot, path, aid)
    popup = open_names_popup(qtbot, table, 0, "subjects")
    assert popup.boxes == {}
    assert popup.empty_hint.isVisible()
    assert "no data-subject categories" in popup.empty_hint.text()
    qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert window.session.undo_stack.count() == 0
    window.close()


def test_a_new_data_category_is_linked_to_the_only_data_subject_category(qtbot, tmp_path):
    act = model.Activity(name="Rekruttering", data_subject_categories=["Søkere"])
    path, (aid,) = _register(tmp_path, act)
    window, editor, table = _open(qtbot, path, aid)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.model.records[0].subjects == ["Søkere"]
    _type_cell(qtbot, table, 0, "CV")
    assert _subjects(window, aid) == [["Søkere"]]
    assert _cell(table, 0) == "Søkere"

    # With a second data-subject category the user decides for each new data category.
    fill(qtbot, editor.form.widgets["data_subject_categories"], ["Referanser"])
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.model.records[1].subjects == []
    window.close()


def _rename_in_list(qtbot, lst, row, text):
    """Double-click an entry of a list field, type the new name, Enter."""
    idx = lst.model.index(row, 0)
    rect = lst.view.visualRect(idx)
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's
    qtbot.mouseDClick(lst.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # first press
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit) and lst.view.isAncestorOf(edit), edit
    select_all_and_type(edit, text)
    press(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lst.value()[row] == text)


def test_renaming_and_removing_a_data_subject_category_updates_the_links(qtbot, tmp_path):
    act = model.Activity(
        name="Personaladministrasjon",
        data_subject_categories=["Ansatte", "Tidligere ansatte", KIN],
        data_categories=[model.DataCategory("Navn", subjects=["Ansatte", KIN]),
                         model.DataCategory("Attest", subjects=["Tidligere ansatte"])],
    )
    path, (aid,) = _register(tmp_path, act)
    window, editor, table = _open(qtbot, path, aid)
    stack = window.session.undo_stack
    lst = editor.form.widgets["data_subject_categories"]

    # Renamed: the links follow the new name, in the same undoable edit.
    _rename_in_list(qtbot, lst, 0, "Medarbeidere på Ærø")
    assert _subjects(window, aid) == [["Medarbeidere på Ærø", KIN], ["Tidligere ansatte"]]
    assert _cell(table, 0) == f"Medarbeidere på Ærø, {KIN}"
    assert stack.count() == 1

    # Removed: the links to it go too (the data no longer concerns people the activity does not have).
    lst.view.setCurrentIndex(lst.model.index(1, 0))
    qtbot.mouseClick(lst.remove_button, Qt.MouseButton.LeftButton)
    assert window.store.activities.get(aid).data_subject_categories == ["Medarbeidere på Ærø", KIN]
    assert _subjects(window, aid) == [["Medarbeidere på Ærø", KIN], []]
    assert stack.count() == 2

    # One undo each brings the category and its links back.
    window.action_undo.trigger()
    assert _subjects(window, aid) == [["Medarbeidere på Ærø", KIN], ["Tidligere ansatte"]]
    window.action_undo.trigger()
    assert window.store.activities.get(aid) == replace(act, id=aid)
    assert _cell(table, 0) == f"Ansatte, {KIN}"
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert _subjects(window, aid) == [["Medarbeidere på Ærø", KIN], []]
    window.close()
    with RegisterStore.open(path) as store:
        saved = store.activities.get(aid)
        assert [dc.subjects for dc in saved.data_categories] == [["Medarbeidere på Ærø", KIN], []]


def test_a_link_to_a_name_that_is_not_listed_is_shown_as_such(qtbot, tmp_path):
    # E.g. from an import, or a file edited elsewhere: the link names someone the activity does not list.
    act = model.Activity(name="Kundeservice", data_subject_categories=["Kunder"],
                         data_categories=[model.DataCategory("Navn", subjects=["Kunder", "Forhandlere"])])
    path, (aid,) = _register(tmp_path, act)
    window, editor, table = _open(qtbot, path, aid)
    assert _cell(table, 0) == "Kunder, Forhandlere (not listed)"
    idx = table.model.index(0, table.model.column("subjects"))
    assert "Forhandlere" in idx.data(Qt.ItemDataRole.ToolTipRole)
    assert idx.data(Qt.ItemDataRole.ForegroundRole) is not None

    # Added to the list again: no longer marked.
    fill(qtbot, editor.form.widgets["data_subject_categories"], ["Forhandlere"])
    assert _cell(table, 0) == "Kunder, Forhandlere"
    window.action_undo.trigger()
    assert _cell(table, 0) == "Kunder, Forhandlere (not listed)"

    # The popup offers to untick it.
    popup = open_names_popup(qtbot, table, 0, "subjects")
    assert list(popup.boxes) == ["Kunder", "Forhandlere"]
    assert popup.boxes["Forhandlere"].isChecked()
    assert popup.boxes["Forhandlere"].text() == "Forhandlere (not listed)"
    assert popup.boxes["Forhandlere"].accessibleName()
    tick_names(qtbot, popup, ["Kunder"])
    assert _subjects(window, aid) == [["Kunder"]]
    assert _cell(table, 0) == "Kunder"
    window.close()


def test_relink_subjects():
    dcs = [model.DataCategory("A", subjects=["x", "y", "gone"]), model.DataCategory("B", subjects=["z"])]
    # renamed in place (same length, old name gone)
    assert [d.subjects for d in relink_subjects(["x", "y", "z"], ["x2", "y", "z"], dcs)] == [["x2", "y", "gone"], ["z"]]
    # removed
    assert [d.subjects for d in relink_subjects(["x", "y", "z"], ["x", "z"], dcs)] == [["x", "gone"], ["z"]]
    # added: nothing changes
    assert relink_subjects(["x", "y", "z"], ["x", "y", "z", "w"], dcs) == dcs
    # renamed onto a name already there: the two links become one
    assert [d.subjects for d in relink_subjects(["x", "y", "z"], ["y", "y", "z"], dcs)] == [["y", "gone"], ["z"]]
    assert dcs[0].subjects == ["x", "y", "gone"]  # the input is not changed
