"""A register holding things ROPA Desk does not make (store.shape), opened through the app's own open path in a
Nordic interface: the box says what was found in the user's language (each thing found is a Message of its own,
not English pasted into a translated sentence), and, opened read-only, so does the banner."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ropa_app.store import RegisterStore
from ropa_app.ui import i18n
from ropa_app.ui.main_window import MainWindow

from .i18n_walk import english_words

NAME = "Lønn 2026.ropa"
OWN = frozenset({NAME, "wipe", "extra", "spy", "more"})  # the file's own names: shown as they are


@pytest.fixture
def language(request):
    installed = i18n.install(request.param)
    yield request.param
    i18n.uninstall(installed)


def _foreign(folder: Path, *extra: str) -> Path:
    path = folder / NAME
    RegisterStore.create(path).close()
    conn = sqlite3.connect(path)
    for statement in ("CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity; END",
                      "CREATE TABLE extra (x)", *extra):
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _answer(button_text: str | None, seen: list[dict]) -> None:
    """Read the next message box (title, text, informative text, buttons), then press `button_text` (None: close)."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer(button_text, seen))
        return
    buttons = {b.text(): b for b in box.buttons()}
    seen.append({"title": box.windowTitle(), "text": box.text(), "informative": box.informativeText(),
                 "buttons": sorted(buttons)})
    if button_text is None:
        box.close()
    else:
        buttons[button_text].click()


@pytest.mark.parametrize("language", ["nb"], indirect=True)
def test_an_unknown_schema_is_explained_in_norwegian(qtbot, language, tmp_path):
    path = _foreign(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[dict] = []
    QTimer.singleShot(0, lambda: _answer(None, seen))
    assert not window.open_path(path)
    box = seen[0]
    assert box["title"] == "Protokollen inneholder ukjente ting"
    text = box["text"]
    assert text == (
        "«Lønn 2026.ropa» inneholder ting som ROPA Desk ikke lager, så den ble ikke åpnet for skriving (de kunne "
        "endre eller slette opplysningene dine når du lagrer). Filen ble ikke endret. Funnet:\n"
        "– en utløser «wipe» (kode som ville kjøre inne i filen)\n"
        "– en ukjent tabell «extra»\n"
        "Du kan åpne den skrivebeskyttet (ingenting i den kjøres) eller importere den til en ny, ren protokoll.")
    assert "Åpne skrivebeskyttet" in box["buttons"]
    for shown in (text, box["informative"], *box["buttons"]):
        assert not english_words(shown, "nb", OWN), shown
    assert "trigger" not in text and "unknown table" not in text


@pytest.mark.parametrize("language", ["nb"], indirect=True)
def test_opened_read_only_the_banner_says_why_in_norwegian(qtbot, language, tmp_path):
    path = _foreign(tmp_path, "CREATE VIEW spy AS SELECT 1", "CREATE TABLE more (y)")
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[dict] = []
    QTimer.singleShot(0, lambda: _answer("Åpne skrivebeskyttet", seen))
    assert window.open_path(path)
    assert "– en visning «spy» (kode som ville kjøre inne i filen)" in seen[0]["text"]
    assert window.store.readonly
    banner = window.banner.text()
    assert ("Protokollen ble åpnet skrivebeskyttet. Den inneholder ting som ROPA Desk ikke lager (en utløser «wipe» "
            "(kode som ville kjøre inne i filen), en visning «spy» (kode som ville kjøre inne i filen), en ukjent "
            "tabell «extra», …); du ser opplysningene, og ingenting i den kjøres.") in banner
    assert not english_words(banner, "nb", OWN), banner
    assert str(window.store.readonly_reason).startswith("This register was opened read-only. It holds things")
    window.store.close()


@pytest.mark.parametrize("language", ["nb"], indirect=True)
def test_a_template_no_table_has_is_said_in_english_not_left_empty(qtbot, language):
    from ropa_app.store.errors import Message, listing

    assert i18n.store_text(Message("No table has this text: {x}", x=3)) == "No table has this text: 3"
    joined = listing([Message("the table “{name}” is missing", name="a"), "…"], ", ")
    assert i18n.store_text(joined) == "tabellen «a» mangler, …"
