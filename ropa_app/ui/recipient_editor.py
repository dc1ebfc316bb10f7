"""The recipient editor: every recipient field, its sub-processors and transfers, and the activities
that use it (double-click one to go there)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QWidget

from ..domain import kinds, model
from ..domain.law import load_law
from ..domain.transfer_overview import missing_transfer_countries
from .forms.form import RecordForm
from .transfer_editor import make_transfers_field
from .record_editor import RecordEditor
from .review_dialog import add_review_button
from .session import RegisterSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecipientEditor", text)


def recipient_sections() -> list[tuple[str, str, list[str]]]:
    return [
        ("who", _tr("Who it is"), ["name", "legal_entity", "kind", "service", "address", "country", "contact"]),
        ("where", _tr("Where it processes data"), ["processing_countries"]),
        ("dpa", _tr("Data processing agreement"), ["dpa_signed", "dpa_link", "dpa_in_place", "dpa_terms"]),
        ("sub_processors", _tr("Sub-processors"), ["sub_processors", "sub_processing"]),
        ("transfers", _tr("Transfers to third countries"), ["transfers"]),
        ("review", _tr("Review"), ["owner", "review_interval", "last_reviewed", "reviewed_by", "review_note",
                                   "next_review"]),
        ("notes", _tr("Notes"), ["notes"]),
    ]


class RecipientEditor(RecordEditor):
    entity = kinds.RECIPIENT.key
    activity_requested = Signal(int)

    def __init__(self, session: RegisterSession | None = None, parent=None):
        form = RecordForm(
            model.Recipient,
            recipient_sections(),
            ref_items=self._other_recipients,
            editors={"transfers": make_transfers_field},
        )
        self.used_by_model = QStringListModel()
        self.used_by = QListView()
        self.used_by.setObjectName("recipient_used_by")
        self.used_by.setAccessibleName(_tr("Activities that use this recipient"))
        self.used_by.setModel(self.used_by_model)
        self.used_by.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.used_by.setMaximumHeight(120)
        self.used_by.doubleClicked.connect(self._open_activity)
        form.groups["who"].layout().addRow(_tr("Used by"), self.used_by)
        self._used_ids: list[int] = []
        self._make_gap_line(form)
        self.mark_reviewed_button = add_review_button(self, form)
        super().__init__(form, session, parent)
        self.used_by_model.setParent(self)

    def _make_gap_line(self, form: RecordForm) -> None:
        """A line above the transfers when the recipient works outside the EEA without a transfer row."""
        self.gap_box = QWidget()
        self.gap_box.setObjectName("recipient_transfer_gaps_box")
        self.transfer_gaps = QLabel(self.gap_box)
        self.transfer_gaps.setObjectName("recipient_transfer_gaps")
        self.transfer_gaps.setWordWrap(True)
        self.transfer_gaps.setStyleSheet("color: #b03a2e; font-weight: bold;")
        self.add_gap_rows = QPushButton(_tr("Add a row for each"), self.gap_box)
        self.add_gap_rows.setObjectName("add_missing_transfers")
        self.add_gap_rows.setAccessibleName(_tr("Add a transfer row for each country without one"))
        self.add_gap_rows.clicked.connect(self.add_missing_transfers)
        row = QHBoxLayout(self.gap_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.transfer_gaps, 1)
        row.addWidget(self.add_gap_rows)
        layout = form.groups["transfers"].layout()
        layout.insertRow(0, self.gap_box)
        self.gap_box.setVisible(False)
        self._gaps: list[str] = []

    def _other_recipients(self) -> list[tuple[int, str]]:
        if self.session is None:
            return []
        own = self.record.id if self.record is not None else None
        return [item for item in self.session.choices(kinds.RECIPIENT.key) if item[0] != own]

    def refresh_on(self, entity: str) -> bool:
        return entity == kinds.ACTIVITY.key  # the "used by" list

    def after_load(self) -> None:
        used = self.session.store.activities.using_recipient(self.record.id)
        self._used_ids = [s.id for s in used]
        self.used_by_model.setStringList([f"{s.ref}  {s.name}".strip() for s in used])
        self._show_gaps()

    def _show_gaps(self) -> None:
        law = load_law()
        self._gaps = missing_transfer_countries(self.record, law)
        names = ", ".join(f"{law.destination_name(c)} ({c})" for c in self._gaps)
        text = ""
        if self._gaps:
            text = _tr("No transfer is recorded for {0}, outside the EEA, where this recipient processes data or "
                       "is established. Add a transfer row per country and choose its mechanism.").format(names)
        self.transfer_gaps.setText(text)
        self.gap_box.setVisible(bool(self._gaps))

    def add_missing_transfers(self) -> None:
        """One undoable edit that adds a transfer row (mechanism still to choose) for each gap."""
        if self.record is None or not self._gaps or self.session is None or self.session.readonly:
            return
        first = len(self.record.transfers)
        rows = [model.Transfer(country=c) for c in self._gaps]
        new = replace(self.record, transfers=[*self.record.transfers, *rows])
        self.session.undo_stack.push(
            self.command(self.record, new, _tr("Add transfer rows to {0}").format(", ".join(self._gaps))))
        field = self.form.widgets["transfers"]
        if hasattr(field, "select_row") and first < len(self.record.transfers):
            field.select_row(first)
            field.editors["mechanism"].setFocus()

    def _open_activity(self, index) -> None:
        if 0 <= index.row() < len(self._used_ids):
            self.activity_requested.emit(self._used_ids[index.row()])
