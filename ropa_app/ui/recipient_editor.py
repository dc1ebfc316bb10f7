"""The recipient editor: every recipient field, its sub-processors and transfers, and the activities
that use it (double-click one to go there)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtWidgets import QListView

from ..domain import model
from .commands import EditRecipient
from .forms.form import RecordForm
from .record_editor import RecordEditor
from .session import RegisterSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecipientEditor", text)


def recipient_sections() -> list[tuple[str, list[str]]]:
    return [
        (_tr("Who it is"), ["name", "legal_entity", "kind", "service", "address", "country", "contact"]),
        (_tr("Where it processes data"), ["processing_countries"]),
        (_tr("Data processing agreement"), ["dpa_signed", "dpa_link"]),
        (_tr("Sub-processors"), ["sub_processors"]),
        (_tr("Transfers to third countries"), ["transfers"]),
        (_tr("Notes"), ["notes"]),
    ]


class RecipientEditor(RecordEditor):
    entity = "recipient"
    activity_requested = Signal(int)

    def __init__(self, session: RegisterSession | None = None, parent=None):
        form = RecordForm(
            model.Recipient,
            recipient_sections(),
            ref_items=self._other_recipients,
        )
        self.used_by_model = QStringListModel()
        self.used_by = QListView()
        self.used_by.setObjectName("recipient_used_by")
        self.used_by.setAccessibleName(_tr("Activities that use this recipient"))
        self.used_by.setModel(self.used_by_model)
        self.used_by.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.used_by.setMaximumHeight(120)
        self.used_by.doubleClicked.connect(self._open_activity)
        form.groups[_tr("Who it is")].layout().addRow(_tr("Used by"), self.used_by)
        self._used_ids: list[int] = []
        super().__init__(form, session, parent)
        self.used_by_model.setParent(self)

    def _other_recipients(self) -> list[tuple[int, str]]:
        if self.session is None:
            return []
        own = self.record.id if self.record is not None else None
        return [(s.id, s.name) for s in self.session.store.recipients.summaries() if s.id != own]

    def load(self, record_id: int) -> model.Recipient:
        return self.session.store.recipients.get(record_id)

    def command(self, old, new, text):
        return EditRecipient(self.session, old, new, text)

    def refresh_on(self, entity: str) -> bool:
        return entity == "activity"  # the "used by" list

    def after_load(self) -> None:
        used = self.session.store.activities.using_recipient(self.record.id)
        self._used_ids = [s.id for s in used]
        self.used_by_model.setStringList([f"{s.ref}  {s.name}".strip() for s in used])

    def _open_activity(self, index) -> None:
        if 0 <= index.row() < len(self._used_ids):
            self.activity_requested.emit(self._used_ids[index.row()])
