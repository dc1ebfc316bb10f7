"""Base of the record editors: a form over one record; each finished change is one undoable edit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..store import RecordNotFoundError
from .commands import EditRecord
from .forms.form import RecordForm
from .help_panel import HelpPanel
from .session import RegisterSession


class RecordEditor(QWidget):
    entity = ""  # the key of the kind of record it edits (domain.kinds)

    def __init__(self, form: RecordForm, session: RegisterSession | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName(f"{self.entity}_editor")
        self.session: RegisterSession | None = None
        self.record: Any = None
        self.title = QLabel(self)
        self.title.setObjectName(f"{self.entity}_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        # What an editor has to tell the user (a date it could not read), until it is resolved.
        self.notice = QLabel(self)
        self.notice.setObjectName(f"{self.entity}_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #a93226; font-weight: bold;")
        self.notice.setVisible(False)
        self.form = form
        form.setParent(self)
        form.field_committed.connect(self._commit)
        form.notice.connect(self.show_notice)
        form.order_tabs()  # also through the rows the editor added (the activities using a recipient, …)
        # The form beside the help of the field in focus; hidden together when nothing is selected.
        self.content = QWidget(self)
        self.content.setObjectName(f"{self.entity}_content")
        self.help_panel = HelpPanel(form, self.content)
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(form, 1)
        row.addWidget(self.help_panel)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.content, 1)
        self.setEnabled(False)
        self.set_session(session)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- may be specialised ------------------------------------------------------------------------
    def load(self, record_id: int) -> Any:
        return self.session.store.repos[self.entity].get(record_id)

    def command(self, old: Any, new: Any, text: str):
        return EditRecord(self.session, old, new, text)

    def record_title(self, record: Any) -> str:
        return getattr(record, "name", "")

    def after_load(self) -> None:
        """Visibility rules, derived views."""

    def follow_up(self, key: str, new: Any) -> Any:
        """The record after the user's change to `key`, with what follows from it (in the same edit)."""
        return new

    # --- shared behaviour -------------------------------------------------------------------------
    def set_session(self, session: RegisterSession | None) -> None:
        if self.session is not None:
            self.form.finish_editing()  # what was typed goes into the register it was typed in
            self.session.changed.disconnect(self._on_changed)
        self.record = None
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        self.show_record(None)

    def show_record(self, record_id: int | None) -> None:
        told = self.notice.text()
        self.form.finish_editing()
        if self.notice.text() == told and record_id != getattr(self.record, "id", None):
            self.show_notice("")  # a notice about the record before, unless finishing it just said something
        if record_id is None or self.session is None:
            self.record = None
            self.title.setText(self.tr("Nothing selected"))
            self.form.set_record(self.form.record_cls())  # nothing of the record before stays in sight
            self.content.setVisible(False)
            self.show_notice("")
            self.setEnabled(False)
            return
        self.record = self.load(record_id)
        self.form.set_record(self.record)
        self.title.setText(self.record_title(self.record) or self.tr("(unnamed)"))
        self.after_load()
        self.content.setVisible(True)
        self.setEnabled(True)
        self.form.setEnabled(not self.session.readonly)

    def _on_changed(self, entity: str, record_id) -> None:
        if self.record is None:
            return
        current = getattr(self.record, "id", 1)
        if entity == self.entity and record_id in (current, None) or self.refresh_on(entity):
            try:
                self.show_record(current)
            except RecordNotFoundError:
                self.show_record(None)

    def refresh_on(self, entity: str) -> bool:
        """Whether a change to another kind of record changes what this editor shows."""
        return False

    def _commit(self, key: str) -> None:
        if self.record is None or self.session is None:
            return
        new = self.follow_up(key, replace(self.record, **{key: self.form.value(key)}))
        if new == self.record:
            return
        label = self.form.labels[key].text().rstrip(" *")
        name = self.record_title(self.record) or self.tr("record")
        self.session.undo_stack.push(self.command(self.record, new, self.tr("Edit “{0}” of {1}").format(label, name)))

    def focus_field(self, key: str):
        return self.form.focus_field(key)
