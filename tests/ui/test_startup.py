"""A start builds and loads only what the first paint shows (issue #21): the record editors of the list pages
are built the first time their page is shown, and the app does not import the workbook library, the export
document builder or the import machinery to open a window."""

import os
import subprocess
import sys

from ropa_app.domain import kinds, model
from ropa_app.store import RegisterStore
from ropa_app.store.demo import create_demo
from ropa_app.domain.checks import run_checks
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui.register_checks import checks_for
from ropa_app.ui.table_model import ID_ROLE

from .checks_helpers import shown_window
from .driver import field_widget, fill
from .typing import type_text


def test_a_pages_editor_is_built_when_the_page_is_first_shown(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = shown_window(qtbot, path)
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
    window = shown_window(qtbot, path)
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
    window = shown_window(qtbot, path)
    window.close()
    assert not any(page.editor_built for page in window.pages.values())
    window = shown_window(qtbot, path)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
    assert all(page.editor_built and page.editor.isVisibleTo(page) for page in window.pages.values())


def test_the_organisation_form_is_built_when_its_view_is_first_shown(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = shown_window(qtbot, path)
    assert window.organisation_box.editor is None  # (nor pycountry's country list, which its form loads)
    window.set_field_help_visible(False)  # chosen before it is built: it takes the setting
    window.close()
    assert window.organisation_box.editor is None  # closing builds nothing
    window = shown_window(qtbot, path)
    window.show_page(kinds.ORGANISATION.key)
    editor = window.organisation_box.editor
    assert editor is not None and editor is window.organisation_page and editor.isVisible()
    assert not editor.help_panel.isVisibleTo(editor)
    assert editor.session is window.session
    assert editor.form.widgets["name"].value() == window.store.organisation().name != ""
    fill(qtbot, field_widget(editor, "name"), "Nytt AB")
    assert window.store.organisation().name == "Nytt AB"  # an edit in it is committed at once
    assert "Nytt AB" in window.windowTitle()


def test_the_search_readers_start_after_the_first_paint_and_the_first_keystroke_finds(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    listings = [page.listing for page in window.pages.values()]
    assert all(listing.model.total() for listing in listings)
    # no reader thread, no connection of its own, before the window is on screen
    assert all(listing._prefetch_task is None and not listing.model.index_pending for listing in listings)
    window.show_page(kinds.ACTIVITY.key)
    window.show()
    qtbot.waitExposed(window)
    listing = window.activities_page.listing
    payroll = {a.id for a in window.store.activities.all() if "payroll" in a.name.casefold()}
    assert payroll
    type_text(listing.search, "payroll")  # the first keystrokes, whether its reader has answered or not
    first = _shown(listing)
    assert payroll <= first < {row.id for row in listing.model.all_rows}
    listing.search.clear()
    qtbot.waitUntil(lambda: all(listing.model.index_ready for listing in listings), timeout=10000)  # they started
    type_text(listing.search, "payroll")
    assert _shown(listing) == first  # the readers' index finds the same


def _shown(listing) -> set[int]:
    return {listing.proxy.index(r, 0).data(ID_ROLE) for r in range(listing.proxy.rowCount())}


def test_a_small_registers_checks_run_after_the_first_paint_and_their_findings_appear(qtbot, tmp_path):
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    checks = checks_for(window.session)
    assert checks.checked_on is None and checks.busy  # not checked before the window is on screen
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: checks.checked_on is not None)
    assert checks.findings and not checks.busy
    assert len(checks.findings) == len(run_checks(window.store.load_register(), checks.checked_on, checks.law))
    qtbot.waitUntil(window.overview_page.all_findings.isEnabled)  # the Overview shows them
    assert window.checks_view.model.total() == len(checks.findings)


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
