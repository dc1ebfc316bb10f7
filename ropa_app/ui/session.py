"""The open register as the GUI sees it: the store, its undo stack, and change notifications."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..store import RegisterStore


class RegisterSession(QObject):
    """Widgets get the session (never the main window). Every edit is a QUndoCommand pushed here."""

    # entity (a domain.kinds key), record id or None for "several"
    changed = Signal(str, object)
    # an export was kept as a snapshot in the register (store.snapshots): the Overview's "since the last export"
    exported = Signal()

    def __init__(self, store: RegisterStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undo_stack")

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def notify(self, entity: str, record_id: int | None) -> None:
        self.changed.emit(entity, record_id)
