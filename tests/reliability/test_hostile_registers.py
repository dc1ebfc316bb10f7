"""A register file from someone else is data, never code (issue 17).

Each test builds the hostile file itself (with plain sqlite3, as an attacker would), then proves the
outcome on the real file: refused with a message that names what was found, the file byte-for-byte
unchanged, no traceback, a bounded time, no file written beside it but the register's own.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from ropa_app import cli
from ropa_app.domain import links, model
from ropa_app.domain.fieldkinds import MAX_TEXT_CHARS
from ropa_app.interchange import InvalidSource, export_json, load
from ropa_app.store import ForeignSchemaError, NotARegisterError, RegisterStore, fileio
from ropa_app.store.importing import import_into_clean_register
from ropa_app.store.lock import RegisterLock, lock_path
from ropa_app.store.errors import RegisterLockedError

from .faults import make_register

ROOT = Path(__file__).resolve().parents[2]


def sample(path: Path) -> Path:
    register = model.Register(
        organisation=model.Organisation(name="Victim AB"),
        activities=[model.Activity(name=f"Activity {i}", purposes=["payroll"]) for i in range(16)],
        recipients=[model.Recipient(name="Payroll Oy")],
    )
    return make_register(path, register)


def state(path: Path) -> tuple[str | None, list[str]]:
    """The bytes of the register and the names of the files beside it."""
    data = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    return data, sorted(p.name for p in path.parent.iterdir())


def tamper(path: Path, *sql: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ropa_app.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


HOSTILE = {
    "trigger deleting activities": (
        "CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity WHERE id <> new.id; END",
        "a trigger “wipe”"),
    "trigger rewriting a mechanism": (
        "CREATE TRIGGER scc AFTER UPDATE ON transfer BEGIN UPDATE transfer SET mechanism='scc' "
        "WHERE id = new.id; END", "a trigger “scc”"),
    "trigger wiping the audit log": (
        "CREATE TRIGGER forget AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END", "a trigger “forget”"),
    "RAISE(IGNORE)": (
        "CREATE TRIGGER quietly BEFORE UPDATE ON activity BEGIN SELECT RAISE(IGNORE); END", "a trigger “quietly”"),
    "view": ("CREATE VIEW spy AS SELECT * FROM activity", "a view “spy”"),
    "unknown table": ("CREATE TABLE extra (x)", "an unknown table “extra”"),
    "unknown index": ("CREATE UNIQUE INDEX one_name ON activity (name)", "an unknown index “one_name”"),
    "unknown column": ("ALTER TABLE activity ADD COLUMN payload TEXT", "an unknown column “payload”"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_foreign_schema_is_refused_for_writing_and_the_file_left_untouched(tmp_path, name):
    sql, said = HOSTILE[name]
    path = tamper(sample(tmp_path / "r.ropa"), sql)
    before = state(path)
    started = time.monotonic()
    with pytest.raises(ForeignSchemaError) as err:
        RegisterStore.open(path, backup_dir=tmp_path / "backups")
    assert time.monotonic() - started < 5
    assert said in str(err.value) and "left unchanged" in str(err.value)
    assert err.value.findings and err.value.readable
    assert state(path) == before
    assert not (tmp_path / "backups").exists()  # no backup copies the triggers anywhere


def test_a_trigger_never_runs_in_a_read_only_open_and_the_data_is_all_there(tmp_path):
    path = tamper(sample(tmp_path / "r.ropa"),
                  "CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity; END",
                  "CREATE VIEW spy AS SELECT * FROM activity")
    before = state(path)
    with RegisterStore.open(path, readonly=True) as store:
        assert store.readonly and len(store.activities.all()) == 16
        assert "nothing in it is run" in store.readonly_reason
        assert {f.kind for f in store.foreign_findings} == {"trigger", "view"}
        kinds = {r[0] for r in store.db.execute("select type from sqlite_master")}
        assert kinds <= {"table", "index"}  # the copy in memory holds neither
    assert state(path) == before


def test_import_into_a_clean_register_keeps_the_data_and_drops_the_code(tmp_path):
    path = tamper(sample(tmp_path / "r.ropa"),
                  "CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity; END")
    before = state(path)
    clean = import_into_clean_register(path, tmp_path / "clean.ropa")
    assert state(path)[0] == before[0]
    with RegisterStore.open(clean, backup_dir=tmp_path / "b") as store:
        store.activities.add(model.Activity(name="New"))
        assert store.activities.count() == 17
    conn = sqlite3.connect(clean)
    assert conn.execute("select count(*) from sqlite_master where type in ('trigger', 'view')").fetchone()[0] == 0
    conn.close()


def test_a_view_in_place_of_a_table_is_refused_even_read_only(tmp_path):
    path = tamper(sample(tmp_path / "r.ropa"), "DROP TABLE activity_recipient",
                  "CREATE VIEW activity_recipient AS SELECT 1 AS activity_id, 1 AS recipient_id, 0 AS position")
    before = state(path)
    for readonly in (False, True):
        with pytest.raises(ForeignSchemaError) as err:
            RegisterStore.open(path, readonly=readonly)
        assert "replaced by a view" in str(err.value)
    assert state(path) == before
    result = run_cli("check", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr and "replaced by a view" in result.stderr


def test_an_endless_recursive_view_is_stopped_in_bounded_time(tmp_path, monkeypatch):
    path = tamper(sample(tmp_path / "r.ropa"), "DROP TABLE category", (
        "CREATE VIEW category AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS id, 'data' AS kind, 'x' AS name FROM n"))
    before = state(path)
    monkeypatch.setattr(fileio, "STATEMENT_SECONDS", 1.0)
    started = time.monotonic()
    conn = fileio.connect(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute("select count(*) from category").fetchone()
    conn.close()
    with pytest.raises(ForeignSchemaError):
        RegisterStore.open(path, readonly=True)
    assert time.monotonic() - started < 10
    assert state(path) == before


def test_defences_are_set_on_every_connection(tmp_path):
    path = sample(tmp_path / "r.ropa")
    conn = fileio.connect(path, readonly=True)
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    conn.close()


# --- values that do not fit their column's kind --------------------------------------------------
def test_bad_values_in_a_well_formed_file_are_named_and_the_rest_is_usable(tmp_path):
    path = tamper(sample(tmp_path / "r.ropa"),
                  "UPDATE activity SET purposes = '{not json', last_reviewed = '2026-02-30' WHERE id = 1",
                  "UPDATE activity SET joint_controllers = '[{\"surprise\": 1}]' WHERE id = 2",
                  "UPDATE recipient SET name = x'00ff' WHERE id = 1")
    before = state(path)
    with RegisterStore.open(path, readonly=True) as store:
        register = store.load_register()
        problems = "\n".join(store.read_problems)
    assert len(register.activities) == 16 and register.activities[0].purposes == []
    assert "activity 1 “Activity 0”, field “purposes”" in problems
    assert "field “last_reviewed”" in problems and "field “joint_controllers”" in problems
    assert "recipient 1, field “name”" in problems
    for command in (["check", str(path)], ["export", str(path), "--format", "json", "-o", str(tmp_path / "o.json")],
                    ["info", str(path)]):
        result = run_cli(*command)
        assert "Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
        assert "field “purposes”" in result.stderr or command[0] == "info"
    assert state(path)[0] == before[0]


# --- files that are not regular files, links --------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "x.ropa"
    os.mkfifo(fifo)
    started = time.monotonic()
    for readonly in (False, True):
        with pytest.raises(NotARegisterError, match="not a regular file"):
            RegisterStore.open(fifo, readonly=readonly)
    result = run_cli("info", str(fifo))
    assert result.returncode == 2 and "not a regular file" in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights")
def test_a_symlinked_lock_file_never_overwrites_its_target(tmp_path):
    path = sample(tmp_path / "r.ropa")
    precious = tmp_path / "precious.txt"
    precious.write_text("do not touch")
    lock_path(path).symlink_to(precious)
    with RegisterStore.open(path, backup_dir=tmp_path / "b") as store:
        assert store.readonly and "lock file" in store.readonly_reason
    assert precious.read_text() == "do not touch"
    assert lock_path(path).is_symlink()


def test_a_hard_linked_lock_file_is_not_written(tmp_path):
    path = sample(tmp_path / "r.ropa")
    precious = tmp_path / "precious.txt"
    precious.write_text("do not touch")
    os.link(precious, lock_path(path))
    with RegisterStore.open(path, backup_dir=tmp_path / "b") as store:
        assert store.readonly
    assert precious.read_text() == "do not touch"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights")
def test_a_symlink_to_an_open_register_is_the_same_register(tmp_path):
    path = sample(tmp_path / "r.ropa")
    alias = tmp_path / "elsewhere" / "alias.ropa"
    alias.parent.mkdir()
    alias.symlink_to(path)
    lock = RegisterLock.acquire(path)
    try:
        with pytest.raises(RegisterLockedError):
            RegisterLock.acquire(alias)
        with pytest.raises(RegisterLockedError):
            RegisterStore.open(alias, backup_dir=tmp_path / "b")
    finally:
        lock.release()


def test_a_hard_linked_register_opens_read_only_with_the_reason(tmp_path):
    path = sample(tmp_path / "r.ropa")
    os.link(path, tmp_path / "other name.ropa")
    before = state(path)[0]
    with RegisterStore.open(tmp_path / "other name.ropa", backup_dir=tmp_path / "b") as store:
        assert store.readonly and "hard links" in store.readonly_reason
    assert state(path)[0] == before


# --- links ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("https://example.com/dpa.pdf", links.WEB), ("mailto:dpo@example.com", links.MAIL),
    ("/home/me/dpa.pdf", links.FILE), ("file:///etc/passwd", links.FILE), ("Intranet: Legal/DPA", links.FILE),
    ("smb://server/share/x.pdf", links.REFUSED), ("ms-excel:ofe|u|http://evil/x.xlsx", links.REFUSED),
    ("javascript:alert(1)", links.REFUSED), ("\\\\server\\share\\a.hta", links.REFUSED),
    ("C:\\Users\\x\\Downloads\\invoice.HTA", links.REFUSED), ("file:///tmp/run.exe", links.REFUSED),
    ("setup.msi ", links.REFUSED), ("evil.lnk", links.REFUSED), ("file://evil.example/x.pdf", links.REFUSED),
])
def test_links_are_classified(text, kind):
    assert links.classify(text).kind == kind


def test_an_import_refuses_other_schemes_naming_the_place(tmp_path):
    register = model.Register(organisation=model.Organisation(name="A"),
                              recipients=[model.Recipient(name="R", dpa_link="ms-excel:ofe|u|http://evil/x")])
    source = tmp_path / "in.json"
    source.write_text(export_json(register), encoding="utf-8")
    with pytest.raises(InvalidSource) as err:
        load(source)
    text = "\n".join(str(p) for p in err.value.problems)
    assert "dpa_link" in text and "ms-excel:" in text


# --- huge values --------------------------------------------------------------------------------------
def test_an_import_refuses_a_value_over_the_limit_naming_the_place(tmp_path):
    register = model.Register(organisation=model.Organisation(name="A"),
                              activities=[model.Activity(name="Big", description="x" * (MAX_TEXT_CHARS + 1))])
    source = tmp_path / "in.json"
    source.write_text(export_json(register), encoding="utf-8")
    with pytest.raises(InvalidSource) as err:
        load(source)
    assert any("description" in str(p) and "100,000" in str(p) for p in err.value.problems)


def test_a_huge_value_in_a_register_file_is_read_cut_in_bounded_time_and_memory(tmp_path):
    path = tamper(sample(tmp_path / "r.ropa"),
                  f"UPDATE activity SET description = '{'y' * 10_000_000}' WHERE id = 3")
    before = state(path)
    tracemalloc.start()
    started = time.monotonic()
    with RegisterStore.open(path, readonly=True) as store:
        register = store.load_register()
        problems = store.read_problems
    seconds = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"\n10,000,000-character value read: {seconds:.2f} s, peak {peak / 1e6:.0f} MB")
    assert len(register.activities[2].description) == MAX_TEXT_CHARS
    assert any("description" in p and "10,000,000" in p for p in problems)
    assert seconds < 10 and peak < 200e6
    assert state(path) == before


def test_cli_messages_not_tracebacks_for_a_hostile_register(tmp_path, capsys):
    path = tamper(sample(tmp_path / "r.ropa"),
                  "CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity; END")
    before = state(path)
    out = tmp_path / "more.json"
    out.write_text(export_json(model.Register(organisation=model.Organisation(name="X"),
                                              activities=[model.Activity(name="Added")])), encoding="utf-8")
    assert cli.main(["import", str(path), str(out), "--merge"]) == 2
    err = capsys.readouterr().err
    assert "trigger “wipe”" in err
    assert cli.main(["check", str(path)]) in (0, 1)
    assert "trigger “wipe”" in capsys.readouterr().err
    assert state(path)[0] == before[0]


# --- the GUI ---------------------------------------------------------------------------------------------
@pytest.fixture
def boxes(monkeypatch):
    """The message boxes of the opening code and the link field: (kind, title, text); none is shown."""
    shown = []
    for where in ("ropa_app.ui.opening.QMessageBox", "ropa_app.ui.forms.fields.QMessageBox"):
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(f"{where}.{kind}",
                                lambda parent, title, text, *a, kind=kind, **k: shown.append((kind, title, text)))
    return shown


@pytest.fixture
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def hostile_file(tmp_path: Path) -> Path:
    return tamper(sample(tmp_path / "r.ropa"),
                  "CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity; END")


def test_gui_says_what_was_found_and_opens_read_only_when_asked(tmp_path, parent, boxes, monkeypatch):
    from ropa_app.ui import opening

    path = hostile_file(tmp_path)
    before = state(path)
    asked = []
    monkeypatch.setattr(opening, "ask_about_foreign", lambda p, exc: asked.append(str(exc)) or opening.READ_ONLY)
    store = opening.open_register(parent, path)
    try:
        assert "trigger “wipe”" in asked[0]
        assert store is not None and store.readonly and store.activities.count() == 16
    finally:
        store.close()
    assert state(path) == before


def test_gui_cancel_leaves_everything_as_it_was(tmp_path, parent, boxes, monkeypatch):
    from ropa_app.ui import opening

    path = hostile_file(tmp_path)
    before = state(path)
    monkeypatch.setattr(opening, "ask_about_foreign", lambda p, exc: opening.CANCEL)
    assert opening.open_register(parent, path) is None
    assert state(path) == before


def test_gui_imports_into_a_new_clean_register_off_the_ui_thread(tmp_path, parent, boxes, monkeypatch):
    from ropa_app.ui import opening

    path = hostile_file(tmp_path)
    before = state(path)[0]
    target = tmp_path / "clean.ropa"
    monkeypatch.setattr(opening, "ask_about_foreign", lambda p, exc: opening.IMPORT_CLEAN)
    monkeypatch.setattr(opening, "choose_clean_target", lambda p, source: target)
    monkeypatch.setattr(opening, "warn_about_storage", lambda *a: None)
    store = opening.open_register(parent, path)
    try:
        assert store is not None and not store.readonly and store.path == target
        assert store.activities.count() == 16
    finally:
        store.close()
    assert state(path)[0] == before


def test_link_field_opens_web_directly_asks_for_files_and_refuses_the_rest(qtbot, boxes, monkeypatch):
    from ropa_app.ui.forms import fields

    opened = []
    monkeypatch.setattr(fields.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    field = fields.LinkField()
    qtbot.addWidget(field)
    asked = []
    monkeypatch.setattr(field, "confirm_file", lambda path: asked.append(path) or False)
    field.set_value("https://example.com/dpa.pdf")
    assert field.open_link() and opened == ["https://example.com/dpa.pdf"]
    field.set_value("/home/me/dpa.pdf")
    assert not field.open_link() and asked == ["/home/me/dpa.pdf"] and len(opened) == 1
    for bad in ("smb://server/x", "ms-excel:ofe|u|http://evil/x.xlsx", "C:\\Temp\\x.hta", "file:///tmp/a.exe"):
        field.set_value(bad)
        assert not field.open_link()
    assert len(opened) == 1 and len(boxes) == 4 and all(k == "warning" for k, _t, _x in boxes)
    monkeypatch.setattr(field, "confirm_file", lambda path: True)
    field.set_value("/home/me/dpa.pdf")
    assert field.open_link() and opened[-1] == "file:///home/me/dpa.pdf"


def test_index_damage_that_quick_check_passes_stops_the_backup_and_the_import(tmp_path):
    from ropa_app.store import CorruptRegisterError
    from ropa_app.store.importing import apply_plan
    from ropa_app.interchange import build_plan

    path = sample(tmp_path / "r.ropa")
    damage_an_index(path)
    conn = sqlite3.connect(path)
    quick, full = (conn.execute(f"PRAGMA {p}").fetchall() for p in ("quick_check", "integrity_check"))
    conn.close()
    assert quick == [("ok",)] and full != [("ok",)]  # only the full check sees it
    backups = tmp_path / "backups"
    with RegisterStore.open(path, backup_dir=backups) as store:
        assert "damaged" in (store.backup_problem or "")  # the daily backup was not made of a damaged file
        before = state(path)[0]
        plan = build_plan(load_incoming(tmp_path), store.load_register())
        with pytest.raises(CorruptRegisterError, match="nothing was imported"):
            apply_plan(store, plan)
        assert state(path)[0] == before
    assert not list(backups.glob("*.ropa")) if backups.exists() else True


def damage_an_index(path: Path) -> None:
    """An entry of idx_category_kind_name written in the wrong column order: the index no longer
    matches its table, which integrity_check finds and quick_check does not."""
    conn = sqlite3.connect(path)
    sql = conn.execute("select sql from sqlite_master where name = 'idx_category_kind_name'").fetchone()[0]
    swapped = sql.replace("[kind], [name]", "[name], [kind]").replace('"kind", "name"', '"name", "kind"')
    assert swapped != sql
    for new_sql, then in ((swapped, "INSERT INTO category (kind, name) VALUES ('data', 'zz-damage')"), (sql, None)):
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'idx_category_kind_name'", (new_sql,))
        conn.commit()
        conn.close()
        conn = sqlite3.connect(path)
        if then:
            conn.execute(then)
            conn.commit()
    conn.close()


def load_incoming(folder: Path):
    source = folder / "in.json"
    source.write_text(export_json(model.Register(organisation=model.Organisation(name="Victim AB"),
                                                 activities=[model.Activity(name="New")])), encoding="utf-8")
    return load(source)


def test_a_full_disk_while_writing_the_lock_leaves_no_empty_lock_file(tmp_path, monkeypatch):
    import errno

    from ropa_app.store import lock as lock_module

    path = sample(tmp_path / "r.ropa")

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(OSError):
        RegisterLock.acquire(path)
    monkeypatch.undo()
    assert not lock_path(path).exists()
    RegisterLock.acquire(path).release()  # and the next open is not told "open in another window"


def test_json_with_an_integer_of_thousands_of_digits_is_a_problem_not_a_traceback(tmp_path):
    source = tmp_path / "in.json"
    source.write_text('{"format_version": ' + "9" * 5000 + "}", encoding="utf-8")
    with pytest.raises(InvalidSource) as err:
        load(source)
    assert "number too long" in str(err.value)


def test_names_in_nfc_and_nfd_are_one_recipient_on_import():
    from ropa_app.interchange.records import match_key

    assert match_key("Caf\u00e9 AB") == match_key("Cafe\u0301  ab")


def test_gui_names_unreadable_values_and_opens_the_rest(tmp_path, parent, boxes, monkeypatch, qtbot):
    """The register opens at once; the read of every value (in a worker, after the window shows) then names the
    value that does not fit its field."""
    from ropa_app.ui import opening

    path = tamper(sample(tmp_path / "r.ropa"), "UPDATE activity SET purposes = '{not json' WHERE id = 2")
    monkeypatch.setattr(opening, "warn_about_storage", lambda *a: None)
    store = opening.open_register(parent, path)
    try:
        assert store is not None and store.activities.count() == 16
        assert not [box for box in boxes if box[0] == "warning"]  # not read on the UI thread before showing
        qtbot.waitUntil(lambda: any(kind == "warning" for kind, _title, _text in boxes), timeout=10_000)
    finally:
        store.close()
    texts = [text for kind, _title, text in boxes if kind == "warning"]
    assert any("activity 2 “Activity 1”, field “purposes”" in t for t in texts)


def test_the_window_names_unreadable_values_from_its_checks_read_without_a_second_read(tmp_path, boxes, monkeypatch,
                                                                                          qtbot):
    """Issue #21, sixth round: in the window, the values that do not fit their field are named from the read its
    checks make in a worker (`RegisterChecks.read_problems`), not from a second whole read of the register beside it
    (at 50,000 activities each read is 9-12 s of Python in a worker)."""
    import threading

    from ropa_app.store import RegisterStore
    from ropa_app.ui import opening
    from ropa_app.ui.main_window import MainWindow

    path = tamper(sample(tmp_path / "r.ropa"), "UPDATE activity SET purposes = '{not json' WHERE id = 2")
    monkeypatch.setattr(opening, "warn_about_storage", lambda *a: None)
    reads: list[bool] = []  # a whole read of the register: in a worker?
    load = RegisterStore.load_register
    monkeypatch.setattr(RegisterStore, "load_register", lambda self, *a, **k: (
        reads.append(threading.current_thread() is not threading.main_thread()), load(self, *a, **k))[1])
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _title, _text in boxes), timeout=10_000)
    texts = [text for kind, _title, text in boxes if kind == "warning"]
    assert any("activity 2 “Activity 1”, field “purposes”" in t for t in texts)
    qtbot.wait(200)
    assert reads == [True] and not opening._RUNNING, "one read in a worker: the checks'"
    window.close()


def test_closing_the_register_stops_the_read_for_unreadable_values_and_tells_nothing(tmp_path, parent, boxes,
                                                                                      monkeypatch, qtbot):
    from ropa_app.ui import opening

    path = tamper(sample(tmp_path / "r.ropa"), "UPDATE activity SET purposes = '{not json' WHERE id = 2")
    monkeypatch.setattr(opening, "warn_about_storage", lambda *a: None)
    store = opening.open_register(parent, path)
    store.close()  # before the event loop turns: the read is not started, or stops at once
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not opening._RUNNING, timeout=10_000)
    assert not [box for box in boxes if box[0] == "warning"]


def test_a_wal_mode_file_opens_read_only_without_creating_files_beside_it(tmp_path):
    path = sample(tmp_path / "r.ropa")
    tamper(path, "PRAGMA journal_mode = WAL")
    assert not path.with_name("r.ropa-wal").exists()
    before = state(path)
    with RegisterStore.open(path, readonly=True) as store:
        assert store.activities.count() == 16
        assert state(path) == before  # no -wal, no -shm
    assert state(path) == before


def _dangling(tmp_path: Path) -> Path:
    """Our own schema, but an activity that points at a recipient the file does not hold (written with
    foreign keys off, as any SQLite tool does by default)."""
    path = sample(tmp_path / "r.ropa")
    return tamper(path, "INSERT INTO activity_recipient (activity_id, recipient_id, position) "
                        "SELECT min(id), 999, 0 FROM activity")


def _content(path: Path) -> list:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [conn.execute(f"select * from [{t}] order by 1, 2").fetchall()
                for t in ("activity", "activity_recipient", "recipient", "transfer")]
    finally:
        conn.close()


def test_a_broken_rule_of_the_file_is_a_message_and_the_change_rolls_back(tmp_path):
    from ropa_app.store import RegisterConstraintError, RegisterError

    path = _dangling(tmp_path)
    before = _content(path)
    with RegisterStore.open(path, backup_dir=tmp_path / "backups") as store:
        first = store.activities.all()[0]
        assert 999 in first.recipients
        first.name = "Renamed"
        with pytest.raises(RegisterConstraintError) as caught:
            store.activities.update(first)
        assert isinstance(caught.value, RegisterError) and isinstance(caught.value, sqlite3.IntegrityError)
        message = str(caught.value)
        assert "r.ropa" in message and "does not exist" in message and "not saved" in message
        assert "Traceback" not in message and "FOREIGN KEY" not in message
        assert store.activities.get(first.id).name == "Activity 0"
    assert _content(path) == before  # rolled back whole

