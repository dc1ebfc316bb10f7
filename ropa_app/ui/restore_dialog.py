"""File > Restore from backup…: the automatic backups with date, size and reason, restored into a NEW file.

The restore (a copy and two full integrity checks: seconds for a big register on a slow drive) runs in
a BackgroundTask; the dialog waits for it with its controls disabled, and keeps painting meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import logs
from ..store import BackupInfo, RegisterError, list_backups, restore_backup
from .i18n import store_text
from .worker import BackgroundTask

FILE_FILTER = "ROPA Desk registers (*.ropa)"
Index = QModelIndex | QPersistentModelIndex


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class BackupTableModel(QAbstractTableModel):
    """One row per backup, newest first: date, size, reason, register."""

    HEADERS = ("Date", "Size", "Reason", "Register")

    def __init__(self, backups: list[BackupInfo] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[BackupInfo] = list(backups or [])

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            created = b.created.strftime("%Y-%m-%d %H:%M:%S")
            return (created, size_text(b.size), self.reason_text(b), b.register_name)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return b
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def reason_text(self, b: BackupInfo) -> str:
        """Why the backup was made, in the interface language (the store's words for its reason, translated; a
        reason the store has no words for is shown as its file name says it)."""
        return store_text(b.reason_text)


class RestoreDialog(QDialog):
    """Lists the backups of `register` (or of all registers) and restores the chosen one into a new
    file; `restored_path` is that file after a successful restore (the caller opens it)."""

    def __init__(self, parent: QWidget | None = None, register: Path | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.register = Path(register) if register is not None else None
        self.folder = folder
        self.restored_path: Path | None = None
        self.task: BackgroundTask | None = None  # the restore under way
        intro = QLabel(self.tr(
            "ROPA Desk backs a register up when it is opened (once a day), before an upgrade and before an "
            "import. A backup is restored into a new file; the register itself is not changed."), self)
        intro.setWordWrap(True)
        self.model = BackupTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("backup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore())
        self.all_registers = QCheckBox(self.tr("Show the backups of all registers"), self)
        self.all_registers.setObjectName("all_registers")
        self.all_registers.setChecked(self.register is None)
        self.all_registers.setEnabled(self.register is not None)
        self.all_registers.toggled.connect(lambda _on: self.reload())
        self.empty_label = QLabel(self.tr("There are no backups yet."), self)
        self.empty_label.setObjectName("no_backups")
        self.status = QLabel(self.tr("Restoring…"), self)
        self.status.setObjectName("restore_status")
        self.status.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons = buttons
        self.restore_button = QPushButton(self.tr("Restore into a new file…"), self)
        self.restore_button.setObjectName("restore_button")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro, self.table, self.empty_label, self.all_registers, self.status, buttons):
            lay.addWidget(w)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        only = None if self.all_registers.isChecked() else self.register
        self.model.set_backups(list_backups(only, self.folder))
        self.table.setColumnHidden(3, only is not None)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None and self.task is None)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def default_target(self, backup: BackupInfo) -> Path:
        if self.register is not None and self.register.parent.is_dir():
            folder = self.register.parent
        else:
            docs = Path.home() / "Documents"
            folder = docs if docs.is_dir() else Path.home()
        base = f"{backup.register_name} (restored {backup.created:%Y-%m-%d %H.%M})"
        target, n = folder / f"{base}.ropa", 2
        while target.exists():
            target, n = folder / f"{base} {n}.ropa", n + 1
        return target

    def ask_target(self, backup: BackupInfo) -> Path | None:
        """The new file to restore into (overwriting is refused later, so the dialog does not ask)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Restore backup as"), str(self.default_target(backup)), self.tr(FILE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ropa" else path.with_name(path.name + ".ropa")

    def restore(self) -> None:
        """Restore the chosen backup into a new file; returns when it is done (or has failed)."""
        backup = self.selected_backup()
        if backup is None or self.task is not None:
            return
        target = self.ask_target(backup)
        if target is None:
            return
        if target.exists():
            message = self.tr("“{0}” already exists. A backup is always restored into a new file; choose another "
                              "name.").format(target.name)
            logs.user_error(message)
            QMessageBox.warning(self, self.tr("Cannot restore"), message)
            return
        source = backup.path
        task = BackgroundTask(lambda progress, cancelled: restore_backup(source, target), self)
        task.finished.connect(self._restored)
        task.failed.connect(self._restore_failed)
        task.ended.connect(lambda: self._set_task(None))
        self._set_task(task)
        task.start()
        task.wait_in_event_loop()  # the window keeps painting; the outcome is in when this returns

    def _set_task(self, task: BackgroundTask | None) -> None:
        self.task = task
        busy = task is not None
        self.status.setVisible(busy)
        self.table.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.all_registers.setEnabled(self.register is not None and not busy)
        self._update_buttons()

    def _restored(self, target: Path) -> None:
        self._set_task(None)
        self.restored_path = target
        self.accept()

    def _restore_failed(self, exc: BaseException) -> None:
        self._set_task(None)
        message = store_text(exc) if isinstance(exc, (RegisterError, OSError)) else self.tr(
            "The backup could not be restored: {0}").format(exc)
        logs.user_error(message, exc)
        QMessageBox.warning(self, self.tr("Cannot restore"), message)

    def done(self, result: int) -> None:  # not closed while restoring (the restore is short and not cancellable)
        if self.task is None:
            super().done(result)

    @classmethod
    def run(cls, parent: QWidget | None, register: Path | None) -> Path | None:
        """Show the dialog; the restored file's path, or None when nothing was restored."""
        dialog = cls(parent, register)
        dialog.exec()
        return dialog.restored_path
