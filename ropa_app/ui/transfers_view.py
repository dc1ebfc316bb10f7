"""The Transfers view: every transfer of the register (recipients' and activities' direct ones) with its
mechanism, and every recipient that works outside the EEA without a transfer row, sortable by country
and mechanism. A double-click asks to open the record that holds the transfer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import vocab
from ..domain.checks.findings import Finding
from ..domain.checks.summary import worst_severity
from ..domain.dataclass import dataclass
from ..domain.law import LawData
from ..domain.model import Register
from ..domain.transfer_overview import TransferLine, transfer_lines
from . import i18n
from .finding_texts import severity_icon, severity_label
from .register_checks import TRANSFER_ROWS, RegisterChecks, checks_for, disconnect_quietly
from .session import RegisterSession
from .summary_view import summary_table
from .table_model import SortingProxy, SummaryTableModel


Index = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransfersView", text)


def _short(v: vocab.Vocabulary, key: str) -> tuple[str, str]:
    """(short label, full label) of a vocabulary key: "Module 2" and "Module 2 — controller to processor"."""
    if not key or key not in v:
        return key or "", key or ""
    full = QCoreApplication.translate("vocab", v.label(key))
    return full.split(" — ")[0], full


@dataclass(frozen=True, eq=False)
class _Row:
    """One line of the view and the worst finding on it."""

    line: TransferLine
    worst: str


@dataclass(frozen=True, eq=False)
class TransferRows:
    """The view's rows of one run of the checks, made with them (in their worker for a big register: at 50,000
    activities, going through 159,000 findings for the worst of each line took ~0.1 s of the UI thread, #21)."""

    register: Register
    findings: list[Finding]
    rows: list[_Row]
    recorded: int  # transfers outside the EEA
    gaps: int  # countries without a transfer record


def transfer_rows(register: Register, findings: list[Finding], law: LawData) -> TransferRows:
    """Every transfer line of the register with the worst finding on it (pure, no Qt: for the checks' worker)."""
    return _rows(register, findings, transfer_lines(register, law))


def _rows(register: Register, findings: list[Finding], lines: list[TransferLine]) -> TransferRows:
    by_transfer: dict[int, list[str]] = {}
    gaps: dict[int, list[str]] = {}
    for f in findings:
        if f.record_kind == "transfer" and f.record_id is not None:
            by_transfer.setdefault(f.record_id, []).append(f.severity)
        elif f.record_kind == "recipient" and f.field == "transfers" and f.record_id is not None:
            gaps.setdefault(f.record_id, []).append(f.severity)
    rows = [
        _Row(line, worst_severity(
            gaps.get(line.owner_id, []) if line.gap else by_transfer.get(line.transfer.id, [])))
        for line in lines
    ]
    return TransferRows(register, findings, rows, recorded=sum(1 for ln in lines if not ln.gap and ln.third_country),
                        gaps=sum(1 for ln in lines if ln.gap))


class TransferLinesModel(SummaryTableModel):
    """Every transfer line; filtered (words) and sorted by the model itself, like the record lists."""

    KEYED_ROWS = False  # each run of the checks brings new lines

    COLUMNS = ("owner", "destination", "mechanism", "check", "scc_module", "derogation", "dpf_verified_on",
               "tia_date", "third_country")

    def __init__(self, parent=None):
        headers = [_tr("Recipient / activity"), _tr("Destination"), _tr("Mechanism"), _tr("Check"),
                   _tr("SCC module"), _tr("Derogation"), _tr("DPF listing checked"), _tr("TIA date"),
                   _tr("Third country")]
        super().__init__([(key, header, None) for key, header in zip(self.COLUMNS, headers)], parent)
        self.law: LawData | None = None
        self.recorded = self.gaps = 0  # transfers outside the EEA; countries without a transfer record

    def set_rows(self, made: TransferRows, law: LawData | None) -> None:
        """Show rows made by `transfer_rows` (in one model reset)."""
        rows = made.rows
        self.law, self.recorded, self.gaps = law, made.recorded, made.gaps
        self.set_loader(lambda: rows)

    def _display(self, row: _Row, column: int) -> str:
        return self._texts(row, column)[0]

    def sort_key(self, row: _Row, column: int):
        if self.COLUMNS[column] == "check":
            return ("error", "warning", "info", "").index(row.worst)
        return super().sort_key(row, column)

    def _texts(self, row: _Row, col: int) -> tuple[str, str]:
        """(display, tooltip) of a cell."""
        line = row.line
        t = line.transfer
        key = self.COLUMNS[col]
        if key == "owner":
            kind = _tr("Recipient") if line.owner_kind == "recipient" else _tr("Activity (direct transfer)")
            return line.owner_label, f"{kind}: {line.owner_label}"
        if key == "destination":
            if not line.country:
                return _tr("(no destination)"), ""
            return i18n.country(line.country), ""
        if key == "third_country":
            return (_tr("Yes") if line.third_country else _tr("No")), ""
        if key == "check":
            return severity_label(row.worst), ""
        if t is None:
            if key == "mechanism":
                return _tr("No transfer recorded"), _tr("{0} processes data here, outside the EEA, but has no "
                                                        "transfer row for it.").format(line.owner_label)
            return "", ""
        if key == "mechanism":
            return _short(vocab.TRANSFER_MECHANISMS, t.mechanism or "none")
        if key == "scc_module":
            return _short(vocab.SCC_MODULES, t.scc_module)
        if key == "derogation":
            return _short(vocab.DEROGATIONS, t.derogation)
        value: date | None = getattr(t, key)
        return (value.isoformat() if value else ""), ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (not index.isValid() or not (0 <= index.row() < len(self.rows))
                or not 0 <= index.column() < len(self.COLUMNS)):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row, col)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts(row, col)[1] or None
        if role == Qt.ItemDataRole.DecorationRole and self.COLUMNS[col] == "check" and row.worst:
            return severity_icon(row.worst)
        if role == Qt.ItemDataRole.ForegroundRole and row.line.gap and self.COLUMNS[col] == "mechanism":
            return QBrush(QColor("#b03a2e"))
        if role == LINE_ROLE:
            return row.line
        return None


class TransfersView(QWidget):
    # record kind (a domain.kinds key), record id, field key ("transfers")
    open_record = Signal(str, int, str)
    # after open_record, for a recorded transfer: owner kind, owner id, transfer id, transfer field key
    open_transfer = Signal(str, int, int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("transfers_view")
        self.session: RegisterSession | None = None
        self.checks: RegisterChecks | None = None
        self.model = TransferLinesModel(self)
        self.proxy = SortingProxy(self)  # the model filters and sorts; the proxy hands it the header's clicks
        self.proxy.setSourceModel(self.model)

        self.summary = QLabel(self)
        self.summary.setObjectName("transfers_summary")
        self.summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.search = QLineEdit(self)
        self.search.setObjectName("transfers_search")
        self.search.setPlaceholderText(self.tr("Filter transfers (recipient, country, mechanism)…"))
        self.search.setAccessibleName(self.tr("Filter transfers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filter(search=text))
        self.search.textChanged.connect(lambda _t: self._show_summary())

        # Qt's own delegate: the gaps' mechanism cell has a colour of its own (recorded order first).
        self.table = summary_table(self, "transfers_table", self.tr("Transfers"), self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((210, 170, 240, 85, 85, 170, 130, 90)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self.open_index)
        note = QLabel(self.tr("Double-click a row to open the recipient or activity that records the transfer."), self)
        note.setObjectName("transfers_hint")
        note.setStyleSheet("color: gray;")

        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.search)
        lay.addWidget(self.table, 1)
        lay.addWidget(note)
        self._show_summary()

    def set_session(self, session: RegisterSession | None) -> None:
        if self.checks is not None:
            disconnect_quietly(self.checks.updated, self.refresh)
            try:
                self.checks.derivations.pop(TRANSFER_ROWS, None)
            except RuntimeError:  # an old session's checks, already gone
                pass
        self.session = session
        self.checks = checks_for(session) if session is not None else None
        if self.checks is not None:
            self.checks.updated.connect(self.refresh)
            law = self.checks.law  # the rows are made with the checks (in their worker for a big register)
            self.checks.derivations[TRANSFER_ROWS] = lambda register, findings: transfer_rows(register, findings, law)
        self.refresh()

    def refresh(self) -> None:
        if self.checks is None:
            self.model.set_rows(_rows(Register(), [], []), None)
        else:
            c = self.checks
            made = c.derived.get(TRANSFER_ROWS)
            if not (isinstance(made, TransferRows) and made.register is c.register and made.findings is c.findings):
                made = transfer_rows(c.register, c.findings, c.law)
            self.model.set_rows(made, c.law)
        self._show_summary()

    def open_index(self, index: QModelIndex) -> None:
        line: TransferLine | None = index.data(LINE_ROLE) if index.isValid() else None
        if line is None or line.owner_id is None:
            return
        self.open_record.emit(line.owner_kind, line.owner_id, "transfers")
        if line.transfer is not None and line.transfer.id is not None:
            self.open_transfer.emit(line.owner_kind, line.owner_id, line.transfer.id, "country")

    def _show_summary(self) -> None:
        recorded, gaps = self.model.recorded, self.model.gaps
        text = self.tr("1 transfer outside the EEA") if recorded == 1 else \
            self.tr("{0} transfers outside the EEA").format(recorded)
        if gaps:
            text += " · " + (self.tr("1 country without a transfer record") if gaps == 1
                             else self.tr("{0} countries without a transfer record").format(gaps))
        if self.proxy.rowCount() != self.model.total():
            text += "  " + self.tr("({0} of {1} rows shown)").format(self.proxy.rowCount(), self.model.total())
        self.summary.setText(text)
