"""Editors for lists of nested records (data categories, joint controllers, controllers, transfers)
and for links to recipients."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
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

from ...domain import kinds, model
from .. import i18n
from .links import NameLinks, NamesPopup


def tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


class RecordListModel(QAbstractTableModel):
    """An editable table over a list of dataclass records; columns are the record's fields.

    A list-of-names column is editable when `links` says where its names come from (a data
    category's data subjects); linked names that are no longer among them are shown as such."""

    edited = Signal()  # the user changed a cell (not emitted when the table is only redrawn)

    def __init__(self, record_cls: type, parent=None):
        super().__init__(parent)
        self.record_cls = record_cls
        self.specs = model.fields_of(record_cls)
        self.records: list[Any] = []
        self.links: dict[str, NameLinks] = {}

    def column(self, key: str) -> int:
        return next(i for i, s in enumerate(self.specs) if s.key == key)

    def refresh_column(self, key: str) -> None:
        """Redraw a column whose text depends on something outside the table (the names it links to)."""
        if self.records and key in {s.key for s in self.specs}:
            col = self.column(key)
            self.dataChanged.emit(self.index(0, col), self.index(len(self.records) - 1, col))

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
                return i18n.field_label(self.record_cls, self.specs[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if 0 <= section < len(self.specs) and self.specs[section].key in self.links:
                return self.links[self.specs[section].key].header_tip or None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        spec = self.specs[index.column()]
        if spec.kind != model.TEXT_LIST or spec.key in self.links:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.records)):
            return None
        spec = self.specs[index.column()]
        value = getattr(self.records[index.row()], spec.key)
        if spec.kind == model.TEXT_LIST:
            return self._names_data(spec.key, list(value or []), role)
        if role == Qt.ItemDataRole.EditRole:
            return value.isoformat() if isinstance(value, date) else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if isinstance(value, date):
                return value.isoformat()
            if spec.vocabulary is not None and value:
                return i18n.term(spec.vocabulary, value)
            if spec.kind == model.COUNTRY and value:
                return i18n.country(value)
            return value
        return None

    def _names_data(self, key: str, names: list[str], role):
        if role == Qt.ItemDataRole.EditRole:
            return names
        links = self.links.get(key)
        known = links.available() if links else names
        missing = [n for n in names if n not in known]
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(links.shown(n, known) if links else n for n in names)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = "\n".join(names)
            if missing:
                text = (text + "\n\n" if text else "") + links.missing_tip.format(", ".join(missing))
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QColor("#a93226")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        spec = self.specs[index.column()]
        if spec.kind == model.TEXT_LIST:
            value = list(dict.fromkeys(v.strip() for v in (value or []) if v and v.strip()))
        elif spec.kind == model.DATE:
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
        self.edited.emit()
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
    """A combo box for vocabulary columns; a popup of check boxes for a column of linked names."""

    def __init__(self, specs, parent=None):
        super().__init__(parent)
        self.specs = specs

    def createEditor(self, parent, option, index):  # noqa: N802
        spec = self.specs[index.column()]
        links = getattr(index.model(), "links", {}).get(spec.key)
        if links is not None:
            row_name = str(index.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole) or "")
            popup = NamesPopup(spec.key, links, row_name, parent)
            popup.set_value(index.data(Qt.ItemDataRole.EditRole))  # before it is sized and placed
            cell = QPersistentModelIndex(index)
            popup.finished.connect(lambda p=popup, c=cell: self._popup_finished(p, c))
            return popup
        if spec.vocabulary is None:
            editor = super().createEditor(parent, option, index)
        else:
            editor = QComboBox(parent)
            if spec.key in ("scc_module", "derogation"):
                editor.addItem("", "")
            for key in spec.vocabulary:
                editor.addItem(i18n.term(spec.vocabulary, key), key)
        if editor is not None:  # a screen reader names the cell's column; the help panel explains it
            editor.setAccessibleName(QCoreApplication.translate("fields", spec.label))
            record_cls = getattr(index.model(), "record_cls", None)
            if record_cls is not None:
                editor.setProperty("help_key", f"{kinds.kind_of(record_cls).key}.{spec.key}")
        return editor

    def _popup_finished(self, popup: NamesPopup, cell: QPersistentModelIndex) -> None:
        view = self.parent()
        if not isinstance(view, QAbstractItemView) or view.indexWidget(QModelIndex(cell)) is not popup:
            return  # already saved and closed (Qt does so when a popup editor is hidden by a click elsewhere)
        if not popup.cancelled:
            self.commitData.emit(popup)
        self.closeEditor.emit(popup, QStyledItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802
        if isinstance(editor, NamesPopup):
            editor.place_below(option.rect, editor.parentWidget())
        else:
            super().updateEditorGeometry(editor, option, index)

    def eventFilter(self, editor, event):  # noqa: N802
        if (isinstance(editor, NamesPopup) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            editor.cancel()  # closes without saving, as Escape does in any cell
        return super().eventFilter(editor, event)

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, NamesPopup):
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model_, index):  # noqa: N802
        if isinstance(editor, NamesPopup):
            model_.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model_.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model_, index)


class RecordsField(QWidget):
    committed = Signal()

    MAX_COLUMN_WIDTH = 220  # a long retention text is elided (its tool tip has it all)
    MIN_COLUMN_WIDTH = 130  # room to read a typical value before the column is widened
    MIN_HEIGHT, MAX_HEIGHT = 90, 270  # the table grows with its rows up to about eight

    def __init__(self, record_cls: type, parent=None):
        super().__init__(parent)
        self.new_record: Callable[[], Any] = record_cls  # what "Add row" adds
        self.model = RecordListModel(record_cls, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.model.specs, self.view))
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)  # one line per row, elided; the tool tip shows the whole text
        self.view.setMinimumHeight(self.MIN_HEIGHT)
        self.view.setMaximumHeight(self.MAX_HEIGHT)
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
        self.model.edited.connect(self.committed)
        self._size_columns()

    def set_label(self, label: str) -> None:
        """Name the parts for a screen reader after the field's label."""
        self.setAccessibleName(label)
        self.view.setAccessibleName(label)
        self.add_button.setAccessibleName(tr("Add a row to {0}").format(label))
        self.remove_button.setAccessibleName(tr("Remove the selected row from {0}").format(label))

    def link_names(self, key: str, links: NameLinks, visual_position: int | None = None) -> None:
        """Make the list-of-names column `key` editable by ticking among `links.names()`."""
        self.model.links[key] = links
        if visual_position is not None:
            header = self.view.horizontalHeader()
            header.moveSection(header.visualIndex(self.model.column(key)), visual_position)

    def refresh_links(self) -> None:
        for key in self.model.links:
            self.model.refresh_column(key)

    def _fit_height(self) -> None:
        """As tall as its rows (and the header and scroll bar), within MIN_HEIGHT and MAX_HEIGHT."""
        v = self.view
        rows = sum(v.rowHeight(r) for r in range(self.model.rowCount())) or v.verticalHeader().defaultSectionSize()
        height = rows + v.horizontalHeader().sizeHint().height() + 2 * v.frameWidth()
        height += v.horizontalScrollBar().sizeHint().height()
        v.setFixedHeight(max(self.MIN_HEIGHT, min(height, self.MAX_HEIGHT)))

    def add_row(self) -> None:
        self.model.append(self.new_record())
        self._fit_height()
        self.committed.emit()
        idx = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(idx)
        self.view.edit(idx)

    def remove_row(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self.model.remove(idx.row())
            self._fit_height()
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
        self._size_columns()
        self._fit_height()

    def _size_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for col, spec in enumerate(self.model.specs):
            # wide enough for the longest choice of a vocabulary column, and for a typical value of any
            widest = max((self.view.fontMetrics().horizontalAdvance(
                i18n.term(spec.vocabulary, k)) + 36 for k in spec.vocabulary),
                default=0) if spec.vocabulary is not None else 0
            width = max(self.view.columnWidth(col), widest, self.MIN_COLUMN_WIDTH)
            self.view.setColumnWidth(col, min(width, self.MAX_COLUMN_WIDTH))


def _without_ids(records: list[Any]) -> list[Any]:
    return [dataclasses.replace(r, id=None) if hasattr(r, "id") else r for r in records]


class CheckListModel(QAbstractListModel):
    """Checkable (id, label) items: which recipients an activity uses, a recipient's sub-processors."""

    toggled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[tuple[int, str]] = []
        self.checked: list[int] = []  # in the order checked (the value)
        self._checked: set[int] = set()  # the same, to look up

    def set_items(self, items: list[tuple[int, str]]) -> None:
        if items is self.items:
            return  # the same list (`RegisterSession.choices` keeps it until the records change): no reset, no layout
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def set_checked(self, ids: list[int]) -> None:
        if list(ids) == self.checked:
            return
        self.checked = list(ids)
        self._checked = set(self.checked)
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
            return Qt.CheckState.Checked if rid in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return rid
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        rid = self.items[index.row()][0]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on and rid not in self._checked:
            self.checked.append(rid)
        elif not on and rid in self._checked:
            self.checked.remove(rid)
        else:
            return False
        self._checked = set(self.checked)
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
        # one line each: the view lays out 50,000 rows without asking each one's size (#21)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(tr("Recipients"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter)
        lay.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.model.toggled.connect(self.committed)

    def set_label(self, label: str) -> None:
        """Name the parts for a screen reader after the field's label."""
        self.setAccessibleName(label)
        self.view.setAccessibleName(label)
        self.filter.setAccessibleName(tr("Filter {0}").format(label))

    def refresh(self) -> None:
        self.model.set_items(self._items())

    def value(self) -> list[int]:
        return list(self.model.checked)

    def set_value(self, value: list[int]) -> None:
        self.refresh()
        self.model.set_checked(list(value or []))
