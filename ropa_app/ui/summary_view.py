"""The table view of a summary list (records, findings, transfers), and its delegate that paints each cell
with one Python call.

Qt's own delegate asks the model for about ten roles per cell (font, colours, alignment, check state,
icon, text, …), and each of those is a call from C++ into Python: on a full list that was half of the
time a repaint took, which is what the user waits for after every keystroke in the search box. The
summary models answer only text and an icon, so this delegate asks for exactly those, in one call.
Tooltips and accessibility still go through the model's `data()`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from .table_model import SummaryTableModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration


class SummaryDelegate(QStyledItemDelegate):
    def __init__(self, model: SummaryTableModel, proxy: QAbstractProxyModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._proxy = proxy

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        option.index = index
        source = self._proxy.mapToSource(index) if index.model() is self._proxy else index
        text, icon = self._model.cell(source.row(), source.column())
        if text:
            option.text = text
            option.features |= _HAS_DISPLAY
        if icon is not None:
            option.icon = icon
            option.decorationSize = icon.actualSize(option.decorationSize)
            option.features |= _HAS_DECORATION


def summary_table(parent: QWidget, object_name: str, accessible_name: str, proxy: QAbstractProxyModel,
                  model: SummaryTableModel | None = None, table_class: type[QTableView] = QTableView) -> QTableView:
    """A read-only table of whole rows over `proxy`, sortable by a click on a column, in the model's own
    order until then; with `model`, its cells are painted through `SummaryDelegate`."""
    table = table_class(parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(proxy)
    if model is not None:
        table.setItemDelegate(SummaryDelegate(model, proxy, table))
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # no sorting work until a click
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move from row to row
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    return table
