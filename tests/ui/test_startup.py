"""A start builds and loads only what the first paint shows (issue #21): the record editors of the list pages
are built the first time their page is shown, and the app does not import the workbook library, the export
document builder or the import machinery to open a window."""

import os
import subprocess
import sys

from ropa_app.domain import kinds, model
from ropa_app.store import RegisterStore
from ropa_app.store.demo import create_demo
from ropa_app.ui.main_window import MainWindow

from .driver import field_widget, fill


def _window(qtbot, path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_pages_editor_is_built_when_the_page_is_first_shown(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = _window(qtbot, path)
    assert window.stack.currentWidget() is window.overview_page
    assert not any(page.editor_built for page in window.pages.values())  # the window opened on the Overview
    window.show_page(kinds.RECIPIENT.key)
    page = window.recipients_page
    assert page.editor_built and page.editor.isVisible()
    # the editor took the session and shows the list's current record, as one built with the window did
    current = page.listing.current_id()
    assert current is not None and page.editor.session is window.session
    assert page.editor.record.id == current
    assert page.editor.form.widgets["name"].value() == window.store.recipients.get(current).name
    page.listing.table.selectRow(1)
    assert page.editor.record.id == page.listing.current_id() != current  # and follows the list from then on
    assert not window.activities_page.editor_built


def test_an_editor_built_late_edits_and_follows_the_window(qtbot, tmp_path):
    path = tmp_path / "t.ropa"
    with RegisterStore.create(path, model.Organisation(name="AB")) as store:
        store.activities.add(model.Activity(ref="PA-001", name="Löner"))
        store.recipients.add(model.Recipient(name="Fortnox"))
    window = _window(qtbot, path)
    window.set_field_help_visible(False)  # chosen while the editors were not built yet
    # opening a record from elsewhere (a finding, a transfer) builds its page's editor and shows the record
    activity = window.store.activities.all()[0]
    window.open_record(kinds.ACTIVITY.key, activity.id, "name")
    editor = window.activities_page.editor
    assert editor.record.id == activity.id and not editor.help_panel.isVisibleTo(editor)
    fill(qtbot, field_widget(editor, "name"), "Lön")
    assert window.store.activities.get(activity.id).name == "Lön"  # committed at once, undoable
    window.undo_group.undo()
    assert window.store.activities.get(activity.id).name == "Löner"
    # the recipient page's "activities using it" still opens the activity (its signal is the page's)
    window.show_page(kinds.RECIPIENT.key)
    window.recipients_page.editor.activity_requested.emit(activity.id)
    assert window.stack.currentWidget() is window.activities_page


def test_closing_builds_nothing_and_walking_the_navigation_builds_every_editor(qtbot, tmp_path):
    """What the translation walk (test_translations) relies on: showing each page in turn builds its editor."""
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = _window(qtbot, path)
    window.close()
    assert not any(page.editor_built for page in window.pages.values())
    window = _window(qtbot, path)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
    assert all(page.editor_built and page.editor.isVisibleTo(page) for page in window.pages.values())


def test_the_app_starts_without_the_workbook_library_and_the_export_builder():
    code = (
        "import sys\n"
        "import ropa_app.ui.app\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ropa_app.ui.main_window import MainWindow\n"
        "MainWindow()\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'reportlab', 'PIL')\n"
        "    or m.startswith(('ropa_app.export.api', 'ropa_app.export.document', 'ropa_app.export.pdf',\n"
        "                     'ropa_app.export.xlsx')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [], "imported at start: " + out.stdout
