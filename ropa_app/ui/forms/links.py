"""A column of a records table whose value is a list of names taken from another list of the same
record (a data category's data subjects, among the activity's data-subject categories).

`NameLinks` says where the names come from and how to talk about them; `NamesPopup` is the cell's
editor: a checkable list in a popup below the cell. What the user ticks is saved when the popup
closes (Done, Enter, or a click elsewhere); Escape leaves the cell as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.dataclass import dataclass


def tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


@dataclass
class NameLinks:
    """Where a names column draws its names from, and its texts (translated by the caller)."""

    names: Callable[[], list[str]]  # the names one can link to now, in their order
    title: str  # the popup's question; {0} is the row's name
    untitled: str  # the question when the row has no name yet
    empty: str  # shown in the popup when there are no names to link to
    missing: str  # a linked name that is not among `names`; {0} is the name
    missing_tip: str  # tool tip over such links; {0} is the list of them
    accessible: str  # the popup's accessible name; {0} is the row's name
    header_tip: str = ""

    def available(self) -> list[str]:
        return list(self.names() or [])

    def shown(self, name: str, known: list[str]) -> str:
        return name if name in known else self.missing.format(name)


class NamesPopup(QFrame):
    """Check boxes for the names one can link to (and for linked names no longer among them)."""

    finished = Signal()  # the user is done: save what is ticked, close

    def __init__(self, key: str, links: NameLinks, row_name: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.key = key
        self.links = links
        self.setObjectName(f"{key}_editor")
        self.setAccessibleName(links.accessible.format(row_name) if row_name else links.untitled)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.boxes: dict[str, QCheckBox] = {}
        self.cancelled = False
        self._closed = False
        self._filled = False

        self.title = QLabel(links.title.format(row_name) if row_name else links.untitled, self)
        self.title.setObjectName(f"{key}_question")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.empty_hint = QLabel(links.empty, self)
        self.empty_hint.setObjectName(f"{key}_empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setVisible(False)
        self.box_area = QWidget(self)
        self.box_layout = QVBoxLayout(self.box_area)
        self.box_layout.setContentsMargins(0, 0, 0, 0)
        self.box_layout.setSpacing(2)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName(f"{key}_choices")
        self.scroll.setAccessibleName(tr("Choices"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.box_area)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from box to box, then to Done
        self.done_button = QPushButton(tr("Done"), self)
        self.done_button.setObjectName(f"{key}_done")
        self.done_button.setAccessibleName(tr("Done: save the ticks and close"))
        self.done_button.setToolTip(tr("Save the ticks and close (Enter). Escape closes without saving."))
        self.done_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self.title)
        lay.addWidget(self.empty_hint)
        lay.addWidget(self.scroll, 1)
        lay.addLayout(buttons)
        self.setFocusProxy(self.done_button)

    # --- value ---------------------------------------------------------------------------------
    def set_value(self, linked: list[str]) -> None:
        """Build the check boxes (once: the cell is not re-read while the user is ticking)."""
        if self._filled:
            return
        self._filled = True
        known = self.links.available()
        linked = list(linked or [])
        for name in known + [n for n in linked if n not in known]:
            if name in self.boxes:
                continue
            box = QCheckBox(self.links.shown(name, known), self.box_area)
            box.setObjectName(f"{self.key}:{name}")
            box.setAccessibleName(box.text())
            if name not in known:
                box.setToolTip(self.links.missing_tip.format(name))
            box.setChecked(name in linked)
            self.box_layout.addWidget(box)
            self.boxes[name] = box
        self.box_layout.addStretch(1)
        self.empty_hint.setVisible(not known)
        # Room for about ten names without scrolling; more scroll.
        self.scroll.setMinimumHeight(min(self.box_area.sizeHint().height(), 260))
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))
        self.scroll.setVisible(bool(self.boxes))

    def value(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab: the boxes top to bottom, then Done, then round again (the boxes are made after Done, so
        Qt's own order would skip it)."""
        chain = [*self.boxes.values(), self.done_button]
        current = QApplication.focusWidget()
        if current not in chain:
            return super().focusNextPrevChild(next)
        chain[(chain.index(current) + (1 if next else -1)) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    # --- placing and closing -------------------------------------------------------------------
    def place_below(self, cell: QRect, anchor: QWidget) -> None:
        """Open below the cell (above it when there is no room below), at least as wide as the cell."""
        hint = self.sizeHint()
        size = QSize(max(cell.width(), hint.width(), 360), max(hint.height(), 120))
        pos = anchor.mapToGlobal(cell.bottomLeft() + QPoint(0, 1))
        screen = QGuiApplication.screenAt(pos) or anchor.screen()
        if screen is not None:
            area = screen.availableGeometry()
            if pos.y() + size.height() > area.bottom():
                above = anchor.mapToGlobal(cell.topLeft()).y() - size.height() - 1
                if above >= area.top():
                    pos.setY(above)
            pos.setX(max(area.left(), min(pos.x(), area.right() - size.width())))
        self.setGeometry(QRect(pos, size))

    def finish(self) -> None:
        if not self._closed:
            self._closed = True
            self.finished.emit()

    def cancel(self) -> None:
        self.cancelled = True
        self._closed = True

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # A click elsewhere closes the popup: that saves the ticks, as leaving a text cell does. (The
        # item view's delegate normally does it first; then this finds the editor closed already.)
        super().hideEvent(event)
        self.finish()
