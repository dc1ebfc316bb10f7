"""The findings of the checks as a table model that filters (severity, words) and sorts itself (the view's identity
`SortingProxy` in front only hands it a header's click)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from ..domain import kinds, model
from ..domain.checks.findings import ERROR, INFO, SEVERITIES, WARNING, Finding
from . import i18n
from .table_model import SummaryTableModel

Index = QModelIndex | QPersistentModelIndex

FINDING_ROLE = Qt.ItemDataRole.UserRole + 11

RECORD_CLASSES = {k.key: k.cls for k in kinds.KINDS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecksView", text)


def finding_text(f: Finding) -> str:
    """The finding's message in the interface language (the export tables' check texts)."""
    return f.text(i18n.checks_translator())


def finding_label(f: Finding) -> str:
    """The name of the finding's record in the interface language (a transfer as "holder → Förenta staterna",
    an unnamed record's stand-in): the record's own name stays as typed."""
    return f.label_text(i18n.checks_translator())


def severity_label(severity: str) -> str:
    return {ERROR: _tr("Error"), WARNING: _tr("Warning"), INFO: _tr("Info")}.get(severity, severity)


def finding_status(f: Finding) -> str:
    """The first column of a finding: its severity, or that the user accepted it (and what it was)."""
    if f.accepted:
        return _tr("Accepted ({0})").format(severity_label(f.severity).lower())
    return severity_label(f.severity)


def accepted_icon():
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)


_ICON_PIXMAPS = {
    ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_icons: dict[tuple[str, str], object] = {}


def severity_icon(severity: str):
    """The style's icon for a severity; one QIcon per severity and style, so that the icon's scaled
    pixmaps are cached between paints (a new QIcon per cell scaled the pixmap on every paint)."""
    pixmap = _ICON_PIXMAPS.get(severity)
    if pixmap is None:
        return None
    style = QApplication.style()
    key = (style.name(), severity)
    icon = _icons.get(key)
    if icon is None:
        icon = _icons[key] = style.standardIcon(pixmap)
    return icon


def field_label(finding: Finding) -> str:
    """The label of the field a finding names, as the editor shows it ("Transfer: Mechanism" for transfers)."""
    cls = RECORD_CLASSES.get(finding.record_kind)
    if cls is None or not finding.field:
        return ""
    try:
        label = i18n.field_label(cls, model.field_spec(cls, finding.field))
    except KeyError:
        return finding.field
    return _tr("Transfer: {0}").format(label) if finding.record_kind == kinds.TRANSFER.key else label


def record_kind_label(kind: str) -> str:
    try:
        return _tr(kinds.kind(kind).label)
    except KeyError:
        return kind


def finding_index_texts(findings: Iterable[Finding]) -> Iterator[str]:
    """What the Checks view's filter looks through, per finding: every text the row and its detail show, in the
    interface language. Pure (Qt's translate is thread-safe): the Checks view makes them in a worker thread,
    since for 30,000 findings they take seconds. Made one at a time as they are asked for, so that the index
    drops each once its words are counted: at 158,922 findings, all the texts at once were ~75 MB of the
    window's peak (issue #21)."""
    translate = i18n.checks_translator()
    for f in findings:
        yield " ".join((f.text(translate), f.record_label, f.label_text(translate), field_label(f), f.reference,
                        f.reference_text(translate), f.rule_id, f.accepted_reason))


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
