"""The main window: menus, the navigation, and the views of the open register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from .. import __version__
from ..domain.model import Organisation
from ..store import RegisterError, RegisterStore
from . import settings
from .activity_list import ActivityListView
from .opening import open_register

FILE_FILTER = "ROPA Desk registers (*.ropa);;All files (*)"


class MainWindow(QMainWindow):
    store_changed = Signal(object)

    def __init__(self, store: RegisterStore | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.store: RegisterStore | None = None
        self.activity_list = ActivityListView(self)
        self.setCentralWidget(self.activity_list)
        self._make_actions()
        self._make_menus()
        self.statusBar().setObjectName("status_bar")
        self._restore_state()
        self.set_store(store)

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
        self.action_open = self._action("action_open", self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.action_save_as = self._action("action_save_as", self.tr("Save &As…"), self.save_as_dialog,
                                           QKeySequence.StandardKey.SaveAs)
        self.action_quit = self._action("action_quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.action_about = self._action("action_about", self.tr("&About ROPA Desk"), self.about)

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
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(self.action_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            act = self.recent_menu.addAction(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # --- the open register --------------------------------------------------------------------
    def set_store(self, store: RegisterStore | None) -> None:
        old = self.store
        self.store = store
        self.activity_list.set_store(store)
        if old is not None and old is not store:
            old.close()
        if store is not None and store.path is not None:
            settings.add_recent_file(store.path)
            settings.app_settings().setValue("last_file", str(store.path.resolve()))
        self._update_title()
        self.store_changed.emit(store)

    def _update_title(self) -> None:
        if self.store is None or self.store.path is None:
            self.setWindowTitle("ROPA Desk")
            return
        suffix = self.tr(" (read-only)") if self.store.readonly else ""
        org = self.store.organisation().name
        title = f"{self.store.path.name}{suffix} — {org} — ROPA Desk" if org else f"{self.store.path.name}{suffix} — ROPA Desk"
        self.setWindowTitle(title)
        self.setWindowFilePath(str(self.store.path))

    def open_path(self, path: Path) -> bool:
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

    def new_register(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New register"), "", self.tr(FILE_FILTER))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".ropa":
            path = path.with_suffix(".ropa")
        try:
            store = RegisterStore.create(path, Organisation(name=path.stem))
        except (RegisterError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot create register"), str(exc))
            return
        self.set_store(store)

    def save_as_dialog(self) -> None:
        if self.store is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save register as"), "", self.tr(FILE_FILTER))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".ropa":
            path = path.with_suffix(".ropa")
        try:
            copy = self.store.save_as(path)
        except (RegisterError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save a copy"), str(exc))
            return
        self.set_store(copy)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ROPA Desk"),
            self.tr("ROPA Desk {0}\nA record of processing activities (GDPR Art. 30), kept in a local register file.")
            .format(__version__),
        )

    # --- window state -------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = settings.app_settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        s = settings.app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        self.activity_list.save_state(s)
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)
