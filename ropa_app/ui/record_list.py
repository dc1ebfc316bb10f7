"""A searchable, sortable list of records: search box, status filter, count, column choice."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QByteArray, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ..domain import vocab
from ..domain.search import TextIndex
from . import i18n, settings
from .startup_probe import after_first_paint
from .summary_view import summary_table
from .table_model import ID_ROLE, SortingProxy, SummaryTableModel
from .worker import BackgroundTask, CancelFlag, Progress, raise_if_cancelled


class RecordListView(QWidget):
    current_changed = Signal(object)  # record id or None
    activated = Signal(int)

    def __init__(self, name: str, model: SummaryTableModel, noun_plural: str, with_status: bool = False, parent=None,
                 noun_singular: str = ""):
        super().__init__(parent)
        self.setObjectName(f"{name}_list")
        self.name = name
        self.noun_plural = noun_plural
        self.noun_singular = noun_singular or noun_plural  # "1 activity"
        self.model = model
        model.setParent(self)
        # The model filters (search, status) and sorts; the proxy hands the header's clicks to it.
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.modelReset.connect(self._update_count)  # also when a deferred search lands
        model.index_wanted.connect(lambda: self._prefetch_texts(now=True))
        model.waiting_changed.connect(self._show_waiting)

        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(self.tr("Search {0}…").format(noun_plural))
        self.search.setAccessibleName(self.tr("Search {0}").format(noun_plural))
        self.search.setClearButtonEnabled(True)
        # never narrower than a few words: beside a long list's count ("50 000 behandlingar") it was squeezed to "S…"
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x" * 18))
        self.search.textChanged.connect(lambda text: self._filter(search=text))

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName(f"{name}_status_filter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for key in vocab.STATUSES:
            self.status_filter.addItem(self.tr(vocab.STATUSES.label(key)), key)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.status_filter.setVisible(with_status)

        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{name}_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = summary_table(self, f"{name}_table", noun_plural, self.proxy, model)  # rows in reference order
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # size columns from the first rows only
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(lambda idx: self.activated.emit(idx.data(ID_ROLE)))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        # The count on a line of its own under the list: beside the search box, "50 000 av 50 000 behandlingar" made
        # the list at least 446 pixels wide, and a record's form beside it scrolled sideways at 1280x800.
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(under)
        self._state_restored = False  # its saved columns restored, or sized to its contents
        self._shown_once = False
        self._reselecting = False
        self._prefetch_task: BackgroundTask | None = None
        self._prefetch_generation = -1  # the rows (model.generation) whose index it builds

    # --- data -----------------------------------------------------------------------------------
    def set_loader(self, load, texts=None, texts_in_background=None) -> None:
        """`texts` reads the search index's texts by id (on the first keystroke at the latest); `texts_in_background`
        reads them from a worker thread as (id, text) pairs, best in the list's order (each indexed as it comes),
        started now so that the first keystroke finds the index ready."""
        self._texts_in_background = texts_in_background
        self.model.set_loader(load, texts)
        self._prefetch_texts()
        self._restore_columns(shown=self.isVisible())
        self._update_count()

    def _prefetch_texts(self, now: bool = False) -> None:
        """Read the texts and build the index of the rows in a worker: after the window's first paint, or `now`
        (a search typed needs it: `SummaryTableModel.index_wanted`)."""
        if self._prefetch_task is not None and self._prefetch_generation == self.model.generation:
            return  # these rows' worker is started already (a keystroke before the first paint started it)
        old, self._prefetch_task = self._prefetch_task, None
        if old is not None:
            old.discard()  # the rows were reloaded: its index would be of the old ones
        fetch = getattr(self, "_texts_in_background", None)
        if fetch is None or not self.model.total():
            return
        if not now and not self.window().isVisible():  # the window is opening: its first paint goes first (#21)
            after_first_paint(self, self._prefetch_texts)
            return
        generation, ids = self.model.generation, [r.id for r in self.model.all_rows]

        def build(progress: Progress, cancelled: CancelFlag) -> TextIndex:
            pairs = fetch()
            try:  # each text made as the index takes it and freed once indexed
                return TextIndex(texts_by_position(pairs, ids, cancelled))
            finally:
                getattr(pairs, "close", lambda: None)()  # a reader's connection closed here, not when collected

        # A long list's index is millions of objects kept: no cycle collection over them while they are made (the
        # UI thread's passes paused the window), as for the Checks view's index.
        task = BackgroundTask(build, self, pause_collector=len(ids) > self.model.BUILD_NOW_UP_TO)
        task.finished.connect(lambda index: self.model.provide_index(generation, index))
        task.failed.connect(lambda _exc: self.model.index_failed(generation))
        task.cancelled.connect(lambda: self.model.index_failed(generation))
        self.model.index_pending = True
        task.start()
        self._prefetch_task, self._prefetch_generation = task, generation

    def reload(self, keep_id: int | None = None) -> None:
        current = keep_id if keep_id is not None else self.current_id()
        self.model.reload()
        self._prefetch_texts()
        self._update_count()
        if current is not None:
            self.select(current)

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(ID_ROLE) if idx.isValid() else None

    def select(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0 and any(r.id == record_id for r in self.model.all_rows):
            # filtered out: clear the filters so the record can be shown
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            row = self.model.row_of(record_id)
        if row < 0:
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        return True

    def _status_changed(self) -> None:
        self._filter(status=self.status_filter.currentData() or "")

    def _filter(self, **kw) -> None:
        """Filter the rows; the record being edited stays selected while it is among them."""
        current = self.current_id()
        self.model.set_filter(**kw)
        self._update_count()
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0 and self.current_id() != current:
            auto = self.table.hasAutoScroll()
            self.table.setAutoScroll(False)  # the user looks at the results from the top
            self._reselecting = True  # the same record: the editor need not load it again
            try:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
            finally:
                self._reselecting = False
                self.table.setAutoScroll(auto)

    def _current_row_changed(self, *_args) -> None:
        if not self._reselecting:
            self.current_changed.emit(self.current_id())

    def _show_waiting(self, waiting: bool) -> None:
        """While the search typed waits for the index, the rows shown are not its answer: the list is greyed
        and the count (and the list's accessible description) says "Searching…"."""
        self.table.setEnabled(not waiting)
        self.table.setAccessibleDescription(self.tr("Searching…") if waiting else "")
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        number = QLocale(i18n.current()).toString  # the interface's way: "50 000" in Swedish, "50,000" in English
        # As wide as its widest text for this register: a label that changed size with every keystroke
        # made the whole row of controls lay out and repaint again.
        metrics = self.count_label.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.tr("{0} of {1} {2}").format(number(total), number(total),
                                                                                 self.noun_plural)),
                     metrics.horizontalAdvance(self.tr("Searching…")))
        size = (widest + 12, self.count_label.sizeHint().height())
        if (self.count_label.minimumWidth(), self.count_label.minimumHeight()) != size:
            self.count_label.setFixedSize(*size)
        noun = self.noun_singular if total == 1 else self.noun_plural  # the noun agrees with the total
        if self.model.waiting:
            self.count_label.setText(self.tr("Searching…"))
        elif shown == total:
            self.count_label.setText(self.tr("{0} {1}").format(number(total), noun))
        else:
            self.count_label.setText(self.tr("{0} of {1} {2}").format(number(shown), number(total), noun))

    # --- columns --------------------------------------------------------------------------------
    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            act = menu.addAction(self.model.headerData(col, Qt.Orientation.Horizontal))
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(col))
            act.setEnabled(col != 1 or header.isSectionHidden(col))  # the name column stays
            act.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self.save_columns()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._shown_once = True
        self._restore_columns(shown=True)  # before the list's first paint
        super().showEvent(event)

    def save_columns(self) -> None:
        if not (self._state_restored or self._shown_once):
            return  # a list never shown nor restored (a first start's hidden pages): the widths saved stay as they are
        settings.app_settings().setValue(f"{self.name}_list/header", self.table.horizontalHeader().saveState())

    def _restore_columns(self, shown: bool) -> None:
        """The saved columns (widths, hidden ones, sort) once the list has rows; with none saved (the very first
        start), widths from the first rows' contents the first time the list is `shown`, not for a list never shown:
        sizing reads its cells (the recipients' countries load pycountry's names, #21)."""
        if self._state_restored or not self.model.total():
            return
        state = settings.app_settings().value(f"{self.name}_list/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
        elif shown:
            self.table.resizeColumnsToContents()
            # a readable name column that leaves the columns after it in sight
            self.table.setColumnWidth(1, min(max(self.table.columnWidth(1), 220), 290))
        else:
            return
        self._state_restored = True


def texts_by_position(pairs: Iterable[tuple[int, str]], ids: list[int], cancelled: CancelFlag) -> Iterator[str]:
    """The text of each of `ids` in turn ("" for one without), from (id, text) pairs: taken one at a time when they come
    in the same order (a list's reader makes them in the list's order), else kept until their id's turn (the register
    changed between the list's read and the texts'). Cancel is looked for every 4,096 texts."""
    early: dict[int, str] = {}  # texts read before their turn
    pairs = iter(pairs)
    for n, record_id in enumerate(ids):
        if not n % 4096:
            raise_if_cancelled(cancelled)
        text = early.pop(record_id, None)
        if text is None:
            for found, text in pairs:
                if found == record_id:
                    break
                early[found] = text
            else:
                text = ""
        yield text
