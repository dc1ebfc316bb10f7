"""The Reviews page: the activities and recipients due for review (overdue ones first), one owner's or everyone's,
read again when a record changes while the page is shown (else when it is shown next);
double-click opens the record. From here: mark the selected record as reviewed, save the reviews as a calendar
file (.ics) for Outlook or Google Calendar, and write an owner's review pack (a workbook of their activities
to correct; the returned copy comes back through File > Import as a merge, the changes shown first).

The calendar and the pack are in the organisation's export language and are written off the UI thread
(`worker.BackgroundTask`); the list itself is computed from the register on the UI thread (a few ms) when the
page is shown, not when the window opens (a big register is read whole for it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import kinds
from ..export import i18n as export_i18n
from ..paths import default_export_dir
from . import i18n
from .session import RegisterSession
from .summary_view import summary_table
from .table_model import RowsTableModel
from .worker import BackgroundTask

if TYPE_CHECKING:
    from ..domain.reviews import DueReview

DEFAULT_DAYS = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewsPage", text)


def _kind_name(key: str) -> str:
    return QCoreApplication.translate("kinds", kinds.kind(key).label)


def _day(value: date | None) -> str:
    return export_i18n.format_date(value, i18n.current()) if value else ""


class ReviewsModel(RowsTableModel):
    """One row per due review: due date, state, record, kind, owner, last reviewed."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__([_tr("Due"), _tr("State"), _tr("Record"), _tr("Kind"), _tr("Owner"), _tr("Last reviewed")],
                         parent)
        self.reviews: list[DueReview] = []

    def set_reviews(self, reviews: list[DueReview]) -> None:
        self.reviews = list(reviews)
        self.set_rows(self.reviews)  # (a row per review; `data` says what each column shows)

    @staticmethod
    def state(r: DueReview) -> str:
        if r.never_reviewed:
            return _tr("Never reviewed")
        return _tr("Overdue") if r.overdue else _tr("Due")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.reviews):
            return None
        r = self.reviews[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (_day(r.due), self.state(r), r.title, _kind_name(r.kind), r.owner, _day(r.last_reviewed))[col]
        if role == self.SORT_ROLE:
            return (r.due.isoformat(), self.state(r), r.title.casefold(), r.kind, r.owner.casefold(),
                    r.last_reviewed.isoformat() if r.last_reviewed else "")[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in (0, 1) and (r.overdue or r.never_reviewed):
            from PySide6.QtGui import QColor

            return QColor("#a93226")
        return None


class OwnerProxy(QSortFilterProxyModel):
    """Sorts by the model's sort keys; shows one owner's reviews (case ignored) or everyone's ("")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.owner = ""
        self.setSortRole(ReviewsModel.SORT_ROLE)

    def set_owner(self, owner: str) -> None:
        self.beginFilterChange()
        self.owner = owner.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 (Qt API)
        if not self.owner:
            return True
        return self.sourceModel().reviews[row].owner.strip().casefold() == self.owner


class ReviewsPage(QWidget):
    open_record = Signal(str, int, str)  # kind, id, field to focus

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reviews_page")
        self.session: RegisterSession | None = None
        self.task: BackgroundTask | None = None
        self._stale = False  # the register changed while the page was hidden
        title = QLabel(_tr("Reviews due"), self)
        title.setObjectName("reviews_title")
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.owner = QComboBox(self)
        self.owner.setObjectName("reviews_owner")
        self.owner.setAccessibleName(_tr("Owner"))
        self.owner.setMinimumContentsLength(24)
        self.days = QSpinBox(self)
        self.days.setObjectName("reviews_days")
        self.days.setRange(0, 3650)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(_tr(" days"))
        self.days.setAccessibleName(_tr("Due within this many days"))
        self.model = ReviewsModel(self)
        self.proxy = OwnerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = summary_table(self, "reviews_table", _tr("Reviews due"), self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column, width in enumerate((110, 150, 360, 150, 240, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the record's name takes the room left
        self.table.doubleClicked.connect(self._open)
        self.count = QLabel(self)
        self.count.setObjectName("reviews_count")
        self.mark_button = self._button("reviews_mark", _tr("Mark as reviewed…"),
                                        _tr("Mark the selected record as reviewed"), self.mark_selected)
        self.calendar_button = self._button("reviews_calendar", _tr("Save calendar (.ics)…"),
                                            _tr("Save these reviews as a calendar file for Outlook or Google Calendar"),
                                            lambda: self.save_calendar())
        self.pack_button = self._button("reviews_pack", _tr("Review pack…"),
                                        _tr("Write the owner's activities as a workbook to correct"),
                                        lambda: self.write_pack())
        self.status = QLabel(self)
        self.status.setObjectName("reviews_status")
        self.status.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(_tr("Owner"), self))
        filters.addWidget(self.owner, 1)
        filters.addWidget(QLabel(_tr("Due within"), self))
        filters.addWidget(self.days)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.mark_button, self.calendar_button, self.pack_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        self.owner.currentIndexChanged.connect(lambda _i: self._owner_changed())
        self.days.valueChanged.connect(lambda _v: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_state())
        self._update_state()

    def _button(self, name: str, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- the register ---------------------------------------------------------------------------------
    def set_session(self, session: RegisterSession | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        # Read when the page is shown: the whole register, which a window opening on a big one need not wait for.
        self._stale = True
        if self.isVisible() or session is None:
            self.reload()

    def _on_changed(self, entity: str, _record_id) -> None:
        """A change of an activity or recipient: read again now if the page is shown, else when it is."""
        if entity in (kinds.ACTIVITY.key, kinds.RECIPIENT.key):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        register = self.session.store.load_register() if self.session is not None else None
        names, due = [], []
        if register is not None:  # (these modules, the dialog's with the law's data: at the page's first show, #21)
            from ..domain.reviews import due_reviews, owners
            from .review_dialog import policy_months

            names, due = owners(register), due_reviews(register, date.today(), policy_months(), self.days.value())
        chosen = self.selected_owner()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(_tr("All owners"), "")
        for name in names:
            self.owner.addItem(name, name)
        found = self.owner.findData(chosen) if chosen else 0
        self.owner.setCurrentIndex(max(found, 0))
        self.owner.blockSignals(False)
        self.model.set_reviews(due)
        self.proxy.set_owner(self.selected_owner())
        self._update_state()

    def selected_owner(self) -> str:
        return str(self.owner.currentData() or "")

    def _owner_changed(self) -> None:
        self.proxy.set_owner(self.selected_owner())
        self._update_state()

    def shown(self) -> list[DueReview]:
        """The reviews the table shows, in its order."""
        return [self.model.reviews[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]

    def current(self) -> DueReview | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.reviews[self.proxy.mapToSource(rows[0]).row()]

    def _update_state(self) -> None:
        writable = self.session is not None and not self.session.readonly
        owner = self.selected_owner()
        n = self.proxy.rowCount()
        self.count.setText(_tr("{0} reviews due within {1} days").format(n, self.days.value()))
        self.mark_button.setEnabled(writable and self.current() is not None)
        self.calendar_button.setEnabled(self.session is not None and n > 0)
        self.pack_button.setEnabled(self.session is not None and bool(owner))
        self.pack_button.setText(_tr("Review pack for {0}…").format(owner) if owner else _tr("Review pack…"))

    def _open(self, index: QModelIndex) -> None:
        r = self.model.reviews[self.proxy.mapToSource(index).row()]
        self.open_record.emit(r.kind, r.record_id, "last_reviewed")

    def mark_selected(self) -> bool:
        r = self.current()
        if r is None:
            return False
        from .review_dialog import mark_record_reviewed

        return mark_record_reviewed(self.session, r.kind, r.record_id, self)

    # --- the calendar and the pack, written off the UI thread ----------------------------------------------
    def _ask(self, title: str, name: str, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(default_export_dir() / name), file_filter)
        return Path(chosen) if chosen else None

    def save_calendar(self, path: Path | None = None) -> BackgroundTask | None:
        """Write the reviews shown as an iCalendar file (asks where when `path` is None)."""
        if self.session is None:
            return None
        if path is None:
            path = self._ask(_tr("Save calendar"), "reviews.ics", _tr("iCalendar files (*.ics)"))
            if path is None:
                return None
        from ..export.reviews import review_calendar, write_calendar

        reviews, register = self.shown(), self.session.store.load_register()
        return self._run(lambda **_k: write_calendar(path, review_calendar(reviews, register)),
                         _tr("Saved {0} reviews to “{1}”.").format(len(reviews), path.name))

    def write_pack(self, path: Path | None = None) -> BackgroundTask | None:
        """Write the selected owner's review pack (asks where when `path` is None)."""
        owner = self.selected_owner()
        if self.session is None or not owner:
            return None
        from ..export.reviews import pack_counts

        if not pack_counts(self.session.store.load_register(), owner)[0]:
            self.status.setText(_tr("{0} owns no activity in this register.").format(owner))
            return None
        if path is None:
            safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in owner).strip() or "owner"
            path = self._ask(_tr("Save review pack"), f"{safe}.xlsx", _tr("Excel workbooks (*.xlsx)"))
            if path is None:
                return None
        from ..export.reviews import write_review_pack

        register = self.session.store.load_register()
        return self._run(lambda **_k: write_review_pack(register, owner, path),
                         _tr("Wrote the review pack of {0} to “{1}”. When it comes back, import it with "
                             "File > Import…: the changes are shown before anything is changed.").format(owner,
                                                                                                      path.name))

    def _run(self, work, done_text: str) -> BackgroundTask:
        if self.task is not None and self.task.is_running():
            self.task.discard()
        task = BackgroundTask(work, self)
        self.task = task
        self.status.setText(_tr("Writing…"))
        for b in (self.calendar_button, self.pack_button):
            b.setEnabled(False)
        task.finished.connect(lambda _r: self._done(done_text))
        task.failed.connect(self._failed)
        task.ended.connect(self._update_state)
        task.start()
        return task

    def _done(self, text: str) -> None:
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        QMessageBox.warning(self, _tr("Cannot write the file"), str(exc))
