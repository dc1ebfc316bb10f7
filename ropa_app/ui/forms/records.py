"""Editors for lists of nested records (data categories, joint controllers, controllers, transfers)
and for links to recipients."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model
from ...domain.countries import name as country_name


def tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


class RecordListModel(QAbstractTableModel):
    """An editable table over a list of dataclass records; columns are the record's fields."""

    def __init__(self, record_cls: type, parent=None):
        super().__init__(parent)
        self.record_cls = record_cls
        self.specs = model.fields_of(record_cls)
        self.records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = [dataclasses.replace(r) for r in records]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.specs)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.specs):
                return QCoreApplication.translate("fields", self.specs[section].label)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.records)):
            return None
        spec = self.specs[index.column()]
        value = getattr(self.records[index.row()], spec.key)
        if role == Qt.ItemDataRole.EditRole:
            return value.isoformat() if isinstance(value, date) else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if isinstance(value, date):
                return value.isoformat()
            if spec.vocabulary is not None and value:
                return QCoreApplication.translate("vocab", spec.vocabulary.label(value))
            if spec.kind == model.COUNTRY and value:
                return f"{country_name(value)} ({value})"
            return value
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        spec = self.specs[index.column()]
        if spec.kind == model.DATE:
            text = (value or "").strip()
            try:
                value = date.fromisoformat(text) if text else None
            except ValueError:
                return False
        elif spec.kind == model.COUNTRY:
            from ...domain.countries import lookup

            code = lookup(value or "")
            if value and not code:
                return False
            value = code or ""
        rec = self.records[index.row()]
        if getattr(rec, spec.key) == value:
            return False
        setattr(rec, spec.key, value)
        self.dataChanged.emit(index, index)
        return True

    def append(self, record: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self.records), len(self.records))
        self.records.append(record)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.records[row]
        self.endRemoveRows()


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for vocabulary columns."""

    def __init__(self, specs, parent=None):
        super().__init__(parent)
        self.specs = specs

    def createEditor(self, parent, option, index):  # noqa: N802
        spec = self.specs[index.column()]
        if spec.vocabulary is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if spec.key in ("scc_module", "derogation"):
            combo.addItem("", "")
        for key in spec.vocabulary:
            combo.addItem(QCoreApplication.translate("vocab", spec.vocabulary.label(key)), key)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model_, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model_.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model_, index)


class RecordsField(QWidget):
    committed = Signal()

    def __init__(self, record_cls: type, parent=None):
        super().__init__(parent)
        self.model = RecordListModel(record_cls, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.model.specs, self.view))
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(160)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked | triggers.EditKeyPressed
                                  | triggers.AnyKeyPressed)
        self.add_button = QPushButton(tr("Add row"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(tr("Remove row"), self)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        lay.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.model.dataChanged.connect(lambda *_: self.committed.emit())

    def add_row(self) -> None:
        self.model.append(self.model.record_cls())
        self.committed.emit()
        idx = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(idx)
        self.view.edit(idx)

    def remove_row(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self.model.remove(idx.row())
            self.committed.emit()

    def value(self) -> list[Any]:
        return [dataclasses.replace(r) for r in self.model.records]

    def set_value(self, value: list[Any]) -> None:
        value = list(value or [])
        if _without_ids(value) == _without_ids(self.model.records):
            # Only the ids the store gave new rows differ: keep the table (and any open cell editor).
            for mine, saved in zip(self.model.records, value):
                if hasattr(mine, "id"):
                    mine.id = saved.id
            return
        self.model.set_records(value)
        self.view.resizeColumnsToContents()


def _without_ids(records: list[Any]) -> list[Any]:
    return [dataclasses.replace(r, id=None) if hasattr(r, "id") else r for r in records]


class CheckListModel(QAbstractListModel):
    """Checkable (id, label) items: which recipients an activity uses, a recipient's sub-processors."""

    toggled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[tuple[int, str]] = []
        self.checked: list[int] = []

    def set_items(self, items: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def set_checked(self, ids: list[int]) -> None:
        self.checked = list(ids)
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        rid, label = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if rid in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return rid
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        rid = self.items[index.row()][0]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on and rid not in self.checked:
            self.checked.append(rid)
        elif not on and rid in self.checked:
            self.checked.remove(rid)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.toggled.emit()
        return True


class RefsField(QWidget):
    """Links to recipients, picked from the register's recipient list (with a filter)."""

    committed = Signal()

    def __init__(self, items: Callable[[], list[tuple[int, str]]], parent=None):
        super().__init__(parent)
        self._items = items
        self.model = CheckListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter recipients…"))
        self.filter.setAccessibleName(tr("Filter recipients"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setMaximumHeight(150)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter)
        lay.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.model.toggled.connect(self.committed)

    def refresh(self) -> None:
        self.model.set_items(self._items())

    def value(self) -> list[int]:
        return list(self.model.checked)

    def set_value(self, value: list[int]) -> None:
        self.refresh()
        self.model.set_checked(list(value or []))
