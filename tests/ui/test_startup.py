"""A start builds and loads only what the first paint shows (issue #21): the record editors of the list pages
are built the first time their page is shown, and the app does not import the workbook library, the export
document builder or the import machinery to open a window; nor, to open a register and show it, sqlite-utils
(with click, pluggy and dateutil: the store reads through its connection, writes and migrations load it),
importlib.metadata (the app's version) or pycountry (country names)."""

import logging
import logging.handlers
import os
import subprocess
import sys
import textwrap

import pytest

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from ropa_app import logs
from ropa_app.domain import kinds, model
from ropa_app.store import RegisterStore, list_backups
from ropa_app.domain.checks import run_checks
from ropa_app.domain.law import load_law
from ropa_app.ui import opening, settings, transfers_view
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui.register_checks import CHECKS_COUNTS, TRANSFER_ROWS, checks_for, derive_counts
from ropa_app.ui.table_model import ID_ROLE
from ropa_app.ui.worker import BackgroundTask

from .checks_helpers import demo_file, opened_window, shown_window
from .driver import field_widget, fill
from .typing import type_text


def test_a_pages_editor_is_built_when_the_page_is_first_shown(qtbot, tmp_path):
    path = demo_file(tmp_path)
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
    assert window.current_view() is window.activities_page


def test_closing_builds_nothing_and_walking_the_navigation_builds_every_editor(qtbot, tmp_path):
    """What the translation walk (test_translations) relies on: showing each page in turn builds its editor."""
    path = demo_file(tmp_path)
    window = shown_window(qtbot, path)
    window.close()
    assert window.pages.built() == []  # (nor their pages: the window opened on the Overview)
    window = shown_window(qtbot, path)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
    assert all(page.editor_built and page.editor.isVisibleTo(page) for page in window.pages.values())


def test_the_organisation_form_is_built_when_its_view_is_first_shown(qtbot, tmp_path):
    path = demo_file(tmp_path)
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


def _built_when_first_shown(qtbot, tmp_path, name: str):
    """A window's `{name}_box` builds its `{name}_page` the first time it is shown (through `action_{name}`), not
    with the window nor on closing; the view, once built, works on the window's register."""
    path = demo_file(tmp_path)
    window = shown_window(qtbot, path)
    box = getattr(window, f"{name}_box")
    assert box.view is None and box.findChild(QWidget, f"{name}_page") is None
    window.close()
    assert box.view is None  # closing builds nothing
    window = shown_window(qtbot, path)
    getattr(window, f"action_{name}").trigger()
    box = getattr(window, f"{name}_box")
    page = box.view
    assert page is not None and page is getattr(window, f"{name}_page") and page.objectName() == f"{name}_page"
    assert window.stack.currentWidget() is box and page.isVisible()
    assert page.session is window.session
    return window, page


def test_a_start_builds_no_list_page_nor_the_transfers_view_and_closing_builds_none(qtbot, tmp_path):
    """The list pages and the Transfers view are built the first time they are shown or asked for (`ViewBox`,
    #21): the window opens on the Overview, and its first paint shows only that."""
    path = demo_file(tmp_path)
    window = shown_window(qtbot, path)
    boxes = (*window.page_boxes.values(), window.transfers_box)
    assert window.pages.built() == [] and all(box.view is None for box in boxes)
    assert all(window.findChild(QWidget, name) is None
               for name in (*(f"{key}_page" for key in window.pages), "transfers_view"))
    assert kinds.ACTIVITY.key in window.pages and window.pages.built() == []  # (asking whether: no page built)
    window.close()
    assert window.pages.built() == [] and all(box.view is None for box in boxes)  # closing builds nothing
    window = shown_window(qtbot, path)
    for row in range(1, window.navigation.count()):  # each view, in its box, is built when first shown
        window.navigation.setCurrentRow(row)
        view = window.current_view()
        assert view.isVisible() and window.stack.currentWidget().isAncestorOf(view)
    assert len(window.pages.built()) == len(window.pages)
    assert window.transfers_view.session is window.session


def test_a_shortcut_from_the_overview_builds_its_page_and_acts(qtbot, tmp_path):
    """Keyboard shortcuts and menus work before a page was ever shown: Ctrl+N on the Overview builds the activities'
    page and adds a new activity in it, which Delete then finds in its list."""
    path = demo_file(tmp_path)
    window = shown_window(qtbot, path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = window.store.activities.count()
    assert window.pages.built() == [] and window.action_new_activity.isEnabled()
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.activities_page
    assert window.pages.built() == [page] and window.current_page() is page and page.isVisible()
    assert window.store.activities.count() == before + 1
    new = page.listing.current_id()
    assert window.store.activities.get(new).name == page.editor.form.widgets["name"].value() != ""
    assert window.action_delete in page.listing.table.actions()  # (each page's list takes it when built)
    window.undo_group.undo()
    assert window.store.activities.count() == before
    window.show_page(window._views().index(window.overview_page))
    window.action_new_recipient.trigger()  # a menu's action: the same
    assert window.current_page() is window.recipients_page
    assert window.recipients_page.listing.current_id() == max(r.id for r in window.store.recipients.all())


def test_the_transfers_rows_are_made_with_the_checks_before_the_view_is_built(qtbot, tmp_path, monkeypatch):
    """The Transfers view's box registers the view's rows with the checks as the view does: they are made with
    the findings (in the worker for a big register), and the view, built later, shows them without making them."""
    path = demo_file(tmp_path)
    window = shown_window(qtbot, path)
    checks = checks_for(window.session)
    qtbot.waitUntil(lambda: checks.checked_on is not None)
    assert window.transfers_box.view is None
    made = checks.derived[TRANSFER_ROWS]
    assert isinstance(made, transfers_view.TransferRows) and made.findings is checks.findings and made.rows
    calls = []
    monkeypatch.setattr(transfers_view, "transfer_rows", lambda *a: calls.append(a))
    window.show_page(window._views().index(window.transfers_box))
    view = window.transfers_view
    assert view.isVisible() and calls == []  # the rows made with the checks
    assert view.model.total() == len(made.rows)


def test_the_checks_view_is_built_just_after_the_first_paint_and_its_counts_are_made_with_the_checks(qtbot, tmp_path):
    """The Checks view is not built with the window (its modules: ~15 ms of a start, #21) but at the next turn of the
    event loop after the window's first paint, shown or not, so that its search index is made when the findings
    arrive; until it is built, its box registers the view's counts with the checks, as the view does."""
    window = opened_window(qtbot, demo_file(tmp_path))
    checks = checks_for(window.session)
    assert window.checks_box.view is None and checks.derivations[CHECKS_COUNTS] is derive_counts
    checks.refresh()  # (a run before the view is built: its counts made with the findings)
    qtbot.waitUntil(lambda: checks.checked_on is not None)
    assert window.checks_box.view is None and checks.derived[CHECKS_COUNTS][0] is checks.findings
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.checks_box.view is not None)  # just after the first paint
    view = window.checks_box.view
    assert window.stack.currentWidget() is window.overview_page and not view.isVisible()
    assert view.model.total() == len(checks.findings) > 0 and view.session is window.session
    window.show_page(window._views().index(window.checks_box))
    assert window.current_view() is view is window.checks_view and view.isVisible()


def test_the_reviews_page_is_built_when_first_shown_and_the_register_menu_builds_it(qtbot, tmp_path, monkeypatch):
    """The Reviews page (with the table's modules) is built the first time it is shown or used, not with the window
    (#21); its actions in the Register menu are there from the start and build it."""
    from ropa_app.ui.reviews_page import ReviewsPage

    marked = []
    monkeypatch.setattr(ReviewsPage, "mark_selected", lambda page: marked.append(page.current()) or True)
    window = shown_window(qtbot, demo_file(tmp_path))
    assert window.reviews_box.view is None and window.action_reviews_due.isEnabled()
    assert window.action_save_calendar.isEnabled() and window.action_review_pack.isEnabled()
    window.action_reviews_due.trigger()  # Register > Reviews Due
    page = window.reviews_box.view
    assert page is not None and window.current_view() is page is window.reviews_page and page.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # (the demo has reviews due)
    page.table.selectRow(0)
    window.action_mark_reviewed.trigger()  # on the page: its selected record
    assert marked == [page.current()] and marked[0] is not None


def test_a_view_is_shown_by_itself_or_by_its_box(qtbot, tmp_path):
    """`show_view`: a part built in a box (a list page, the Checks view) is shown by its box's row in the navigation
    (docs/make_screenshots.py showed views by their index in `_views()`, which holds the boxes: it failed once the
    list pages were built in boxes)."""
    window = shown_window(qtbot, demo_file(tmp_path))
    for view in (window.activities_page, window.checks_view, window.reviews_box, window.overview_page):
        window.show_view(view)
        assert window.stack.currentWidget() in (view, view.parent()) and view.isVisible()
    with pytest.raises(ValueError):
        window.show_view(QWidget())


def test_the_data_flows_view_is_built_when_first_shown_and_its_shortcut_builds_it(qtbot, tmp_path):
    window, page = _built_when_first_shown(qtbot, tmp_path, "dataflow")  # View > Data Flows
    assert window.action_dataflow.shortcut() == QKeySequence("Ctrl+Shift+G")
    assert window.focusWidget() is page.view  # (the keyboard in the picture, as before)
    qtbot.waitUntil(lambda: bool(page.view.order))  # the demo's flows, drawn once the checks have run
    assert page.recipient.count() == len(window.store.recipients.all()) + 1  # "All recipients" and each
    window.set_store(None)
    assert page.session is None  # the box hands it the window's registers from then on


def test_the_history_view_is_built_when_first_shown_and_its_action_builds_it(qtbot, tmp_path):
    window, page = _built_when_first_shown(qtbot, tmp_path, "history")  # Register > History of Changes
    qtbot.waitUntil(lambda: not page.loading(), timeout=20_000)  # it read the register's changes on its first show
    assert page.model.rowCount() == window.store.audit.count() > 0
    window.set_store(None)
    assert page.session is None  # the box hands it the window's registers from then on


def _printed_by_a_fresh_python(code: str) -> str:
    """What `code` prints in a new interpreter (nothing imported before it), which must end well."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_checks_rules_are_imported_by_the_first_run():
    code = ("import sys, datetime\n"
            "from ropa_app.domain import checks\n"
            "from ropa_app.domain.model import Register, Organisation\n"
            "before = sorted(m for m in sys.modules if m.startswith('ropa_app.domain.checks.rules_'))\n"
            "found = checks.run_checks(Register(organisation=Organisation()), datetime.date(2026, 1, 1))\n"
            "after = sorted(m for m in sys.modules if m.startswith('ropa_app.domain.checks.rules_'))\n"
            "print(len(before), len(after), len(checks.ALL_CHECKS) > 7, bool(found))\n")
    assert _printed_by_a_fresh_python(code).split() == ["0", "7", "True", "True"]  # (found: an empty organisation)


def test_the_search_readers_start_after_the_first_paint_and_the_first_keystroke_finds(qtbot, tmp_path):
    path = demo_file(tmp_path)
    window = opened_window(qtbot, path)
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
    path = demo_file(tmp_path)
    window = opened_window(qtbot, path)
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
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'reportlab', 'PIL',\n"
        "    'sqlite_utils', 'click', 'pluggy', 'dateutil', 'pycountry')\n"
        "    or m.startswith(('ropa_app.export.api', 'ropa_app.export.document', 'ropa_app.export.pdf',\n"
        "                     'ropa_app.export.xlsx', 'importlib.metadata', 'ropa_app.ui.dataflow_view',\n"
        "                     'ropa_app.domain.dataflow')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [], "imported at start: " + out.stdout


# Libraries the start does without up to the first paint of the window on a register (#21). sqlite-utils is loaded
# by the first write or migration, importlib.metadata by the version (logged after the paint), pycountry (which
# imports importlib.metadata) by the first country name shown or looked up: a list's columns are sized to their
# contents (the recipients' countries) only when the list is first shown, and the window opens on the Overview.
NOT_AT_START = ("sqlite_utils", "click", "pluggy", "dateutil", "openpyxl", "reportlab", "PIL",
                "importlib.metadata", "pycountry", "logging.handlers",  # (the last: when the log file is full)
                "socket", "platform", "subprocess")  # (the computer's name and system read without them, #21)
# The app's own modules the first paint does without (#21): the checks' rules (imported by the first run of the checks,
# after the paint), the record editors and their forms (the first page shown that has one), the restore dialog, the
# History view (its first show) with the "as of" copies it writes and the values it formats, the list pages with their
# lists and models (the first page shown or asked for), the Transfers view with its lines (its first show; its rows'
# function at the checks' first run), the Checks view with its table, model and delegate (just after the paint), the
# Reviews page (its first show).
DEFERRED = ("ropa_app.domain.checks.rules_", "ropa_app.domain.checks.context", "ropa_app.ui.forms",
            "ropa_app.ui.record_editor", "ropa_app.ui.activity_editor", "ropa_app.ui.recipient_editor",
            "ropa_app.ui.organisation_editor", "ropa_app.ui.transfer_editor", "ropa_app.ui.help_panel",
            "ropa_app.ui.restore_dialog", "ropa_app.ui.history_page", "ropa_app.store.historic",
            "ropa_app.export.values", "ropa_app.ui.pages", "ropa_app.ui.record_list", "ropa_app.ui.activity_model",
            "ropa_app.ui.recipient_model", "ropa_app.ui.transfers_view", "ropa_app.domain.transfer_overview",
            "ropa_app.ui.checks_view", "ropa_app.ui.findings_model", "ropa_app.ui.summary_view",
            "ropa_app.ui.table_model", "ropa_app.ui.reviews_page", "ropa_app.ui.commands", "ropa_app.domain.search")
AT_FIRST_PAINT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QEvent, QObject
    from ropa_app.ui import app

    class AtPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "loaded"):
                self.loaded = sorted(m for m in sys.modules if m.startswith(WATCHED))
                print("LOADED AT PAINT:", " ".join(self.loaded), flush=True)
            return False

    def exit_when_shown(window, probe=AtPaint(), original=app.exit_when_shown):
        original(window)  # (it quits at the first paint)
        window.installEventFilter(probe)  # (installed last, called first)

    app.exit_when_shown = exit_when_shown
    sys.exit(app.run(["ropa-desk", sys.argv[1]]))
""")


def _loaded_at_first_paint(path, data, watched: tuple[str, ...]) -> list[str]:
    code = f"WATCHED = {watched!r}\n" + AT_FIRST_PAINT
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_DESK_EXIT_WHEN_SHOWN": "1",
                              "ROPA_DESK_DATA_DIR": str(data)})
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith("LOADED AT PAINT:")]
    assert lines and "ROPA_DESK_SHOWN" in out.stdout, out.stdout + out.stderr  # the window was painted
    return lines[0].split(":", 1)[1].split()


def test_a_start_shows_a_register_without_sqlite_utils_the_metadata_or_pycountry(tmp_path):
    """The real start (`ui.app.run`) on the demo register, to the window's first paint, in a fresh process:
    the first start (no settings), then a second one (the lists' column widths saved by the first)."""
    path = demo_file(tmp_path)
    watched = (*NOT_AT_START, *DEFERRED, "ropa_app.export.api", "ropa_app.export.document", "ropa_app.export.pdf",
               "ropa_app.export.xlsx", "ropa_app.ui.dataflow_view", "ropa_app.domain.dataflow")
    assert _loaded_at_first_paint(path, tmp_path / "data", watched) == []
    assert _loaded_at_first_paint(path, tmp_path / "data", watched) == []


# The real start on a register, to its first paint, then its checks' first run, the Checks view and the Reviews page
# shown; what of `LAW_AND_REVIEWS` is imported at each point (quits after the last, or after 60 s).
LAW_AND_REVIEWS = ("ropa_app.domain.law", "ropa_app.domain.reviews", "ropa_app.ui.review_dialog")
AFTER_FIRST_PAINT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from ropa_app.ui import app
    from ropa_app.ui.register_checks import checks_for

    def loaded():
        return " ".join(m for m in WATCHED if m in sys.modules) or "-"

    class AtPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = True
                print("AT PAINT:", loaded(), flush=True)
            return False

    def exit_when_shown(window, probe=AtPaint()):
        window.installEventFilter(probe)
        checks = checks_for(window.session)
        print("BEFORE SHOW:", loaded(), flush=True)

        def checked():
            if checks.checked_on is None or hasattr(probe, "checked"):
                return
            probe.checked = True
            print("CHECKED:", loaded(), len(checks.findings) > 0, flush=True)
            window.show_page(window._views().index(window.checks_box))
            print("AS OF:", window.checks_view.as_of_label.text(), flush=True)
            window.show_page(window._views().index(window.reviews_box))
            print("REVIEWS:", loaded(), window.reviews_page.model.rowCount() > 0, flush=True)
            QTimer.singleShot(0, QApplication.quit)

        checks.updated.connect(checked)
        QTimer.singleShot(60_000, QApplication.quit)

    app.exit_when_shown = exit_when_shown
    sys.exit(app.run(["ropa-desk", sys.argv[1]]))
""")


def test_the_law_and_the_review_dialog_are_imported_after_the_first_paint_when_first_needed(tmp_path):
    """The real start on the demo register in a fresh process: neither the legal reference data (its module and its
    files: the checks, the Overview's facts, the Checks view's date, the Transfers rows need it, all after the paint)
    nor the reviews due (the Overview's facts, the Reviews page) nor the review dialog (the Reviews page's policy,
    marking a record reviewed) is imported before the window's first paint (#21: ~14 ms of it); the checks' first run
    brings the law and the reviews due, the Reviews page shown the dialog's module; the Checks view shows the law's
    date."""
    path = demo_file(tmp_path)
    code = f"WATCHED = {LAW_AND_REVIEWS!r}\n" + AFTER_FIRST_PAINT
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_DESK_DATA_DIR": str(tmp_path / "d")})
    assert out.returncode == 0, out.stderr
    said = {line.split(":")[0]: line.split(":", 1)[1].split() for line in out.stdout.splitlines() if ":" in line}
    assert said.get("BEFORE SHOW") == ["-"] and said.get("AT PAINT") == ["-"], out.stdout + out.stderr
    # (the reviews due: with the Overview's facts, made with the checks)
    assert said.get("CHECKED") == ["ropa_app.domain.law", "ropa_app.domain.reviews", "True"], out.stdout + out.stderr
    assert said["AS OF"] == ["Legal", "reference", "data", "as", "of", "2026-11-22"]
    assert said["REVIEWS"] == [*LAW_AND_REVIEWS, "True"]  # (the demo has a review due)


def test_the_checks_view_shown_before_the_checks_first_run_says_the_laws_date(qtbot, tmp_path):
    window = opened_window(qtbot, demo_file(tmp_path))
    window.show_page(window._views().index(window.checks_box))
    checks = checks_for(window.session)
    window.show()  # (the checks run after the window's first paint: not yet)
    assert checks.checked_on is None and window.checks_view.isVisible()
    assert window.checks_view.as_of_label.text() == f"Legal reference data as of {load_law().as_of.isoformat()}"
    qtbot.waitUntil(lambda: checks.checked_on is not None)
    assert window.checks_view.as_of_label.text() == f"Legal reference data as of {load_law().as_of.isoformat()}"


# The start as `python -m ropa_app` runs it (`__main__.run_app`), to the first paint and the work that follows it;
# the app quits once `when_shown` has been called (or after 60 s).
HELD_AT_FIRST_PAINT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from ropa_app import __main__ as main
    from ropa_app.domain import collector
    from ropa_app.ui import app, opening, worker

    class AtPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = True
                print("AT PAINT:", collector.is_held(), len(worker.BackgroundTask._running), len(opening._RUNNING),
                      flush=True)
            return False

    def exit_when_shown(window, probe=AtPaint()):
        window.installEventFilter(probe)
        QTimer.singleShot(60_000, QApplication.quit)

    def run(argv, language=None, when_shown=None, original=app.run):
        def shown():
            print("SHOWN CALLED:", collector.is_held(), flush=True)
            when_shown()
            print("AFTER SHOWN:", collector.is_held(), flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return original(argv, language=language, when_shown=shown)

    app.exit_when_shown, app.run = exit_when_shown, run
    code = main.run_app(["ropa-desk", sys.argv[1]])
    print("AT END:", collector.is_held(), flush=True)
    sys.exit(code)
""")


def test_a_start_holds_the_cycle_collector_and_starts_no_worker_until_the_first_paint(tmp_path):
    """`python -m ropa_app` on the demo (the day's backup due: a new data folder): no cycle collection from before
    Qt is imported to the window's first paint, and neither the day's backup nor the read for unreadable values
    (threads reading the register) is under way at that paint; the hold ends once the window is on screen."""
    path = demo_file(tmp_path)
    out = subprocess.run([sys.executable, "-c", HELD_AT_FIRST_PAINT, str(path)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                           "ROPA_DESK_DATA_DIR": str(tmp_path / "d")})
    assert out.returncode == 0, out.stderr
    said = {line.split(":")[0]: line.split(":", 1)[1].split() for line in out.stdout.splitlines() if ":" in line}
    assert said.get("AT PAINT") == ["True", "0", "0"], out.stdout + out.stderr
    assert said["SHOWN CALLED"] == ["True"] and said["AFTER SHOWN"] == ["False"] and said["AT END"] == ["False"]


def test_the_days_backup_and_the_unreadable_read_start_after_the_first_paint(qtbot, tmp_path):
    """A register opened over a window that is then shown (the app's start): its workers wait for the window's first
    paint, then run as before (a window never shown starts them at once: tests/ui/test_daily_backup_gui.py)."""
    path = demo_file(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    store = window.store
    assert store.daily_backup is None
    at_paint = []

    class AtPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and not at_paint:
                at_paint.append((set(opening._RUNNING), set(BackgroundTask._running)))
            return False

    probe = AtPaint(window)
    window.installEventFilter(probe)
    window.show()  # in the same turn, as `app.run` does
    qtbot.waitUntil(lambda: store.daily_backup is not None, timeout=10_000)
    assert at_paint == [(set(), set())]  # nothing started before the paint, the backup made after it
    assert [b.path for b in list_backups(path)] == [store.daily_backup]
    qtbot.waitUntil(lambda: not opening._RUNNING, timeout=10_000)  # the read for unreadable values ended too


def test_the_interface_languages_are_listed_without_loading_their_tables():
    code = ("import sys\n"
            "from ropa_app.ui import i18n\n"
            "listed = i18n.codes()\n"
            "tables = sorted(m for m in sys.modules if m.startswith('ropa_app.ui.i18n.'))\n"
            "print(' '.join(listed), '|', *tables)\n")
    listed, loaded = _printed_by_a_fresh_python(code).split("|")
    assert listed.split() == ["en", "sv", "nb", "da", "fi"] and loaded.split() == []


def test_the_log_file_rotates_as_before_its_rotating_handler_made_when_it_is_full(app_data_dir):
    """The log file is written without logging.handlers (a start does not import it) until a record would fill it:
    then RotatingFileHandler takes over, rolls the file over as it would have, and no record is lost."""
    path = logs.setup_logging()
    try:
        first = logs._handler
        assert not isinstance(first, logging.handlers.RotatingFileHandler)
        assert (first.maxBytes, first.backupCount) == (1_000_000, 5)
        first.maxBytes = 2_000  # full sooner, the same way
        for i in range(200):
            logging.getLogger("ropa_app.test").info("line %d %s", i, "x" * 80)
            if i == 10:
                assert logs._handler is first and [p.name for p in path.parent.iterdir()] == ["ropa-desk.log"]
        handler = logs._handler
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        assert (handler.maxBytes, handler.backupCount, handler.baseFilename) == (2_000, 5, first.baseFilename)
        assert sorted(p.name for p in path.parent.iterdir()) == ["ropa-desk.log"] + [f"ropa-desk.log.{n}"
                                                                                  for n in range(1, 6)]
        assert all(p.stat().st_size < 2_000 for p in path.parent.iterdir())
        files = [path.with_name(f"ropa-desk.log.{n}") for n in range(5, 0, -1)] + [path]
        numbers = [int(line.split("line ")[1].split()[0]) for f in files
                   for line in f.read_text(encoding="utf-8").splitlines()]
        assert numbers == list(range(numbers[0], 200))  # in order, none lost where the handlers changed
    finally:
        logging.getLogger("ropa_app").removeHandler(logs._handler)
        logs._handler.close()
        logs._handler = None
        logging.getLogger("ropa_app").setLevel(logging.NOTSET)


def _widths(listing) -> list[int]:
    return [listing.table.columnWidth(c) for c in range(listing.model.columnCount())]


def test_a_lists_columns_are_sized_when_it_is_first_shown_and_only_a_sized_lists_widths_are_saved(qtbot, tmp_path):
    """The very first start (no widths saved): the lists the window does not show are not sized to their contents
    (reading their cells: the recipients' countries), nor are their unsized widths saved on closing; a list shown
    is sized before its first paint and its widths are saved and restored, shown or not, as before."""
    path = demo_file(tmp_path)
    window = shown_window(qtbot, path)
    recipients = window.recipients_page.listing
    unsized = _widths(recipients)
    assert len(set(unsized[:-1])) == 1  # Qt's default width for each (the last column stretches)
    window.show_page(kinds.RECIPIENT.key)
    sized = _widths(recipients)
    assert sized != unsized and 220 <= sized[1] <= 290  # to its contents, a readable name column
    recipients.table.setColumnWidth(2, sized[2] + 40)  # the user widens a column
    sized = _widths(recipients)
    window.close()
    saved = settings.app_settings()
    assert saved.contains(f"{recipients.name}_list/header")
    assert window.pages.built() == [window.recipients_page]  # the other pages were never built
    assert not any(saved.contains(f"{key}_list/header") for key in window.pages
                   if key != kinds.RECIPIENT.key)  # the lists never shown

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(path)  # not shown yet: the saved widths are restored at once (no cell read)
    assert _widths(again.recipients_page.listing)[:-1] == sized[:-1]
    again.show()
    qtbot.waitExposed(again)
    default = _widths(again.activities_page.listing)
    again.show_page(kinds.ACTIVITY.key)  # first shown: sized to its contents now
    assert _widths(again.activities_page.listing) != default
    assert _widths(again.recipients_page.listing)[:-1] == sized[:-1]
    again.close()
    saved = settings.app_settings()
    assert all(saved.contains(f"{page.listing.name}_list/header")
               for page in (again.activities_page, again.recipients_page))


def test_the_window_reads_the_register_before_sqlite_utils_and_edits_through_it(qtbot, tmp_path):
    """In one process: after the window shows a register, an edit (sqlite-utils' transaction and upsert) and
    the undo are committed to the file, and the list reads what was written."""
    path = demo_file(tmp_path)
    window = shown_window(qtbot, path)
    listing = window.activities_page.listing
    assert listing.model.total() == len(window.store.activities.all()) > 0
    window.show_page(kinds.ORGANISATION.key)
    fill(qtbot, field_widget(window.organisation_page, "name"), "Nytt AB")
    window.show_page(kinds.ACTIVITY.key)
    activity = window.store.activities.all()[0]
    window.open_record(kinds.ACTIVITY.key, activity.id, "name")
    fill(qtbot, field_widget(window.activities_page.editor, "name"), "Lön ny")
    with RegisterStore.open(path, readonly=True) as other:  # another connection sees both, committed
        assert other.organisation().name == "Nytt AB"
        assert other.activities.get(activity.id).name == "Lön ny"
    window.undo_group.undo()
    assert window.store.activities.get(activity.id).name == activity.name


# `python -m ropa_app`'s start (`__main__.run_app`) in a fresh interpreter, to its first paint: the order in which
# modules are first imported (a finder first on the import path), and which source files linecache holds when it exits.
IMPORT_ORDER = textwrap.dedent("""
    import linecache, sys
    order = []

    class Seen:  # first on the import path: it sees each module's first import, finds none
        def find_spec(self, name, path=None, target=None):
            order.append(name)

    sys.meta_path.insert(0, Seen())
    from ropa_app import __main__ as main
    code = main.run_app(["ropa-desk", sys.argv[1]])
    print("ORDER:", " ".join(order))
    print("SOURCES HELD:", " ".join(name.replace(chr(92), "/") for name in linecache.cache))
    sys.exit(code)
""")


def test_the_layers_below_the_ui_are_imported_before_qt_and_their_sources_are_not_read(tmp_path):
    """PySide6, once imported, wraps `__import__` and reads the source of every module an import statement names
    after it (into linecache) to see whether it uses PySide6; `run_app` imports the log, the folders and the store
    (with the domain model) before Qt, so the modules only they import are not read at each start (#21)."""
    from ropa_app import __main__ as main

    path = demo_file(tmp_path)
    out = subprocess.run([sys.executable, "-c", IMPORT_ORDER, str(path)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                           "ROPA_DESK_EXIT_WHEN_SHOWN": "1", "ROPA_DESK_DATA_DIR": str(tmp_path / "d")})
    assert out.returncode == 0 and "ROPA_DESK_SHOWN" in out.stdout, out.stdout + out.stderr  # painted
    said = {line.split(":")[0]: line.split(":", 1)[1].split() for line in out.stdout.splitlines() if ":" in line}
    order = said["ORDER"]
    qt = order.index("PySide6")
    for name in (*main.BEFORE_QT, "ropa_app.store.register", "ropa_app.store.schema", "ropa_app.domain.model"):
        assert order.index(name) < qt, name
    # the store's own modules (no UI module names them) were imported before Qt: their sources were never read
    held = said["SOURCES HELD"]
    for module in ("register", "repository", "schema", "guard", "lock", "location"):
        assert not any(name.endswith(f"ropa_app/store/{module}.py") for name in held), (module, held)


# The real start (`ui.app.run`) to the moment its window is on screen, then one more turn of the event loop: which of
# the window's source files linecache holds then.
SOURCES_AFTER_SHOWN = textwrap.dedent("""
    import linecache, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ropa_app.ui import app

    def held():
        names = [name.replace(chr(92), "/") for name in linecache.cache]
        print("HELD:", " ".join(n for n in names if n.endswith(("ropa_app/ui/main_window.py", "ropa_app/ui/pages.py"))))
        QApplication.quit()

    def run(argv, language=None, when_shown=None, original=app.run):
        return original(argv, language=language, when_shown=lambda: QTimer.singleShot(0, held))

    sys.exit(run(["ropa-desk", sys.argv[1]]))
""")


def test_the_sources_pyside_read_at_the_start_are_let_go_once_the_window_is_on_screen(tmp_path):
    """PySide6's import hook reads the source of every module imported after it into linecache (5 MB on the demo);
    once the window is painted they are dropped (a traceback reads its files anew), and the app goes on."""
    path = demo_file(tmp_path)
    out = subprocess.run([sys.executable, "-c", SOURCES_AFTER_SHOWN, str(path)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                           "ROPA_DESK_DATA_DIR": str(tmp_path / "d")})
    assert out.returncode == 0, out.stderr
    lines = [line.split() for line in out.stdout.splitlines() if line.startswith("HELD:")]
    assert lines == [["HELD:"]], out.stdout + out.stderr
