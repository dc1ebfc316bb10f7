"""The "Data flows" page: where personal data goes, activities → data → recipients → countries, drawn with Qt.

A thin renderer of `ropa_app.domain.dataflow.layout` (the PDF draws the same layout with reportlab,
export/dataflow.py): a QGraphicsScene of boxes and curves. Hover a box or a line for its details (its flows
light up); click an activity or a recipient to open it, a business function to show its activities, a
country to see only the flows to it. Zoom with Ctrl+wheel or +/−, 0 fits the page; Tab and the arrow keys
move between the boxes, Enter opens the one in focus (its details are the view's accessible description).
Above the picture: group the activities by business function and the data by kind, and the filters (a
country, a recipient, only flows out of the EEA, only flows with findings). The legend's words are the
export's (the same picture in the PDF says the same).

The second tab is a map of the destinations: a tile grid cartogram (`domain.dataflow.tile_grid`, one square per
country where its capital is, from GeoNames positions in resources/maps/), the countries reached coloured by
their worst flow and hatched where no valid mechanism covers it; clicking one shows only the flows to it.
Outlines of countries would need shapes and a data source to ship and keep; the squares say what matters
(which countries, how safe) at any size and draw in milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import dataflow, vocab
from ..domain.dataflow import DASHED_GROUPS, GROUP_COLOURS, SEVERITY_COLOURS, SPECIAL_MARK, FlowLayout, FlowView
from ..export import i18n as export_i18n
from . import i18n
from .finding_texts import severity_label
from .register_checks import RegisterChecks, checks_for, disconnect_quietly
from .session import RegisterSession

COLUMN_WIDTHS = (250.0, 210.0, 220.0, 170.0)
GAP = 130.0
ROW = 26.0
BOX = 20.0
GROUP_FROM = 40  # from this many activities (or data categories) they are grouped at first
READABLE_SCALE = 0.7  # "fit" shrinks the picture no further (8.5 pt type stays about 6 pt)


class NodeItem(QGraphicsRectItem):
    """A box of the picture: focusable, with its details as tool tip."""

    def __init__(self, node: dataflow.Node, text: str, tip: str, width: float):
        super().__init__(0, 0, width, BOX)
        self.node, self.text, self.tip = node, text, tip
        self.setToolTip(tip)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        fill = "#F5EEF8" if node.special else ("#FDF2E9" if node.third_country else "#F4F6F7")
        self.setBrush(QBrush(QColor(fill)))
        if node.severity in ("error", "warning"):
            self.setPen(QPen(QColor(SEVERITY_COLOURS[node.severity]), 2.2))
        else:
            self.setPen(QPen(QColor("#AAB7B8"), 0.8))
        label = QGraphicsSimpleTextItem(self)
        font = QFont()
        font.setPointSizeF(8.5)
        font.setBold(node.third_country)
        label.setFont(font)
        label.setText(QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width - 8))
        if node.special:
            label.setBrush(QBrush(QColor(dataflow.SPECIAL_COLOUR)))
        label.setPos(4, (BOX - QFontMetricsF(font).height()) / 2)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if view is not None:
            view.highlight(self.node.key)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if view is not None:
            view.highlight(None)
        super().hoverLeaveEvent(event)

    def paint(self, painter, option, widget=None) -> None:
        super().paint(painter, option, widget)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1F618D"), 2, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(-3, -3, 3, 3))

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.update()
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if view is not None:
            view.focused(self)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.update()


class FlowGraphicsView(QGraphicsView):
    """The picture: zoom, pan, keyboard moves between boxes; emits the box clicked or chosen with Enter."""

    activated = Signal(object)  # a NodeItem
    focus_changed = Signal(object)  # a NodeItem

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items_by_key: dict[str, NodeItem] = {}
        self.order: list[NodeItem] = []  # column by column, top to bottom: the keyboard's order
        self.edges: list[tuple[QGraphicsPathItem, str, str]] = []
        self.flow: FlowLayout | None = None
        self._press: QPointF | None = None

    def highlight(self, key: str | None) -> None:
        """Show a box's paths at full strength and fade the others (None: all as they are)."""
        near = dataflow.neighbourhood(self.flow, key) if key is not None and self.flow is not None else None
        for item, source, target in self.edges:
            item.setOpacity(1.0 if near is None or (source in near and target in near) else 0.12)

    def focused(self, item: NodeItem) -> None:
        self.ensureVisible(item, 40, 40)
        self.highlight(item.node.key)
        self.focus_changed.emit(item)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(0.1 / current, min(factor, 4.0 / current))
        self.scale(factor, factor)

    def fit(self) -> None:
        """The whole picture in the window when its words stay readable there; else as wide as the window (at
        most its own size), from the top, the rest a scroll away."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect()
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        bar = self.verticalScrollBar()
        room = viewport.width() - (0 if bar.isVisible() else bar.sizeHint().width())  # the bar scrolling will need
        scale = whole if whole >= READABLE_SCALE else min(room / rect.width(), 1.0)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center().x(), rect.top() + viewport.height() / scale / 2)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        moved = self._press is not None and (event.position() - self._press).manhattanLength() > 4
        if event.button() == Qt.MouseButton.LeftButton and not moved:
            item = self.node_at(event.position().toPoint())
            if item is not None:
                item.setFocus()
                self.activated.emit(item)

    def node_at(self, point) -> NodeItem | None:
        item = self.itemAt(point)
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        return item

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        current = self.scene().focusItem()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and isinstance(current, NodeItem):
            self.activated.emit(current)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Right) and self.order:
            self._move(current if isinstance(current, NodeItem) else None, key)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move(self, current: NodeItem | None, key) -> None:
        if current is None:
            self.order[0].setFocus()
            return
        n = current.node
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            i = self.order.index(current) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= i < len(self.order):
                self.order[i].setFocus()
            return
        column = n.column + (1 if key == Qt.Key.Key_Right else -1)
        others = [it for it in self.order if it.node.column == column]
        if others:  # the nearest box of the next column
            min(others, key=lambda it: abs(it.node.y - n.y)).setFocus()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab moves between the boxes; from the last (or the first, backwards) it leaves the picture."""
        current = self.scene().focusItem()
        if self.order and isinstance(current, NodeItem):
            i = self.order.index(current) + (1 if forward else -1)
            if 0 <= i < len(self.order):
                self.order[i].setFocus()
                return True
        elif self.order and self.hasFocus():
            self.order[0 if forward else -1].setFocus()
            return True
        return super().focusNextPrevChild(forward)


def build_scene(scene: QGraphicsScene, flow: FlowLayout, texts: dict[str, str], tips: dict[str, str],
                edge_tips: dict[int, str]) -> tuple[dict[str, NodeItem], list[tuple[QGraphicsPathItem, str, str]]]:
    """Fill the scene with the layout's boxes and curves; the boxes by key, and the curves with their ends."""
    scene.clear()
    lefts = []
    x = 0.0
    for width in COLUMN_WIDTHS:
        lefts.append(x)
        x += width + GAP
    height = max(flow.rows, 1) * ROW

    def centre(node: dataflow.Node) -> float:
        return node.y * height

    edges = []
    data_pen = QPen(QColor(dataflow.DATA_FLOW_COLOUR), 0.8)
    pens: dict[str, QPen] = {}
    for group, colour in GROUP_COLOURS.items():
        pen = QPen(QColor(colour), 1.2 if group == "eea" else 2.2)
        if group in DASHED_GROUPS:
            pen.setStyle(Qt.PenStyle.DashLine)
        pens[group] = pen
    for e in sorted(flow.edges, key=lambda e: (bool(e.group), e.severity == "error")):
        s, t = flow.nodes[e.source], flow.nodes[e.target]
        x0, y0 = lefts[s.column] + COLUMN_WIDTHS[s.column], centre(s)
        x1, y1 = lefts[t.column], centre(t)
        bend = (x1 - x0) * 0.5 if t.column == s.column + 1 else GAP * 0.8
        path = QPainterPath(QPointF(x0, y0))
        path.cubicTo(QPointF(x0 + bend, y0), QPointF(x1 - bend, y1), QPointF(x1, y1))
        item = scene.addPath(path, pens[e.group] if e.group else data_pen)
        item.setZValue(1 if e.group else 0)
        if e.group:
            item.setToolTip(edge_tips.get(id(e), ""))
        if e.severity in ("error", "warning"):
            dot = scene.addEllipse(x1 - 9, y1 - 4, 8, 8, QPen(Qt.PenStyle.NoPen),
                                   QBrush(QColor(SEVERITY_COLOURS[e.severity])))
            dot.setZValue(2)
            dot.setToolTip(edge_tips.get(id(e), ""))
        edges.append((item, e.source, e.target))
    items = {}
    for column in flow.columns:
        for n in column:
            item = NodeItem(n, texts[n.key], tips[n.key], COLUMN_WIDTHS[n.column])
            item.setPos(lefts[n.column], centre(n) - BOX / 2)
            item.setZValue(3)
            scene.addItem(item)
            items[n.key] = item
    return items, edges


TILE = 22.0  # a country's square on the map, in scene units


class TileItem(QGraphicsRectItem):
    """A country's square on the map of destinations: clicked, it shows only the flows to that country."""

    def __init__(self, tile: dataflow.Tile, tip: str):
        super().__init__(0, 0, TILE - 2, TILE - 2)
        self.tile = tile
        self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        colour = QColor(GROUP_COLOURS[tile.group])
        self.setBrush(QBrush(colour))
        if tile.severity in ("error", "warning"):
            self.setPen(QPen(QColor(SEVERITY_COLOURS[tile.severity]), 3))
        else:
            self.setPen(QPen(QColor("#566573"), 1))
        if tile.group in DASHED_GROUPS:  # hatched: not the colour alone says "no valid mechanism"
            hatch = QGraphicsRectItem(0, 0, TILE - 2, TILE - 2, self)
            hatch.setBrush(QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern))
            hatch.setPen(QPen(Qt.PenStyle.NoPen))
        label = QGraphicsSimpleTextItem(tile.code[:3].upper(), self)
        font = QFont()
        font.setPointSizeF(6.5)
        font.setBold(True)
        label.setFont(font)
        label.setBrush(QBrush(QColor("black" if tile.group in ("eea", "dpf", "derogation") else "white")))
        metrics = QFontMetricsF(font)
        label.setPos((TILE - 2 - metrics.horizontalAdvance(label.text())) / 2, (TILE - 2 - metrics.height()) / 2)


class MapView(QGraphicsView):
    """The map of destinations: a tile grid of the world (domain.dataflow.tile_grid), the countries the data
    go to in the colour of their worst flow; emits the country clicked."""

    country_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.tiles: dict[str, TileItem] = {}

    def draw(self, flow: FlowLayout, tip) -> None:  # noqa: ANN001 - tip: Tile -> its tool tip
        scene = self.scene()
        scene.clear()
        reached, others = dataflow.destination_tiles(flow)
        grey = QBrush(QColor("#E5E8E8"))
        for t in others:
            scene.addRect(t.column * TILE, t.row * TILE, TILE - 2, TILE - 2, QPen(Qt.PenStyle.NoPen), grey)
        self.tiles = {}
        for t in reached:
            item = TileItem(t, tip(t))
            item.setPos(t.column * TILE, t.row * TILE)
            scene.addItem(item)
            self.tiles[t.code] = item
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, TileItem):
            item = item.parentItem()
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.country_clicked.emit(item.tile.code)


class DataflowView(QWidget):
    # record kind (a domain.kinds key), record id, field key ("" for none)
    open_record = Signal(str, int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dataflow_page")
        self.session: RegisterSession | None = None
        self.checks: RegisterChecks | None = None
        self._stale = False  # the register changed while the page was hidden: laid out when next shown
        self.flow: FlowLayout | None = None
        self._defaults_for: int | None = None  # the register size the grouping was last chosen for

        self.summary = QLabel(self)
        self.summary.setObjectName("dataflow_summary")
        self.summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary.setWordWrap(True)
        self.group_activities = self._check(
            "dataflow_group_activities", self.tr("Group activities by business function"))
        self.group_data = self._check("dataflow_group_data", self.tr("Group data by kind"))
        self.outside_eea = self._check("dataflow_outside_eea", self.tr("Only transfers out of the EEA"))
        self.findings_only = self._check("dataflow_findings_only", self.tr("Only flows with findings"))
        self.country = QComboBox(self)
        self.country.setObjectName("dataflow_country")
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country.setMinimumContentsLength(12)
        self.country.setAccessibleName(self.tr("Show the flows to a country"))
        self.country.currentIndexChanged.connect(lambda _i: self.refresh())
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("dataflow_recipient")
        self.recipient.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipient.setMinimumContentsLength(12)
        self.recipient.setAccessibleName(self.tr("Show the flows through a recipient"))
        self.recipient.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reset_button = QPushButton(self.tr("Show all"), self)
        self.reset_button.setObjectName("dataflow_reset")
        self.reset_button.setAccessibleName(self.tr("Clear the filters"))
        self.reset_button.clicked.connect(self.clear_filters)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setObjectName("dataflow_fit")
        self.fit_button.setAccessibleName(self.tr("Fit the picture to the window"))
        self.fit_button.setToolTip(self.tr("Fit the picture to the window (0); zoom with Ctrl+wheel or + and −"))

        self.view = FlowGraphicsView(self)
        self.view.setObjectName("dataflow_view")
        self.view.setAccessibleName(self.tr("Data flows"))
        self.view.activated.connect(self.activate)
        self.view.focus_changed.connect(lambda item: self.view.setAccessibleDescription(item.tip))
        self.fit_button.clicked.connect(self.view.fit)
        self.map = MapView(self)
        self.map.setObjectName("dataflow_map")
        self.map.setAccessibleName(self.tr("Map of the countries the data go to"))
        self.map.country_clicked.connect(self.show_country)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dataflow_tabs")
        self.tabs.addTab(self.view, self.tr("Flows"))
        self.tabs.addTab(self.map, self.tr("Map of destinations"))
        self.legend = QLabel(self)
        self.legend.setObjectName("dataflow_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        hint = QLabel(self.tr("Click an activity or a recipient to open it, a country to see only the flows to it; "
                              "hover a box or a line for its details."), self)
        hint.setObjectName("dataflow_hint")
        hint.setStyleSheet("color: gray;")
        hint.setWordWrap(True)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.view.zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.view.zoom(0.8))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        filters = QGridLayout()  # two by two: the page fits a laptop screen beside the navigation
        for i, w in enumerate((self.group_activities, self.group_data, self.outside_eea, self.findings_only)):
            filters.addWidget(w, i % 2, i // 2)
        filters.setColumnStretch(2, 1)
        picks = QHBoxLayout()
        picks.addWidget(self.country, 1)
        picks.addWidget(self.recipient, 1)
        picks.addWidget(self.reset_button)
        picks.addWidget(self.fit_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addLayout(picks)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.legend)
        lay.addWidget(hint)
        self._fill_picks()

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.toggled.connect(lambda _on: self.refresh())
        return box

    # --- the register -------------------------------------------------------------------------------
    def set_session(self, session: RegisterSession | None) -> None:
        if self.checks is not None:
            disconnect_quietly(self.checks.updated, self.reload)
        self.session = session
        self.checks = checks_for(session) if session is not None else None
        self._defaults_for = None
        if self.checks is not None:
            self.checks.updated.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """The register changed: the pick lists and the picture anew (the filters kept where they still apply).
        While the page is hidden this waits until it is shown (the window's first paint does not lay it out)."""
        self._stale = self.checks is not None and not self.isVisible()
        if self._stale:
            return
        self._fill_picks()
        register = self.checks.register if self.checks is not None else None
        if register is not None and self._defaults_for != len(register.activities):
            self._defaults_for = len(register.activities)
            names = {" ".join(dc.name.split()).casefold() for a in register.activities for dc in a.data_categories}
            big = len(register.activities) > GROUP_FROM
            for box, on in ((self.group_activities, big), (self.group_data, big or len(names) > GROUP_FROM * 3 // 4)):
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)
        self.refresh()
        self.view.fit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _fill_picks(self) -> None:
        register = self.checks.register if self.checks is not None else None
        keep_country, keep_recipient = self.country.currentData(), self.recipient.currentData()
        for combo in (self.country, self.recipient):
            combo.blockSignals(True)
            combo.clear()
        self.country.addItem(self.tr("All countries"), "")
        self.recipient.addItem(self.tr("All recipients"), None)
        if register is not None:
            codes = set()
            for r in register.recipients:
                places = [*r.processing_countries, r.country, *(t.country for t in r.transfers)]
                codes |= {c.strip().upper() for c in places if c.strip()}
            for a in register.activities:
                codes |= {t.country.strip().upper() for t in a.transfers if t.country.strip()}
            for code, text in sorted(((c, i18n.country(c)) for c in codes), key=lambda p: p[1].casefold()):
                self.country.addItem(text, code)
            for r in sorted(register.recipients, key=lambda r: r.name.casefold()):
                self.recipient.addItem(r.name, r.id)
        self.country.setCurrentIndex(max(self.country.findData(keep_country), 0))
        self.recipient.setCurrentIndex(max(self.recipient.findData(keep_recipient), 0) if keep_recipient else 0)
        for combo in (self.country, self.recipient):
            combo.blockSignals(False)

    def flow_view(self) -> FlowView:
        rid = self.recipient.currentData()
        return FlowView(group_by_function=self.group_activities.isChecked(), group_data=self.group_data.isChecked(),
                        country=self.country.currentData() or "",
                        recipient_ids=frozenset({rid}) if rid is not None else None,
                        outside_eea=self.outside_eea.isChecked(), findings_only=self.findings_only.isChecked())

    def refresh(self) -> None:
        """Lay the picture out again for the register and the view's choices, and draw it."""
        if self.checks is None:
            self.flow = None
            self.view.scene().clear()
            self.view.items_by_key, self.view.order, self.view.edges, self.view.flow = {}, [], [], None
            self.summary.setText("")
            self.legend.setText("")
            return
        c = self.checks
        self.flow = dataflow.layout(c.register, c.law, c.findings, self.flow_view())
        self.draw()

    def draw(self) -> None:
        flow = self.flow
        texts = {key: self.node_text(n) for key, n in flow.nodes.items()}
        tips = {key: self.node_tip(n, texts[key]) for key, n in flow.nodes.items()}
        edge_tips = {id(e): self.edge_tip(e, texts) for e in flow.edges if e.group}
        items, edges = build_scene(self.view.scene(), flow, texts, tips, edge_tips)
        self.view.flow, self.view.items_by_key, self.view.edges = flow, items, edges
        self.view.order = [items[n.key] for column in flow.columns for n in column]
        self._heading_items()
        self.view.scene().setSceneRect(self.view.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.map.draw(flow, self.tile_tip)
        self._show_summary()
        self._show_legend()

    def _heading_items(self) -> None:
        words = export_i18n.Translator(i18n.current())
        keys = ("dataflow.column.activity", "dataflow.column.data", "dataflow.column.recipient",
                "dataflow.column.country")
        x = 0.0
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(10)
        for key, width in zip(keys, COLUMN_WIDTHS):
            item = self.view.scene().addSimpleText(words(key), font)
            item.setPos(x, -ROW * 1.4)
            x += width + GAP

    # --- words ---------------------------------------------------------------------------------------
    def node_text(self, n: dataflow.Node) -> str:
        if n.column == dataflow.COUNTRY:
            text = i18n.country(n.code)
        elif n.column == dataflow.DATA and not n.label:
            text = i18n.term(vocab.SPECIAL_CATEGORIES, n.special or "none")
        elif n.key.startswith("function:"):
            no_function = export_i18n.Translator(i18n.current())("dataflow.no_function")
            text = f"{n.label or no_function} ({len(n.members)})"
        else:
            text = n.label
        return f"{SPECIAL_MARK} {text}" if n.special else text

    def node_tip(self, n: dataflow.Node, text: str) -> str:
        lines = [text]
        if n.special:
            lines.append(i18n.term(vocab.SPECIAL_CATEGORIES, n.special))
        if n.names:
            lines.append(", ".join(n.names[:12]) + (" …" if len(n.names) > 12 else ""))
        if n.column == dataflow.COUNTRY:
            lines.append(self.tr("Outside the EEA") if n.third_country else self.tr("In the EEA"))
        if n.column != dataflow.ACTIVITY or n.members:
            lines.append(self.tr("Activities: {0}").format(n.activities or len(n.members)))
        if n.severity:
            lines.append(self.tr("Worst finding: {0}").format(severity_label(n.severity)))
        if n.record_kind:
            lines.append(self.tr("Click to open it."))
        elif n.key.startswith("function:"):
            lines.append(self.tr("Click to show its activities one by one."))
        elif n.column == dataflow.COUNTRY:
            lines.append(self.tr("Click to show only the flows to this country."))
        return "\n".join(lines)

    def edge_tip(self, e: dataflow.Edge, texts: dict[str, str]) -> str:
        words = export_i18n.Translator(i18n.current())
        lines = [f"{texts[e.source]} → {texts[e.target]}", words(f"dataflow.group.{e.group}")]
        lines += [i18n.term(vocab.TRANSFER_MECHANISMS, m) for m in e.mechanisms if m and m in vocab.TRANSFER_MECHANISMS
                  and e.group not in ("eea",)]
        if e.severity:
            lines.append(self.tr("Worst finding: {0}").format(severity_label(e.severity)))
        return "\n".join(dict.fromkeys(lines))

    def tile_tip(self, t: dataflow.Tile) -> str:
        words = export_i18n.Translator(i18n.current())
        lines = [i18n.country(t.code), words(f"dataflow.group.{t.group}")]
        if t.severity:
            lines.append(self.tr("Worst finding: {0}").format(severity_label(t.severity)))
        lines.append(self.tr("Click to show only the flows to this country."))
        return "\n".join(lines)

    def _show_summary(self) -> None:
        flow = self.flow
        columns = [len(c) for c in flow.columns]
        third = sum(1 for n in flow.columns[dataflow.COUNTRY] if n.third_country)
        self.summary.setText(self.tr(
            "Activities: {0} · recipients: {1} · countries: {2}, of which outside the EEA: {3}").format(
            sum(max(len(n.members), 1) for n in flow.columns[dataflow.ACTIVITY]), columns[dataflow.RECIPIENT],
            columns[dataflow.COUNTRY], third))

    def _show_legend(self) -> None:
        words = export_i18n.Translator(i18n.current())
        present = {e.group for e in self.flow.edges if e.group}
        parts = []
        for group in dataflow.MECHANISM_GROUPS:
            if group in present:
                line = "╍╍╍" if group in DASHED_GROUPS else "━━━"
                parts.append(f'<span style="color:{GROUP_COLOURS[group]}; font-weight:bold">{line}</span>&nbsp;'
                             f"{words(f'dataflow.group.{group}')}")
        parts.append(f'<span style="color:{dataflow.SPECIAL_COLOUR}">'
                     f"{words('dataflow.legend.special', mark=SPECIAL_MARK)}</span>")
        for severity in ("error", "warning"):
            parts.append(f'<span style="color:{SEVERITY_COLOURS[severity]}; font-weight:bold">▢ ●</span>&nbsp;'
                         f"{severity_label(severity)}")
        parts.append(f'<span style="background:#FDF2E9"><b>{words("dataflow.legend.third")}</b></span>')
        self.legend.setText(" &nbsp;&nbsp; ".join(parts))

    # --- what a click does ---------------------------------------------------------------------------
    def activate(self, item: NodeItem) -> None:
        n = item.node
        if n.record_kind and n.record_id is not None:
            self.open_record.emit(n.record_kind, n.record_id, "")
        elif n.key.startswith("function:"):
            self.group_activities.setChecked(False)
            first = self.view.items_by_key.get(f"activity:{n.members[0]}") if n.members else None
            if first is not None:
                self.view.centerOn(first)
                first.setFocus()
        elif n.column == dataflow.COUNTRY:
            self.show_country(n.code)

    def show_country(self, code: str) -> None:
        """Only the flows to one country, in the flow diagram."""
        self.country.setCurrentIndex(max(self.country.findData(code), 0))
        self.tabs.setCurrentWidget(self.view)

    def clear_filters(self) -> None:
        for box in (self.outside_eea, self.findings_only):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        for combo in (self.country, self.recipient):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()
        self.view.fit()

    def node_item(self, key: str) -> NodeItem | None:
        return self.view.items_by_key.get(key)
