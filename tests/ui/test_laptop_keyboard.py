"""The app fits a laptop, the keyboard and a screen reader: through the real widgets of the main window,
checked in the register file."""

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QMessageBox, QWidget

from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.ui import pages
from ropa_app.ui.forms import fields
from ropa_app.ui.main_window import MainWindow

from .checks_helpers import open_window
from .driver import _click_box, open_names_popup
from .typing import press


def _register(tmp_path, activities=None, country="SE"):
    path = tmp_path / "bygg.ropa"
    with RegisterStore.create(path, model.Organisation(name="Trästad Bygg AB", country=country)) as store:
        ids = [store.activities.add(a) for a in (activities if activities is not None else [
            model.Activity(ref="PA-001", name="Lönehantering",
                           data_subject_categories=["Anställda", "Inhyrda"],
                           data_categories=[model.DataCategory("Sjukfrånvaro", "health", "2 år", ["Anställda"])]),
            model.Activity(ref="PA-002", name="Rekrytering"),
        ])]
        store.recipients.add(model.Recipient(name="Molnbolaget AB", country="US", processing_countries=["US"],
                                             transfers=[model.Transfer(country="US", mechanism="dpf")]))
    return path, ids


def _activity(path, activity_id):
    with RegisterStore.open(path, readonly=True) as store:
        return store.activities.get(activity_id)


# --- a laptop ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(1280, 800), (1280, 720)])
def test_no_form_scrolls_sideways_on_a_laptop_screen(qtbot, tmp_path, size):
    path, (health, _other) = _register(tmp_path)
    window = open_window(qtbot, path)
    window.resize(*size)
    window.activities_page.select(health)
    form = window.activities_page.editor.form
    conditions = form.widgets["special_category_conditions"]
    qtbot.waitUntil(conditions.isVisible)  # a special category: the Art. 9(2) choices show
    qtbot.wait(20)
    assert form.horizontalScrollBar().maximum() == 0
    assert window.activities_page.editor.help_panel.isVisible()
    # the long Art. 9(2) choices are one under the other
    assert len({box.x() for box in conditions.boxes.values()}) == 1
    for which in ("recipient", "organisation"):
        window.show_page(which)
        editor = window.pages[which].editor if which in window.pages else window.organisation_page
        if which in window.pages:
            window.pages[which].select_first()
        qtbot.waitUntil(editor.form.isVisible)
        qtbot.wait(20)
        assert editor.form.horizontalScrollBar().maximum() == 0, which
    assert window.width() <= size[0]


def test_an_activitys_transfer_fits_beside_the_list_in_swedish(qtbot, tmp_path):
    """(found looking at a 50,000-activity register at 1280x800 in Swedish: a transfer's labels, "DPF-certifieringen
    omfattar personaluppgifter (HR)", made its form 517 pixels wide, and the count beside the search box, "50 000
    av 50 000 behandlingar", made the list 446 pixels wide: the record's form scrolled sideways)"""
    from ropa_app.ui import i18n

    path, (activity_id,) = _register(tmp_path, [model.Activity(
        ref="PA-001", name="Kundsupport", transfers=[model.Transfer(country="US", mechanism="dpf")])])
    installed = i18n.install("sv")
    try:
        window = open_window(qtbot, path)
        window.resize(1280, 800)
        page = window.activities_page
        page.select(activity_id)
        transfers = page.editor.form.widgets["transfers"]
        qtbot.waitUntil(transfers.detail.isVisible)  # the selected transfer's fields, the DPF ones among them
        assert transfers.labels["dpf_hr_covered"].isVisible()
        qtbot.wait(20)
        assert page.editor.form.horizontalScrollBar().maximum() == 0
        listing = page.listing
        assert listing.count_label.mapTo(listing, QPoint(0, 0)).y() > listing.table.mapTo(listing, QPoint(0, 0)).y()
    finally:
        i18n.uninstall(installed)


def test_the_first_window_fits_the_screen_it_opens_on(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.geometry().topLeft())


# --- the keyboard -----------------------------------------------------------------------------------

def test_tab_leaves_the_activity_list_without_opening_other_rows(qtbot, tmp_path):
    path, (first, _second) = _register(tmp_path)
    window = open_window(qtbot, path)
    page = window.activities_page
    page.select(first)
    table = page.listing.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    press(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert page.listing.current_id() == first
    assert page.editor.record.id == first


def test_tab_reaches_done_in_the_data_subjects_popup(qtbot, tmp_path):
    path, (first, _second) = _register(tmp_path)
    window = open_window(qtbot, path)
    window.activities_page.select(first)
    table = window.activities_page.editor.form.widgets["data_categories"]
    popup = open_names_popup(qtbot, table, 0, "subjects")
    qtbot.waitUntil(lambda: popup.isAncestorOf(QApplication.focusWidget()))
    for _ in range(len(popup.boxes) + 1):
        if QApplication.focusWidget() is popup.done_button:
            break
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is popup.done_button
    _click_box(qtbot, popup.boxes["Inhyrda"])  # (focus is where the click was)
    popup.done_button.setFocus()
    press(popup.done_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _activity(path, first).data_categories[0].subjects == ["Anställda", "Inhyrda"])


def _field_of(form, widget) -> str:
    owners = {w: k for k, w in form.widgets.items()}
    while widget is not None and widget is not form:
        if widget in owners:
            return owners[widget]
        widget = widget.parentWidget()
    return ""


@pytest.mark.parametrize("which", ["activity", "recipient", "organisation"])
def test_tab_goes_through_the_form_from_top_to_bottom(qtbot, tmp_path, which):
    path, _ids = _register(tmp_path)
    window = open_window(qtbot, path)
    window.resize(1280, 800)
    window.show_page(which)
    editor = window.pages[which].editor if which in window.pages else window.organisation_page
    if which in window.pages:
        window.pages[which].select_first()
    form = editor.form
    order = [k for _s, _t, keys in _sections(form) for k in keys]
    shown = [k for k in order if form.widgets[k].isVisibleTo(form)]
    form.widgets[shown[0]].setFocus()
    qtbot.waitUntil(lambda: _field_of(form, QApplication.focusWidget()) == shown[0])
    reached = []
    body = form.widget()
    top = -1
    for _ in range(300):
        focus = QApplication.focusWidget()
        if focus is None or not body.isAncestorOf(focus):
            break  # out of the form
        # every stop (fields, and rows such as the activities using a recipient) lies below the one before
        y = focus.mapTo(body, QPoint(0, 0)).y()
        assert y >= top - 2, f"Tab goes back up to {focus.accessibleName()!r}"
        top = y
        key = _field_of(form, focus)
        if key and (not reached or reached[-1] != key):
            reached.append(key)
        if isinstance(focus, fields.LongTextField):
            focus.focusNextChild()  # (what Tab does in it: setTabChangesFocus)
        else:
            press(focus, Qt.Key.Key_Tab)
    assert reached == [k for k in shown if k in reached], "fields are reached top to bottom"
    assert len(reached) == len(set(reached)), "each field once"
    missing = [k for k in shown if k not in reached]
    assert not missing, f"Tab never reaches {missing}"


def _sections(form):
    """The form's fields in the order the form shows them (section by section, row by row)."""
    out = []
    for key, group in form.groups.items():
        layout = group.layout()
        keys = []
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, layout.ItemRole.FieldRole)
            w = item.widget() if item is not None else None
            keys += [k for k, v in form.widgets.items() if v is w]
        out.append((key, group.title(), keys))
    return out


# --- a screen reader --------------------------------------------------------------------------------

def _controls(scope: QWidget):
    """Every widget the keyboard can reach in `scope`, with the name a screen reader says for it. The line
    edit inside an editable drop-down is the drop-down itself for the user (it carries the same name)."""
    for w in scope.findChildren(QWidget):
        if w.isWindow() or w.window() is not scope.window() or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = w.parentWidget()
        if isinstance(parent, QComboBox) and parent.lineEdit() is w:
            continue
        name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        yield name, w


@pytest.mark.parametrize("which", ["activity", "recipient", "organisation"])
def test_every_control_says_what_it_acts_on_once_per_form(qtbot, tmp_path, which):
    path, _ids = _register(tmp_path)
    window = open_window(qtbot, path)
    window.show_page(which)
    page = window.pages.get(which)
    editor = page.editor if page is not None else window.organisation_page
    scopes = [editor] + ([page.widget(0)] if page is not None else [])  # the form, and the list beside it
    for scope in scopes:
        controls = list(_controls(scope))
        assert controls
        unnamed = [type(w).__name__ + ":" + w.objectName() for name, w in controls if not name.strip()]
        assert not unnamed, unnamed
        counts = Counter(name for name, _w in controls)
        twice = sorted(n for n, c in counts.items() if c > 1)
        assert not twice, twice
        assert not any(name in ("Add", "Remove", "Open", "Add row", "Remove row") for name, _w in controls)


def test_data_category_columns_are_readable_and_counts_agree(qtbot, tmp_path):
    path, (first,) = _register(tmp_path, [model.Activity(ref="PA-001", name="Lönehantering")])
    window = open_window(qtbot, path)
    assert window.activities_page.listing.count_label.text() == "1 activity"
    window.activities_page.select(first)
    table = window.activities_page.editor.form.widgets["data_categories"]
    view = table.view
    metrics = view.fontMetrics()
    special = table.model.column("special")
    widest = max(metrics.horizontalAdvance(model.DataCategory.__dataclass_fields__["special"]
                                           .metadata["vocabulary"].label(k))
                 for k in model.DataCategory.__dataclass_fields__["special"].metadata["vocabulary"])
    assert view.columnWidth(special) >= min(widest, table.MAX_COLUMN_WIDTH - 36)
    for col in range(table.model.columnCount()):
        assert view.columnWidth(col) >= metrics.horizontalAdvance("Personnummer") + 12, col


def test_fields_that_cannot_apply_are_offered_only_when_they_do(qtbot, tmp_path):
    path, (first, _second) = _register(tmp_path)
    window = open_window(qtbot, path)
    window.activities_page.select(first)
    form = window.activities_page.editor.form
    for key in ("legitimate_interests", "lia_link", "consent_record_link"):
        assert not form.widgets[key].isVisible(), key
    _click_box(qtbot, form.widgets["legal_bases"].boxes["art6_1_f"])
    qtbot.waitUntil(lambda: form.widgets["legitimate_interests"].isVisible())
    assert form.widgets["lia_link"].isVisible() and not form.widgets["consent_record_link"].isVisible()
    consent_box = form.widgets["legal_bases"].boxes["art6_1_a"]
    consent_text = next(t for t in form.widgets["legal_bases"].findChildren(QLabel) if t.buddy() is consent_box)
    qtbot.mouseClick(consent_text, Qt.MouseButton.LeftButton)  # a click on a choice's (wrapped) text ticks it
    assert consent_box.isChecked()
    qtbot.waitUntil(lambda: form.widgets["consent_record_link"].isVisible())
    assert _activity(path, first).legal_bases == ["art6_1_a", "art6_1_f"]
    # The Art. 27 representative: only for an organisation established outside the EEA.
    window.show_page("organisation")
    org = window.organisation_page
    assert not org.form.groups["representative"].isVisible()
    country = org.form.widgets["country"].lineEdit()
    country.setFocus()
    press(country, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    from .typing import type_text

    type_text(country, "Norway")
    press(country, Qt.Key.Key_Return)
    assert not org.form.groups["representative"].isVisible()
    press(country, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(country, "United States")
    press(country, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: org.form.groups["representative"].isVisible())
    with RegisterStore.open(path, readonly=True) as store:
        assert store.organisation().country == "US"


# --- every list page: visible buttons, and how to begin ----------------------------------------------

def test_every_list_page_has_new_duplicate_and_delete_buttons(qtbot, tmp_path, monkeypatch):
    path, (first, _second) = _register(tmp_path)
    window = open_window(qtbot, path)
    monkeypatch.setattr(pages.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for key, page in window.pages.items():
        window.show_page(key)
        for b in (page.new_button, page.duplicate_button, page.delete_button):
            assert b.isVisible() and b.accessibleName(), (key, b.objectName())
        repo = window.store.repos[key]
        before = len(repo.summaries())
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        assert len(repo.summaries()) == before + 1
        qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
        assert len(repo.summaries()) == before + 2
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
        assert len(repo.summaries()) == before + 1
    with RegisterStore.open(path, readonly=True) as store:
        assert len(store.activities.summaries()) == 3


def test_an_empty_register_says_how_to_begin(qtbot, tmp_path, monkeypatch):
    path, _ids = _register(tmp_path, activities=[])
    window = open_window(qtbot, path)
    page = window.activities_page
    assert page.empty_state.isVisible()
    assert "import" in page.findChild(QWidget, "activity_empty_text").text().lower()
    opened = []
    monkeypatch.setattr(window, "import_dialog", lambda: opened.append(True))
    page.import_requested.disconnect()
    page.import_requested.connect(window.import_dialog)
    qtbot.mouseClick(page.empty_import_button, Qt.MouseButton.LeftButton)
    assert opened
    qtbot.mouseClick(page.empty_new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.empty_state.isVisible())
    assert QApplication.focusWidget() is page.editor.form.widgets["name"]
    with RegisterStore.open(path, readonly=True) as store:
        assert [s.name for s in store.activities.summaries()] == ["New activity"]


def test_open_after_an_export_says_so_when_no_program_opens_the_file(qtbot, tmp_path):
    path, _ids = _register(tmp_path)
    window = open_window(qtbot, path)
    dialog = window.export_dialog()
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=20000)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    # The test machine has no program for .pdf or .xlsx (offscreen: nothing opens at all).
    assert "No program on this computer opens" in dialog.status.text()
    assert str(tmp_path / "out") in dialog.status.text()
