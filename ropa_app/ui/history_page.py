"""The History page: the register's change log (who changed what, when, from what to what; Art. 5(2)), filtered by
kind of record, record, field, user and dates, and searched; the register as it stood on a day, in a read-only
window of its own; and what was added, changed and removed between two days.

The log is read, and its rows' texts made, by a worker.BackgroundTask when the page is shown: the page says
"Loading…" with a progress bar and Cancel, and stays responsive; a newer load (the register changed meanwhile)
replaces an older one. A table model holds the rows, newest first as they come; a QSortFilterProxyModel filters
them, and sorts them only once a header is clicked (measured on 51,000 log rows: some 2 s of work, of which the
UI thread's share, filling the model, pauses it for about 0.2 s; it used to sort them by time on the UI thread:
8 s in all). A search over 4,000 rows: 14 ms. Values are shown the way the exports show them (vocabulary terms,
dates and yes/no in the interface language).

The register "as of" a moment (a day and a time; an export snapshot's exact moment: `last_change`, the id of
the last log row it held) is rebuilt from the log in a BackgroundTask as well (domain.history) and written, with
the log up to that moment, into a temporary register file (`store.historic.write_historic_copy`), which a main
window of its own opens read-only with a banner saying which moment it shows (its exports' covers say so too;
1.1 s to open for the demo with 4,000 log rows; 51,000 rows: 1.4-1.8 s, the UI never paused over 30 ms).
Why a file rather than a view over the in-memory register: every page, the checks, search and export then work
on it exactly as on the register itself, without a second, read-only path through each of them; the file is
removed when that window closes.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import kinds, model
from ..domain.fieldkinds import DataError
from ..domain.history import ADDED, CHANGED, Change, Difference, differences, logged_value, parse_moment
from ..export import i18n as export_i18n
from ..export.values import Formatter
from ..store import RegisterError, RegisterStore
from ..store.historic import write_historic_copy
from . import i18n
from .session import RegisterSession
from .summary_view import summary_table
from .table_model import RowsTableModel
from .worker import BackgroundTask, CancelFlag, Progress, raise_if_cancelled

# The view elides a long value at its column's width; past this many characters the cell text is cut as well (a
# value of 20,000 characters is not laid out for one line), and the tool tip has it whole.
SHOWN_CHARS = 1000
TIP_CHARS = 120  # a value longer than this gets its tool tip
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any day"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryPage", text)


def _kind_name(key: str) -> str:
    try:
        return QCoreApplication.translate("kinds", kinds.kind(key).label)
    except KeyError:
        return key


def _field_name(entity: str, key: str) -> str:
    try:
        kind = kinds.kind(entity)
        return i18n.field_label(kind.cls, model.field_spec(kind.cls, key))
    except (KeyError, ValueError, AttributeError):
        return key


class ValueText:
    """An audit value (text as the log keeps it) as the interface shows it."""

    def __init__(self, register: model.Register | None = None):
        """`register`: the records a reference logged by id is named after (as they are now)."""
        self.fmt = Formatter(export_i18n.Translator(i18n.current()), register or model.Register())

    def __call__(self, entity: str, key: str, text: str | None) -> str:
        if text is None or text == "":
            return ""
        try:
            spec = model.field_spec(kinds.kind(entity).cls, key)
        except (KeyError, ValueError, AttributeError):
            return text
        if spec.refers:  # logged by the names of the records it points at (some kinds' by their ids)
            return ", ".join(self.fmt.ref(n, spec.refers) if isinstance(n, int) else n
                             for n in logged_value(spec, text))
        try:
            value = logged_value(spec, text)
            vocabulary = spec.vocabulary.name if spec.vocabulary else None
            shown = self.fmt.value(spec.kind, vocabulary, value)
        except (DataError, ValueError, TypeError, KeyError, AttributeError):
            shown = text
        return shown.replace("\n", "; ")


class HistoryModel(RowsTableModel):
    """One row per change of a field, newest first: when, user, what, kind, record, field, before, after."""

    CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__([_tr("When"), _tr("User"), _tr("Change"), _tr("Kind"), _tr("Record"), _tr("Field"),
                          _tr("Before"), _tr("After")], parent)
        self.changes: list[Change] = []

    def set_changes(self, changes: list[Change], rows: list[tuple[str, ...]]) -> None:
        """The changes and their rows' texts (`history_rows`)."""
        self.changes = list(changes)
        self.set_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        text = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > TIP_CHARS:
            return text
        if role == self.SORT_ROLE:
            return self.changes[index.row()].id if index.column() == 0 else text.casefold()
        if role == self.CHANGE_ROLE:
            return self.changes[index.row()]
        return None


def history_rows(changes: list[Change], register: model.Register | None = None,
                 tick=None) -> list[tuple[str, ...]]:  # noqa: ANN001
    """The texts of the History's rows, one per change (no widgets: run in a BackgroundTask). `tick(done)` is
    called every 500 rows (progress; it may raise to stop)."""
    actions = {"insert": _tr("Added"), "update": _tr("Changed"), "delete": _tr("Deleted")}
    show = ValueText(register)
    rows = []
    for n, c in enumerate(changes, 1):
        if tick is not None and n % 500 == 0:
            tick(n)
        rows.append((c.at.astimezone().strftime("%Y-%m-%d %H:%M"), c.user, actions.get(c.action, c.action),
                     _kind_name(c.entity), c.record_label, _field_name(c.entity, c.field),
                     show(c.entity, c.field, c.old), show(c.entity, c.field, c.new)))
    return rows


def load_history(store: RegisterStore, progress: Progress,
                 cancelled: CancelFlag) -> tuple[list[Change], list[tuple[str, ...]]]:
    """The BackgroundTask work of the page: the log's changes, newest first, and their rows' texts (progress:
    reading the log is the first half, making the texts the second). Newest first because that is how the page
    opens: its proxy then keeps the model's order, where sorting 50,000 rows by time took 5 s on the UI thread."""
    total = max(store.audit.count(), 1)
    changes: list[Change] = []
    for n, c in enumerate(store.audit.changes(), 1):
        changes.append(c)
        if n % 500 == 0:
            raise_if_cancelled(cancelled)
            progress(n, 2 * total)
    changes.reverse()
    register = store.load_register()
    raise_if_cancelled(cancelled)

    def tick(done: int) -> None:
        raise_if_cancelled(cancelled)
        progress(total + done, 2 * total)

    return changes, history_rows(changes, register, tick)


class HistoryProxy(QSortFilterProxyModel):
    """The filters of the page: kind, record (kind, id), field, user, days (local), and search words (all of
    them, anywhere in the row, case ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = ""
        self.record: tuple[str, int] | None = None
        self.field = ""
        self.user = ""
        self.first: date | None = None
        self.last: date | None = None
        self.words: list[str] = []
        self.setSortRole(HistoryModel.SORT_ROLE)

    def set_filters(self, **values) -> None:
        if all(getattr(self, key) == value for key, value in values.items()):
            return  # nothing to filter again (the rows themselves are filtered as they come)
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 (Qt API)
        source: HistoryModel = self.sourceModel()
        c = source.changes[row]
        if self.kind and c.entity != self.kind:
            return False
        if self.record is not None and (c.entity, c.record_id) != self.record:
            return False
        if self.field and c.field != self.field:
            return False
        if self.user and c.user != self.user:
            return False
        if self.first is not None or self.last is not None:
            day = c.at.astimezone().date()
            if (self.first is not None and day < self.first) or (self.last is not None and day > self.last):
                return False
        if self.words:
            text = " ".join(source.rows[row]).casefold()
            return all(w in text for w in self.words)
        return True


def _date_edit(name: str, accessible: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(_tr("any day"))
    edit.setDate(NO_DATE)
    return edit


def _combo(name: str, accessible: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class HistoryPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("history_page")
        self.session: RegisterSession | None = None
        self._stale = True
        self.windows: list[QWidget] = []  # the "as of" windows open
        self.load_task: BackgroundTask | None = None  # the History's rows being read
        self.as_of_task: BackgroundTask | None = None  # an "as of" copy being written
        title = QLabel(_tr("History of changes"), self)
        title.setObjectName("history_title")
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.kind = _combo("history_kind", _tr("Kind of record"), self)
        self.record = _combo("history_record", _tr("Record"), self)
        self.field = _combo("history_field", _tr("Field"), self)
        self.user = _combo("history_user", _tr("User"), self)
        self.first = _date_edit("history_from", _tr("Changes from this day"), self)
        self.last = _date_edit("history_to", _tr("Changes up to this day"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("history_search")
        self.search.setAccessibleName(_tr("Search the changes"))
        self.search.setPlaceholderText(_tr("Search the changes…"))
        self.search.setClearButtonEnabled(True)
        self.model = HistoryModel(self)
        self.proxy = HistoryProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = summary_table(self, "history_table", _tr("Changes"), self.proxy)
        # Newest first, as the model has them: the proxy does not sort (no Python call per comparison) until a
        # header is clicked; the header shows the order all the same.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        for column, width in enumerate((115, 70, 65, 120, 170, 150)):
            header.resizeSection(column, width)
        for column in (6, 7):  # before and after share the room left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.count.setObjectName("history_count")
        self.count.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("history_progress")
        self.busy.setAccessibleName(_tr("Progress"))
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setObjectName("history_cancel")
        self.cancel_button.setAccessibleName(_tr("Stop reading the change log"))
        self.cancel_button.clicked.connect(lambda _=False: self.cancel())
        self.cancel_button.hide()
        self.as_of_button = QPushButton(_tr("Show the register as of…"), self)
        self.as_of_button.setObjectName("history_as_of")
        self.as_of_button.setAccessibleName(_tr("Show the register as it stood on a day, read-only"))
        self.as_of_button.clicked.connect(lambda _=False: self.ask_as_of())
        self.compare_button = QPushButton(_tr("Compare two dates…"), self)
        self.compare_button.setObjectName("history_compare")
        self.compare_button.setAccessibleName(_tr("What was added, changed and removed between two days"))
        self.compare_button.clicked.connect(lambda _=False: self.compare_dialog())
        # Two rows of filters and the search under them: narrow enough for a laptop beside the navigation
        filters = QGridLayout()
        for i, (label, widget) in enumerate(((_tr("Kind"), self.kind), (_tr("Record"), self.record),
                                             (_tr("Field"), self.field), (_tr("User"), self.user),
                                             (_tr("From"), self.first), (_tr("To"), self.last))):
            row, column = divmod(i, 3)
            filters.addWidget(QLabel(label, self), row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
            filters.setColumnStretch(2 * column + 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.as_of_button)
        buttons.addWidget(self.compare_button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(filters)
        lay.addWidget(self.search)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        for combo in (self.record, self.field, self.user):
            combo.currentIndexChanged.connect(lambda _i: self._filter())
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())

    # --- the register ---------------------------------------------------------------------------------
    def set_session(self, session: RegisterSession | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        self._stale = True
        if self.isVisible() or session is None:
            self.reload()
        self._update_buttons()

    def _on_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> BackgroundTask | None:
        """Read the change log again in a BackgroundTask (a load still running is dropped), keeping the filters
        as far as their choices still exist. The task, or None when there is no register."""
        self._stale = False
        if self.load_task is not None:
            self.load_task.discard()
            self.load_task = None
        if self.session is None:
            self._loaded(([], []))
            return None
        store = self.session.store

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - through its own read-only connection (a thread)
            if store.path is None:
                return load_history(store, progress, cancelled)
            with RegisterStore.open(store.path, readonly=True) as reader:
                return load_history(reader, progress, cancelled)

        task = BackgroundTask(work, self)
        self.load_task = task
        task.finished.connect(self._loaded)
        task.cancelled.connect(lambda: self.count.setText(_tr("Reading the change log was stopped.")))
        task.failed.connect(lambda exc: self.count.setText(
            _tr("The change log cannot be read: {0}").format(exc)))
        task.ended.connect(lambda t=task: self._load_ended(t))
        self._show_busy(task, _tr("Loading…"))
        task.start()
        return task

    def loading(self) -> bool:
        return self.load_task is not None

    def _load_ended(self, task: BackgroundTask) -> None:
        if self.load_task is task:
            self.load_task = None
        self._hide_busy()

    def _show_busy(self, task: BackgroundTask, text: str) -> None:
        self.count.setText(text)
        self.busy.setRange(0, 0)  # busy until the first progress
        self.busy.show()
        self.cancel_button.show()
        task.progress.connect(self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)

    def _hide_busy(self) -> None:
        if self.load_task is None and self.as_of_task is None:
            self.busy.hide()
            self.cancel_button.hide()

    def cancel(self) -> None:
        for task in (self.load_task, self.as_of_task):
            if task is not None:
                task.cancel()

    def _loaded(self, result: tuple[list[Change], list[tuple[str, ...]]]) -> None:
        changes, rows = result
        self.model.set_changes(changes, rows)
        self._fill(self.kind, _tr("All kinds"), sorted({(_kind_name(c.entity), c.entity) for c in changes}))
        self._fill(self.user, _tr("All users"), sorted({(c.user, c.user) for c in changes}))
        self._kind_changed()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items) -> None:  # noqa: ANN001
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _kind_changed(self) -> None:
        """The records and fields to choose from: those of the kind chosen (or all)."""
        kind = self.kind.currentData()
        changes = [c for c in self.model.changes if kind is None or c.entity == kind]
        labels: dict[tuple[str, int], str] = {}
        for c in reversed(changes):  # oldest first
            labels[(c.entity, c.record_id)] = c.record_label or str(c.record_id)  # the latest name it had
        records = sorted(((f"{label} ({_kind_name(k)})" if kind is None else label, f"{k}:{i}")
                          for (k, i), label in labels.items()), key=lambda item: item[0].casefold())
        self._fill(self.record, _tr("All records"), records)
        fields = sorted({(_field_name(entity, key), key) for entity, key in {(c.entity, c.field) for c in changes}},
                        key=lambda f: f[0].casefold())
        self._fill(self.field, _tr("All fields"), fields)
        self._filter()

    def _filter(self) -> None:
        record = self.record.currentData()
        if record:
            k, _, i = str(record).partition(":")
            record = (k, int(i))
        first = self.first.date()
        last = self.last.date()
        self.proxy.set_filters(
            kind=self.kind.currentData() or "", record=record or None, field=self.field.currentData() or "",
            user=self.user.currentData() or "",
            first=None if first == NO_DATE else first.toPython(), last=None if last == NO_DATE else last.toPython(),
            words=[w.casefold() for w in self.search.text().split()])
        self.count.setText(_tr("{0} of {1} changes shown").format(self.proxy.rowCount(), self.model.rowCount()))

    def _update_buttons(self) -> None:
        for b in (self.as_of_button, self.compare_button):
            b.setEnabled(self.session is not None)

    # --- the register as of a day -----------------------------------------------------------------------
    def ask_as_of(self) -> QWidget | None:
        if self.session is None:
            return None
        dialog = MomentDialog(_tr("Show the register as of…"), _tr("The register as it stood at this moment"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.open_as_of(dialog.moment())

    def open_as_of(self, moment: datetime, last_id: int | None = None) -> QWidget | None:
        """A read-only window of the register as it stood at `moment` (aware), or, with `last_id` (an export
        snapshot's `last_change`), after the log row of that id: a window of the kind that holds this page (the
        main window), made without importing it (it imports this module). The copy is written by a
        BackgroundTask while the window waits in an event loop (responsive, with progress and Cancel); a newer
        request drops this one (None)."""
        if self.as_of_task is not None:
            self.as_of_task.discard()
            self.as_of_task = None
        make_window = type(self.window())
        store = self.session.store
        local = moment.astimezone()
        folder = Path(tempfile.mkdtemp(prefix="ropa-as-of-"))
        stem = store.path.stem if store.path is not None else "register"
        path = folder / f"{stem} {local.strftime('%Y-%m-%d %H%M')}.ropa"
        total = max(store.audit.count(), 1)

        source = store.path

        def work(progress, cancelled):  # noqa: ANN001, ANN202
            def step(done: int) -> None:
                raise_if_cancelled(cancelled)
                progress(done, total)

            if source is None:  # a register only in memory (tests): nothing else can read it
                return write_historic_copy(store, moment, path, last_id, step)
            # Through a read-only connection of its own: the window's connection is the UI thread's (a read of it
            # from here while the UI thread reads it too - the checks - deadlocked the two threads)
            with RegisterStore.open(source, readonly=True) as reader:
                return write_historic_copy(reader, moment, path, last_id, step)

        task = BackgroundTask(work, self)
        self.as_of_task = task
        outcome: dict[str, object] = {}
        task.finished.connect(lambda result: outcome.setdefault("historic", result))
        task.failed.connect(lambda exc: outcome.setdefault("error", exc))
        self._show_busy(task, _tr("Rebuilding the register as it stood then…"))
        task.start()
        gone: list[bool] = []  # this page went away meanwhile (its window closed): no widget of it to touch

        def went(*_a: object) -> None:
            gone.append(True)

        self.destroyed.connect(went)
        task.wait_in_event_loop()
        historic = outcome.get("historic")
        if gone:
            shutil.rmtree(folder, ignore_errors=True)
            return None
        self.destroyed.disconnect(went)
        if self.as_of_task is task:
            self.as_of_task = None
        self._hide_busy()
        self._filter()  # the count again
        try:
            if historic is None:
                error = outcome.get("error")
                if error is not None:
                    raise error  # type: ignore[misc]
                shutil.rmtree(folder, ignore_errors=True)  # cancelled, or replaced by a newer request
                return None
            reader = RegisterStore.open(path, readonly=True)
        except (RegisterError, OSError, ValueError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            QMessageBox.warning(self, _tr("Cannot show the register as of that day"), i18n.store_text(exc))
            return None
        reader.historic_moment = moment
        shown = export_i18n.format_date(local.date(), i18n.current())
        reader.readonly_reason = _tr("This is “{0}” as it stood on {1} at {2}, rebuilt from its change log: a copy "
                                     "to read and export, removed when this window closes."
                                     ).format(store.path.name if store.path else "", shown, local.strftime("%H:%M"))
        shown = f"{shown} {local.strftime('%H:%M')}"
        if historic.problems:
            reader.readonly_reason += " " + _tr("{0} references could not be rebuilt and are left out.").format(
                len(historic.problems))
        window = make_window(reader)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowTitle(_tr("{0} as of {1} (read-only) — ROPA Desk").format(
            store.path.name if store.path else "", shown))
        window.destroyed.connect(lambda *_a, f=folder: shutil.rmtree(f, ignore_errors=True))
        window.destroyed.connect(lambda *_a, w=window: self.windows.remove(w) if w in self.windows else None)
        self.windows.append(window)
        window.show()
        return window

    # --- two days compared ----------------------------------------------------------------------------------
    def compare_dialog(self) -> CompareDialog | None:
        if self.session is None:
            return None
        dialog = CompareDialog(self.session.store, self)
        dialog.show()
        return dialog


class MomentDialog(QDialog):
    """A day and a time to choose (default: the end of today), to the minute."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("moment_dialog")
        self.setWindowTitle(title)
        self.when = QDateTimeEdit(QDateTime(QDate.currentDate(), QTime(23, 59)), self)
        self.when.setObjectName("moment")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(label)
        self.when.setMaximumDate(QDate.currentDate())
        self.when.dateChanged.connect(lambda _d: self.when.setTime(QTime(23, 59)))  # the end of the chosen day
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label, self.when)
        form.addRow(buttons)

    def moment(self) -> datetime:
        """The end of the minute chosen, local time, aware."""
        chosen = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        return (chosen + timedelta(minutes=1, microseconds=-1)).astimezone()


class DifferencesModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__([_tr("What"), _tr("Kind"), _tr("Record"), _tr("Fields")], parent)
        self.differences: list[Difference] = []

    def set_differences(self, found: list[Difference]) -> None:
        what = {ADDED: _tr("Added"), CHANGED: _tr("Changed")}
        self.differences = list(found)
        self.set_rows([(what.get(d.what, _tr("Removed")), _kind_name(d.kind), d.title,
                        ", ".join(_field_name(d.kind, f) for f in d.fields)) for d in found])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


class CompareDialog(QDialog):
    """What was added, changed and removed from the end of one day to the end of another."""

    def __init__(self, store: RegisterStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(_tr("Compare two dates"))
        self.store = store
        today = QDate.currentDate()
        self.first = QDateEdit(today.addMonths(-1), self)
        self.first.setObjectName("compare_from")
        self.first.setAccessibleName(_tr("From the end of this day"))
        self.second = QDateEdit(today, self)
        self.second.setObjectName("compare_to")
        self.second.setAccessibleName(_tr("To the end of this day"))
        for edit in (self.first, self.second):
            edit.setCalendarPopup(True)
        self.run_button = QPushButton(_tr("Compare"), self)
        self.run_button.setObjectName("compare_run")
        self.run_button.setAccessibleName(_tr("Compare the register on the two days"))
        self.run_button.clicked.connect(lambda _=False: self.compare(self.first.date().toPython(),
                                                                     self.second.date().toPython()))
        self.model = DifferencesModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("compare_table")
        self.table.setAccessibleName(_tr("Differences"))
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 150, 320)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self)
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("From"), self))
        row.addWidget(self.first)
        row.addWidget(QLabel(_tr("To"), self))
        row.addWidget(self.second)
        row.addWidget(self.run_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        lay.addWidget(close)
        self.resize(820, 480)

    def compare(self, first: date, second: date) -> list[Difference]:
        self.first.setDate(QDate(first.year, first.month, first.day))  # what is shown is what was compared
        self.second.setDate(QDate(second.year, second.month, second.day))
        start, end = sorted((parse_moment(first.isoformat()), parse_moment(second.isoformat())))
        before, after = self.store.as_of(start), self.store.as_of(end)
        found = differences(before.register, after.register)
        self.model.set_differences(found)
        counts = {w: sum(1 for d in found if d.what == w) for w in (ADDED, CHANGED)}
        removed = len(found) - counts[ADDED] - counts[CHANGED]
        self.summary.setText(_tr("From {0} to {1}: {2} added, {3} changed, {4} removed.").format(
            _local_day(start), _local_day(end), counts[ADDED], counts[CHANGED], removed))
        return found


def _local_day(moment: datetime) -> str:
    return export_i18n.format_date(moment.astimezone().date(), i18n.current())
