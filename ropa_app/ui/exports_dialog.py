"""The exports kept in the register (store.snapshots): every PDF and workbook exported, newest first, with its
moment, format, language, what it held, the file's name and SHA-256, so that "what did we send the authority in
March" has an answer. A file found again can be compared by its SHA-256 (Copy SHA-256), and the register opened
as it was at that export's exact moment (Show the register as it was then: the History page's read-only "as of"
window, rebuilt up to the snapshot's `last_change`, so an edit made later within the same second is not in it)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..domain import vocab
from ..store.snapshots import ExportSnapshot
from .session import RegisterSession

Index = QModelIndex | QPersistentModelIndex
SNAPSHOT_ROLE = Qt.ItemDataRole.UserRole + 21


class ExportsModel(QAbstractTableModel):
    """The export snapshots, newest first; columns: exported, format, language, contents, file, SHA-256."""

    def __init__(self, snapshots: list[ExportSnapshot], parent=None):
        super().__init__(parent)
        self.snapshots = sorted(snapshots, key=lambda s: s.id, reverse=True)
        self.headers = [self.tr("Exported on"), self.tr("Format"), self.tr("Language"), self.tr("Contents"),
                        self.tr("File name"), self.tr("SHA-256 of the file")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.snapshots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def text(self, s: ExportSnapshot, column: int) -> str:
        if column == 0:
            return s.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return self.tr("PDF") if s.format == "pdf" else self.tr("Excel (.xlsx)")
        if column == 2:
            return vocab.EXPORT_LANGUAGES.label(s.language) if s.language in vocab.EXPORT_LANGUAGES else s.language
        if column == 3:
            return self.tr("The Art. 30 record") if s.scope == "art30" else self.tr("The full internal register")
        if column == 4:
            return s.file_name
        return s.file_sha256

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.snapshots[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(s, index.column())
        if role == SNAPSHOT_ROLE:
            return s
        return None


class ExportsDialog(QDialog):
    def __init__(self, session: RegisterSession, parent=None):
        super().__init__(parent)
        self.setObjectName("exports_dialog")
        self.setWindowTitle(self.tr("Exports of this register"))
        self.session = session
        snapshots = session.store.exports.all()
        self.model = ExportsModel(snapshots, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("exports_table")
        self.table.setAccessibleName(self.tr("Exports kept in the register"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest first until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self.tr(
            "Every PDF and workbook exported from this register is kept here with the SHA-256 of the file, so that "
            "a file sent to the authority can be recognised again.") if snapshots else self.tr(
            "Nothing has been exported from this register yet."), self)
        self.note.setObjectName("exports_note")
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy SHA-256"), self)
        self.copy_button.setObjectName("exports_copy_sha256")
        self.copy_button.clicked.connect(self.copy_digest)
        self.as_of_button = QPushButton(self.tr("Show the register as it was then"), self)
        self.as_of_button.setObjectName("exports_show_as_of")
        self.as_of_button.setAccessibleName(self.tr("Show the register as it was when this export was made, "
                                                    "read-only"))
        self.as_of_button.clicked.connect(lambda _=False: self.show_as_of())
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("exports_close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.as_of_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        if snapshots:
            self.table.selectRow(0)
        self._update()
        self.resize(900, 360)

    def current(self) -> ExportSnapshot | None:
        idx = self.table.currentIndex()
        return idx.data(SNAPSHOT_ROLE) if idx.isValid() else None

    def _update(self) -> None:
        self.copy_button.setEnabled(self.current() is not None)
        self.as_of_button.setEnabled(self.current() is not None and self._history_page() is not None)

    def _history_page(self):  # noqa: ANN202 - the main window's HistoryPage (it imports this module's users)
        parent = self.parentWidget()
        return getattr(parent.window(), "history_page", None) if parent is not None else None

    def show_as_of(self):  # noqa: ANN201 - the read-only window, or None
        """The register as it was at the selected export: up to the log row it held (exact), in the History
        page's read-only "as of" window."""
        s, page = self.current(), self._history_page()
        if s is None or page is None:
            return None
        # An export of an empty log held no row: the register before its first change (id 0).
        return page.open_as_of(s.at, s.last_change if s.last_change is not None else 0)

    def copy_digest(self) -> None:
        s = self.current()
        if s is not None:
            QGuiApplication.clipboard().setText(s.file_sha256)
