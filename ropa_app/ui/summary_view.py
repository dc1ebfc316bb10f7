"""The table view of a summary list (records, findings, transfers), and its delegate that paints each cell
with one Python call.

Qt's own delegate asks the model for about ten roles per cell (font, colours, alignment, check state,
icon, text, …), and each of those is a call from C++ into Python: on a full list that was half of the
time a repaint took, which is what the user waits for after every keystroke in the search box. The
summary models answer only text and an icon, so this delegate asks for exactly those, in one call.
Tooltips and accessibility still go through the model's `data()`.

It also draws a cell's text itself, the way the style does it, from a kept layout. The style lays out a cell's whole
text about six times a paint (to place the icon and the text, to find where to elide, then the text drawn): ~75 % of
a repaint of the Checks view (long messages), the same at any size of the list (#21). Here the text is elided once
per text and width by the style's own rule (`QFontMetrics.elidedText`, what the style calls), laid out once, kept,
and drawn by `QTextLine.draw` in the style's own text rectangle (`SE_ItemViewItemText`, asked once per cell size);
the style draws the rest of the cell (background, selection, icon, focus). A cell the style would draw otherwise
(wrapped, several lines, another alignment or elision, right to left) is left to the style.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractProxyModel, QIdentityProxyModel, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget,
)

from .table_model import SummaryTableModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
# Read per cell, so as plain ints where they are flags (an operation on a flag enum is ~1 us in Python)
_WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText.value
_DECORATED = _HAS_DECORATION.value
_LTR = Qt.LayoutDirection.LeftToRight
_PLAIN_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_LINE_BREAK = re.compile("[\n\r\u2028\u2029]")
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_FOCUS_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText
_NORMAL, _INACTIVE, _DISABLED = (QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive,
                                 QPalette.ColorGroup.Disabled)
_TEXT, _HIGHLIGHTED = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText


def _one_line(text: str) -> bool:
    return _LINE_BREAK.search(text) is None


class CellText:
    """A cell's text as the style draws it in a box `width` wide: elided by the style's rule, laid out once."""

    __slots__ = ("height", "layout", "line", "shown")

    def __init__(self, text: str, font: QFont, width: int):
        self.shown = QFontMetrics(font).elidedText(text, _ELIDE_RIGHT, width)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.ManualWrap)
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.layout = QTextLayout(self.shown, font)
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)  # the shaped glyphs are kept for the next paint
        self.layout.beginLayout()
        self.line = self.layout.createLine()
        self.line.setLineWidth(width)
        self.line.setPosition(QPointF(0, 0))
        self.layout.endLayout()
        self.height = int(self.line.height())


class SummaryDelegate(QStyledItemDelegate):
    # Cells' laid-out texts kept (text, width) -> CellText: a screen of rows and a few more (emptied when full).
    TEXTS_KEPT = 1024

    def __init__(self, model: SummaryTableModel, parent=None):
        super().__init__(parent)
        self._model = model  # (behind an identity proxy: a row of the table is the model's row, `summary_table`)
        self._texts: dict[tuple[str, int], CellText] = {}
        self._font: QFont | None = None  # the font of the kept texts
        self._style: QStyle | None = None
        self._margin = 0  # the style's margin either side of a cell's text
        # (cell width, height, features, icon width) -> the text's box in the cell (x, y offsets, width, height)
        self._places: dict[tuple[int, int, int, int], tuple[int, int, int, int]] = {}

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        """The cell: the style draws its background, selection, icon and focus, and here its text (see above)."""
        text = self.initStyleOption(option, index, with_text=False)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        features = option.features.value
        if (text and (features & _WRAP or option.direction != _LTR or option.displayAlignment != _PLAIN_ALIGNMENT
                      or option.textElideMode != _ELIDE_RIGHT or not option.showDecorationSelected
                      or not _one_line(text))):  # (a text rectangle of the text's own width when not selected whole)
            option.text = text  # as the style draws it: its text in full
            option.features |= _HAS_DISPLAY
            text = ""
        style.drawControl(_ITEM, option, painter, widget)
        if not text:
            return
        # Where the style draws the text: its text rectangle (asked once per cell size and features), less the
        # text's margins
        rect = option.rect
        x, y, w, h = rect.getRect()
        if style is not self._style:
            self._style, self._places = style, {}
            self._margin = style.pixelMetric(_FOCUS_MARGIN, None, widget) + 1
        place_key = (w, h, features, option.decorationSize.width() if features & _DECORATED else 0)
        place = self._places.get(place_key)
        if place is None:
            probe = QStyleOptionViewItem(option)
            probe.text = text
            probe.features |= _HAS_DISPLAY
            box = style.subElementRect(_TEXT_RECT, probe, widget)
            place = self._places[place_key] = (box.x() - x + self._margin, box.y() - y,
                                               box.width() - 2 * self._margin, box.height())
        dx, dy, width, h = place
        left, y = x + dx, y + dy
        if width <= 0:
            return
        font = option.font
        if font != self._font:
            self._texts, self._font = {}, QFont(font)
        key = (text, width)
        laid = self._texts.get(key)
        if laid is None:
            if len(self._texts) >= self.TEXTS_KEPT:
                self._texts.clear()
            laid = self._texts[key] = CellText(text, self._font, width)
        state = option.state.value
        if not state & _ENABLED:
            group = _DISABLED
        else:
            group = _NORMAL if state & _ACTIVE else _INACTIVE
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(option.palette.color(group, _HIGHLIGHTED if state & _SELECTED else _TEXT))
        laid.line.draw(painter, QPointF(left, y + int((h - laid.height) / 2)))  # as QStyle.alignedRect centres it
        painter.restore()

    def initStyleOption(self, option: QStyleOptionViewItem, index, with_text: bool = True) -> str:  # noqa: N802
        """The cell's option (sizes, the style's own paint); its text is returned, and set only `with_text`."""
        option.index = index
        text, icon = self._model.cell(index.row(), index.column())
        if text and with_text:
            option.text = text
            option.features |= _HAS_DISPLAY
        if icon is not None:
            option.icon = icon
            option.decorationSize = icon.actualSize(option.decorationSize)
            option.features |= _HAS_DECORATION
        return text


def summary_table(parent: QWidget, object_name: str, accessible_name: str, proxy: QAbstractProxyModel,
                  model: SummaryTableModel | None = None, table_class: type[QTableView] = QTableView) -> QTableView:
    """A read-only table of whole rows over `proxy`, sortable by a click on a column, in the model's own
    order until then; with `model` (behind `proxy`, an identity proxy: the model filters and sorts itself), its cells
    are painted through `SummaryDelegate`."""
    table = table_class(parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(proxy)
    if model is not None:
        assert isinstance(proxy, QIdentityProxyModel), "the delegate reads the model's rows as the table's"
        table.setItemDelegate(SummaryDelegate(model, table))
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
