"""The read-only banner above the register's views: says that, and why, changes cannot be saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ..store import RegisterStore
from .i18n import store_text


class Banner(QFrame):
    """Hidden while the register is writable; shown with the store's `readonly_reason` otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readonly_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#readonly_banner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"
            "#readonly_banner QLabel { color: #3d3000; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("readonly_banner_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file and user names are never markup
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Read-only notice"))
        self.hide()

    def set_store(self, store: RegisterStore | None) -> None:
        if store is not None and store.readonly:
            self.show_message(store_text(store.readonly_reason) if store.readonly_reason  # (the store's words)
                              else self.tr("This register was opened read-only."))
        else:
            self.clear()

    def show_message(self, reason: str) -> None:
        self.label.setText(self.tr("Read-only — changes cannot be saved. {0}").format(reason))
        self.setToolTip(reason)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text()
