"""The findings of the checks as a table model that filters (severity, words) and sorts itself (the view's identity
`SortingProxy` in front only hands it a header's click)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ..domain.checks.findings import SEVERITIES, Finding
from . import i18n
from .finding_texts import (
    accepted_icon, field_label, finding_index_texts, finding_label, finding_status, finding_text,
    record_kind_label, severity_icon, severity_label,
)
from .table_model import SummaryTableModel

Index = QModelIndex | QPersistentModelIndex

FINDING_ROLE = Qt.ItemDataRole.UserRole + 11


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecksView", text)


class FindingsTableModel(SummaryTableModel):
    """Read-only rows of findings; columns severity, finding, record, field, legal reference.

    Filtered (severity, words) and sorted by the model itself, like the record lists: `all_rows` holds
    every finding, `rows` the ones shown."""

    STATUS_FIELD = "status"  # the severity of an open finding, "accepted" for an accepted one
    KEYED_ROWS = False  # findings have no id; a new run of the checks brings new ones
    # Findings whose cells' texts are kept, made when first painted: a finding's texts are translated and rendered
    # (~50 us a cell), and a keystroke's repaint shows mostly rows painted before (#21). Emptied when full.
    CELL_TEXTS_KEPT = 4096

    def __init__(self, parent=None):
        super().__init__(
            [
                ("severity", _tr("Severity"), severity_label),
                ("message", _tr("Finding"), None),
                ("record_label", _tr("Record"), None),
                ("field", _tr("Field"), None),
                ("reference", _tr("Legal reference"), None),
            ],
            parent,
        )
        self._cell_texts: dict[int, tuple[str, ...]] = {}  # id of a finding of `all_rows` -> its cells' texts

    @property
    def findings(self) -> list[Finding]:
        """Every finding, shown or not."""
        return self.all_rows

    def set_findings(self, findings: list[Finding]) -> None:
        found = list(findings)
        self.set_loader(lambda: found)

    def reload(self) -> None:
        self._cell_texts = {}  # the previous findings' texts (their ids may come again)
        super().reload()

    def index_texts(self) -> list[str]:
        return list(finding_index_texts(self.all_rows))

    def _display(self, row: Finding, column: int) -> str:
        key = self.columns[column][0]
        if key == "severity" and row.accepted:
            return finding_status(row)
        if key == "message":
            return finding_text(row)
        if key == "reference":  # cited as the language cites the law ("art. 6.1 f")
            return row.reference_text(i18n.checks_translator())
        if key == "record_label":
            return finding_label(row)
        return field_label(row) if self.columns[column][0] == "field" else super()._display(row, column)

    def sort_key(self, row: Finding, column: int):
        if self.columns[column][0] == "severity":  # accepted findings after the open ones
            rank = SEVERITIES.index(row.severity) if row.severity in SEVERITIES else len(SEVERITIES)
            return rank + (len(SEVERITIES) + 1 if row.accepted else 0)
        return super().sort_key(row, column)

    def cell(self, row: int, column: int):
        if not (0 <= row < len(self.rows) and 0 <= column < len(self.columns)):
            return "", None
        f = self.rows[row]
        texts = self._cell_texts.get(id(f))  # the finding is in `all_rows` until the reload that empties this
        if texts is None:
            if len(self._cell_texts) >= self.CELL_TEXTS_KEPT:
                self._cell_texts.clear()
            texts = self._cell_texts[id(f)] = tuple(super(FindingsTableModel, self).cell(row, c)[0]
                                                    for c in range(len(self.columns)))
        text = texts[column]
        if column == 0 and f.accepted:
            return text, accepted_icon()
        return text, severity_icon(f.severity) if text and column == 0 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (not index.isValid() or not (0 <= index.row() < len(self.rows))
                or not 0 <= index.column() < len(self.columns)):
            return None
        f = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:
                return f"{record_kind_label(f.record_kind)}: {finding_label(f)}"
            if col == 0 and f.accepted:
                return _tr("Accepted: {0}").format(f.accepted_reason)
            return f"{finding_text(f)}\n{_tr('Legal reference')}: {f.reference}" if col == 1 else self._display(f, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return accepted_icon() if f.accepted else severity_icon(f.severity)
        if role == FINDING_ROLE:
            return f
        return None

    def finding(self, row: int) -> Finding:
        return self.rows[row]
