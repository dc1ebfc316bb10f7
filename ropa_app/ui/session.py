"""The open register as the GUI sees it: the store, its undo stack, and change notifications."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain import kinds
from ..store import RegisterStore
from .worker import ui_reads


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
        self._versions: dict[str, int] = {}  # kind key -> changes notified (what `choices` keeps its lists by)
        self._choices: dict[str, tuple[int, list[tuple[int, str]]]] = {}

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def notify(self, entity: str, record_id: int | None) -> None:
        self._versions[entity] = self._versions.get(entity, 0) + 1
        self.changed.emit(entity, record_id)

    def choices(self, kind: str) -> list[tuple[int, str]]:
        """(id, title) of every record of a kind, in its list's order: what a field linking to such records offers.
        Read once and kept until a change to that kind is notified, so that showing another record does not read
        the whole list again (an activity's recipients from 10,000 of them, #21); the same list object until then."""
        version = self._versions.get(kind, 0)
        kept = self._choices.get(kind)
        if kept is None or kept[0] != version:
            title = kinds.kind(kind).title
            with ui_reads():
                kept = self._choices[kind] = (version, [(s.id, title(s)) for s in self.store.repos[kind].summaries()])
        return kept[1]
