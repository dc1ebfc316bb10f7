"""Every bad file opened through the GUI's code path (ui.opening.open_register) gives its message and
is left byte-for-byte unchanged; locked, read-only and interrupted registers open the way they should."""

import hashlib
import json
from datetime import datetime

import pytest
from PySide6.QtWidgets import QWidget

from ropa_app.store import RegisterStore
from ropa_app.store.lock import lock_path, read_lock
from ropa_app.ui import opening
from ropa_app.ui.banner import Banner
from tests.store.badfiles import corrupt_middle, hot_journal, make_register, newer_version, other_sqlite, truncated

from .kill_helpers import child


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the opening code shows: (kind, title, text); none is really shown."""
    shown = []
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(f"ropa_app.ui.opening.QMessageBox.{kind}",
                            lambda parent, title, text, *a, kind=kind, **k: shown.append((kind, title, text)))
    return shown


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _state(path):
    """Everything on disk about `path`: its bytes and the files beside it."""
    siblings = sorted(p.name for p in path.parent.iterdir())
    return (hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None), siblings


def _not_sqlite(p):
    p.write_bytes(b"name;purpose\r\nPayroll;salaries\r\n")
    return p


def _empty(p):
    p.write_bytes(b"")
    return p


def _folder(p):
    p.mkdir()
    return p


def _vanished(p):
    return p.parent / "USB STICK" / "register.ropa"


BAD_FILES = [
    (_not_sqlite, "it is not a SQLite database file"),
    (_empty, "is empty: it is not a ROPA Desk register"),
    (truncated, "is damaged"),
    (lambda p: corrupt_middle(make_register(p)), "SQLite's integrity check found errors"),
    (other_sqlite, "is a SQLite database, but not a ROPA Desk register"),
    (newer_version, "was written by a newer version of ROPA Desk"),
    (_folder, "is a folder, not a register file"),
    (_vanished, "does not exist (was it moved, or the drive removed?)"),
]


@pytest.mark.parametrize("make, expected", BAD_FILES,
                         ids=["not-sqlite", "empty", "truncated", "damaged-pages", "other-sqlite", "newer-version",
                              "folder", "vanished"])
def test_bad_file_gives_its_message_and_stays_untouched(tmp_path, parent, boxes, make, expected):
    path = make(tmp_path / "register.ropa")
    before = _state(path) if path.parent.exists() else None
    assert opening.open_register(parent, path) is None
    assert [(kind, title) for kind, title, _ in boxes] == [("warning", "Cannot open register")]
    assert expected in boxes[0][2]
    if before is None:
        assert not path.parent.exists(), "nothing was created where the drive was"
    else:
        assert _state(path) == before, "the file and its folder are exactly as they were"


def test_read_only_file_opens_read_only_with_a_banner(tmp_path, parent, boxes, qtbot):
    path = make_register(tmp_path / "register.ropa", 2)
    path.chmod(0o444)
    try:
        before = _state(path)
        store = opening.open_register(parent, path)
        assert store.readonly and boxes == []
        banner = Banner(parent)
        banner.set_store(store)
        assert not banner.isHidden() and banner.objectName() == "readonly_banner"
        assert "read-only file" in banner.text()
        store.close()
        assert _state(path) == before
    finally:
        path.chmod(0o644)
    banner.set_store(RegisterStore.open(path))
    assert banner.isHidden()


def test_interrupted_write_is_undone_with_a_notice(tmp_path, parent, boxes):
    path = hot_journal(tmp_path / "register.ropa")
    store = opening.open_register(parent, path)
    assert not store.readonly and store.recovered
    assert [title for _k, title, _t in boxes] == ["Interrupted change undone"]
    assert "HALF-WRITTEN" not in {s.name for s in store.activities.summaries()}
    store.close()


def test_interrupted_write_in_a_register_locked_elsewhere_reads_without_writing(tmp_path, parent, boxes, monkeypatch):
    path = hot_journal(tmp_path / "register.ropa")
    lock_path(path).write_text(
        json.dumps({"user": "anna", "host": "LAPTOP-7", "pid": 1, "since": "2026-11-21T09:14:00"})
    )
    before = _state(path)
    monkeypatch.setattr(opening, "ask_take_over", lambda parent, message: False)
    store = opening.open_register(parent, path)
    assert store.readonly and store.recovered
    assert "anna on LAPTOP-7 since 2026-11-21 09:14" in store.readonly_reason
    assert "HALF-WRITTEN" not in {s.name for s in store.activities.summaries()}
    store.close()
    assert _state(path) == before


def test_register_open_in_another_instance_opens_read_only(tmp_path, parent, boxes):
    path = make_register(tmp_path / "register.ropa", 2)
    other = child("writer_child.py", str(path), stdin=True)
    try:
        assert other.stdout.readline().strip() == "ready"
        store = opening.open_register(parent, path)
        assert store.readonly
        (kind, title, text), = boxes
        assert (kind, title) == ("warning", "Register in use") and "on this computer since" in text
        assert "opens read-only" in text
        assert store.readonly_reason.startswith("“register.ropa” is open in ROPA Desk by ")
        store.close()
    finally:
        _quit(other)


@pytest.mark.parametrize("take_over", [True, False])
def test_lock_from_another_computer_is_taken_over_only_when_the_user_says_so(tmp_path, parent, boxes, monkeypatch,
                                                                            take_over):
    path = make_register(tmp_path / "register.ropa", 1)
    since = datetime.now().replace(hour=9, minute=14).astimezone().isoformat()
    lock_path(path).write_text(json.dumps({"user": "anna", "host": "LAPTOP-7", "pid": 77, "since": since}))
    asked = []
    monkeypatch.setattr(opening, "ask_take_over", lambda parent, message: asked.append(message) or take_over)
    store = opening.open_register(parent, path)
    assert asked == ["“register.ropa” is open in ROPA Desk by anna on LAPTOP-7 since 09:14, so it cannot be "
                     "changed here until it is closed there."]
    assert store.readonly is not take_over and boxes == []
    assert (read_lock(path).host == "LAPTOP-7") is not take_over
    store.close()


def test_register_already_open_here_is_not_opened_twice(tmp_path, parent, boxes):
    path = make_register(tmp_path / "register.ropa", 1)
    with RegisterStore.open(path):
        assert opening.open_register(parent, path) is None
    assert [(k, t) for k, t, _ in boxes] == [("information", "Already open")]


def test_storage_warning_is_shown_once_per_register(tmp_path, parent, boxes, monkeypatch):
    path = make_register(tmp_path / "register.ropa", 1)
    monkeypatch.setattr(
        opening, "storage_warning", lambda p: "“register.ropa” is in a folder that OneDrive synchronises."
    )
    for _ in range(2):
        opening.open_register(parent, path).close()
    assert [(k, t) for k, t, _ in boxes] == [("information", "Where this register is kept")]


def test_demo_open_in_another_instance_is_read_only_not_put_aside(tmp_path, boxes):
    first = opening.open_or_create_demo()
    second = opening.open_or_create_demo()
    assert second.readonly and "is open in ROPA Desk" in second.readonly_reason
    assert sorted(p.name for p in opening.demo_path().parent.glob("*.ropa")) == ["Demo register.ropa"]
    second.close()
    first.close()


def test_damaged_demo_is_put_aside_and_made_afresh(tmp_path, boxes):
    opening.open_or_create_demo().close()
    corrupt_middle(opening.demo_path())
    store = opening.open_or_create_demo()
    assert store.activities.count() >= 12 and not store.readonly
    aside = [p for p in opening.demo_path().parent.glob("Demo register (damaged *).ropa")]
    assert len(aside) == 1
    store.close()


def test_last_register_locked_at_start_opens_read_only(tmp_path, boxes, qtbot):
    from ropa_app.ui import settings
    from ropa_app.ui.app import initial_store

    path = make_register(tmp_path / "register.ropa", 1)
    settings.app_settings().setValue("last_file", str(path))
    other = child("writer_child.py", str(path), stdin=True)  # another ROPA Desk has it open
    try:
        assert other.stdout.readline().strip() == "ready"
        parent = QWidget()
        qtbot.addWidget(parent)
        store = initial_store(None, parent)
        assert store.path == path and store.readonly
        assert [(k, t) for k, t, _ in boxes] == [("warning", "Register in use")]
        store.close()
    finally:
        _quit(other)


def _answer_start_box(button: str, seen: dict) -> None:
    """Click `button` of the start-refusal question as soon as it shows (and note what it said)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "start_refused_box":
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["default"] = box.defaultButton().text()
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)


def test_unreadable_last_register_says_why_and_offers_the_demo(tmp_path, qtbot):
    """The last register is damaged: the user is told which and why (never the demo in silence), the file
    is left as it is, and the demo opens when chosen (the default)."""
    from ropa_app.ui import settings
    from ropa_app.ui.app import initial_store

    path = corrupt_middle(make_register(tmp_path / "register.ropa"))
    before = path.read_bytes()
    settings.app_settings().setValue("last_file", str(path))
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict = {}
    _answer_start_box("Open the demo register", seen)
    store = initial_store(None, parent)
    assert store.path == opening.demo_path()
    assert "register.ropa" in seen["text"] and "damaged" in seen["text"].lower()
    assert seen["default"] == "Open the demo register"
    assert path.read_bytes() == before
    store.close()


def test_a_refused_file_at_start_lets_the_user_open_another(tmp_path, qtbot, monkeypatch):
    from ropa_app.ui.app import initial_store

    bad = corrupt_middle(make_register(tmp_path / "bad.ropa"))
    good = make_register(tmp_path / "good.ropa", 2)
    monkeypatch.setattr(opening.QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict = {}
    _answer_start_box("Open another register…", seen)
    store = initial_store(str(bad), parent)  # given on the command line
    assert store.path == good and "bad.ropa" in seen["text"]
    store.close()


@pytest.mark.parametrize("button, taken", [("Open read-only", False), ("Take over", True), (None, False)],
                         ids=["read-only", "take-over", "default"])
def test_take_over_question(qtbot, parent, button, taken):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["default"] = box.defaultButton().text()
        if button is None:
            box.defaultButton().click()
        else:
            next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)
    assert opening.ask_take_over(parent, "“r.ropa” is open in ROPA Desk by anna on LAPTOP-7 since 09:14.") is taken
    assert seen["default"] == "Open read-only"
    assert "anna on LAPTOP-7" in seen["text"] and "changes can be lost" in seen["text"]


def _quit(other) -> None:
    """End the other ROPA Desk process (it gives up its lock on "quit")."""
    other.stdin.write("quit\n")
    other.stdin.close()
    other.wait(timeout=10)
    other.stdout.close()
