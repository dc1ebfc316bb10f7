"""The store's messages to the user: each raised as a `Message` (its English template and parameters), so the
interface can say it in its language (ropa_app.ui.i18n.store_text; tests/ui/test_translations.py checks every
template has a translation); `str(err)` stays the English text for the log and the command line."""

from __future__ import annotations

import ast
import copy
import pickle
import sqlite3
from pathlib import Path

import pytest

import ropa_app.store
from ropa_app.cli import main
from ropa_app.store import NewerVersionError, RegisterStore, SCHEMA_VERSION
from ropa_app.store import guard
from ropa_app.store import errors
from ropa_app.store.errors import Message
from ropa_app.store.lock import LockInfo, locked_message
from tests.reliability.test_hostile_registers import tamper

STORE_DIR = Path(ropa_app.store.__file__).parent
INTERCHANGE_DIR = STORE_DIR.parent / "interchange"
# The modules whose messages are all Messages.
MESSAGE_MODULES = ("fileio.py", "guard.py", "backups.py", "lock.py", "repository.py", "register.py", "shape.py",
                   "importing.py", "rows.py", "location.py")
# The import's modules: every problem they find is a Message (tests/interchange/test_problem_messages.py).
INTERCHANGE_MODULES = ("jsonformat.py", "records.py", "problems.py", "sources.py", "spreadsheet.py", "ico.py",
                       "ropa_xlsx.py", "ropa_values.py")
# A message made from something else than a literal: a record kind's label (translated as the kind's name); a
# Message made again from its own template (a renamed file, a Place said); a problem's text that is a Message
# already (DataError.message: domain.fieldkinds makes it; the ICO layout's header problems).
NOT_LITERAL = {"Message(self.kind.label)",
               "Message(message.template, **{k: _renamed(v, old, new) for k, v in message.params.items()})",
               "Message(self.template, **self.params)", "Message(template, **params)",
               "problems.error(where, message)", "problems.error(where, exc.message)"}


def newer_register(tmp_path: Path, name: str = "x.ropa") -> Path:
    path = tmp_path / name
    RegisterStore.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    return path


def test_an_error_carries_its_template_and_says_english_as_before(tmp_path):
    path = newer_register(tmp_path)
    with pytest.raises(NewerVersionError) as caught:
        RegisterStore.open(path)
    exc = caught.value
    assert str(exc) == (f"“x.ropa” was written by a newer version of ROPA Desk (register format 999; this version "
                        f"reads up to {SCHEMA_VERSION}). Please update ROPA Desk. The file was left unchanged.")
    assert isinstance(exc.message, Message) and exc.message == str(exc)
    assert exc.message.template.startswith("“{name}” was written by a newer version")
    assert exc.message.params == {"name": "x.ropa", "format": 999, "supported": SCHEMA_VERSION}


def test_a_message_keeps_its_template_through_a_copy_and_a_pickle():
    inner = Message("the register")
    message = Message("The disk holding {name} is full. {safe}", name=inner, safe=guard.SAFE)
    for again in (copy.copy(message), copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert again == message and again.template == message.template
        assert again.params["name"].template == "the register"
    assert message == f"The disk holding the register is full. {guard.SAFE}"
    assert Message("{name} braces {{}}") == "{name} braces {{}}"  # no parameters: the template as it is


def test_a_lock_message_is_one_whole_sentence_for_each_case():
    here = LockInfo(user="anna", host="LAPTOP-7", pid=1, since="2026-11-21T09:14:00")
    text = locked_message(Path("r.ropa"), here)
    assert text == "“r.ropa” is open in ROPA Desk by anna on LAPTOP-7 since 2026-11-21 09:14, so it cannot be " \
                   "changed here until it is closed there."
    assert text.params["host"] == "LAPTOP-7" and "{host}" in text.template
    assert "another window" in locked_message(Path("r.ropa"), None).template


def test_the_command_line_prints_the_english_text(tmp_path, capsys):
    path = newer_register(tmp_path)
    assert main(["info", str(path)]) != 0
    err = capsys.readouterr().err
    assert "“x.ropa” was written by a newer version of ROPA Desk (register format 999;" in err


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _plain_texts(tree: ast.AST) -> list[str]:
    """Errors of the store (RegisterError and its kinds) made from a plain text (a literal or an f-string) rather
    than a Message. (A ValueError is a caller's mistake, for a developer: not said to the user.)"""
    kinds = {c.__name__ for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.RegisterError)}
    found = []
    for node in _calls(tree):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in kinds and node.args and (
                isinstance(node.args[0], ast.JoinedStr)
                or isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(f"line {node.lineno}: {ast.unparse(node)[:100]}")
    return found


def test_every_error_of_these_modules_is_raised_with_a_message():
    """A new error raised with a plain English text in these modules fails here (it would not be translated)."""
    found = []
    for name in MESSAGE_MODULES:
        found += [f"{name} {f}" for f in _plain_texts(ast.parse((STORE_DIR / name).read_text(encoding="utf-8")))]
    assert not found, "raised with a plain text, not a Message:\n" + "\n".join(found)
    assert _plain_texts(ast.parse('raise RegisterError(f"“{name}” is gone")'))  # (the scan sees one)


def test_every_message_is_made_from_a_literal_template():
    """The translation test finds the templates by a scan of the store's source: a template it cannot read
    (not a literal) would go untranslated unnoticed."""
    from tests.ui.i18n_walk import store_messages

    made = store_messages()
    assert len(made) >= 150
    scanned = {where.split(":", 1)[0].rsplit("/", 1)[1] for _text, where in made}
    assert set(INTERCHANGE_MODULES) <= scanned and {"importing.py", "rows.py", "fieldkinds.py"} <= scanned
    odd = {where.split(": ", 1)[1] for text, where in made if text is None}
    assert odd == NOT_LITERAL


# --- what a register holds that ROPA Desk does not make (store.shape), and the rest of register.py ----------------
def _foreign_register(tmp_path: Path, *sql: str, name: str = "r.ropa") -> Path:
    path = tmp_path / name
    RegisterStore.create(path).close()
    return tamper(path, *sql)


TRIGGER_AND_TABLE = ("CREATE TRIGGER wipe AFTER INSERT ON activity BEGIN DELETE FROM activity; END",
                     "CREATE TABLE extra (x)")


def test_a_refusal_keeps_each_thing_found_as_a_message_and_says_the_same_english(tmp_path):
    path = _foreign_register(tmp_path, *TRIGGER_AND_TABLE)
    with pytest.raises(errors.ForeignSchemaError) as caught:
        RegisterStore.open(path)
    exc = caught.value
    assert str(exc) == (
        "“r.ropa” holds things that ROPA Desk does not make, so it was not opened for writing (they could change or "
        "delete your data when you save). It was left unchanged. Found:\n"
        "– a trigger “wipe” (code that would run inside the file)\n"
        "– an unknown table “extra”\n"
        "You can open it read-only (nothing in it is run) or import it into a new, clean register.")
    message = exc.message
    assert isinstance(message, Message) and message.template.startswith("“{name}” holds things")
    found = message.params["found"]
    assert [part.template for part in found.params.values()] == [
        "a trigger “{name}” (code that would run inside the file)", "an unknown table “{name}”"]
    assert [f.text.params for f in exc.findings] == [{"name": "wipe"}, {"name": "extra"}]
    assert pickle.loads(pickle.dumps(message)).params["found"].params["p0"].template == found.params["p0"].template


def test_a_long_list_is_cut_with_a_message_of_how_many_more(tmp_path):
    path = _foreign_register(tmp_path, *(f"CREATE TABLE extra{i} (x)" for i in range(10)))
    with pytest.raises(errors.ForeignSchemaError) as caught:
        RegisterStore.open(path)
    text = str(caught.value)
    assert "– an unknown table “extra7”\n– and 2 more\nYou can open it" in text and "extra8" not in text
    last = caught.value.message.params["found"].params["p8"]
    assert last.template == "and {count} more" and last.params == {"count": 2}


def test_a_read_only_open_says_why_as_one_message_of_parts(tmp_path):
    path = _foreign_register(tmp_path, *TRIGGER_AND_TABLE, "CREATE VIEW spy AS SELECT 1", "CREATE TABLE more (y)")
    with RegisterStore.open(path, readonly=True) as store:
        reason = store.readonly_reason
    assert reason == (
        "This register was opened read-only. It holds things ROPA Desk does not make (a trigger “wipe” (code that "
        "would run inside the file), a view “spy” (code that would run inside the file), an unknown table “extra”, "
        "…); you see its data, and nothing in it is run.")
    assert reason.template.startswith("{reason} It holds things") and reason.params["reason"].template == (
        "This register was opened read-only.")
    assert reason.params["found"].params["p3"] == "…"


def test_a_register_missing_a_table_says_it_cannot_be_read_either(tmp_path):
    path = _foreign_register(tmp_path, "DROP TABLE activity_recipient", "CREATE TABLE extra (x)")
    for readonly in (True, False):  # (for writing too: the box then offers no read-only open, nor may its text)
        with pytest.raises(errors.ForeignSchemaError) as caught:
            RegisterStore.open(path, readonly=readonly)
        exc = caught.value
        assert not exc.readable
        assert "Found:\n– an unknown table “extra”\n– the table “activity_recipient” is missing\n– " in str(exc)
        assert str(exc).endswith("\nIt cannot be read either: a table ROPA Desk needs is not there.")
        assert "You can open it read-only" not in str(exc)
        assert exc.message.template.endswith("\nIt cannot be read either: a table ROPA Desk needs is not there.")


def test_creating_over_a_register_or_saving_onto_the_open_file_is_a_message(tmp_path):
    path = tmp_path / "r.ropa"
    with RegisterStore.create(path) as store:
        with pytest.raises(errors.RegisterError) as onto:
            store.save_as(path)
        assert onto.value.message.template == "Choose a different file name: this is the file that is open."
    with pytest.raises(errors.RegisterError) as again:
        RegisterStore.create(path)
    assert str(again.value) == f"“{path}” already exists; choose another name." and again.value.message.params == {
        "path": path}
    with pytest.raises(errors.RegisterError) as nowhere:
        RegisterStore.create(tmp_path / "gone" / "r.ropa")
    assert nowhere.value.message.template == "The folder “{folder}” does not exist."
    (tmp_path / "empty.ropa").write_bytes(b"")
    with pytest.raises(errors.NotARegisterError) as empty:
        RegisterStore.open(tmp_path / "empty.ropa")
    assert empty.value.message == "“empty.ropa” is empty: it is not a ROPA Desk register."
    assert empty.value.message.template == "“{name}” is empty: it is not a ROPA Desk register."


def test_every_finding_of_shape_is_made_with_a_message():
    tree = ast.parse((STORE_DIR / "shape.py").read_text(encoding="utf-8"))
    made = [node for node in _calls(tree) if getattr(node.func, "id", "") == "Finding"]
    assert len(made) == 12  # (one of them says one of two Messages)
    plain = [ast.unparse(node) for node in made
             if not all(isinstance(arm, ast.Call) and getattr(arm.func, "id", "") == "Message"
                        for arm in ([node.args[1].body, node.args[1].orelse] if isinstance(node.args[1], ast.IfExp)
                                    else [node.args[1]]))]
    assert not plain, plain


def test_the_read_only_reasons_of_a_register_that_cannot_be_written_are_messages(tmp_path, monkeypatch):
    from ropa_app.store import fileio, register

    path = tmp_path / "r.ropa"
    RegisterStore.create(path).close()

    def no_lock(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(register.RegisterLock, "acquire", no_lock)
        with RegisterStore.open(path) as store:
            reason = store.readonly_reason
    assert reason == "ROPA Desk cannot write its lock file next to “r.ropa” (Permission denied)."
    assert reason.template == "ROPA Desk cannot write its lock file next to “{name}” ({detail})."

    def no_write(_conn):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(fileio, "probe_write", no_write)
    with RegisterStore.open(path) as store:
        reason = store.readonly_reason
    assert reason == "“r.ropa” cannot be written (attempt to write a readonly database)."
    assert reason.template == "“{name}” cannot be written ({detail})."


def test_an_upgrade_whose_backup_cannot_be_written_is_refused_with_a_message(tmp_path, monkeypatch):
    import shutil

    from ropa_app.store import backups

    path = tmp_path / "old.ropa"
    shutil.copy(Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1.ropa", path)
    before = path.read_bytes()

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", full)
    with pytest.raises(errors.RegisterError) as caught:
        RegisterStore.open(path, backup_dir=tmp_path / "b")
    assert str(caught.value) == ("“old.ropa” needs an upgrade, but the backup before it could not be written "
                                 "([Errno 28] No space left on device). The register was left unchanged.")
    assert caught.value.message.params == {"name": "old.ropa", "detail": "[Errno 28] No space left on device"}
    assert path.read_bytes() == before
