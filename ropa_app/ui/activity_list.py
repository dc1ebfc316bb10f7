"""The list of activities: a table over ActivityTableModel, with a search box and a count."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ..store import RegisterStore
from .activity_model import SEARCH_ROLE, ActivityTableModel


class ActivityListView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activity_list")
        self.model = ActivityTableModel(None, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit(self)
        self.search.setObjectName("activity_search")
        self.search.setPlaceholderText(self.tr("Search activities…"))
        self.search.setAccessibleName(self.tr("Search activities"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(self._update_count)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("activity_count")

        self.table = QTableView(self)
        self.table.setObjectName("activity_table")
        self.table.setAccessibleName(self.tr("Processing activities"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_store(self, store: RegisterStore | None) -> None:
        self.model.set_store(store)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n activities", "", total) if shown == total else self.tr("{0} of {1} activities").format(shown, total)
        self.count_label.setText(text)

    def save_state(self, s: QSettings) -> None:
        s.setValue("activity_list/header", self.table.horizontalHeader().saveState())
