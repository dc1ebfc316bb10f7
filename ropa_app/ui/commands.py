"""Undo commands: each one calls exactly one store operation in redo and one in undo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from ..domain import model
from .session import RegisterSession


class _StoreCommand(QUndoCommand):
    entity = ""

    def __init__(self, session: RegisterSession, text: str):
        super().__init__(text)
        self.session = session
        self.store = session.store


class EditActivity(_StoreCommand):
    def __init__(self, session: RegisterSession, old: model.Activity, new: model.Activity, text: str):
        super().__init__(session, text)
        self.old, self.new = old, new

    def redo(self) -> None:
        self.store.activities.update(self.new)
        self.session.notify("activity", self.new.id)

    def undo(self) -> None:
        self.store.activities.update(self.old)
        self.session.notify("activity", self.old.id)


class AddActivity(_StoreCommand):
    """Add (new or duplicate). The id given by the first redo is kept for later redos."""

    def __init__(self, session: RegisterSession, activity: model.Activity, text: str):
        super().__init__(session, text)
        self.activity = activity

    def redo(self) -> None:
        self.activity = replace(self.activity, id=self.store.activities.add(self.activity))
        self.session.notify("activity", self.activity.id)

    def undo(self) -> None:
        self.store.activities.delete(self.activity.id)
        self.session.notify("activity", None)


class DeleteActivity(_StoreCommand):
    def __init__(self, session: RegisterSession, activity_id: int, text: str):
        super().__init__(session, text)
        self.activity_id = activity_id
        self.deleted: model.Activity | None = None

    def redo(self) -> None:
        self.deleted = self.store.activities.delete(self.activity_id)
        self.session.notify("activity", None)

    def undo(self) -> None:
        self.store.activities.add(self.deleted)
        self.session.notify("activity", self.activity_id)


class EditRecipient(_StoreCommand):
    def __init__(self, session: RegisterSession, old: model.Recipient, new: model.Recipient, text: str):
        super().__init__(session, text)
        self.old, self.new = old, new

    def redo(self) -> None:
        self.store.recipients.update(self.new)
        self.session.notify("recipient", self.new.id)

    def undo(self) -> None:
        self.store.recipients.update(self.old)
        self.session.notify("recipient", self.old.id)


class AddRecipient(_StoreCommand):
    def __init__(self, session: RegisterSession, recipient: model.Recipient, text: str):
        super().__init__(session, text)
        self.recipient = recipient

    def redo(self) -> None:
        self.recipient = replace(self.recipient, id=self.store.recipients.add(self.recipient))
        self.session.notify("recipient", self.recipient.id)

    def undo(self) -> None:
        self.store.recipients.delete(self.recipient.id)
        self.session.notify("recipient", None)


class DeleteRecipient(_StoreCommand):
    def __init__(self, session: RegisterSession, recipient_id: int, text: str):
        super().__init__(session, text)
        self.recipient_id = recipient_id
        self.deleted = None

    def redo(self) -> None:
        self.deleted = self.store.recipients.delete(self.recipient_id)
        self.session.notify("recipient", None)
        self.session.notify("activity", None)  # links to it are gone

    def undo(self) -> None:
        self.store.recipients.restore(self.deleted)
        self.session.notify("recipient", self.recipient_id)
        self.session.notify("activity", None)


class EditOrganisation(_StoreCommand):
    def __init__(self, session: RegisterSession, old: model.Organisation, new: model.Organisation, text: str):
        super().__init__(session, text)
        self.old, self.new = old, new

    def redo(self) -> None:
        self.store.save_organisation(self.new)
        self.session.notify("organisation", 1)

    def undo(self) -> None:
        self.store.save_organisation(self.old)
        self.session.notify("organisation", 1)


class ImportRecords(_StoreCommand):
    """A whole import as one undoable step (one transaction each way).

    The import is applied before the command is pushed (so that a failure is reported and nothing
    lands on the stack); `result` is what that first apply returned."""

    def __init__(self, session: RegisterSession, plan, result, text: str):
        super().__init__(session, text)
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
        for entity in ("organisation", "recipient", "activity"):
            self.session.notify(entity, None)
