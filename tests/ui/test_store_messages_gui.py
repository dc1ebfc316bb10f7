"""The store's messages in the interface's language: a register the app cannot open is explained in the user's
language (the store raises a Message; the window shows it through i18n.store_text), and the English text stays
for the log and the command line."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ropa_app.store import RegisterStore
from ropa_app.store.backups import BackupInfo
from ropa_app.store.errors import Message, RegisterWriteError
from ropa_app.store.guard import translate
from ropa_app.ui import i18n
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui.restore_dialog import BackupTableModel

from .i18n_walk import english_words


@pytest.fixture
def language(request):
    installed = i18n.install(request.param)
    yield request.param
    i18n.uninstall(installed)


def _newer_register(folder: Path) -> Path:
    path = folder / "Löner 2026.ropa"
    RegisterStore.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")  # a format this version does not know: written by a newer one
    conn.commit()
    conn.close()
    return path


def _message_box_text(opener) -> tuple[str, str, bool]:
    """Run `opener`, read the message box it shows (title, text), close it; and what `opener` returned."""
    seen: list[tuple[str, str]] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        seen.append((box.windowTitle(), box.text()))
        box.close()

    QTimer.singleShot(0, read)
    result = opener()
    assert seen, "no message box was shown"
    return *seen[0], result


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_register_of_a_newer_version_is_explained_in_swedish(qtbot, language, tmp_path):
    path = _newer_register(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    title, text, opened = _message_box_text(lambda: window.open_path(path))
    assert not opened
    assert title == "Registret kan inte öppnas"
    assert text.startswith("”Löner 2026.ropa” skrevs av en nyare version av ROPA Desk (registerformat 999;")
    assert "Uppdatera ROPA Desk. Filen lämnades oförändrad." in text
    assert not english_words(text, "sv", frozenset({"Löner 2026.ropa"})), text
    assert "written by a newer version" not in text and "left unchanged" not in text


def test_in_english_the_text_is_the_stores(qtbot, tmp_path):
    path = _newer_register(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    _title, text, _opened = _message_box_text(lambda: window.open_path(path))
    assert text.startswith("“Löner 2026.ropa” was written by a newer version of ROPA Desk (register format 999;")


@pytest.mark.parametrize("language", ["nb"], indirect=True)
def test_a_message_inside_a_message_is_translated_too(qtbot, language):
    """A failed write: the register's name ("the register") and the sentence that the data are safe are
    Messages of their own inside the message; each is said in the language."""
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode, busy.sqlite_errorname = 5, "SQLITE_BUSY"
    err = translate(busy, None)
    assert isinstance(err, RegisterWriteError)
    assert str(err).startswith("The register is busy in another program. Your last change was not saved;")
    text = i18n.store_text(err)
    assert text == ("Protokollen er opptatt i et annet program. Den siste endringen din ble ikke lagret; alle "
                    "endringer før den er trygt lagret i filen. Lukk det andre programmet, eller vent litt, og prøv "
                    "igjen.")
    assert i18n.store_text(ValueError("not the store's")) == "not the store's"  # anything else: as it is
    assert i18n.store_text(Message("{kind} {id} is not in the register.", kind=Message("Recipient"), id=7)) == (
        "Mottaker 7 finnes ikke i protokollen.")


@pytest.mark.parametrize("language", ["da", "fi"], indirect=True)
def test_every_reason_of_a_backup_is_said_in_the_language(qtbot, language):
    model = BackupTableModel()
    texts = {reason: model.reason_text(BackupInfo(Path("r.ropa"), datetime.now(), 1, reason, "r"))
             for reason in ("daily", "before-v7", "before-import", "manual")}
    english = {"Daily backup when opened", "Before upgrading to register format 7", "Before an import", "Manual"}
    assert not set(texts.values()) & english, texts
    assert "7" in texts["before-v7"]
    for text in texts.values():
        assert not english_words(text, language), text


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_failed_write_is_told_in_swedish_by_the_error_dialog(qtbot, language, tmp_path):
    """A write that failed reaches the user through the app's error dialog (ui/support.py): its title, the
    store's message and the log file's place, all in the language."""
    from ropa_app.ui import support

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode, full.sqlite_errorname = 13, "SQLITE_FULL"
    register = tmp_path / "Löner 2026.ropa"
    register.write_bytes(b"")
    title, text = support.error_message(translate(full, register), tmp_path / "ropa-desk.log")
    assert title == "Din ändring kunde inte sparas"
    assert text.startswith("Disken där ”Löner 2026.ropa” ligger är full. Din senaste ändring sparades inte;")
    assert "(Hjälp > Visa loggmappen.)" in text
    assert not english_words(text, "sv", frozenset({"Löner 2026.ropa", str(tmp_path / "ropa-desk.log")})), text


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_a_register_open_elsewhere_keeps_the_stores_words_and_the_banner_says_them_in_swedish(
        qtbot, language, tmp_path, monkeypatch):
    """Why a register is read-only is kept as the store said it (its English for the log, a Message), and said in
    the interface's language where it is shown (the banner), not translated once when it was opened."""
    import json

    from ropa_app.store.lock import lock_path
    from ropa_app.ui import opening

    path = tmp_path / "Löner 2026.ropa"
    RegisterStore.create(path).close()
    lock_path(path).write_text(json.dumps({"user": "anna", "host": "LAPTOP-7", "pid": 1,
                                           "since": "2026-11-21T09:14:00"}))
    monkeypatch.setattr(opening, "ask_take_over", lambda parent, message: False)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    reason = window.store.readonly_reason
    assert isinstance(reason, Message) and "anna on LAPTOP-7" in reason and "is open in ROPA Desk" in reason
    shown = window.banner.label.text()
    assert "anna" in shown and "LAPTOP-7" in shown and shown != str(reason)
    assert not english_words(shown, "sv", frozenset({"Löner 2026.ropa", "anna", "LAPTOP-7"})), shown


@pytest.mark.parametrize("language", ["sv"], indirect=True)
@pytest.mark.parametrize("path, system", [("/Users/anna/Library/CloudStorage/pCloudDrive/Löner.ropa", "Linux"),
                                          (r"\\fileserver\privacy\Löner.ropa", "Windows")])
def test_where_a_register_is_kept_is_warned_about_in_swedish(qtbot, language, path, system):
    """The warning about a synchronised folder or a network drive (store.location) is the store's Message: English
    for the log, Swedish on screen, the kind of place said in Swedish too."""
    from ropa_app.store import storage_warning

    warning = storage_warning(path, mounts="", system=system)
    shown = i18n.store_text(warning)
    assert isinstance(warning, Message) and "Löner.ropa" in shown and shown != str(warning)
    assert not english_words(shown, "sv", frozenset({"Löner.ropa", "ROPA Desk"})), shown
