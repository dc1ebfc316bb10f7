"""The pages of the main window: a list beside its editor, and the record operations on them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QSplitter

from ..domain import model
from . import settings
from .activity_editor import ActivityEditor
from .activity_model import ActivityTableModel
from .commands import AddActivity, AddRecipient, DeleteActivity, DeleteRecipient
from .recipient_editor import RecipientEditor
from .recipient_model import RecipientTableModel
from .record_list import RecordListView
from ..store import RegisterStore
from .session import RegisterSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


class ListEditorPage(QSplitter):
    entity = ""

    def __init__(self, listing: RecordListView, editor, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName(f"{self.entity}_page")
        self.session: RegisterSession | None = None
        self.listing = listing
        self.editor = editor
        self.addWidget(listing)
        self.addWidget(editor)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)
        listing.current_changed.connect(editor.show_record)
        state = settings.app_settings().value(f"{self.entity}_page/splitter")
        if state is None or not self.restoreState(state):
            self.setSizes([430, 830])

    def save_state(self) -> None:
        settings.app_settings().setValue(f"{self.entity}_page/splitter", self.saveState())
        self.listing.save_columns()

    def set_session(self, session: RegisterSession | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.editor.set_session(session)
        if session is None:
            self.listing.set_loader(None)
            return
        session.changed.connect(self._on_changed)
        self.listing.set_loader(self.loader(session), self.search_texts(session), self.background_texts(session))
        self.select_first()

    def select_first(self) -> None:
        idx = self.listing.proxy.index(0, 0)
        if idx.isValid():
            self.listing.table.setCurrentIndex(idx)

    def _on_changed(self, entity: str, record_id) -> None:
        if entity == self.entity or entity in self.also_reload_on:
            keep = record_id if entity == self.entity and record_id is not None else None
            self.listing.reload(keep)
            if self.listing.current_id() is None:
                self.editor.show_record(None)

    also_reload_on: tuple[str, ...] = ()

    def loader(self, session: RegisterSession):
        return self.repo(session.store).summaries

    def repo(self, store: RegisterStore):
        """The store's repository of this page's records (it answers `search_texts()`)."""
        raise NotImplementedError

    def search_texts(self, session: RegisterSession):
        return self.repo(session.store).search_texts

    def background_texts(self, session: RegisterSession):
        """Reads the search texts through a connection of its own, for a worker thread."""
        if session.store.path is None:
            return None
        path = session.store.path

        def read():
            with RegisterStore.open(path, readonly=True) as reader:
                return self.repo(reader).search_texts()

        return read

    def select(self, record_id: int) -> None:
        self.listing.select(record_id)

    def focus_search(self) -> None:
        self.listing.search.setFocus()
        self.listing.search.selectAll()


class ActivitiesPage(ListEditorPage):
    entity = "activity"

    def __init__(self, parent=None):
        super().__init__(
            RecordListView("activity", ActivityTableModel(), _tr("activities"), with_status=True),
            ActivityEditor(),
            parent,
        )

    def set_session(self, session) -> None:
        super().set_session(session)
        self.listing.model.follow(session)

    def repo(self, store):
        return store.activities

    def new_record(self) -> None:
        a = model.Activity(name=_tr("New activity"), ref=self._next_ref(), status="draft")
        cmd = AddActivity(self.session, a, _tr("New activity"))
        self.session.undo_stack.push(cmd)
        self.select(cmd.activity.id)
        self.editor.focus_field("name")

    def _next_ref(self) -> str:
        numbers = [int(s.ref[3:]) for s in self.session.store.activities.summaries()
                   if s.ref.startswith("PA-") and s.ref[3:].isdigit()]
        return f"PA-{(max(numbers) + 1 if numbers else 1):03d}"

    def duplicate(self) -> None:
        current = self.listing.current_id()
        if current is None:
            return
        a = self.session.store.activities.get(current)
        copy = replace(
            a, id=None, ref=self._next_ref(), name=_tr("{0} (copy)").format(a.name), status="draft",
            transfers=[replace(t, id=None) for t in a.transfers],
        )
        cmd = AddActivity(self.session, copy, _tr("Duplicate “{0}”").format(a.name))
        self.session.undo_stack.push(cmd)
        self.select(cmd.activity.id)

    def delete(self) -> None:
        current = self.listing.current_id()
        if current is None:
            return
        a = self.session.store.activities.get(current)
        linked = self.session.store.recipients.names(a.recipients)
        text = _tr("Delete the activity “{0}”?").format(f"{a.ref} {a.name}".strip())
        if linked:
            text += "\n\n" + _tr("It is linked to these recipients (they stay in the register): {0}").format(", ".join(linked))
        if a.transfers:
            text += "\n" + _tr("Its {0} direct transfer(s) are deleted with it.").format(len(a.transfers))
        text += "\n\n" + _tr("You can undo this with Edit > Undo.")
        if QMessageBox.question(self, _tr("Delete activity"), text) != QMessageBox.StandardButton.Yes:
            return
        self.session.undo_stack.push(DeleteActivity(self.session, current, _tr("Delete “{0}”").format(a.name)))


class RecipientsPage(ListEditorPage):
    entity = "recipient"

    def __init__(self, parent=None):
        super().__init__(RecordListView("recipient", RecipientTableModel(), _tr("recipients")), RecipientEditor(), parent)

    def repo(self, store):
        return store.recipients

    def new_record(self) -> None:
        r = model.Recipient(name=_tr("New recipient"))
        cmd = AddRecipient(self.session, r, _tr("New recipient"))
        self.session.undo_stack.push(cmd)
        self.select(cmd.recipient.id)
        self.editor.focus_field("name")

    def duplicate(self) -> None:
        current = self.listing.current_id()
        if current is None:
            return
        r = self.session.store.recipients.get(current)
        copy = replace(r, id=None, name=_tr("{0} (copy)").format(r.name), transfers=[replace(t, id=None) for t in r.transfers])
        cmd = AddRecipient(self.session, copy, _tr("Duplicate “{0}”").format(r.name))
        self.session.undo_stack.push(cmd)
        self.select(cmd.recipient.id)

    def delete(self) -> None:
        current = self.listing.current_id()
        if current is None:
            return
        r = self.session.store.recipients.get(current)
        used = self.session.store.activities.using_recipient(current)
        text = _tr("Delete the recipient “{0}”?").format(r.name)
        if used:
            names = "\n".join(f"  • {s.ref} {s.name}".rstrip() for s in used[:15])
            more = _tr("\n  … and {0} more").format(len(used) - 15) if len(used) > 15 else ""
            text += "\n\n" + _tr("These activities use it and will no longer list it:") + "\n" + names + more
        text += "\n\n" + _tr("You can undo this with Edit > Undo.")
        if QMessageBox.question(self, _tr("Delete recipient"), text) != QMessageBox.StandardButton.Yes:
            return
        self.session.undo_stack.push(DeleteRecipient(self.session, current, _tr("Delete “{0}”").format(r.name)))
