"""A read-only table model over a list of summary records (activities, recipients).

The model filters its own rows (search words, status) through a word index of the records' whole text
(`domain.search.TextIndex`), which is far faster than a proxy asking `data()` row by row, and sorts them
itself; a view shows it through `SortingProxy`, which maps each row to itself and hands it a header's click.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import Any
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QModelIndex,
    QPersistentModelIndex,
    QIdentityProxyModel,
    Qt,
    Signal,
)

from ..domain.search import TextIndex, bit_flags, flags_bits
from .worker import ui_reads

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, ID_ROLE})


def _set_positions(flags: bytes) -> list[int]:
    """The positions of the 1 bytes of `flags` (from `bit_flags`), each found by `bytes.find` (memchr)."""
    found, find = [], flags.find
    at = find(1)
    while at >= 0:
        found.append(at)
        at = find(1, at + 1)
    return found


class PickedRows(Sequence):
    """The rows of `source` whose flag is set (one byte per row, `search.bit_flags`), each found when asked for.

    A large answer is not picked: a list of 100,000 references made from 158,922 findings took a keystroke 2-4 ms,
    and letting the previous one go ~1 ms more (#21), while the view asks for a screenful. The flags are counted
    per block of `BLOCK` rows once (in C); the rows of a block are picked when one of them is asked for (the block
    last asked for is kept)."""

    __slots__ = ("_source", "_flags", "_ends", "_size", "_first", "_near")
    BLOCK = 1024

    def __init__(self, source: Sequence, flags: bytes):
        self._source, self._flags = source, flags
        size, b = len(flags), self.BLOCK
        self._ends = list(accumulate(map(flags.count, repeat(1), range(0, size, b), range(b, size + b, b))))
        self._size = self._ends[-1] if self._ends else 0
        self._first, self._near = 0, []  # the rows of the block last asked for, and the index of its first

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._size))]
        near = i - self._first
        if 0 <= near < len(self._near):
            return self._near[near]
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("row index out of range")
        block = bisect_right(self._ends, i)
        start = block * self.BLOCK
        self._first = self._ends[block - 1] if block else 0
        self._near = list(compress(self._source[start:start + self.BLOCK], self._flags[start:start + self.BLOCK]))
        return self._near[i - self._first]

    def __iter__(self):
        return compress(self._source, self._flags)

    def __eq__(self, other) -> bool:
        if self is other:
            return True
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and list(self) == list(other)  # (in C, by identity first)

    __hash__ = None  # type: ignore[assignment]


class SummaryTableModel(QAbstractTableModel):
    """Rows come from `load()`; each column is (key, header, display function or None).

    A search never builds the index on the UI thread while one can come from a worker (#21: 30 ms at 1,000 rows,
    seconds at 50,000): the keystroke records the query, `index_wanted` asks the view to start the worker if it
    has not, and the query is applied when the index arrives (`provide_index`). Meanwhile the model is `waiting`
    (`waiting_changed`): the rows shown are not the answer, and the view says so."""

    index_wanted = Signal()  # a search needs the index, which is neither built nor on its way: start its worker now
    waiting_changed = Signal(bool)  # the search typed waits for the index (True), or is applied (False)

    STATUS_FIELD = "status"  # the attribute the status filter compares
    # A row's key (`row_key`) names the same record across reloads. False: every load brings new rows (a new run
    # of the checks), never compared with the old ones (comparing 159,000 keys took ~40 ms of the UI thread).
    KEYED_ROWS = True
    BUILD_NOW_UP_TO = 1000  # rows: a view may leave a list this short without a worker (built on the first search)
    # rows: a list this short builds its index here when a search needs it before the worker's arrives (reading
    # and indexing 100 activities' texts: ~8 ms of CPU; 1,000: ~75 ms)
    BUILD_HERE_UP_TO = 100
    # rows: an answer this small (and the list in its own order) is picked at its positions, found in C, rather than
    # by a pass over every row (~1 ms at 158,922 findings, #21)
    FEW_ROWS = 1024

    def __init__(self, columns: list[tuple[str, str, Callable[[Any], str] | None]], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._load: Callable[[], list[Any]] = lambda: []
        self._load_texts: Callable[[], dict[int, str]] | None = None
        self._index: TextIndex | None = None
        self._stale_index: TextIndex | None = None  # the previous rows' index, while the new one is built
        self.all_rows: list[Any] = []
        self._sorted_all: list[Any] = []  # all_rows in the sort order
        self.rows: list[Any] = []
        self.search = ""
        self.status = ""
        self.generation = 0
        self.index_pending = False  # a worker is building the index of these rows
        self.waiting = False  # the search typed waits for the index: the rows shown are not its answer
        self._failed = -1  # the generation whose worker failed: its index is built here
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        # Reads a sequence aligned with `all_rows` in the sort order (None: not sorted), in C: the filter's flags
        self._in_order: Callable[[Sequence], Sequence] | None = None
        self._status_masks: dict[str, int] = {}  # status -> its rows as bits by position (these rows')
        self._picked: int | None = -1  # the bits `rows` were picked by (None: every row; -1: not by bits)

    def set_loader(
        self, load: Callable[[], list[Any]] | None, texts: Callable[[], dict[int, str]] | None = None
    ) -> None:
        self._load = load or (lambda: [])
        self._load_texts = texts
        self.reload()

    def reload(self) -> None:
        previous = self._index if self._index is not None else self._stale_index
        before = [self.row_key(r) for r in self.all_rows] if previous is not None and self.KEYED_ROWS else None
        with ui_reads():  # the workers wait while the rows are read (worker.ui_reads)
            self.all_rows = self._load()
        # Until the new index arrives, the old one still answers for the same records in the same order
        # (an edit of one record): its results may lag that record's latest text for a moment.
        same = before is not None and [self.row_key(r) for r in self.all_rows] == before
        self._stale_index = previous if same else None
        self._index = None
        self.generation += 1
        self._status_masks = {}
        self._in_order = self._ranks()
        self._apply(force=True)

    def row_key(self, row: Any) -> Any:
        """What identifies a row across reloads (the record's id)."""
        return row.id

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    def provide_index(self, generation: int, index: TextIndex) -> None:
        """The search index, built in the background for the rows of `generation` (ignored if stale)."""
        if generation == self.generation:
            self.index_pending = False  # also when a keystroke built it here meanwhile
        if generation != self.generation or self._index is not None:
            return
        if len(index) != len(self.all_rows):  # not of these rows: built here when the search needs it
            self.index_failed(generation)
            return
        self._index, self._stale_index = index, None
        if self.search.strip():
            self._apply()

    def index_failed(self, generation: int) -> None:
        """The worker could not build the index: build it here when the search needs it."""
        if generation == self.generation:
            self.index_pending = False
            self._failed = generation
            if self.search.strip():
                self._apply()

    def build_index(self) -> TextIndex:
        """The search index of the rows loaded now."""
        return TextIndex(self.index_texts())

    def index_texts(self) -> list[str]:
        """The text of each row to search, aligned with `all_rows`: the loader's texts by record id, or
        the rows' shown columns."""
        if self._load_texts is not None:
            texts = self._load_texts()
            return [texts.get(r.id, "") for r in self.all_rows]
        shown = range(len(self.columns))
        return [" ".join(str(self._display(r, c)) for c in shown) for r in self.all_rows]

    def set_filter(self, search: str | None = None, status: str | None = None) -> None:
        if search is not None:
            self.search = search
        if status is not None:
            self.status = status
        self._apply()

    def _apply(self, force: bool = False) -> None:
        """Show the rows the search and the status filter leave, in the sort order. The index answers with bits by
        position and the status with a mask of its rows (made once per load), AND-ed; the rows are then picked
        from the list by those bits in C (`itertools.compress`): no Python step per row, whatever their number
        (#21: a keystroke in the Checks view at 158,922 findings). An answer the same as the rows shown is not picked
        again; a small one is picked at its positions (`FEW_ROWS`), without the pass over every row, and a large one
        in the list's own order not at all (`PickedRows`: its rows found when the view asks for them)."""
        rows = self.all_rows if self._in_order is None else self._sorted_all
        waiting = False
        bits: int | None = None  # the rows shown as bits by position; None: every row
        if self.search.strip():
            index = self._index if self._index is not None else self._stale_index
            if index is None and len(self.all_rows) > self.BUILD_HERE_UP_TO and self._failed != self.generation:
                if not self.index_pending:
                    self.index_wanted.emit()  # a view that builds it in a worker starts it now (index_pending)
            if index is None and self.index_pending and len(self.all_rows) > self.BUILD_HERE_UP_TO:
                # The index is on its way: the query is applied when it arrives (`provide_index`). Until then
                # the records shown stay shown (the view marks them as not the answer).
                waiting = True
                if not force:
                    self._set_waiting(True)
                    return
                if self.KEYED_ROWS:  # the records shown stay shown, in their new state
                    now = {self.row_key(r): r for r in self.all_rows}
                    rows = [now[k] for k in map(self.row_key, self.rows) if k in now]
                # rows without a key across reloads (findings): the new rows, marked as not the answer
            else:
                if index is None:  # a short list, or no worker builds it (or it failed): here, once
                    index = self._index = self.build_index()
                    self._stale_index = None
                bits = index.matching(self.search)
        if self.status:
            if waiting:  # the rows kept while the index is on its way
                field = self.STATUS_FIELD
                rows = [r for r in rows if getattr(r, field, "") == self.status]
            else:
                mask = self._status_mask(self.status)
                bits = mask if bits is None else bits & mask
        if not (force or waiting) and bits == self._picked:  # the rows shown are the answer already
            self._set_waiting(False)
            return
        if bits is not None:
            flags = bit_flags(bits, len(self.all_rows))
            if self._in_order is None and bits.bit_count() <= self.FEW_ROWS:  # found by memchr, not a pass per row
                rows = [self.all_rows[i] for i in _set_positions(flags)]
            elif self._in_order is None:  # a large answer: its rows found when the view asks for them
                rows = PickedRows(self.all_rows, flags)
            else:
                rows = list(compress(self._sorted_all, self._in_order(flags)))
        if bits is not None and self._picked != -1:  # shown: every row (None), or the rows of other bits: not compared
            changed = force or self._picked is not None or len(rows) != len(self.rows)
        else:  # compared (by identity first): the same row objects need no redraw
            changed = force or rows != self.rows
        if changed:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        self._picked = -1 if waiting else bits
        self._set_waiting(waiting)

    def _status_mask(self, status: str) -> int:
        """The rows of `status`, as bits by position: one pass over the rows per status and load."""
        mask = self._status_masks.get(status)
        if mask is None:
            field = self.STATUS_FIELD
            mask = self._status_masks[status] = flags_bits(getattr(r, field, "") == status for r in self.all_rows)
        return mask

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)

    # --- sorting: here, once per click, with one key per row (a proxy compares through data()) ----------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: the order the rows were loaded in); the selection stays on its rows."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self.rows[i.row()] if 0 <= i.row() < len(self.rows) else None for i in persistent]
        self._in_order = self._ranks()
        self._apply_order()
        place = {id(r): n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(place[id(r)], i.column()) if r is not None and id(r) in place else QModelIndex()
             for i, r in zip(persistent, held)],
        )
        self.layoutChanged.emit()

    def _apply_order(self) -> None:
        shown = {id(r) for r in self.rows}
        self.rows = [r for r in (self._sorted_all if self._in_order is not None else self.all_rows) if id(r) in shown]

    def sort_key(self, row: Any, column: int) -> Any:
        """What a column sorts on: its text, compared the way the user's language orders words."""
        # Case-folded first: a collator for the "C" locale compares its sort keys case-sensitively.
        return self._collator.sortKey(str(self._display(row, column) or "").casefold())

    def _ranks(self) -> Callable[[Sequence], Sequence] | None:
        """Sort `all_rows` by the sort column into `_sorted_all`; returns what reads a sequence aligned with
        `all_rows` in that order (None when not sorted)."""
        if not 0 <= self.sort_column < len(self.columns):
            self._sorted_all = self.all_rows
            return None
        self._collator = QCollator()
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)  # PA-2 before PA-10
        keys = [self.sort_key(r, self.sort_column) for r in self.all_rows]
        order = sorted(range(len(keys)), key=keys.__getitem__,
                       reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._sorted_all = [self.all_rows[p] for p in order]
        if len(order) > 1:
            return itemgetter(*order)
        return (lambda items: tuple(items[:1])) if order else (lambda _items: ())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section][1]
        return None

    def _display(self, row: Any, column: int) -> str:
        key, _header, show = self.columns[column]
        value = getattr(row, key)
        return show(value) if show else value

    def cell(self, row: int, column: int) -> tuple[str, Any]:
        """What a cell shows: its text and its icon (or None); for the list's delegate."""
        if 0 <= row < len(self.rows) and 0 <= column < len(self.columns):
            return str(self._display(self.rows[row], column) or ""), None
        return "", None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:  # the view asks for a dozen roles per cell when it paints: answer fast
            return None
        if (not index.isValid() or not (0 <= index.row() < len(self.rows))
                or not (0 <= index.column() < len(self.columns))):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == ID_ROLE:
            return row.id
        return None

    def row_of(self, record_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == record_id:
                return i
        return -1

    def total(self) -> int:
        return len(self.all_rows)


class RowsTableModel(QAbstractTableModel):
    """A read-only table of ready-made text rows (derived views, previews)."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (index.isValid() and role == Qt.ItemDataRole.DisplayRole and 0 <= index.row() < len(self.rows)
                and 0 <= index.column() < len(self.headers)):
            return self.rows[index.row()][index.column()]
        return None


class SortingProxy(QIdentityProxyModel):
    """The proxy in front of a SummaryTableModel (every list's view shows one): a click on a column header
    sorts the model itself (`QAbstractProxyModel.sort` hands it on), which also filters its own rows.

    A QSortFilterProxyModel would sort by comparing cells through `data()`, a call into Python per
    comparison (over a second for 10,000 rows, and again on every keystroke while a column is sorted), and
    it builds its mapping of every row again at each change of the rows: 10-15 ms a keystroke over 158,922
    findings (#21). An identity proxy maps a row to itself and costs nothing per row."""
