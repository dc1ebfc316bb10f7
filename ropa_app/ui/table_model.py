"""A read-only table model over a list of summary records (activities, recipients).

The model filters its own rows (search text, status) with plain Python over pre-built texts, which is
far faster than a proxy asking `data()` row by row; the QSortFilterProxyModel in front of it sorts.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, ID_ROLE})


class SummaryTableModel(QAbstractTableModel):
    """Rows come from `load()`; each column is (key, header, display function or None)."""

    def __init__(self, columns: list[tuple[str, str, Callable[[Any], str] | None]], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._load: Callable[[], list[Any]] = lambda: []
        self._load_texts: Callable[[], dict[int, str]] | None = None
        self._texts: dict[int, str] | None = None
        self.all_rows: list[Any] = []
        self.rows: list[Any] = []
        self.search = ""
        self.status = ""
        self.generation = 0
        self._row_texts: list[str] = []  # search texts of `rows`, while a search is on

    def set_loader(self, load: Callable[[], list[Any]] | None, texts: Callable[[], dict[int, str]] | None = None) -> None:
        self._load = load or (lambda: [])
        self._load_texts = texts
        self.reload()

    def reload(self) -> None:
        self.all_rows = self._load()
        self._texts = None
        self.generation += 1
        self._apply()

    def provide_texts(self, generation: int, texts: dict[int, str]) -> None:
        """The search index, read in the background for the rows of `generation` (ignored if stale)."""
        if generation == self.generation and self._texts is None:
            self._texts = texts

    def set_filter(self, search: str | None = None, status: str | None = None) -> None:
        previous, narrowing = self.search, status is None or status == self.status
        if search is not None:
            self.search = search.casefold().strip()
        if status is not None:
            self.status = status
        # Typing one more letter only narrows the rows already shown: scan just those.
        self._apply(self.rows if narrowing and previous and self.search.startswith(previous) else None)

    def _search_text(self) -> dict[int, str]:
        if self._texts is None:
            if self._load_texts is not None:
                self._texts = self._load_texts()
            else:
                self._texts = {
                    r.id: " ".join(str(self._display(r, c)) for c in range(len(self.columns))).casefold()
                    for r in self.all_rows
                }
        return self._texts

    def _apply(self, within: list[Any] | None = None) -> None:
        rows = self.all_rows if within is None else within
        row_texts: list[str] = []
        if self.status and within is None:
            rows = [r for r in rows if getattr(r, "status", "") == self.status]
        if self.search:
            q = self.search
            if within is not None and len(self._row_texts) == len(within):
                texts = self._row_texts  # aligned with the rows shown: no lookups by id
            else:
                index = self._search_text()
                texts = [index.get(r.id, "") for r in rows]
            keep = [i for i, t in enumerate(texts) if q in t]
            if within is not None and len(keep) == len(within):
                return  # one more letter, the same rows: nothing to redraw
            rows = [rows[i] for i in keep]
            row_texts = [texts[i] for i in keep]
        self._row_texts = row_texts
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:  # the view asks for a dozen roles per cell when it paints: answer fast
            return None
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(self.columns)):
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
