"""File > Import…: a JSON register or a spreadsheet (ICO template, or a ROPA Desk export edited in
Excel). The user sees the column mapping (and can correct it), then a preview of what will be added and
changed; nothing is written before "Import", and the whole import is one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..domain import kinds
from ..interchange import (ADDED, CHANGED, UNCHANGED, ExportLayout, InvalidSource, Problem, SheetLayout,
                           build_plan, inspect_spreadsheet, load)
from ..interchange.spreadsheet import mapped_name
from ..store.importing import apply_plan
from .commands import ImportRecords
from .i18n import store_text
from .import_models import MappingModel, PlanModel, TargetDelegate, field_name
from .session import RegisterSession
from .worker import BackgroundTask, CancelFlag, Progress, raise_if_cancelled

FILTER = "Registers and spreadsheets (*.json *.xlsx);;JSON register (*.json);;Excel workbook (*.xlsx)"


def _said(problem: Problem) -> str:
    """A problem of the import (its location and text) in the interface's language, as a line of the list: its
    first letter a capital ("Bladet ”Löner”, rad 4: …"; the command line's English stays as it is)."""
    text = store_text(problem.said())
    return text[:1].upper() + text[1:]


class ImportDialog(QDialog):
    def __init__(self, session: RegisterSession, parent=None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import into the register"))
        self.session = session
        self.layout_info: SheetLayout | ExportLayout | None = None
        self.plan = None
        self.task: BackgroundTask | None = None

        self.source = QLineEdit(self)
        self.source.setObjectName("import_source")
        self.source.setAccessibleName(self.tr("File to import"))
        self.source.setReadOnly(True)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.setObjectName("import_choose")
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(choose)

        self.mapping_label = QLabel(self.tr("Columns of the sheet and what they are imported as "
                                            "(double-click to change):"), self)
        self.mapping = MappingModel(self)
        self.mapping_view = QTableView(self)
        self.mapping_view.setObjectName("import_mapping")
        self.mapping_view.setAccessibleName(self.tr("Column mapping"))
        self.mapping_view.setModel(self.mapping)
        self.mapping_view.setItemDelegateForColumn(2, TargetDelegate(self.mapping_view))
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.mapping_view.verticalHeader().setVisible(False)
        self.mapping_view.setWordWrap(False)

        self.plan_model = PlanModel(self)
        plan_proxy = QSortFilterProxyModel(self)
        plan_proxy.setSourceModel(self.plan_model)
        self.plan_view = QTableView(self)
        self.plan_view.setObjectName("import_plan")
        self.plan_view.setAccessibleName(self.tr("What the import changes"))
        self.plan_view.setModel(plan_proxy)
        self.plan_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the file's order
        self.plan_view.setSortingEnabled(True)
        self.plan_view.setWordWrap(False)
        self.plan_view.horizontalHeader().setStretchLastSection(True)
        self.plan_view.verticalHeader().setVisible(False)
        self.summary = QLabel("", self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = QStringListModel(self)
        self.problems_view = QListView(self)
        self.problems_view.setObjectName("import_problems")
        self.problems_view.setAccessibleName(self.tr("Problems found in the file"))
        self.problems_view.setModel(self.problems)
        self.problems_view.setWordWrap(True)

        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("import_preview")
        self.preview_button.clicked.connect(self.preview)
        self.apply_button = QPushButton(self.tr("Import"), self)
        self.apply_button.setObjectName("import_apply")
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("import_close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.preview_button, self.apply_button, close):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.mapping_view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.plan_view, 2)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(buttons)
        self.resize(900, 680)
        for view, widths in ((self.mapping_view, (70, 380)), (self.plan_view, (300, 110, 110))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self._set_state()

    def _set_state(self) -> None:
        is_sheet = isinstance(self.layout_info, SheetLayout)
        self.mapping_label.setVisible(is_sheet)
        self.mapping_view.setVisible(is_sheet)
        self.problems_view.setVisible(bool(self.problems.stringList()))
        self.preview_button.setEnabled(bool(self.source.text()) and self.task is None)
        self.apply_button.setEnabled(self.plan is not None and self.plan.has_changes and self.task is None
                                     and not self.session.readonly)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", self.tr(FILTER))
        if name:
            self.set_source(Path(name))

    def set_source(self, path: Path) -> None:
        """Choose the file; for a spreadsheet, propose the column mapping at once."""
        self.source.setText(str(path))
        self.plan = None
        self.plan_model.set_plan(None)
        self.problems.setStringList([])
        self.summary.setText("")
        self.layout_info = None
        if path.suffix.lower() == ".xlsx":
            try:
                self.layout_info = inspect_spreadsheet(path)
            except InvalidSource as exc:
                self._show_problems(exc.problems)
            else:
                if isinstance(self.layout_info, SheetLayout):
                    self.mapping.set_columns(self.layout_info.columns)
                    missing = self.layout_info.missing_mandatory()
                    if missing:
                        self.summary.setText(self.tr("Not mapped yet (required by Art. 30): {0}").format(
                            ", ".join(store_text(mapped_name(key)) for key in missing)))
        self._set_state()

    def preview(self) -> None:
        path = Path(self.source.text())
        layout = self.layout_info
        register = self.session.store.load_register()

        def work(progress: Progress, cancelled: CancelFlag) -> object:
            source = load(path, layout)
            raise_if_cancelled(cancelled)
            return build_plan(source, register)

        self.summary.setText(self.tr("Reading the file…"))
        self.task = BackgroundTask(work, self)
        self.task.finished.connect(self._planned)
        self.task.cancelled.connect(self._preview_cancelled)
        self.task.failed.connect(self._failed)
        self._set_state()
        self.task.start()

    def _planned(self, plan) -> None:
        self.task = None
        self.plan = plan
        self.plan_model.set_plan(plan)
        self.problems.setStringList([_said(w) for w in plan.warnings])
        lines = (self._summary(plan)[:3] if plan.has_changes
                 else [self.tr("The file holds nothing new for this register.")])
        self.summary.setText("\n".join(lines))
        self._set_state()

    def _summary(self, plan) -> list[str]:
        """What the import will do, in the interface's language: the organisation, then a line per kind of record
        (`ImportPlan.summary_lines` is the command line's English)."""
        lines = []
        org = plan.organisation
        if org is not None:
            name = self.tr(kinds.kind("organisation").label)
            if org.action == CHANGED:
                changed = ", ".join(field_name(org.entity, c) for c in org.changes)
                lines.append(self.tr("{0}: changed ({1})").format(name, changed))
            else:
                lines.append(self.tr("{0}: added").format(name) if org.action == ADDED
                             else self.tr("{0}: unchanged").format(name))
        for kind in kinds.listed():
            c = plan.counts(kind.key)
            lines.append(self.tr("{0}: {1} added, {2} changed, {3} unchanged").format(
                self.tr(kind.plural_label), c[ADDED], c[CHANGED], c[UNCHANGED]))
        return lines

    def _preview_cancelled(self) -> None:
        self.task = None
        self.summary.setText("")
        self._set_state()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.plan = None
        self.plan_model.set_plan(None)
        if isinstance(exc, InvalidSource):
            self._show_problems(exc.problems)
            self.summary.setText(self.tr("The file cannot be imported; nothing was changed. Problems:"))
        else:
            self.problems.setStringList([store_text(exc)])
            self.summary.setText(self.tr("The file cannot be read; nothing was changed."))
        self._set_state()

    def _show_problems(self, problems) -> None:
        self.problems.setStringList([_said(p) for p in problems])

    def apply(self) -> None:
        if self.plan is None:
            return
        name = Path(self.source.text()).name
        try:
            result = apply_plan(self.session.store, self.plan)  # one transaction: all or nothing
        except Exception as exc:  # noqa: BLE001 - a stale plan or an unwritable file: nothing was imported
            self.problems.setStringList([store_text(exc)])
            self.summary.setText(self.tr("Nothing was imported."))
            self.plan = None
            self._set_state()
            return
        text = self.tr("Import “{0}”").format(name)
        self.session.undo_stack.push(ImportRecords(self.session, self.plan, result, text))
        self.accept()

    def done(self, result: int) -> None:  # closing while the file is read: the reading stops at its next step
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().done(result)
