"""Paints the cells of a summary list with one Python call per cell.

Qt's own delegate asks the model for about ten roles per cell (font, colours, alignment, check state,
icon, text, …), and each of those is a call from C++ into Python: on a full list that was half of the
time a repaint took, which is what the user waits for after every keystroke in the search box. The
summary models answer only text and an icon, so this delegate asks for exactly those, in one call.
Tooltips and accessibility still go through the model's `data()`.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from .table_model import SummaryTableModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration


class SummaryDelegate(QStyledItemDelegate):
    def __init__(self, model: SummaryTableModel, proxy: QSortFilterProxyModel, parent=None):
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
