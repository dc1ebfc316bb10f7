"""The help panel shows, for the field in focus, what to write, why the law asks for it and an example;
a screen reader gets the first part as the field's description."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ropa_app.domain import model
from ropa_app.domain.help import help_for
from ropa_app.store import RegisterStore

from .checks_helpers import open_window
from .typing import press, type_text


def _register(tmp_path):
    path = tmp_path / "bygg.ropa"
    with RegisterStore.create(path, model.Organisation(name="Trästad Bygg AB", country="SE")) as store:
        activity = store.activities.add(model.Activity(
            ref="PA-001", name="Lönehantering", data_subject_categories=["Anställda"],
            data_categories=[model.DataCategory("Sjukfrånvaro", "health", "2 år", ["Anställda"])],
            transfers=[model.Transfer(country="IN", mechanism="scc")]))
    return path, activity


def test_the_help_panel_follows_the_focus_through_the_form(qtbot, tmp_path):
    path, activity = _register(tmp_path)
    window = open_window(qtbot, path)
    page = window.activities_page
    page.select(activity)
    editor = page.editor
    panel = editor.help_panel
    assert panel.isVisible()
    form = editor.form
    form.focus_field("purposes")
    qtbot.waitUntil(lambda: panel.key == "activity.purposes")
    text = panel.text.text()
    assert "What to write" in text and "Why the law asks" in text and "Example" in text
    assert "Art. 30(1)(b)" in text
    assert panel.title.text() == "Purposes"
    # Tab on to the next field: the panel follows.
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the purposes list's own parts first
    form.focus_field("special_category_conditions")
    qtbot.waitUntil(lambda: panel.key == "activity.special_category_conditions")
    assert "Art. 9" in panel.text.text()
    # A field of the selected transfer row: the transfer's help.
    transfers = form.widgets["transfers"]
    transfers.editors["mechanism"].setFocus()
    qtbot.waitUntil(lambda: panel.key == "transfer.mechanism")
    assert panel.title.text() == "Transfer: Mechanism"
    # A cell of the data categories table: its column's help.
    table = form.widgets["data_categories"]
    idx = table.model.index(0, table.model.column("retention"))
    table.view.setCurrentIndex(idx)
    table.view.edit(idx)
    qtbot.waitUntil(lambda: panel.key == "data_category.retention")
    cell = QApplication.focusWidget()
    press(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(cell, "Två år efter avslutad anställning")
    delegate = table.view.itemDelegate()  # what the delegate does on Enter (see driver._add_record)
    delegate.commitData.emit(cell)
    delegate.closeEditor.emit(cell)
    with RegisterStore.open(path, readonly=True) as store:
        assert store.activities.get(activity).data_categories[0].retention == "Två år efter avslutad anställning"


def test_a_screen_reader_reads_each_fields_help_as_its_description(qtbot, tmp_path):
    path, activity = _register(tmp_path)
    window = open_window(qtbot, path)
    window.activities_page.select(activity)
    form = window.activities_page.editor.form
    for key, widget in form.widgets.items():
        assert widget.accessibleDescription() == help_for(f"activity.{key}").what, key
    for key, widget in form.widgets["transfers"].editors.items():
        assert widget.accessibleDescription() == help_for(f"transfer.{key}").what, key


def test_f1_hides_and_shows_the_help_panel_and_the_form_takes_the_room(qtbot, tmp_path):
    path, activity = _register(tmp_path)
    window = open_window(qtbot, path)
    window.resize(1280, 800)
    window.activities_page.select(activity)
    editor = window.activities_page.editor
    qtbot.waitUntil(editor.help_panel.isVisible)
    narrow = editor.form.width()
    window.activities_page.listing.table.setFocus()
    qtbot.keyClick(window.activities_page.listing.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: not editor.help_panel.isVisible())
    qtbot.waitUntil(lambda: editor.form.width() > narrow)
    assert not window.organisation_page.help_panel.isVisibleTo(window.organisation_page)
    window.action_field_help.trigger()
    qtbot.waitUntil(editor.help_panel.isVisible)
