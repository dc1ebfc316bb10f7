"""Opening and creating register files from the GUI, with a clear message for every bad file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import paths
from ..store import RegisterError, RegisterStore
from ..store.demo import create_demo

DEMO_NAME = "Demo register.ropa"


def open_register(parent: QWidget | None, path: Path) -> RegisterStore | None:
    """Open `path`; on any problem tell the user why and return None (the file stays untouched)."""
    try:
        store = RegisterStore.open(path)
    except RegisterError as exc:
        QMessageBox.warning(parent, parent.tr("Cannot open register") if parent else "Cannot open register", str(exc))
        return None
    if store.migration_backup is not None and parent is not None:
        QMessageBox.information(
            parent,
            parent.tr("Register upgraded"),
            parent.tr("This register was upgraded to the current format. A copy of the old file was kept at:\n{0}")
            .format(store.migration_backup),
        )
    return store


def demo_path() -> Path:
    return paths.app_data_dir() / DEMO_NAME


def open_or_create_demo() -> RegisterStore:
    """The demo register in the app data folder, created on first use."""
    path = demo_path()
    if path.exists():
        try:
            return RegisterStore.open(path)
        except RegisterError:
            path.rename(path.with_suffix(".damaged.ropa"))
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_demo(path)
