"""The Overview page the window opens on: what in the register needs attention, each item a button that opens
its record.

Sections: the open findings by severity, the reviews due within 30 days, the processors without a data
processing agreement and the transfers needing a transfer impact assessment, the completeness of the Art. 30
fields, the breaches and requests past or near their deadline, and what changed since the last export of the
Art. 30 record (the register's export snapshots, store.snapshots). The findings are those of the session's
`RegisterChecks` (run in the background for a big register; never here); what the page shows of them is pure
(`domain.overview`, `domain.reviews`: `overview_facts`) and is computed with the checks, in their worker for a big
register (seconds at 50,000 activities), so that the page only lays it out. The page is rebuilt when the checks
publish new findings and when an export is kept, and only while it is shown (else when it is shown next).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import kinds, model, overview, vocab
from ..domain.checks import counts
from ..domain.checks.findings import ERROR, INFO, WARNING, Finding
from ..domain.dataclass import dataclass
from ..store.snapshots import ExportSnapshot
from . import i18n
from .finding_texts import finding_label, finding_target, finding_text, severity_icon, severity_label
from .register_checks import RegisterChecks, checks_for, disconnect_quietly, law_data
from .session import RegisterSession

if TYPE_CHECKING:
    from ..domain.law import LawData
    from ..domain.reviews import DueReview

TOP = 5  # items listed per section (the counts say how many there are)
REVIEW_HORIZON_DAYS = 30
LONGEST = 90  # characters of an item's text; the whole text is its tooltip


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LONGEST else text[: LONGEST - 1].rstrip() + "…"


def _moment(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class OverviewFacts:
    """What the page lays out, computed from one run of the checks (pure: made in the checks' worker for a big
    register, where it takes seconds at 50,000 activities; the page only lays it out)."""

    findings: list[Finding]  # the run's findings these facts are of
    counts: dict[str, int]
    open: list[Finding]  # the open findings, the most severe first
    dpa: list[Finding]
    tia: list[Finding]
    past: list[Finding]  # breaches and requests past a deadline
    due: list[DueReview]
    near: list[overview.Due]
    completeness: list[overview.Completeness]
    day: date  # the day they are of (reviews due, deadlines): made again on another day


def overview_facts(register: model.Register, findings: list[Finding], law: LawData, today: date,
                   now: datetime) -> OverviewFacts:
    from ..domain.reviews import due_reviews  # (at the checks' run, after the first paint, #21)

    shown = overview.open_findings(findings)  # sorted once; each section's rules are filtered from it

    def of_rules(rules: frozenset[str]) -> list[Finding]:
        return [f for f in shown if f.rule_id in rules]

    return OverviewFacts(
        findings, counts(findings), shown, of_rules(overview.DPA_RULES), of_rules(overview.TIA_RULES),
        of_rules(overview.LOG_RULES),
        due_reviews(register, today, law.policy.review_max_age_months, REVIEW_HORIZON_DAYS),
        overview.near_deadline(register, law.deadlines, now, today), overview.completeness(register), today)


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)  # the breach log's times are local, to the minute


class ItemButton(QPushButton):
    """A flat button whose text is cut with "…" to the width of its column (the tooltip and the accessible
    name have all of it)."""

    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.full_text = text

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        room = self.width() - 16 - (self.iconSize().width() + 6 if not self.icon().isNull() else 0)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(room, 20)))


class OverviewPage(QWidget):
    # record kind (a domain.kinds key), record id, field key to focus
    open_record = Signal(str, int, str)
    # for a transfer finding, after open_record: owner kind, owner id, transfer id, transfer field key
    open_transfer = Signal(str, int, int, str)
    show_checks = Signal()  # "All findings…": the Checks view

    def __init__(self, parent=None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setObjectName("overview_page")
        self.setAccessibleName(self.tr("Overview"))
        self.session: RegisterSession | None = None
        self.checks: RegisterChecks | None = None
        self.today = today
        self._stale = True

        self.heading = QLabel(self)
        self.heading.setObjectName("overview_heading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.checked_label = QLabel(self)
        self.checked_label.setObjectName("overview_checked")
        self.checked_label.setStyleSheet("color: gray;")

        self.all_findings = QPushButton(self.tr("All findings…"), self)
        self.all_findings.setObjectName("overview_all_findings")
        self.all_findings.clicked.connect(self.show_checks)
        self.exports_button = QPushButton(self.tr("Exports…"), self)
        self.exports_button.setObjectName("overview_exports")
        self.exports_button.setToolTip(self.tr("Every export kept in the register: when, format, language, "
                                               "what it held, the file's name and SHA-256."))
        self.exports_button.clicked.connect(lambda: self.exports_dialog())
        footers = {"findings": self.all_findings, "export": self.exports_button}

        self.sections: dict[str, tuple[QGroupBox, QLabel, QVBoxLayout]] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, (key, title) in enumerate((
            ("findings", self.tr("Open findings")),
            ("reviews", self.tr("Due for review")),
            ("contracts", self.tr("Processor agreements and transfer impact assessments")),
            ("logs", self.tr("Breaches and requests")),
            ("completeness", self.tr("Completeness of the Art. 30 fields")),
            ("export", self.tr("Since the last export to the supervisory authority")),
        )):
            grid.addWidget(self._section(key, title, footers.get(key)), i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget(self)
        content.setObjectName("overview_content")
        inner = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.checked_label)
        inner.addLayout(top)
        inner.addLayout(grid)
        inner.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("overview_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.scroll)
        self.refresh()

    def _section(self, key: str, title: str, footer: QPushButton | None) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setObjectName(f"overview_{key}")
        box.setAccessibleName(title)
        summary = QLabel(box)
        summary.setObjectName(f"overview_{key}_summary")
        summary.setWordWrap(True)
        items = QVBoxLayout()
        items.setSpacing(0)
        lay = QVBoxLayout(box)
        lay.addWidget(summary)
        lay.addLayout(items)
        lay.addStretch(1)
        if footer is not None:
            row = QHBoxLayout()
            row.addWidget(footer)
            row.addStretch(1)
            lay.addLayout(row)
        self.sections[key] = (box, summary, items)
        return box

    # --- the session ----------------------------------------------------------------------------
    def set_session(self, session: RegisterSession | None) -> None:
        if self.checks is not None:
            disconnect_quietly(self.checks.updated, self._changed)
            try:
                self.checks.derivations.pop("overview", None)
            except RuntimeError:  # an old session's checks, already gone
                pass
        if self.session is not None:
            disconnect_quietly(self.session.exported, self._changed)
        self.session = session
        self.checks = checks_for(session) if session is not None else None
        if self.checks is not None:
            self.checks.updated.connect(self._changed)
            session.exported.connect(self._changed)
            today = self.today  # not the page: the function runs in the worker

            def derive(register: model.Register, findings: list[Finding]) -> OverviewFacts:
                # the law's data read there, at the checks' run (after the first paint), not here (#21)
                return overview_facts(register, findings, law_data(), today(), _now())

            self.checks.derivations["overview"] = derive
        self._changed()

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- building the sections --------------------------------------------------------------------
    def refresh(self) -> None:
        """Lay out the current state of the register (the checks' last result and the export snapshots)."""
        self._stale = False
        for _box, summary, items in self.sections.values():
            summary.clear()
            _clear(items)
        ready = self.session is not None and self.checks is not None and self.checks.checked_on is not None
        self.all_findings.setEnabled(ready)
        self.exports_button.setEnabled(self.session is not None)
        if self.session is None:
            self.heading.setText(self.tr("No register is open."))
            self.checked_label.clear()
            return
        self.heading.setText(self.session.store.organisation().name or self.tr("Overview"))
        if not ready:
            self.checked_label.setText(self.tr("Checking…"))
            for _box, summary, _items in self.sections.values():
                summary.setText(self.tr("Checking…"))
            return
        self.checked_label.setText(self.tr("Checked on {0}").format(self.checks.checked_on.isoformat()))
        register, findings = self.checks.register, self.checks.findings
        facts, today = self.checks.derived.get("overview"), self.today()
        # Made again here only for a run before this page or of another day (the page's day, which may not be the
        # checks' own: at 50,000 activities this takes ~0.3 s of the UI thread, #21)
        if not isinstance(facts, OverviewFacts) or facts.findings is not findings or facts.day != today:
            facts = overview_facts(register, findings, self.checks.law, today, _now())
        else:  # deadlines in hours (a breach's 72): counted from now, not from when the checks ran
            facts = replace(facts, near=overview.near_deadline(register, self.checks.law.deadlines, _now(), today))
        self._findings(facts)
        self._reviews(facts)
        self._contracts(facts)
        self._logs(facts)
        self._completeness(facts)
        self._since_export()

    def _item(self, section: str, text: str, on_click: Callable[[], None] | None, tooltip: str = "",
              icon=None) -> QPushButton:
        """One line of a section: a flat button that opens its record (disabled when there is none to open)."""
        box, _summary, items = self.sections[section]
        button = ItemButton(_short(text), box)
        button.setObjectName(f"overview_{section}_item")
        button.setFlat(True)
        button.setStyleSheet("text-align: left; padding: 2px 4px;")
        # as wide as its column, never wider: a long text is cut by the column, and the tooltip has all of it
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(text)
        button.setToolTip(tooltip or text)
        if icon is not None:
            button.setIcon(icon)
        if on_click is None:
            button.setEnabled(False)
        else:
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(on_click)
        items.addWidget(button)
        return button

    def _more(self, section: str, shown: int, total: int) -> None:
        if total > shown:
            _box, _summary, items = self.sections[section]
            more = QLabel(self.tr("… and {0} more").format(total - shown), self.sections[section][0])
            more.setObjectName(f"overview_{section}_more")
            more.setStyleSheet("color: gray; padding-left: 4px;")
            items.addWidget(more)

    def _open_finding(self, f: Finding) -> Callable[[], None] | None:
        kind, record_id, key = finding_target(f)
        if not record_id:
            return None

        def go() -> None:
            self.open_record.emit(kind, record_id, key)
            if f.record_kind == kinds.TRANSFER.key:
                self.open_transfer.emit(kind, record_id, int(f.record_id or 0), f.field)

        return go

    def _finding_item(self, section: str, f: Finding) -> None:
        text = f"{finding_label(f)} — {finding_text(f)}"
        self._item(section, text, self._open_finding(f), f"{severity_label(f.severity)}: {text}",
                   severity_icon(f.severity))

    def _open(self, kind: str, record_id: int, key: str) -> Callable[[], None]:
        return lambda: self.open_record.emit(kind, record_id, key)

    def _findings(self, facts: OverviewFacts) -> None:
        n = facts.counts
        parts = [
            self.tr("1 error") if n[ERROR] == 1 else self.tr("{0} errors").format(n[ERROR]),
            self.tr("1 warning") if n[WARNING] == 1 else self.tr("{0} warnings").format(n[WARNING]),
            self.tr("{0} info").format(n[INFO]),
        ]
        _box, summary, _items = self.sections["findings"]
        summary.setText(" · ".join(parts))
        summary.setStyleSheet("font-weight: bold;")
        shown = facts.open
        if not shown:
            summary.setText(self.tr("No findings: the register passes every check."))
        for f in shown[:TOP]:
            self._finding_item("findings", f)
        self._more("findings", min(TOP, len(shown)), len(shown))

    def _reviews(self, facts: OverviewFacts) -> None:
        due = facts.due
        _box, summary, _items = self.sections["reviews"]
        if not due:
            summary.setText(self.tr("No review is due within {0} days.").format(REVIEW_HORIZON_DAYS))
            return
        overdue = sum(1 for r in due if r.overdue)
        summary.setText(self.tr("{0} due within {1} days, {2} of them overdue").format(
            len(due), REVIEW_HORIZON_DAYS, overdue))
        for r in due[:TOP]:
            if r.overdue:
                when = self.tr("Overdue since {0}").format(r.due.isoformat())
            elif r.never_reviewed:
                when = self.tr("Not reviewed yet")
            else:
                when = self.tr("Due {0}").format(r.due.isoformat())
            label = self.tr(kinds.kind(r.kind).label)
            self._item("reviews", f"{when} — {label} {r.title}", self._open(r.kind, r.record_id, "last_reviewed"))
        self._more("reviews", min(TOP, len(due)), len(due))

    def _contracts(self, facts: OverviewFacts) -> None:
        dpa, tia = facts.dpa, facts.tia
        _box, summary, _items = self.sections["contracts"]
        summary.setText("\n".join((
            self.tr("Processors without a data processing agreement: {0}").format(len(dpa)),
            self.tr("Transfers needing a transfer impact assessment: {0}").format(len(tia)),
        )))
        for group in (dpa, tia):
            for f in group[:TOP]:
                self._finding_item("contracts", f)
            self._more("contracts", min(TOP, len(group)), len(group))

    def _logs(self, facts: OverviewFacts) -> None:
        past, near = facts.past, facts.near
        _box, summary, _items = self.sections["logs"]
        if not past and not near:
            summary.setText(self.tr("No breach or request is past or near its deadline."))
            return
        summary.setText(self.tr("{0} past a deadline or missing a decision, {1} near their deadline").format(
            len(past), len(near)))
        for f in past[:TOP]:
            self._finding_item("logs", f)
        for d in near[:TOP]:
            if d.kind == kinds.BREACH.key:
                when = self.tr("the 72 hours to notify end {0}").format(d.due.strftime("%Y-%m-%d %H:%M"))
            else:
                when = self.tr("the answer is due {0}").format(d.due.isoformat())
            label = self.tr(kinds.kind(d.kind).label)
            self._item("logs", f"{label} {d.title} — {when}", self._open(d.kind, d.record_id, d.field))
        self._more("logs", min(TOP, len(past)) + min(TOP, len(near)), len(past) + len(near))

    def _completeness(self, facts: OverviewFacts) -> None:
        rows = facts.completeness
        box, summary, items = self.sections["completeness"]
        if not rows:
            summary.setText(self.tr("No activity yet."))
            return
        summary.setText(self.tr("Share of the activities in use with each mandatory Art. 30 field filled"))
        role = None
        for row in rows:
            if row.role != role:
                role = row.role
                heading = QLabel(i18n.term(vocab.ROLES, role), box)
                heading.setObjectName("overview_completeness_role")
                heading.setStyleSheet("font-weight: bold; padding-top: 4px;")
                items.addWidget(heading)
            label = i18n.field_label(model.Activity, model.field_spec(model.Activity, row.key))
            line = QWidget(box)
            line_lay = QHBoxLayout(line)
            line_lay.setContentsMargins(0, 0, 0, 0)
            text = self.tr("{0}: {1} of {2}").format(label, row.filled, row.total)
            if row.missing:  # a button to the first activity without it
                button = self._item("completeness", text, self._open(kinds.ACTIVITY.key, row.missing[0], row.key),
                                    self.tr("{0}: {1} of {2} activities have it filled. Click to open the first "
                                            "that does not.").format(label, row.filled, row.total))
                items.removeWidget(button)
                button.setParent(line)
            else:  # nothing to open
                button = QLabel(text, line)
                button.setObjectName("overview_completeness_full")
                button.setStyleSheet("padding: 2px 8px;")
            bar = QProgressBar(line)
            bar.setObjectName("overview_completeness_bar")
            bar.setAccessibleName(text)
            bar.setRange(0, max(row.total, 1))
            bar.setValue(row.filled if row.total else 1)
            bar.setFormat(f"{round(100 * row.share)} %")
            bar.setMaximumWidth(160)
            line_lay.addWidget(button, 1)
            line_lay.addWidget(bar)
            items.addWidget(line)

    def last_art30_export(self) -> ExportSnapshot | None:
        if self.session is None:
            return None
        return next((s for s in reversed(self.session.store.exports.all()) if s.scope == "art30"), None)

    def _since_export(self) -> None:
        _box, summary, _items = self.sections["export"]
        last = self.last_art30_export()
        store = self.session.store
        if last is None:
            summary.setText(self.tr("The Art. 30 record has never been exported from this register."))
            return
        changed = overview.changed_since(store.audit.changes(after=last.last_change), last.last_change, "art30")
        fmt = self.tr("PDF") if last.format == "pdf" else self.tr("Excel (.xlsx)")
        language = vocab.EXPORT_LANGUAGES.label(last.language) if last.language in vocab.EXPORT_LANGUAGES else (
            last.language)
        said = self.tr("Last exported {0} ({1}, {2}, “{3}”).").format(_moment(last.at), fmt, language, last.file_name)
        if not changed:
            summary.setText(said + " " + self.tr("Nothing in the Art. 30 record has changed since."))
        else:
            summary.setText(said + " " + self.tr("Records changed since: {0}").format(len(changed)))
        for entry in changed[:TOP]:
            self._changed_item(entry)
        self._more("export", min(TOP, len(changed)), len(changed))

    def _changed_item(self, entry: overview.ChangedRecord) -> None:
        kind = kinds.kind(entry.kind)
        name = self.tr(kind.label)
        if entry.added:
            what = self.tr("added")
        elif entry.removed:
            what = self.tr("deleted")
        else:
            labels = []
            for key in entry.fields:
                try:
                    labels.append(i18n.field_label(kind.cls, model.field_spec(kind.cls, key)))
                except KeyError:
                    labels.append(key)
            what = self.tr("changed: {0}").format(", ".join(labels))
        when = _moment(entry.last) if entry.last is not None else ""
        target = None if entry.removed else self._open(entry.kind, entry.record_id, "")
        self._item("export", f"{name} {entry.label} — {what} ({when})", target)

    # --- the exports ---------------------------------------------------------------------------------
    def exports_dialog(self):
        """The list of every export kept in the register (modeless); returns it."""
        if self.session is None:
            return None
        from .exports_dialog import ExportsDialog

        dialog = ExportsDialog(self.session, self)
        dialog.show()
        return dialog


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
