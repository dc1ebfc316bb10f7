"""File > Export register…: formats, language, parts, destination; the export runs in a worker thread
with a progress bar and Cancel, and files appear only when complete. Each PDF and workbook written is then kept
in the register as an export snapshot (store.snapshots; the Overview shows the last one and what changed since);
a read-only register says it was not kept, and the files stand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from .. import paths
from ..domain import vocab
from ..export import ExportCancelled, ExportError, ExportOptions, ExportReport, export_files
from ..export.document import fingerprint
from ..store import RegisterError
from .session import RegisterSession
from .worker import BackgroundTask

FORMAT_CHOICES = {"both": ("xlsx", "pdf"), "xlsx": ("xlsx",), "pdf": ("pdf",), "json": ("json",)}
PARTS = ("controller_register", "processor_register", "recipients_annex", "transfers_annex", "findings", "logs",
         "dataflow")
INTERNAL_PARTS = ("logs", "dataflow")  # checked with the full internal register, unchecked with the Art. 30 record


def _export_json(register, folder: Path) -> ExportReport:
    from ..interchange import save_json_to

    return ExportReport(path=save_json_to(register, folder), format="json", language="",
                        records=len(register.activities))


class ExportDialog(QDialog):
    def __init__(self, session: RegisterSession, parent=None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export register"))
        self.session = session
        self.task: BackgroundTask | None = None
        self.reports: list = []
        self._scope = "art30"  # the scope of the export under way (for its snapshot)

        self.format = QComboBox(self)
        self.format.setObjectName("export_format")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Excel and PDF"), "both")
        self.format.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("JSON (the whole register, for moving it or importing it again)"), "json")

        self.language = QComboBox(self)
        self.language.setObjectName("export_language")
        self.language.setAccessibleName(self.tr("Language"))
        for key in vocab.EXPORT_LANGUAGES:
            self.language.addItem(vocab.EXPORT_LANGUAGES.label(key), key)
        org_language = session.store.organisation().export_language or "en"
        self.language.setCurrentIndex(max(self.language.findData(org_language), 0))

        # What the export holds: the Art. 30 record for the authority (the default), or every field.
        self.scope = QComboBox(self)
        self.scope.setObjectName("export_scope")
        self.scope.setAccessibleName(self.tr("What to export"))
        self.scope.addItem(self.tr("The Art. 30 record, for the supervisory authority"), "art30")
        self.scope.addItem(self.tr("The full internal register (owners, status, notes, review dates, links)"),
                           "internal")
        self.scope.setToolTip(self.tr(
            "The Art. 30 record holds what Article 30 asks for and nothing for internal use: no owners, statuses, "
            "notes, review dates or links into your own systems. The full register holds every field."))

        # The workbook only: the Art. 30(1) sheet in an authority's template order, and the data-category links.
        self.workbook_layout = QComboBox(self)
        self.workbook_layout.setObjectName("export_workbook_layout")
        self.workbook_layout.setAccessibleName(self.tr("Workbook layout"))
        self.workbook_layout.addItem(self.tr("Standard (the ICO template's order, every field)"), "standard")
        self.workbook_layout.addItem(self.tr("UK ICO template (with its rights and breach-record columns)"), "ico")
        self.workbook_layout.addItem(self.tr("Norwegian Datatilsynet (mandatory columns first, then optional)"),
                                     "datatilsynet_no")
        self.workbook_layout.setToolTip(self.tr(
            "The columns of the Excel workbook's Art. 30(1) sheet, in the order of an authority's template. "
            "The PDF is the same whichever you choose."))
        self.data_links = QCheckBox(self.tr("Link each data category to its data subjects and recipients "
                                            "(Danish Datatilsynet)"), self)
        self.data_links.setObjectName("export_data_links")
        self.data_links.setAccessibleName(self.tr("Data-category links sheet"))
        self.format.currentIndexChanged.connect(self._workbook_options_enabled)

        labels = {
            "controller_register": self.tr("Register of processing activities (Art. 30(1))"),
            "processor_register": self.tr("Register of processing as a processor (Art. 30(2))"),
            "recipients_annex": self.tr("Annex: recipients and processors"),
            "transfers_annex": self.tr("Annex: transfers to third countries"),
            "findings": self.tr("Open findings of the checks (internal: not part of the Art. 30 record)"),
            "logs": self.tr("Breach log and request log (internal: not part of the Art. 30 record)"),
            "dataflow": self.tr("Data flows picture, PDF only (internal: coloured by the findings of the checks)"),
        }
        self.parts: dict[str, QCheckBox] = {}
        parts_box = QVBoxLayout()
        for key in PARTS:
            box = QCheckBox(labels[key], self)
            box.setObjectName(f"export_{key}")
            box.setChecked(key not in ("findings", *INTERNAL_PARTS))
            parts_box.addWidget(box)
            self.parts[key] = box

        # The logs go with the full internal register, never by default with the Art. 30 record
        for key in INTERNAL_PARTS:
            self.scope.currentIndexChanged.connect(
                lambda _i, key=key: self.parts[key].setChecked(self.scope.currentData() == "internal"))

        self.folder = QLineEdit(str(paths.default_export_dir()), self)
        self.folder.setObjectName("export_folder")
        self.folder.setAccessibleName(self.tr("Destination folder"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("export_browse")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("export_progress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status = QLabel("", self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("export_start")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("export_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("export_open")
        self.open_button.clicked.connect(self.open_files)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setObjectName("export_show_folder")
        self.folder_button.clicked.connect(self.show_folder)
        for b in (self.open_button, self.folder_button):
            b.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        form = QFormLayout()
        form.addRow(self.tr("What to export"), self.scope)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Workbook layout"), self.workbook_layout)
        form.addRow("", self.data_links)
        form.addRow(self.tr("Contents"), parts_box)
        form.addRow(self.tr("Save in"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 380)

    def _workbook_options_enabled(self) -> None:
        """The workbook's options apply only when a workbook is written."""
        on = "xlsx" in FORMAT_CHOICES[self.format.currentData()]
        self.workbook_layout.setEnabled(on)
        self.data_links.setEnabled(on)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Save exports in"), self.folder.text())
        if name:
            self.folder.setText(name)

    def options(self) -> ExportOptions:
        store = self.session.store
        return ExportOptions(**{key: box.isChecked() for key, box in self.parts.items()},
                             scope=self.scope.currentData(),
                             workbook_layout=self.workbook_layout.currentData(),
                             data_links=self.data_links.isChecked(),
                             source_name=store.path.name if store.path is not None else "",
                             schema_version=store.schema_version,
                             # the register as it stood on a day (History > Show the register as of…): the cover
                             # says so
                             as_of=getattr(store, "historic_moment", None))

    # --- running ----------------------------------------------------------------------------------
    def start(self) -> None:
        folder = Path(self.folder.text()).expanduser()
        if not folder.is_dir():
            try:
                folder.mkdir(parents=True)
            except OSError as exc:
                self.status.setText(self.tr("The folder “{0}” cannot be created: {1}").format(folder, exc.strerror))
                return
        register = self.session.store.load_register()
        formats = FORMAT_CHOICES[self.format.currentData()]
        language = self.language.currentData()
        options = self.options()

        def work(progress, cancelled):
            if formats == ("json",):
                return [_export_json(register, folder)], ""
            reports = export_files(register, folder, formats, language, options, progress=progress,
                                   cancelled=cancelled)
            return reports, fingerprint(register)  # what the files carry (export.document), for the snapshot

        self.reports = []
        self._scope = options.scope
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        for b in (self.open_button, self.folder_button):
            b.setVisible(False)
        self.task = BackgroundTask(work, self)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.cancelled.connect(self._cancelled)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)

    def _finished(self, result) -> None:
        self.task = None
        reports, register_fingerprint = result
        self.reports = list(reports)
        self.progress.setValue(1000)
        lines = [self.tr("Exported:")] + [f"• {r.path}" for r in self.reports]
        warnings = [str(w) for r in self.reports for w in r.warnings]
        not_kept = self._keep_snapshots(register_fingerprint)
        if not_kept:
            warnings.insert(0, not_kept)
        if warnings:
            lines.append(self.tr("Please note:"))
            lines += [f"• {w}" for w in warnings[:10]]
        self.status.setText("\n".join(lines))
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        for b in (self.open_button, self.folder_button):
            b.setVisible(True)

    def _keep_snapshots(self, register_fingerprint: str) -> str:
        """Keep each PDF and workbook written as an export snapshot in the register (store.snapshots), so that
        "what did we send the authority in March" has an answer; "" when kept, else why not (the files stand)."""
        kept = [r for r in self.reports if r.format in ("pdf", "xlsx")]
        if not kept:
            return ""
        store = self.session.store
        if store.readonly:
            return self.tr("The export is not recorded in the register: it is open read-only.")
        try:
            for r in kept:
                store.exports.record(r.path, r.format, r.language, self._scope, register_fingerprint)
        except (RegisterError, OSError) as exc:
            return self.tr("The export is not recorded in the register: {0}").format(exc)
        self.session.exported.emit()
        return ""

    def _cancelled(self) -> None:
        self.task = None
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export cancelled. No file was written."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportCancelled):  # (comes as `cancelled`; this only in case it is raised unasked)
            self._cancelled()
            return
        self.task = None
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        if isinstance(exc, ExportError):  # says in plain words what happened and what to do
            self.status.setText(self.tr("The export could not be written. {0}").format(exc))
        elif isinstance(exc, OSError):
            detail = getattr(exc, "strerror", None) or str(exc)
            self.status.setText(self.tr("The export could not be written: {0}\nNo file was written; "
                                        "close the file if it is open in another program, or choose "
                                        "another folder.").format(detail))
        else:
            self.status.setText(self.tr("The export failed: {0}. Your register is unchanged.").format(exc))

    def cancel(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def done(self, result: int) -> None:  # closing the window while exporting cancels first
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait()
        super().done(result)

    # --- after success ------------------------------------------------------------------------------
    def open_files(self) -> None:
        failed = [r.path for r in self.reports if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(r.path)))]
        if failed:  # no program is set up for the file type: say so, and where the files are
            self.status.setText(self.tr(
                "No program on this computer opens {0}. The file is saved in {1}; open it from there, or "
                "install a program for it (a PDF reader, or a spreadsheet program for .xlsx).").format(
                ", ".join(Path(p).name for p in failed), Path(failed[0]).parent))

    def show_folder(self) -> None:
        if self.reports:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.reports[0].path).parent)))
