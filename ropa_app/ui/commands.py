"""Undo commands: each one calls exactly one store operation in redo and one in undo.

They are generic over the kinds of record (`domain.kinds`): `AddRecord`, `EditRecord` and
`DeleteRecord` work through the store's repository of the record's kind (`store.repos[key]`), and a
change is announced for the kind and for every kind whose records point at it (a deleted recipient
leaves the activities that listed it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..domain import kinds
from .session import RegisterSession


def _referring(key: str) -> list[str]:
    """The kinds whose records point at records of kind `key` (they show its names or links)."""
    return [k.key for k in kinds.listed() if k.key != key and key in k.refers_to()]


class _StoreCommand(QUndoCommand):
    def __init__(self, session: RegisterSession, kind: str, text: str):
        super().__init__(text)
        self.session = session
        self.store = session.store
        self.kind = kind

    @property
    def repo(self):
        return self.store.repos[self.kind]

    def _notify(self, record_id: int | None, others: bool = False) -> None:
        self.session.notify(self.kind, record_id)
        if others:
            for key in _referring(self.kind):
                self.session.notify(key, None)


class EditRecord(_StoreCommand):
    """One change of a record: the record before and after."""

    def __init__(self, session: RegisterSession, old: Any, new: Any, text: str):
        super().__init__(session, kinds.kind_of(new).key, text)
        self.old, self.new = old, new

    def redo(self) -> None:
        self._save(self.new)

    def undo(self) -> None:
        self._save(self.old)

    def _save(self, record: Any) -> None:
        if kinds.kind_of(record).single:
            self.store.save_organisation(record)
            self._notify(1)
        else:
            self.repo.update(record)
            self._notify(record.id)


class AddRecord(_StoreCommand):
    """Add (new or duplicate). The id given by the first redo is kept for later redos."""

    def __init__(self, session: RegisterSession, record: Any, text: str):
        super().__init__(session, kinds.kind_of(record).key, text)
        self.record = record

    def redo(self) -> None:
        self.record = replace(self.record, id=self.repo.add(self.record))
        self._notify(self.record.id)

    def undo(self) -> None:
        self.repo.delete(self.record.id)
        self._notify(None, others=True)


class DeleteRecord(_StoreCommand):
    """Delete a record and whatever its repository deletes with it; undo puts all of it back."""

    def __init__(self, session: RegisterSession, kind: str, record_id: int, text: str):
        super().__init__(session, kind, text)
        self.record_id = record_id
        self.deleted: Any = None

    def redo(self) -> None:
        self.deleted = self.repo.delete(self.record_id)
        self._notify(None, others=True)

    def undo(self) -> None:
        self.repo.restore(self.deleted)
        self._notify(self.record_id, others=True)


class ImportRecords(QUndoCommand):
    """A whole import as one undoable step (one transaction each way).

    The import is applied before the command is pushed (so that a failure is reported and nothing
    lands on the stack); `result` is what that first apply returned."""

    def __init__(self, session: RegisterSession, plan, result, text: str):
        super().__init__(text)
        self.session = session
        self.store = session.store
        self.plan = plan
        self.result = result
        self._applied = True

    def redo(self) -> None:
        from ..store.importing import apply_plan

        if not self._applied:
            self.result = apply_plan(self.store, self.plan)
        self._applied = False
        self._notify()

    def undo(self) -> None:
        from ..store.importing import revert_import

        revert_import(self.store, self.plan, self.result)
        self._notify()

    def _notify(self) -> None:
        for k in kinds.top_level():
            self.session.notify(k.key, None)
