"""Nothing typed is lost or changed behind the user's back: through the real widgets of the main window,
checked in the register file."""

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWizard

from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.ui.new_register_wizard import NewRegisterWizard

from .checks_helpers import open_window
from .typing import press, select_all_and_type, type_text


def _register(tmp_path):
    path = tmp_path / "bygg.ropa"
    with RegisterStore.create(path, model.Organisation(name="Trästad Bygg AB", country="SE")) as store:
        first = store.activities.add(model.Activity(ref="PA-001", name="Lönehantering", purposes=["Betala lön"]))
        second = store.activities.add(model.Activity(ref="PA-002", name="Rekrytering"))
        rec = store.recipients.add(model.Recipient(name="Molnbolaget AB", country="SE"))
    return path, first, second, rec


def _activity(path, activity_id):
    with RegisterStore.open(path, readonly=True) as store:
        return store.activities.get(activity_id)


def _recipient(path, recipient_id):
    with RegisterStore.open(path, readonly=True) as store:
        return store.recipients.get(recipient_id)


def _click_row(qtbot, page, record_id):
    table = page.listing.table
    row = page.listing.proxy.mapFromSource(page.listing.model.index(page.listing.model.row_of(record_id), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center())
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.id == record_id)


def test_text_left_in_an_add_box_is_added_to_its_own_record_when_another_is_selected(qtbot, tmp_path):
    path, first, second, _rec = _register(tmp_path)
    window = open_window(qtbot, path)
    page = window.activities_page
    page.select(first)
    box = page.editor.form.widgets["purposes"].input
    box.setFocus()
    type_text(box, "Årsbesked åt de anställda")  # not added with Enter
    _click_row(qtbot, page, second)
    assert _activity(path, first).purposes == ["Betala lön", "Årsbesked åt de anställda"]
    assert _activity(path, second).purposes == []
    assert box.text() == ""  # Enter in the box now adds nothing to the second activity
    # Leaving the box for another field adds it too.
    box.setFocus()
    type_text(box, "Rekrytera snickare")
    page.editor.form.widgets["owner"].setFocus()
    qtbot.waitUntil(lambda: _activity(path, second).purposes == ["Rekrytera snickare"])
    window.session.undo_stack.undo()
    assert _activity(path, second).purposes == []


def test_text_left_in_an_add_box_is_saved_on_quit(qtbot, tmp_path):
    path, first, _second, _rec = _register(tmp_path)
    window = open_window(qtbot, path)
    window.activities_page.select(first)
    box = window.activities_page.editor.form.widgets["data_subject_categories"].input
    box.setFocus()
    type_text(box, "Anställda på bygget")
    window.close()
    assert _activity(path, first).data_subject_categories == ["Anställda på bygget"]


def test_enter_in_a_country_list_adds_the_country(qtbot, tmp_path):
    path, _first, _second, rec = _register(tmp_path)
    window = open_window(qtbot, path)
    window.show_page("recipient")
    window.recipients_page.select(rec)
    countries = window.recipients_page.editor.form.widgets["processing_countries"]
    line = countries.input.lineEdit()
    line.setFocus()
    type_text(line, "Norway")
    press(line, Qt.Key.Key_Return)
    assert _recipient(path, rec).processing_countries == ["NO"]
    assert line.text() == ""


def _wheel(widget, delta: int) -> None:
    """Turn the mouse wheel over `widget`. Qt delivers a wheel event from the window system to the widget
    under the mouse and, while it is ignored, to its parents in turn; an event sent by a program goes to
    its receiver only, so the parents are walked here as Qt walks them."""
    w = widget
    while w is not None:
        pos = QPointF(w.mapFrom(widget, widget.rect().center()))
        event = QWheelEvent(pos, QPointF(w.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, delta),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(w, event)
        if event.isAccepted() or w.isWindow():
            return
        w = w.parentWidget()


def test_the_mouse_wheel_over_a_closed_drop_down_scrolls_the_form_and_changes_nothing(qtbot, tmp_path):
    path, first, _second, _rec = _register(tmp_path)
    window = open_window(qtbot, path)
    window.resize(1280, 720)
    page = window.activities_page
    page.select(first)
    form = page.editor.form
    qtbot.waitUntil(lambda: form.verticalScrollBar().maximum() > 0)
    undo_count = window.session.undo_stack.count()
    for key in ("role", "status", "dpia_status"):
        combo = form.widgets[key]
        before = combo.currentIndex()
        scrolled = form.verticalScrollBar().value()
        for _ in range(2):
            _wheel(combo, -120)  # towards the end of the form
        assert combo.currentIndex() == before, key
        assert form.verticalScrollBar().value() > scrolled or scrolled == form.verticalScrollBar().maximum(), key
    assert window.session.undo_stack.count() == undo_count
    saved = _activity(path, first)
    assert (saved.role, saved.status) == ("controller", "draft")


def test_after_new_register_the_editor_shows_nothing_of_the_previous_one(qtbot, tmp_path):
    path, first, _second, _rec = _register(tmp_path)
    window = open_window(qtbot, path)
    page = window.activities_page
    page.select(first)
    assert page.editor.form.widgets["name"].text() == "Lönehantering"
    box = page.editor.form.widgets["purposes"].input
    box.setFocus()
    type_text(box, "Löneväxling")  # not added yet: it goes into the register it was typed in
    new_path = tmp_path / "ny.ropa"
    window.action_new_register.trigger()  # the assistant: a name and a file are all it needs
    wizard = window.findChild(NewRegisterWizard)
    wizard.organisation_page.name.setText("Ny AB")
    wizard.organisation_page.file.setText(str(new_path))
    wizard.next()
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.store.path == new_path
    editor = page.editor
    assert editor.title.text() == "Nothing selected"
    assert not editor.content.isVisible()
    assert editor.form.widgets["name"].text() == ""
    assert editor.form.widgets["purposes"].value() == []
    assert page.empty_state.isVisible()  # how to begin instead of the old record
    with RegisterStore.open(new_path, readonly=True) as store:
        assert store.activities.summaries() == []
    assert _activity(path, first).purposes == ["Betala lön", "Löneväxling"]


def test_a_date_in_another_form_is_read_or_kept_and_explained_never_silently_dropped(qtbot, tmp_path):
    path, first, _second, _rec = _register(tmp_path)
    window = open_window(qtbot, path)
    page = window.activities_page
    page.select(first)
    field = page.editor.form.widgets["next_review"]
    notice = page.editor.notice
    # The Nordic order is read, and shown as it is saved.
    field.setFocus()
    select_all_and_type(field, "22.11.2026")
    press(field, Qt.Key.Key_Return)
    assert _activity(path, first).next_review == date(2026, 11, 22)
    assert field.text() == "2026-11-22"
    # Text that is no date stays while the user is in the field, and the form says what is expected.
    select_all_and_type(field, "31/12/2026")
    press(field, Qt.Key.Key_Return)
    assert field.text() == "31/12/2026"
    assert notice.isVisible() and "YYYY-MM-DD" in notice.text()
    assert _activity(path, first).next_review == date(2026, 11, 22)
    # Corrected, it is saved and the notice goes.
    select_all_and_type(field, "2026-12-31")
    press(field, Qt.Key.Key_Return)
    assert _activity(path, first).next_review == date(2026, 12, 31)
    assert not notice.isVisible()
    # Left with text that is no date: the field shows the saved date again, and says so.
    select_all_and_type(field, "nästa vår")
    page.editor.form.widgets["owner"].setFocus()
    qtbot.waitUntil(lambda: field.text() == "2026-12-31")
    assert notice.isVisible()
    assert "nästa vår" in notice.text() and "Next review" in notice.text() and "not changed" in notice.text()
    assert _activity(path, first).next_review == date(2026, 12, 31)


def test_ctrl_n_selects_the_new_activitys_name_so_typing_replaces_it(qtbot, tmp_path):
    path, _first, _second, _rec = _register(tmp_path)
    window = open_window(qtbot, path)
    window.activities_page.listing.table.setFocus()
    qtbot.keyClick(window.activities_page.listing.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.activities_page.editor
    qtbot.waitUntil(lambda: editor.record is not None and editor.record.name == "New activity")
    name = editor.form.widgets["name"]
    assert QApplication.focusWidget() is name
    type_text(QApplication.focusWidget(), "Platsloggar för byggarbetsplatsen")
    press(name, Qt.Key.Key_Return)
    new_id = editor.record.id
    assert _activity(path, new_id).name == "Platsloggar för byggarbetsplatsen"


def test_the_date_forms_a_user_may_type():
    from ropa_app.ui.forms.fields import parse_date

    for text in ("2026-11-22", "2026-11-22 ", "20261122", "22.11.2026", "22-11-2026"):
        assert parse_date(text) == (True, date(2026, 11, 22)), text
    assert parse_date("2026-1-5") == (True, date(2026, 1, 5))
    assert parse_date("") == (True, None)
    for text in ("22/11/2026", "11/22/2026", "2026-02-30", "31.02.2026", "nästa vår", "2026"):
        assert parse_date(text) == (False, None), text
