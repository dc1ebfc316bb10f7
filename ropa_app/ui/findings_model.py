"""The findings of the checks as a table model, and the proxy that filters them by severity and text."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from ..domain import model
from ..domain.checks.findings import ERROR, INFO, SEVERITIES, WARNING, Finding

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
FINDING_ROLE = Qt.ItemDataRole.UserRole + 11

RECORD_CLASSES = {
    "organisation": model.Organisation,
    "activity": model.Activity,
    "recipient": model.Recipient,
    "transfer": model.Transfer,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecksView", text)


def severity_label(severity: str) -> str:
    return {ERROR: _tr("Error"), WARNING: _tr("Warning"), INFO: _tr("Info")}.get(severity, severity)


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
        label = QCoreApplication.translate("fields", model.field_spec(cls, finding.field).label)
    except KeyError:
        return finding.field
    return _tr("Transfer: {0}").format(label) if finding.record_kind == "transfer" else label


def record_kind_label(kind: str) -> str:
    return {
        "organisation": _tr("Organisation"),
        "activity": _tr("Activity"),
        "recipient": _tr("Recipient"),
        "transfer": _tr("Transfer"),
    }.get(kind, kind)


class FindingsTableModel(QAbstractTableModel):
    """Read-only rows of findings; columns severity, finding, record, field, legal reference."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.headers = [_tr("Severity"), _tr("Finding"), _tr("Record"), _tr("Field"), _tr("Legal reference")]

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def _text(self, f: Finding, column: int) -> str:
        if column == 0:
            return severity_label(f.severity)
        if column == 1:
            return f.message
        if column == 2:
            return f.record_label
        if column == 3:
            return field_label(f)
        return f.reference

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.findings)):
            return None
        f = self.findings[index.row()]
        col = index.column()
        if not 0 <= col < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(f, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:
                return f"{record_kind_label(f.record_kind)}: {f.record_label}"
            return f"{f.message}\n{_tr('Legal reference')}: {f.reference}" if col == 1 else self._text(f, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return severity_icon(f.severity)
        if role == SORT_ROLE:
            if col == 0:
                return SEVERITIES.index(f.severity) if f.severity in SEVERITIES else len(SEVERITIES)
            return self._text(f, col).casefold()
        if role == FINDING_ROLE:
            return f
        return None

    def finding(self, row: int) -> Finding:
        return self.findings[row]


class FindingsFilterProxy(QSortFilterProxyModel):
    """Shows the findings of one severity (or all) that contain a text; sorts on SORT_ROLE."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.severity = ""
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_severity(self, severity: str) -> None:
        self._refilter(lambda: setattr(self, "severity", severity or ""))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", (text or "").strip().casefold()))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        src = self.sourceModel()
        if not isinstance(src, FindingsTableModel) or not 0 <= source_row < len(src.findings):
            return True
        f = src.findings[source_row]
        if self.severity and f.severity != self.severity:
            return False
        if self.text:
            hay = " ".join((f.message, f.record_label, field_label(f), f.reference, f.rule_id)).casefold()
            return self.text in hay
        return True
