"""A read-only table model over a list of summary records (activities, recipients)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw value (a vocabulary key) behind a displayed label


class SummaryTableModel(QAbstractTableModel):
    """Rows come from `load()`; each column is (key, header, display function or None)."""

    def __init__(self, columns: list[tuple[str, str, Callable[[Any], str] | None]], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._load: Callable[[], list[Any]] = lambda: []
        self.rows: list[Any] = []

    def set_loader(self, load: Callable[[], list[Any]] | None) -> None:
        self._load = load or (lambda: [])
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._load()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(self.columns)):
            return None
        row = self.rows[index.row()]
        key, _header, show = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            return show(value) if show else value
        if role == ID_ROLE:
            return row.id
        if role == KEY_ROLE:
            return getattr(row, key)
        if role == SEARCH_ROLE:
            return getattr(row, "search_text", "") or " ".join(str(getattr(row, c[0])) for c in self.columns)
        return None

    def row_of(self, record_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == record_id:
                return i
        return -1
