"""Marking an activity or a recipient as reviewed: who, when, a note; one undoable edit of its review fields.

Who reviewed it is asked for, never taken from the login name: the field starts with the name given the last
time (kept in the settings), or empty. The next review is planned one interval later (the record's own, else
the law data's review policy) by `domain.reviews.mark_reviewed`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import kinds
from ..domain.law import load_law
from ..domain.reviews import mark_reviewed
from . import settings
from .commands import EditRecord
from .session import RegisterSession

LAST_REVIEWER = "reviews/last_reviewer"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDialog", text)


def policy_months() -> int:
    """The review interval of a record without one of its own (the law data's review policy)."""
    return load_law().policy.review_max_age_months


class ReviewDialog(QDialog):
    def __init__(self, record_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(_tr("Mark as reviewed"))
        intro = QLabel(_tr("Mark “{0}” as reviewed: who reviewed it, on which day, and what was checked or "
                           "changed. The next review is planned one review interval later.").format(record_title),
                       self)
        intro.setWordWrap(True)
        intro.setObjectName("review_intro")
        self.who = QLineEdit(str(settings.app_settings().value(LAST_REVIEWER, "") or ""), self)
        self.who.setObjectName("review_who")
        self.who.setAccessibleName(_tr("Reviewed by"))
        self.who.setPlaceholderText(_tr("Your name"))
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setObjectName("review_date")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(_tr("Date of the review"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("review_note")
        self.note.setAccessibleName(_tr("Note on the review"))
        self.note.setPlaceholderText(_tr("What was checked or changed"))
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(_tr("Reviewed by"), self.who)
        form.addRow(_tr("Date"), self.when)
        form.addRow(_tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("review_buttons")
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_tr("Mark as reviewed"))
        self.ok.setAccessibleName(_tr("Mark as reviewed"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.who.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.who.text().strip()))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.resize(480, 340)
        (self.note if self.who.text() else self.who).setFocus()

    def values(self) -> tuple[str, date, str]:
        return self.who.text().strip(), self.when.date().toPython(), self.note.toPlainText().strip()

    def accept(self) -> None:
        if not self.who.text().strip():
            return
        settings.app_settings().setValue(LAST_REVIEWER, self.who.text().strip())
        super().accept()


def mark_record_reviewed(session: RegisterSession | None, kind_key: str, record_id: int | None,
                         parent: QWidget | None = None) -> bool:
    """Ask who reviewed the record, when, with what note; then one undoable edit. True when it was marked."""
    if session is None or session.readonly or record_id is None:
        return False
    kind = kinds.kind(kind_key)
    record = session.store.repos[kind_key].get(record_id)
    title = kind.title(record)
    dialog = ReviewDialog(title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    who, when, note = dialog.values()
    new = mark_reviewed(record, who, when, note, policy_months())
    session.undo_stack.push(EditRecord(session, record, new, _tr("Mark “{0}” as reviewed").format(title)))
    return True


def add_review_button(editor, form) -> QPushButton:  # noqa: ANN001 - a RecordEditor of a reviewed kind, its form
    """A "Mark as reviewed…" button at the top of the form's "review" section (added before the editor orders
    its form's tab chain, so that the button is in it)."""
    button = QPushButton(_tr("Mark as reviewed…"))
    button.setObjectName(f"{editor.entity}_mark_reviewed")
    button.setAccessibleName(_tr("Mark this record as reviewed"))
    button.setToolTip(_tr("Record who reviewed it, when and with what note; the next review is planned"))
    button.clicked.connect(lambda _=False: mark_record_reviewed(
        editor.session, editor.entity, getattr(editor.record, "id", None), editor))
    form.groups["review"].layout().insertRow(0, button)
    return button
