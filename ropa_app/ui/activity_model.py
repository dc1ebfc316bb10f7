"""The activity list as a Qt table model (behind a QSortFilterProxyModel in the views)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain import vocab
from ..store import RegisterStore
from ..store.activities import ActivitySummary

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityTableModel", text)


class ActivityTableModel(QAbstractTableModel):
    COLUMNS = ("ref", "name", "role", "business_function", "status")

    def __init__(self, store: RegisterStore | None = None, parent=None):
        super().__init__(parent)
        self._store = store
        self._rows: list[ActivitySummary] = []
        self._headers = {
            "ref": _tr("Ref"),
            "name": _tr("Name"),
            "role": _tr("Role"),
            "business_function": _tr("Business function"),
            "status": _tr("Status"),
        }
        self.reload()

    def set_store(self, store: RegisterStore | None) -> None:
        self._store = store
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._store.activities.summaries() if self._store else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else None
        if key is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key == "role":
                return _tr(vocab.ROLES.label(value))
            if key == "status":
                return _tr(vocab.STATUSES.label(value))
            return value
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return " ".join(str(v) for v in (row.ref, row.name, row.business_function, row.owner))
        return None

    def activity_id(self, row: int) -> int:
        return self._rows[row].id
