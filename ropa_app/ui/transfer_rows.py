"""The list of transfer rows of the transfer editor."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain import model, vocab
from ..domain.law import LawData
from . import i18n

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransfersField", text)


def _field_tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


class TransferRowsModel(QAbstractTableModel):
    """The transfer rows: destination and mechanism."""

    def __init__(self, law: LawData, parent=None):
        super().__init__(parent)
        self.law = law
        self.records: list[model.Transfer] = []
        self.headers = [_field_tr("Destination"), _field_tr("Mechanism")]

    def set_records(self, records: list[model.Transfer]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.records) or not 0 <= index.column() < 2:
            return None
        t = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                if not t.country:
                    return _tr("(choose a destination)")
                return i18n.country(t.country)
            return QCoreApplication.translate("vocab", vocab.TRANSFER_MECHANISMS.label(t.mechanism or "none"))
        return None
