"""Fill any field of a record form the way a user would: typing, clicking, pressing keys."""

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from ropa_app.domain import model
from ropa_app.ui import transfer_editor
from ropa_app.ui.forms import fields, links, records

from .typing import press, select_all_and_type


def _choose_in_combo(qtbot, combo: QComboBox, key: str) -> None:
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    row = combo.findData(key)
    assert row >= 0, key
    idx = view.model().index(row, 0)
    view.scrollTo(idx)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(idx).center())
    assert combo.currentData() == key


def _click_box(qtbot, box) -> None:
    """Click a check box on its indicator (the wide label area beyond the text does not toggle it)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != before


def _line(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    select_all_and_type(edit, text)
    press(edit, Qt.Key.Key_Return)


def fill(qtbot, w, value) -> None:
    if isinstance(w, fields.DateTimeField):
        _line(qtbot, w, value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value)
    elif isinstance(w, (fields.TextField, fields.DateField)):
        _line(qtbot, w, value.isoformat() if isinstance(value, date) else value)
    elif isinstance(w, fields.LongTextField):
        w.setFocus()
        select_all_and_type(w, value)
        w.clearFocus()  # leaving the field (Tab or a click elsewhere) commits it
    elif isinstance(w, fields.BoolField):
        if w.isChecked() != value:
            _click_box(qtbot, w)
    elif isinstance(w, fields.ChoiceField):
        _choose_in_combo(qtbot, w, value)
    elif isinstance(w, fields.ChoicesField):
        for key in value:
            _click_box(qtbot, w.boxes[key])
    elif isinstance(w, fields.CountryField):
        _line(qtbot, w.lineEdit(), value)
    elif isinstance(w, fields.LinkField):
        _line(qtbot, w.edit, value)
    elif isinstance(w, fields.ListField):
        for item in value:
            if isinstance(w.input, fields.CountryField):
                _line(qtbot, w.input.lineEdit(), item)
                qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)
            else:
                _line(qtbot, w.input, item)
    elif isinstance(w, transfer_editor.TransfersField):
        for rec in value:
            add_transfer(qtbot, w, rec)
    elif isinstance(w, records.RecordsField):
        for rec in value:
            _add_record(qtbot, w, rec)
    elif isinstance(w, records.RefsField):
        for rid in value:
            _check_ref(qtbot, w, rid)
    else:
        raise AssertionError(f"no driver for {type(w).__name__}")


def _add_record(qtbot, w: records.RecordsField, rec) -> None:
    qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)
    row = w.model.rowCount() - 1
    for col, spec in enumerate(w.model.specs):
        value = getattr(rec, spec.key)
        if (value in ("", None, []) or (spec.key == "special" and value == "none")
                or (spec.key == "mechanism" and value == "none")):
            continue
        if value == getattr(w.model.records[row], spec.key):
            continue  # what a new row starts with (a data category's only data-subject category)
        idx = w.model.index(row, col)
        w.view.setCurrentIndex(idx)
        w.view.edit(idx)
        popup = w.view.indexWidget(idx)
        if isinstance(popup, links.NamesPopup):
            tick_names(qtbot, popup, value)
            assert getattr(w.model.records[row], spec.key) == value, spec.key
            continue
        editor = QApplication.focusWidget()
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))  # the cell's combo box
        else:
            assert isinstance(editor, QLineEdit), type(editor)
            select_all_and_type(editor, value.isoformat() if isinstance(value, date) else value)
        # What the delegate does when the user presses Enter in a cell: commit, close the editor.
        delegate = w.view.itemDelegate()
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor)
        assert getattr(w.model.records[row], spec.key) == value, spec.key


def open_names_popup(qtbot, w: records.RecordsField, row: int, key: str) -> links.NamesPopup:
    """Double-click a names cell (a data category's data subjects): its popup of check boxes opens."""
    idx = w.model.index(row, w.model.column(key))
    w.view.scrollTo(idx)
    rect = w.view.visualRect(idx)
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    popup = w.view.indexWidget(idx)
    assert isinstance(popup, links.NamesPopup), type(popup)
    qtbot.waitUntil(popup.isVisible)
    return popup


def tick_names(qtbot, popup: links.NamesPopup, names: list[str], done: bool = True) -> None:
    """Tick exactly `names` in an open names popup (clicking the boxes that differ), then click Done."""
    for name, box in popup.boxes.items():
        if box.isChecked() != (name in names):
            _click_box(qtbot, box)
    assert set(popup.value()) == set(names), (popup.value(), names)
    if done:
        qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not popup.isVisible())


def _check_ref(qtbot, w: records.RefsField, rid: int) -> None:
    proxy = w.proxy
    for r in range(proxy.rowCount()):
        idx = proxy.index(r, 0)
        if idx.data(Qt.ItemDataRole.UserRole) == rid:
            rect = w.view.visualRect(idx)
            w.view.setCurrentIndex(idx)
            # the check box sits at the left of the item
            qtbot.mouseClick(
                w.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
            )
            return
    raise AssertionError(f"recipient {rid} not in the list")


# The order a user fills a transfer row in: the mechanism first, since it decides which fields are offered.
TRANSFER_ORDER = ["country", "mechanism"] + [
    fs.key for fs in model.fields_of(model.Transfer) if fs.key not in ("country", "mechanism")
]


def add_transfer(qtbot, w: transfer_editor.TransfersField, rec: model.Transfer) -> None:
    """Click "Add destination", then fill the row's form field by field."""
    qtbot.mouseClick(w.add_button, Qt.MouseButton.LeftButton)
    row = len(w.records) - 1
    assert w.current_row() == row
    for key in TRANSFER_ORDER:
        value = getattr(rec, key)
        if value == getattr(model.Transfer(), key):
            continue
        editor = w.editors[key]
        assert editor.isVisible(), f"transfer field {key} is not offered for {w.records[row].mechanism}"
        fill(qtbot, editor, value)
        assert getattr(w.records[row], key) == value, key


def field_widget(editor, key: str):
    """The editor's own widget for the field `key`, found by its objectName as a test script would. The
    fields of a transfer row (in the transfer editor's detail panel) carry the transfer's keys, and
    "notes" is one of them, so those are left out."""

    def in_transfer(w) -> bool:
        while w is not None and w is not editor:
            if w.objectName() == "transfer_detail":
                return True
            w = w.parentWidget()
        return False

    found = [w for w in editor.findChildren(type(editor.form.widgets[key]), key) if not in_transfer(w)]
    assert len(found) == 1, (key, found)
    return found[0]
