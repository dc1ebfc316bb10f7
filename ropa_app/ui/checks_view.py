"""The Checks view: every finding of the register's checks, grouped by severity, filterable; a
double-click (or Enter) on a finding asks to open its record at the field it names.

Findings follow the user's edits: the session's `RegisterChecks` re-runs the checks shortly after each
change, and this view shows the new findings.
"""

from __future__ import annotations

import getpass
import html
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import kinds
from ..domain.checks import counts
from ..domain.checks.accepted import accept
from ..domain.checks.findings import ERROR, INFO, WARNING, Finding
from ..domain.search import TextIndex
from .finding_texts import (
    field_label, finding_index_texts, finding_label, finding_target, finding_text, severity_label,
)
from .findings_model import FINDING_ROLE, FindingsTableModel
from .commands import AddRecord, DeleteRecord
from .register_checks import CHECKS_COUNTS, RegisterChecks, checks_for, derive_counts, disconnect_quietly, law_data
from .session import RegisterSession
from .summary_view import summary_table
from .table_model import SortingProxy
from .worker import BackgroundTask, raise_if_cancelled



class FindingsTable(QTableView):
    """A table that reports Enter/Return on the current row (double-click is `doubleClicked`)."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ChecksView(QWidget):
    # record kind (a domain.kinds key), record id, field key to focus
    open_record = Signal(str, int, str)
    # for a transfer finding, after open_record: owner kind, owner id, transfer id, transfer field key
    open_transfer = Signal(str, int, int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checks_view")
        self.session: RegisterSession | None = None
        self.checks: RegisterChecks | None = None
        self._index_task: BackgroundTask | None = None

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("checks_counts")
        self.counts_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.as_of_label = QLabel(self)  # its date at the view's first show (`showEvent`: the law is read then, #21)
        self.as_of_label.setObjectName("checks_law_as_of")
        self.as_of_label.setToolTip(self.tr("The adequacy decisions, transfer mechanisms and dates the checks apply."))
        self.busy_label = QLabel(self.tr("Checking…"), self)
        self.busy_label.setObjectName("checks_busy")
        self.busy_label.setVisible(False)

        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("checks_severity_filter")
        self.severity_filter.setAccessibleName(self.tr("Show findings of severity"))
        for text, key in ((self.tr("All severities"), ""), (self.tr("Errors"), ERROR),
                          (self.tr("Warnings"), WARNING), (self.tr("Info"), INFO), (self.tr("Accepted"), "accepted")):
            self.severity_filter.addItem(text, key)
        self.accept_button = QPushButton(self.tr("Accept…"), self)
        self.accept_button.setObjectName("checks_accept")
        self.accept_button.setToolTip(self.tr("Accept the finding with a reason (e.g. \"DPIA screened: not required "
                                              "because …\"). It is kept in the register and opens again when the "
                                              "facts it is about change."))
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("checks_reopen")
        self.reopen_button.setToolTip(self.tr("Withdraw the acceptance: the finding is open again."))
        self.reopen_button.clicked.connect(lambda: self.reopen_current())
        self.search = QLineEdit(self)
        self.search.setObjectName("checks_search")
        self.search.setPlaceholderText(self.tr("Filter findings…"))
        self.search.setAccessibleName(self.tr("Filter findings"))
        self.search.setClearButtonEnabled(True)

        # The model filters (its index and severity masks: bits AND-ed, the rows picked in C) and sorts its rows; the
        # identity proxy hands it the header's clicks (a sorting proxy went through every finding a keystroke, #21).
        self.model = FindingsTableModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.waiting_changed.connect(self._show_waiting)
        self._counts = counts([])
        self._accepted = 0  # findings accepted (counted once per run, not per keystroke)
        self.severity_filter.currentIndexChanged.connect(
            lambda _i: self._filter(lambda: self.model.set_filter(status=self.severity_filter.currentData() or "")))
        self.search.textChanged.connect(lambda text: self._filter(lambda: self.model.set_filter(search=text)))

        # The checks already list errors first; no sorting work (on every re-check) until a column is clicked.
        self.table = summary_table(self, "checks_table", self.tr("Findings"), self.proxy, self.model, FindingsTable)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        title_width = header.fontMetrics().horizontalAdvance  # (never narrower than its title: "Allvarlighetsgrad")
        for col, width in ((0, 95), (2, 230), (3, 150), (4, 150)):
            title = self.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            self.table.setColumnWidth(col, max(width, title_width(title) + 24))
        self.table.doubleClicked.connect(self.open_index)
        self.table.enter_pressed.connect(self.open_index)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = QLabel(self)
        self.detail.setObjectName("checks_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumHeight(64)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.counts_label)
        top.addWidget(self.busy_label)
        top.addStretch(1)
        top.addWidget(self.as_of_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.severity_filter)
        filters.addWidget(self.accept_button)
        filters.addWidget(self.reopen_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.detail)
        self._show_counts()

    # --- the session ----------------------------------------------------------------------------
    def set_session(self, session: RegisterSession | None) -> None:
        if self.checks is not None:
            disconnect_quietly(self.checks.updated, self.refresh)
            disconnect_quietly(self.checks.busy_changed, self.busy_label.setVisible)
            disconnect_quietly(self.checks.failed, self._failed)
            try:
                self.checks.derivations.pop(CHECKS_COUNTS, None)
            except RuntimeError:  # an old session's checks, already gone
                pass
        self.session = session
        self.checks = checks_for(session) if session is not None else None
        if self.checks is not None:
            self.checks.updated.connect(self.refresh)
            self.checks.derivations[CHECKS_COUNTS] = derive_counts  # (made with the findings)
            self.checks.busy_changed.connect(self.busy_label.setVisible)
            self.checks.failed.connect(self._failed)
        self.busy_label.setVisible(self.checks is not None and self.checks.busy)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.as_of_label.text():
            as_of = law_data().as_of.isoformat()
            self.as_of_label.setText(self.tr("Legal reference data as of {0}").format(as_of))
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the current findings, keeping the selected finding when it is still there."""
        current = self.current_finding()
        findings = self.checks.findings if self.checks is not None else []
        made = self.checks.derived.get(CHECKS_COUNTS) if self.checks is not None else None
        self.model.set_findings(findings)
        self._counts = made[1] if isinstance(made, tuple) and made[0] is findings else counts(findings)
        self._accepted = len(findings) - sum(self._counts.values())  # the counts are of the open ones
        self._build_index_in_background()
        if current is not None:
            self.select(current)
        self._show_counts()
        self._show_detail()

    def _build_index_in_background(self) -> None:
        """More than a few findings (`BUILD_HERE_UP_TO`, as the lists): their texts (translated) and their search
        index are made in a worker; a search typed meanwhile waits for it. (Built on the first keystroke up to 1,000
        findings, it took that keystroke 70-230 ms at 641, #21.)"""
        old, self._index_task = self._index_task, None
        if old is not None:
            old.discard()  # the findings changed: its index would be of the old ones
        m = self.model
        m.index_pending = False  # the discarded task reports nothing: nothing is on its way unless started below
        if m.total() <= m.BUILD_HERE_UP_TO:
            return
        generation, findings = m.generation, list(m.all_rows)

        def work(progress, cancelled) -> TextIndex:
            def texts():  # each made as the index takes it, and dropped once indexed (never all at once)
                for i, text in enumerate(finding_index_texts(findings)):
                    if not i % 4096:
                        raise_if_cancelled(cancelled)
                    yield text

            return TextIndex(texts())

        task = BackgroundTask(work, self, pause_collector=True)
        task.finished.connect(lambda index: m.provide_index(generation, index))
        task.failed.connect(lambda _exc: m.index_failed(generation))
        task.cancelled.connect(lambda: m.index_failed(generation))
        m.index_pending = True
        task.start()
        self._index_task = task

    # --- filtering and selection ----------------------------------------------------------------
    def _filter(self, apply) -> None:
        apply()
        self._show_counts()
        self._show_detail()

    def current_finding(self) -> Finding | None:
        idx = self.table.currentIndex()
        return idx.data(FINDING_ROLE) if idx.isValid() else None

    def select(self, finding: Finding) -> bool:
        rule, record = finding.rule_id, finding.record_id  # compared first: comparing whole findings is slow
        for row, f in enumerate(self.model.rows):
            if f.record_id == record and f.rule_id == rule and f == finding:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return True
        return False

    def open_index(self, index: QModelIndex) -> None:
        f = index.data(FINDING_ROLE) if index.isValid() else None
        if f is None:
            return
        kind, record_id, key = finding_target(f)
        if not record_id:
            return
        self.open_record.emit(kind, record_id, key)
        if f.record_kind == "transfer":
            self.open_transfer.emit(kind, record_id, int(f.record_id or 0), f.field)

    # --- answering a finding --------------------------------------------------------------------
    def accept_current(self, reason: str | None = None) -> bool:
        """Accept the selected finding with a reason (asked for when not given): an AcceptedFinding record,
        added through the undo stack (so audited and undoable)."""
        f = self.current_finding()
        if f is None or f.accepted or self.session is None or self.session.readonly:
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("Accept finding"),
                self.tr("Why is this finding accepted? The reason is kept in the register and shown with the "
                        "finding.\n\n{0}").format(finding_text(f)))
            if not ok:
                return False
        if not reason.strip():
            return False
        record = accept(f, reason, _user(), date.today())
        self.session.undo_stack.push(AddRecord(self.session, record, self.tr("Accept finding")))
        return True

    def reopen_current(self) -> bool:
        """Withdraw the acceptance of the selected finding (undoable)."""
        f = self.current_finding()
        if f is None or not f.accepted or f.accepted_id is None or self.session is None or self.session.readonly:
            return False
        self.session.undo_stack.push(
            DeleteRecord(self.session, kinds.ACCEPTED_FINDING.key, f.accepted_id, self.tr("Reopen finding")))
        return True

    def _update_buttons(self) -> None:
        f = self.current_finding()
        writable = self.session is not None and not self.session.readonly
        self.accept_button.setEnabled(writable and f is not None and not f.accepted)
        self.reopen_button.setEnabled(writable and f is not None and f.accepted)

    # --- texts ----------------------------------------------------------------------------------
    def _show_counts(self) -> None:
        n = self._counts
        parts = [
            self.tr("1 error") if n[ERROR] == 1 else self.tr("{0} errors").format(n[ERROR]),
            self.tr("1 warning") if n[WARNING] == 1 else self.tr("{0} warnings").format(n[WARNING]),
            self.tr("{0} info").format(n[INFO]),
        ]
        accepted = self._accepted
        if accepted:
            parts.append(self.tr("{0} accepted").format(accepted))
        text = " · ".join(parts)
        shown, total = self.model.rowCount(), self.model.total()
        if self.model.waiting:
            text += "  " + self.tr("Searching…")
        elif shown != total:
            text += "  " + self.tr("({0} shown)").format(shown)
        self.counts_label.setText(text)

    def _show_waiting(self, waiting: bool) -> None:
        """While the search typed waits for the findings' index, the rows shown are not its answer: the table is
        greyed and the counts (and the table's accessible description) say "Searching…"; when the answer is applied,
        the counts and the detail are of it (as the lists do, `RecordListView._show_waiting`)."""
        self.table.setEnabled(not waiting)
        self.table.setAccessibleDescription(self.tr("Searching…") if waiting else "")
        self._show_counts()
        self._show_detail()

    def _show_detail(self) -> None:
        self._update_buttons()
        f = self.current_finding()
        if f is None:
            if self.session is None:
                text = self.tr("No register is open.")
            elif not self.model.findings:
                text = self.tr("No findings: the register passes every check.")
            elif not self.model.rowCount():
                text = self.tr("No finding matches the filter.")
            else:
                text = self.tr(
                    "Select a finding to read it in full. Double-click it (or press Enter) to open the record."
                )
            self.detail.setText(html.escape(text))
            return
        hint = self.tr("Double-click the finding or press Enter to open the record at this field.")
        where = html.escape(finding_label(f))
        label = field_label(f)
        if label:
            where += " › " + html.escape(label)
        accepted = ""
        if f.accepted:
            accepted = f"<b>{html.escape(self.tr('Accepted'))}</b>: {html.escape(f.accepted_reason)}<br>"
        self.detail.setText(
            f"<b>{html.escape(severity_label(f.severity))}</b> — {html.escape(finding_text(f))}<br>{accepted}"
            f"{html.escape(self.tr('Where'))}: {where}<br>"
            f"{html.escape(self.tr('Legal reference'))}: {html.escape(f.reference)}"
            f" <span style='color: gray'>({html.escape(f.rule_id)})</span><br>"
            f"<span style='color: gray'>{html.escape(hint)}</span>"
        )

    def _failed(self, message: str) -> None:
        self.detail.setText(html.escape(self.tr("The checks could not run: {0}").format(message)))


def _user() -> str:
    """Who accepts a finding (the audit log records the operating-system user as well)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return ""
