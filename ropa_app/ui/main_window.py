"""The main window: menus, the navigation, and the views of the open register."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import kinds
from ..store import RegisterError, RegisterStore
from . import settings
from .banner import Banner
from .i18n import store_text
from .opening import open_register
from .overview_page import OverviewPage
from .register_checks import CHECKS_COUNTS, TRANSFER_ROWS, checks_for, derive_counts, law_data
from .review_actions import install_review_actions
from .session import RegisterSession
from .startup_probe import after_first_paint
from .support import show_log_folder
from .viewbox import ViewBox
from .worker import BackgroundTask

if TYPE_CHECKING:
    from .checks_view import ChecksView
    from .dataflow_view import DataflowView
    from .history_page import HistoryPage
    from .organisation_editor import OrganisationEditor
    from .pages import ListEditorPage
    from .reviews_page import ReviewsPage
    from .transfers_view import TransfersView

FILE_FILTER = "ROPA Desk registers (*.ropa);;All files (*)"
CLOSE_WAIT_S = 0.15  # the longest closing waits for background work to stop (the window closes within 0.5 s)


class _Pages(Mapping):
    """The list pages by their kind's key, each in its box in the navigation (`ViewBox`): a page is built, and the
    pages' modules imported, the first time it is shown or asked for (`window.pages[key]`), not with the window
    (#21); `built()` gives those built so far (what closing saves, what a setting reaches)."""

    def __init__(self, boxes: dict[str, ViewBox]):
        self.boxes = boxes

    def __getitem__(self, key: str) -> ListEditorPage:
        return self.boxes[key].built()

    def __contains__(self, key) -> bool:
        return key in self.boxes  # (without building the page)

    def __iter__(self) -> Iterator[str]:
        return iter(self.boxes)

    def __len__(self) -> int:
        return len(self.boxes)

    def built(self) -> list[ListEditorPage]:
        return [box.view for box in self.boxes.values() if box.view is not None]


class _DerivingBox(ViewBox):
    """The place in the window of a view whose results are made with the checks' findings (the Transfers view's rows,
    the Checks view's counts): until the view is built, the box registers `derive` under `name` with the session's
    checks, as the view does, so that they are made with the findings (in the worker for a big register) and the
    view, once built, shows them without making them on the UI thread (#21)."""

    def __init__(self, parent: QWidget, box_name: str, make, name: str, derive):
        super().__init__(parent, box_name, make)
        self.derived_name, self.derive = name, derive

    def set_session(self, session: RegisterSession | None) -> None:
        if self.view is None and session is not None:
            checks_for(session).derivations[self.derived_name] = self.derive
        super().set_session(session)


def _transfer_rows(register, findings):
    from .transfers_view import transfer_rows  # (at the checks' first run: after the first paint)

    return transfer_rows(register, findings, law_data())  # (the law's data too, #21)


class _OrganisationBox(ViewBox):
    """The Organisation view's place in the window: its editor (a form of 18 fields, the country list with
    pycountry's data) is built the first time the view is shown or asked for, not with the window (#21)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, "organisation", self._make_editor)

    @staticmethod
    def _make_editor(box: QWidget) -> OrganisationEditor:
        from .organisation_editor import OrganisationEditor

        editor = OrganisationEditor(parent=box)
        editor.help_panel.setVisible(settings.app_settings().value("help/visible", True, type=bool))
        return editor

    @property
    def editor(self) -> OrganisationEditor | None:
        return self.view


class MainWindow(QMainWindow):
    store_changed = Signal(object)

    def __init__(self, store: RegisterStore | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.store: RegisterStore | None = None
        self.session: RegisterSession | None = None
        self.undo_group = QUndoGroup(self)
        # The views, in the navigation's order: a page per kind of record kept as a list, the
        # organisation, then the derived views. Records are opened through `self.pages[kind key]` (which builds
        # the page if it was not yet; its place in the navigation: `page_boxes[kind key]`).
        self.page_boxes = {k.key: ViewBox(self, f"{k.key}_page", lambda box, k=k: self._make_page(k, box))
                           for k in self._listed()}
        self.pages = _Pages(self.page_boxes)
        self.overview_page = OverviewPage(self)  # what needs attention: the page the window opens on
        self.organisation_box = _OrganisationBox(self)  # (its editor: `organisation_page`, built on first use)
        self.transfers_box = _DerivingBox(self, "transfers", self._make_transfers,  # (the view: `transfers_view`)
                                          TRANSFER_ROWS, _transfer_rows)
        # The Checks view is built just after the window's first paint (below), or when first shown or asked for before
        # that: not with the window (its modules: ~15 ms of a start, #21), and not later: its search index is made when
        # the findings arrive (7 s at 50,000 activities) and is ready when the view is first shown.
        self.checks_box = _DerivingBox(self, "checks", self._make_checks, CHECKS_COUNTS, derive_counts)  # (the view)
        self.dataflow_box = ViewBox(self, "dataflow", self._make_dataflow)  # (the view: `dataflow_page`)
        self.reviews_box = ViewBox(self, "reviews", self._make_reviews)  # (the page: `reviews_page`)
        self.history_box = ViewBox(self, "history", self._make_history)  # (the view: `history_page`)
        self._nav = [
            (self.overview_page, self.tr("Overview")),
            *((self.page_boxes[k.key], self.tr(k.plural_label)) for k in self._listed()),
            (self.organisation_box, self.tr("Organisation")),
            (self.transfers_box, self.tr("Transfers")),
            (self.checks_box, self.tr("Checks")),
            (self.dataflow_box, self.tr("Data flows")),
            (self.reviews_box, self.tr("Reviews")),
            (self.history_box, self.tr("History")),
        ]
        self._opening_records(self.overview_page)
        self.overview_page.show_checks.connect(lambda: self.show_page(self._views().index(self.checks_box)))
        self._make_central()
        self._make_actions()
        self._make_menus()
        install_review_actions(self)  # Register menu: reviews due, mark as reviewed, calendar, pack, history
        menu = self.menuBar().findChild(QMenu, "menu_view") or self.file_menu  # View: the Overview first in it
        menu.insertAction(menu.actions()[0] if menu.actions() else None, self.action_overview)
        self.navigation.currentRowChanged.connect(lambda _r: self._update_record_actions())
        self.navigation.setCurrentRow(0)
        self.statusBar().setObjectName("status_bar")
        self._restore_state()
        self.set_store(store)
        after_first_paint(self.checks_box, self.checks_box.built, self)

    def _make_central(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.addItems([title for _view, title in self._nav])
        # wide enough for the longest title in the interface language ("Begäranden från registrerade")
        widest = max((self.navigation.fontMetrics().horizontalAdvance(t) for _v, t in self._nav), default=0)
        self.navigation.setFixedWidth(max(150, widest + 24))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        for page in self._views():
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.navigation)
        self.banner = Banner(central)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        lay.addLayout(right, 1)
        self.setCentralWidget(central)

    @property
    def activities_page(self) -> ListEditorPage:
        return self.pages[kinds.ACTIVITY.key]

    @property
    def recipients_page(self) -> ListEditorPage:
        return self.pages[kinds.RECIPIENT.key]

    def _make_page(self, kind: kinds.RecordKind, box: QWidget) -> ListEditorPage:
        from .pages import page_for

        page = page_for(kind, box)
        page.import_requested.connect(self.import_dialog)
        page.listing.table.addAction(self.action_delete)
        if kind.key == kinds.RECIPIENT.key:
            page.activity_requested.connect(self.show_activity)
        return page

    @property
    def organisation_page(self) -> OrganisationEditor:
        """The organisation's editor, built now if it was not yet."""
        return self.organisation_box.built()

    @property
    def transfers_view(self) -> TransfersView:
        """The Transfers view, built now if it was not yet (its place in the navigation: `transfers_box`)."""
        return self.transfers_box.built()

    def _make_transfers(self, box: QWidget) -> TransfersView:
        from .transfers_view import TransfersView

        return self._opening_records(TransfersView(box))

    def _opening_records(self, view: QWidget) -> QWidget:
        """`view`, whose requests to open a record (and a transfer in it, where it has them) the window answers."""
        view.open_record.connect(self.open_record)
        if hasattr(view, "open_transfer"):
            view.open_transfer.connect(self.open_transfer)
        return view

    @property
    def checks_view(self) -> ChecksView:
        """The Checks view, built now if it was not yet (its place in the navigation: `checks_box`)."""
        return self.checks_box.built()

    def _make_checks(self, box: QWidget) -> ChecksView:
        from .checks_view import ChecksView

        return self._opening_records(ChecksView(box))

    @property
    def reviews_page(self) -> ReviewsPage:
        """The Reviews page, built now if it was not yet (its place in the navigation: `reviews_box`)."""
        return self.reviews_box.built()

    def _make_reviews(self, box: QWidget) -> ReviewsPage:
        from .reviews_page import ReviewsPage

        return self._opening_records(ReviewsPage(box))

    @property
    def dataflow_page(self) -> DataflowView:
        """The Data flows view, built now if it was not yet."""
        return self.dataflow_box.built()

    @property
    def history_page(self) -> HistoryPage:
        """The History of changes, built now if it was not yet (its place in the navigation: `history_box`)."""
        return self.history_box.built()

    @staticmethod
    def _make_history(box: QWidget) -> HistoryPage:
        from .history_page import HistoryPage

        return HistoryPage(box)

    def _make_dataflow(self, box: QWidget) -> DataflowView:
        from .dataflow_view import DataflowView

        return self._opening_records(DataflowView(box))

    @staticmethod
    def _listed():
        return [k for k in kinds.KINDS if k.top_level and not k.single]

    def _views(self):
        return tuple(view for view, _title in self._nav)

    def current_view(self) -> QWidget:
        """The view shown: the one built in the box shown (a list page, the Organisation's editor, Data flows,
        History), else the navigation's own widget (the Overview, …)."""
        shown = self.stack.currentWidget()
        return shown.built() if isinstance(shown, ViewBox) else shown

    def current_page(self) -> ListEditorPage | None:
        box = self.stack.currentWidget()
        return box.built() if box in self.page_boxes.values() else None

    def show_page(self, which: int | str) -> None:
        """Show a view by its row in the navigation, or a kind of record's page by the kind's key."""
        if isinstance(which, str):
            view = self.page_boxes.get(which, self.organisation_box)
            which = self._views().index(view)
        self.navigation.setCurrentRow(which)

    def show_view(self, view: QWidget) -> None:
        """Show a view of the navigation: its box, or the part built in a box (`window.checks_view`, a list page)."""
        for row, shown in enumerate(self._views()):
            if shown is view or (isinstance(shown, ViewBox) and shown.view is view):
                self.navigation.setCurrentRow(row)
                return
        raise ValueError(f"{view!r} is not a view of the window's navigation")

    def show_activity(self, activity_id: int) -> None:
        self.show_page(kinds.ACTIVITY.key)
        self.activities_page.select(activity_id)

    def open_record(self, kind: str, record_id: int, key: str) -> None:
        """Show a record and put the cursor in one of its fields (from a finding or a transfer)."""
        self.show_page(kind)
        page = self.pages.get(kind)
        if page is not None:
            page.select(record_id)
        editor = page.editor if page is not None else self.organisation_page
        if key:
            editor.focus_field(key)

    def show_dataflow(self) -> None:
        """View > Data Flows: the picture of where personal data goes, the keyboard in it."""
        self.navigation.setCurrentRow(self._views().index(self.dataflow_box))
        self.dataflow_page.view.setFocus()

    def open_transfer(self, kind: str, owner_id: int, transfer_id: int, key: str) -> None:
        self.pages[kind].editor.form.widgets["transfers"].focus_transfer(transfer_id, key)

    # --- actions and menus --------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        self.action_new_register = self._action("action_new_register", self.tr("&New register…"), self.new_register)
        self.action_open = self._action(
            "action_open", self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.action_save_as = self._action("action_save_as", self.tr("Save &As…"), self.save_as_dialog,
                                           QKeySequence.StandardKey.SaveAs)
        self.action_export = self._action(
            "action_export", self.tr("&Export register…"), self.export_dialog, QKeySequence("Ctrl+E"))
        self.action_import = self._action(
            "action_import", self.tr("&Import…"), self.import_dialog, QKeySequence("Ctrl+I"))
        self.action_quit = self._action("action_quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.action_about = self._action("action_about", self.tr("&About ROPA Desk"), self.about)
        self.action_restore_backup = self._action(
            "action_restore_backup", self.tr("Restore from &Backup…"), self.restore_backup_dialog)
        # The help panel beside every form: on unless the user turned it off (F1 turns it on and off).
        self.action_field_help = self._action(
            "action_field_help", self.tr("Show &Field Help"), self.set_field_help_visible, QKeySequence("F1"))
        self.action_field_help.setCheckable(True)
        self.action_field_help.setChecked(settings.app_settings().value("help/visible", True, type=bool))
        self.set_field_help_visible(self.action_field_help.isChecked())
        self.action_show_log_folder = self._action(
            "action_show_log_folder", self.tr("Show &Log Folder"), show_log_folder)
        self.action_undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("action_redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act in (self.action_undo, self.action_redo):
            self.addAction(act)
        # One "New …" action per kind of record kept as a list: action_new_<key>.
        titles = {kinds.ACTIVITY.key: self.tr("New &activity"), kinds.RECIPIENT.key: self.tr("New r&ecipient")}
        shortcuts = {kinds.ACTIVITY.key: QKeySequence("Ctrl+N"), kinds.RECIPIENT.key: QKeySequence("Ctrl+Shift+N")}
        self.new_actions = {
            k.key: self._action(f"action_new_{k.key}", titles.get(k.key) or self.tr("New {0}").format(self.tr(k.label)),
                                lambda _=False, key=k.key: self.new_record(key), shortcuts.get(k.key))
            for k in self._listed()
        }
        self.action_new_activity = self.new_actions[kinds.ACTIVITY.key]
        self.action_new_recipient = self.new_actions[kinds.RECIPIENT.key]
        self.action_duplicate = self._action(
            "action_duplicate", self.tr("&Duplicate"), lambda: self._on_page("duplicate"), QKeySequence("Ctrl+D"))
        self.action_delete = self._action("action_delete", self.tr("De&lete…"), lambda: self._on_page("delete"))
        self.action_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete acts on the lists only, never while typing in a field.
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.action_delete)  # (each page's list takes it when the page is built: `_make_page`)
        self.action_dataflow = self._action(
            "action_dataflow", self.tr("&Data Flows"), self.show_dataflow, QKeySequence("Ctrl+Shift+G"))
        self.action_find = self._action(
            "action_find", self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self.action_overview = self._action(
            "action_overview", self.tr("&Overview"), lambda: self.show_page(self._views().index(self.overview_page)),
            QKeySequence("Alt+Home"))
        self.action_preferences = self._action(
            "action_preferences", self.tr("&Preferences…"), self.preferences_dialog,
            QKeySequence.StandardKey.Preferences)
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the application menu

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("menu_file")
        for act in (self.action_new_register, self.action_open):
            self.file_menu.addAction(act)
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.action_save_as)
        self.file_menu.addAction(self.action_restore_backup)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_import)
        self.file_menu.addAction(self.action_export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("menu_edit")
        for act in (self.action_undo, self.action_redo, None, *self.new_actions.values(),
                    self.action_duplicate, self.action_delete, None, self.action_find, None, self.action_preferences):
            edit.addSeparator() if act is None else edit.addAction(act)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menu_view")
        view_menu.addAction(self.action_dataflow)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(self.action_field_help)
        help_menu.addAction(self.action_show_log_folder)
        help_menu.addAction(self.action_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            act = self.recent_menu.addAction(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _on_page(self, operation: str) -> None:
        page = self.current_page()
        if page is not None and self.session is not None and not self.session.readonly:
            getattr(page, operation)()

    def new_record(self, kind: str) -> None:
        if self.session is None or self.session.readonly:
            return
        self.show_page(kind)
        self.pages[kind].new_record()

    def new_activity(self) -> None:
        self.new_record(kinds.ACTIVITY.key)

    def new_recipient(self) -> None:
        self.new_record(kinds.RECIPIENT.key)

    def focus_search(self) -> None:
        page = self.current_page() or self.activities_page
        self.stack.setCurrentWidget(self.page_boxes[page.entity])
        page.focus_search()

    def set_field_help_visible(self, visible: bool) -> None:
        # (an editor not built yet takes the setting when it is: pages.ListEditorPage.editor, _OrganisationBox)
        built = [page.editor for page in self.pages.built() if page.editor_built]
        for editor in (*built, *filter(None, [self.organisation_box.editor])):
            editor.help_panel.setVisible(visible)
        s = settings.app_settings()
        if s.value("help/visible", True, type=bool) != bool(visible):  # (not written again at every start)
            s.setValue("help/visible", bool(visible))

    def _update_record_actions(self) -> None:
        writable = self.session is not None and not self.session.readonly
        on_list = self.current_page() is not None
        for act in (self.action_duplicate, self.action_delete):
            act.setEnabled(writable and on_list)
        for act in self.new_actions.values():
            act.setEnabled(writable)

    # --- the open register --------------------------------------------------------------------
    def set_store(self, store: RegisterStore | None) -> None:
        old, old_session = self.store, self.session
        self.store = store
        self.session = RegisterSession(store, self) if store is not None else None
        if self.session is not None:
            self.undo_group.addStack(self.session.undo_stack)
            self.undo_group.setActiveStack(self.session.undo_stack)
            self.session.changed.connect(lambda entity, _id: entity == kinds.ORGANISATION.key and self._update_title())
        for page in self._views():
            page.set_session(self.session)
        self.banner.set_store(store)
        if old_session is not None:
            self.undo_group.removeStack(old_session.undo_stack)
            old_session.deleteLater()
        if old is not None and old is not store:
            old.close()
        self._update_record_actions()
        # (a register as it stood on a day, history_page.open_as_of, is a temporary copy: not a recent file)
        if store is not None and store.path is not None and getattr(store, "historic_moment", None) is None:
            settings.remember_opened(store.path)
        self._update_title()
        self.store_changed.emit(store)

    def _update_title(self) -> None:
        if self.store is None or self.store.path is None:
            self.setWindowTitle("ROPA Desk")
            return
        suffix = self.tr(" (read-only)") if self.store.readonly else ""
        org = self.store.organisation().name
        title = (f"{self.store.path.name}{suffix} — {org} — ROPA Desk" if org
                 else f"{self.store.path.name}{suffix} — ROPA Desk")
        self.setWindowTitle(title)
        self.setWindowFilePath(str(self.store.path))

    def restore_backup_dialog(self) -> None:
        from .restore_dialog import RestoreDialog

        restored = RestoreDialog.run(self, self.store.path if self.store is not None else None)
        if restored is not None:
            self.open_path(restored)

    def open_path(self, path: Path) -> bool:
        if self.store is not None and self.store.path is not None and Path(path).resolve() == self.store.path.resolve():
            return True  # already open (e.g. chosen again from Recent)
        store = open_register(self, Path(path))
        if store is None:
            return False
        self.set_store(store)
        return True

    def open_dialog(self) -> None:
        start = str(self.store.path.parent) if self.store and self.store.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open register"), start, self.tr(FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def _ask_new_path(self, title: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, "", self.tr(FILE_FILTER))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ropa" else path.with_suffix(".ropa")

    def _switch_to(self, make, failure_title: str) -> None:
        """Open the store `make()` returns instead of the current one; say why if it cannot be made."""
        try:
            store = make()
        except (RegisterError, OSError) as exc:
            QMessageBox.warning(self, failure_title, store_text(exc))
            return
        self.set_store(store)

    def new_register(self):
        """File > New register…: the assistant (organisation, activity templates, processors), modeless; on
        Finish the register is created and the chosen entries are added as one undoable step. Returns it."""
        from .new_register_wizard import NewRegisterWizard

        wizard = NewRegisterWizard(self)
        wizard.accepted.connect(lambda: self._create_from_wizard(wizard))
        wizard.show()
        return wizard

    def _create_from_wizard(self, wizard) -> None:
        from datetime import date

        from ..interchange.library_plan import library_plan
        from ..store.importing import apply_plan
        from .commands import ImportRecords

        path = wizard.path()
        if path is None:
            return
        self._switch_to(lambda: RegisterStore.create(path, wizard.organisation()), self.tr("Cannot create register"))
        if self.store is None or self.store.path is None or self.store.path.resolve() != path.resolve():
            return  # not created (the reason was shown)
        keys = wizard.keys()
        if not keys:
            return
        try:
            plan, _skipped = library_plan(wizard.library, keys, self.store.load_register(), wizard.language(),
                                          date.today())
            result = apply_plan(self.store, plan)
        except (RegisterError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot add the templates"), store_text(exc))
            return
        text = self.tr("Add {0} templates and processors from the library").format(len(keys))
        self.session.undo_stack.push(ImportRecords(self.session, plan, result, text))
        self.show_page(kinds.ACTIVITY.key)

    def save_as_dialog(self) -> None:
        """Save As: a copy through the backup API, then go on working in the copy."""
        if self.store is None:
            return
        path = self._ask_new_path(self.tr("Save register as"))
        if path is not None:
            self._switch_to(lambda: self.store.save_as(path), self.tr("Cannot save a copy"))

    def export_dialog(self):
        """Open File > Export register… (modeless, so the window stays usable while it runs)."""
        if self.session is None:
            return None
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def import_dialog(self):
        """Open File > Import… (JSON register, ICO-template or ROPA Desk spreadsheet)."""
        if self.session is None or self.session.readonly:
            return None
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self)
        dialog.show()
        return dialog

    def preferences_dialog(self):
        """Edit > Preferences (the interface language); returns the dialog, shown modeless."""
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.show()
        return dialog

    def about(self) -> None:
        from .. import __version__
        from ..domain.law import load_law

        from ..domain.library import load_library

        law, library = load_law(), load_library()
        QMessageBox.about(self, self.tr("About ROPA Desk"), self.tr(
            "ROPA Desk {0}\nA record of processing activities (GDPR Art. 30), kept in a local register file.\n\n"
            "Legal reference data as of {1} (version {2}).").format(__version__, law.as_of.isoformat(), law.version)
            + "\n" + self.tr("Activity templates and processors: library {0}, as of {1}.").format(
                library.version, library.as_of.isoformat()))

    # --- window state -------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = settings.app_settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.fit_screen()

    def fit_screen(self) -> None:
        """No bigger than the screen the window opens on, and on it (a laptop after a large monitor)."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
        if not area.contains(self.geometry().topLeft()):
            self.move(area.topLeft())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if getattr(self.store, "historic_moment", None) is None:  # an "as of" window leaves the main one's work
            # Exports, reads, check runs still running: cancelled, and waited for a moment at most; a step
            # that cannot be interrupted (the read of a big register) ends after the window is gone, and
            # the app waits for it before it exits (app.run). Each worker reads through its own connection.
            BackgroundTask.stop_all(timeout=CLOSE_WAIT_S)
        s = settings.app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        if self.organisation_box.editor is not None:  # (one never shown has nothing typed in it)
            self.organisation_box.editor.form.finish_editing()
        for page in self.pages.built():  # (a page never built has nothing to save)
            if page.editor_built:  # (one never shown has nothing typed in it)
                page.editor.form.finish_editing()
            page.save_state()
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)
