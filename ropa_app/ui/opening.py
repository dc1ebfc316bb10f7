"""Opening and creating register files from the GUI, with a clear message for every bad file.

A register another instance is writing opens read-only (with the other writer named); one whose lock
cannot be verified (another computer, a crash) may be taken over after the user confirms. A register
in a cloud-synced folder or on a network drive gets a one-time warning with the reason.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import logs, paths
from ..store import (
    CorruptRegisterError,
    NewerVersionError,
    NotARegisterError,
    RegisterError,
    RegisterLockedError,
    RegisterStore,
    storage_warning,
)
from ..store.demo import create_demo
from . import settings

DEMO_NAME = "Demo register.ropa"
WARNED_KEY = "storage_warned"


def _tr(parent: QWidget | None, text: str) -> str:
    return parent.tr(text) if parent is not None else text


def open_register(parent: QWidget | None, path: Path, report: bool = True) -> RegisterStore | None:
    """Open `path`; on any problem tell the user why and return None (the file stays untouched).

    A register open elsewhere comes back read-only (`store.readonly_reason` names who has it).
    `report=False` keeps bad-file errors silent (logged only), for the register reopened at start."""
    path = Path(path)
    try:
        store = RegisterStore.open(path)
    except RegisterLockedError as exc:
        store = _open_locked(parent, path, exc)
    except RegisterError as exc:
        logs.user_error(str(exc), exc)
        if report:
            QMessageBox.warning(parent, _tr(parent, "Cannot open register"), str(exc))
        return None
    if store is None:
        return None
    _tell_about(parent, store)
    return store


def _open_locked(parent: QWidget | None, path: Path, exc: RegisterLockedError) -> RegisterStore | None:
    logs.user_error(str(exc))
    if exc.this_process:
        QMessageBox.information(parent, _tr(parent, "Already open"),
                                _tr(parent, "“{0}” is already open in ROPA Desk.").format(path.name))
        return None
    reason = str(exc)
    if exc.maybe_stale and ask_take_over(parent, str(exc)):
        try:
            return RegisterStore.open(path, take_over_stale=True)
        except RegisterLockedError as again:  # it came alive meanwhile
            reason = str(again)
        except RegisterError as err:
            logs.user_error(str(err), err)
            QMessageBox.warning(parent, _tr(parent, "Cannot open register"), str(err))
            return None
    elif not exc.maybe_stale:
        QMessageBox.warning(
            parent, _tr(parent, "Register in use"),
            reason + "\n\n" + _tr(parent, "It opens read-only: you can read and export it, but not change it."),
        )
    try:
        store = RegisterStore.open(path, readonly=True)
    except RegisterError as err:
        logs.user_error(str(err), err)
        QMessageBox.warning(parent, _tr(parent, "Cannot open register"), str(err))
        return None
    store.readonly_reason = reason
    return store


def ask_take_over(parent: QWidget | None, message: str) -> bool:
    """Ask whether to take over a lock that cannot be verified; "Open read-only" is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr(parent, "Register in use?"), message, parent=parent)
    box.setInformativeText(_tr(
        parent,
        "If ROPA Desk is no longer running there (it stopped unexpectedly, or that computer was switched off), "
        "you can take the register over. If it is still open there, taking it over lets two people change it "
        "at once, and changes can be lost.",
    ))
    take = box.addButton(_tr(parent, "Take over"), QMessageBox.ButtonRole.DestructiveRole)
    readonly = box.addButton(_tr(parent, "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(readonly)
    box.exec()
    return box.clickedButton() is take


def _tell_about(parent: QWidget | None, store: RegisterStore) -> None:
    """The notices after a successful open: upgrade, recovered write, failed backup, where it is kept
    (shown over a window only: without a parent there is nobody to tell yet)."""
    if parent is None:
        return
    if store.migration_backup is not None:
        QMessageBox.information(
            parent,
            _tr(parent, "Register upgraded"),
            _tr(parent, "This register was upgraded to the current format. A copy of the old file was kept at:\n{0}")
            .format(store.migration_backup),
        )
    if store.recovered and not store.readonly:
        QMessageBox.information(
            parent,
            _tr(parent, "Interrupted change undone"),
            _tr(parent, "The last change to this register was interrupted (ROPA Desk or the computer stopped while "
                        "saving). The register is as it was after the last completed change; everything saved "
                        "before that is there."),
        )
    if store.backup_problem:
        logs.user_error(store.backup_problem)
        QMessageBox.warning(parent, _tr(parent, "Automatic backup failed"),
                            store.backup_problem + "\n\n" + _tr(parent, "The register itself is fine."))
    warn_about_storage(parent, store.path)


def warn_about_storage(parent: QWidget | None, path: Path | None) -> str | None:
    """Warn once per register file when it is in a cloud-synced folder or on a network drive."""
    if path is None:
        return None
    warning = storage_warning(path)
    if warning is None:
        return None
    key = str(Path(path).resolve())
    s = settings.app_settings()
    warned = s.value(WARNED_KEY, [])
    warned = [warned] if isinstance(warned, str) else list(warned or [])
    if key in warned:
        return None
    logs.user_error(warning)
    QMessageBox.information(parent, _tr(parent, "Where this register is kept"), warning)
    s.setValue(WARNED_KEY, warned + [key])
    return warning


def demo_path() -> Path:
    return paths.app_data_dir() / DEMO_NAME


def open_or_create_demo() -> RegisterStore:
    """The demo register in the app data folder, created on first use. If another ROPA Desk has it
    open, it opens read-only; a damaged demo is put aside (never deleted) and made afresh."""
    path = demo_path()
    if path.exists():
        try:
            return RegisterStore.open(path)
        except RegisterLockedError as exc:
            store = RegisterStore.open(path, readonly=True)
            store.readonly_reason = str(exc)
            return store
        except (CorruptRegisterError, NotARegisterError, NewerVersionError) as exc:
            aside = path.with_name(f"Demo register (damaged {datetime.now():%Y%m%d-%H%M%S}).ropa")
            logs.user_error(f"the demo register was put aside as {aside.name}", exc)
            path.rename(aside)
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_demo(path)
