"""Table models of the import dialog: the spreadsheet's column mapping and the import preview."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from ..domain import kinds
from ..interchange import ADDED, CHANGED, IGNORE_TARGET, TARGETS
from ..interchange.spreadsheet import mapped_name
from . import i18n
from .i18n import store_text
from .table_model import RowsTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


def target_label(key: str) -> str:
    """What a column feeds, as the interface names it in its language (a field by its label in the form)."""
    return store_text(mapped_name(key))


class MappingModel(QAbstractTableModel):
    """Column letter, header text, and the field it maps to (the last one editable)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = []
        self.headers = [_tr("Column"), _tr("Header in the sheet"), _tr("Imported as")]

    def set_columns(self, columns) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.columns)):
            return None
        col = self.columns[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return col.letter
            if index.column() == 1:
                return col.header
            return _tr("(not imported)") if col.target == IGNORE_TARGET else target_label(col.target)
        if role == Qt.ItemDataRole.EditRole and index.column() == 2:
            return col.target
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        col = self.columns[index.row()]
        if value == col.target:
            return False
        col.target = value
        col.score = 0.0
        self.dataChanged.emit(index, index)
        return True


class TargetDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem(_tr("(not imported)"), IGNORE_TARGET)
        for key, _label in TARGETS:
            if key != IGNORE_TARGET:
                combo.addItem(target_label(key), key)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def field_name(entity: str, change) -> str:
    """A changed field as the form names it in the interface's language (the export tables' label)."""
    return i18n.field_text(change.label, f"field.{entity}.{change.key}")


class PlanModel(RowsTableModel):
    """What the import will do: one row per record that is added or changed."""

    def __init__(self, parent=None):
        super().__init__([_tr("Record"), _tr("Kind"), _tr("What happens"), _tr("Fields")], parent)
        self.kinds = {k.key: _tr(k.label) for k in kinds.top_level()}
        self.actions = {ADDED: _tr("added"), CHANGED: _tr("changed")}

    def set_plan(self, plan) -> None:
        items = [i for i in plan.items() if i.action in (ADDED, CHANGED)] if plan else []
        self.set_rows([
            (
                i.label,
                self.kinds.get(i.entity, i.entity),
                self.actions.get(i.action, i.action),
                ", ".join(field_name(i.entity, c) for c in i.changes) if i.action == CHANGED else _tr("all fields"),
            )
            for i in items
        ])
