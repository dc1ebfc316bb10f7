"""What a user reads in a window, and which of it is left in English: the widget walk of the translation tests.

`visible_texts` collects every text a widget tree shows or announces (window titles, labels, buttons, tool
tips, placeholders, accessible names, group titles, tab titles, combo items, menu actions, table headers
and cells). `english_words` finds the words of a text that are English and not the language's: a word
is English when it occurs in the program's English texts (the tr() literals, field labels, vocabulary
labels, record kinds, check messages) and occurs in none of the language's own texts (its UI table, export
table and field help). Names of records (the register's own data), ISO codes and product names are allowed."""

from __future__ import annotations

import ast
import dataclasses
import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

import ropa_app.ui
from ropa_app.domain import help as field_help
from ropa_app.domain import kinds, vocab
from ropa_app.domain.checks.messages import MESSAGES
from ropa_app.export import i18n as export_i18n
from ropa_app.ui import i18n

UI_DIR = Path(ropa_app.ui.__file__).parent
# Names that are the same in every language: the product, file formats, and abbreviations of the law's
# instruments as the authorities use them.
ALLOWED = {"ropa", "desk", "excel", "pdf", "json", "xlsx", "ico", "dpf", "scc", "sccs", "bcr", "tia", "https", "uk"}
WORD = re.compile(r"[^\W\d_]{3,}")


def _tr_literals() -> dict[tuple[str, str], str]:
    """(function, text) -> where, for every string literal given to tr(), _tr() or translate() in ropa_app/ui."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(UI_DIR.rglob("*.py")):
        if "i18n" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "translate" and len(node.args) >= 2:
                arg, context = node.args[1], node.args[0]
                if isinstance(context, ast.Constant) and context.value in i18n.FOREIGN_CONTEXTS:
                    continue
            elif name in ("tr", "_tr") and node.args:
                # self.tr(text[, disambiguation]); a module's tr(text) or _tr(parent, text)
                texts = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                arg = node.args[0] if isinstance(node.func, ast.Attribute) or not texts else texts[0]
            else:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault((name, arg.value), f"{path.relative_to(UI_DIR.parent.parent)}:{node.lineno}")
    return found


# Texts given to tr() through a constant (file-dialog filters, column headers): named here, checked as literals.
def _constant_texts() -> list[str]:
    from ropa_app.ui import import_dialog, main_window, restore_dialog

    return [import_dialog.FILTER, main_window.FILE_FILTER, restore_dialog.FILE_FILTER,
            *restore_dialog.BackupTableModel.HEADERS]


STORE_DIR = UI_DIR.parent / "store"
INTERCHANGE_DIR = UI_DIR.parent / "interchange"
# Where messages to the user are made as Messages: the store's errors, the import's problems (and the one text of
# the domain an import shows as a problem). (domain/messages.py and store/errors.py: the class itself.)
MESSAGE_SOURCES = (STORE_DIR, INTERCHANGE_DIR, UI_DIR.parent / "domain" / "fieldkinds.py")
# The calls whose first argument is a template (a Message, or a Place: a location made a Message when listed) and
# the calls whose second one is (`Problems.error(where, template, **params)`, `.warning`: the Message made there).
_TEMPLATE_FIRST = ("Message", "Place")
_TEMPLATE_SECOND = ("error", "warning")


def _message_files() -> list[Path]:
    files: list[Path] = []
    for source in MESSAGE_SOURCES:
        files += sorted(source.rglob("*.py")) if source.is_dir() else [source]
    return [f for f in files if f.name != "errors.py"]


def store_messages() -> list[tuple[str | None, str]]:
    """Every message to the user made in ropa_app/store and ropa_app/interchange (`Message(...)`, `Place(...)`,
    `problems.error(where, ...)` / `.warning`): (its template when it is a literal, else None; where, with the
    call's source)."""
    found: list[tuple[str | None, str]] = []
    for path in _message_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in _TEMPLATE_FIRST and isinstance(node.func, ast.Name) and node.args:
                arg = node.args[0]
            elif (name in _TEMPLATE_SECOND and isinstance(node.func, ast.Attribute) and len(node.args) >= 2
                  and getattr(node.func.value, "id", "") == "problems"):
                arg = node.args[1]
            else:
                continue
            literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            found.append((arg.value if literal else None,
                          f"{path.relative_to(UI_DIR.parent.parent)}:{node.lineno}: {ast.unparse(node)}"))
    return found


def store_templates() -> dict[str, str]:
    """The English templates of the store's messages -> where: said in the interface's language by
    `ropa_app.ui.i18n.store_text`, so the UI tables translate them like the interface's own texts."""
    out: dict[str, str] = {}
    for text, where in store_messages():
        if text is not None:
            out.setdefault(text, where.split(": ", 1)[0])
    return out


@cache
def source_texts() -> dict[str, str]:
    """Every English text of the interface that the UI tables must translate -> where it is (the store's
    messages included: the interface shows them)."""
    out = {text: where for (_name, text), where in _tr_literals().items()}
    for text, where in store_templates().items():
        out.setdefault(text, where)
    for text in _constant_texts():
        out.setdefault(text, "a constant given to tr()")
    for kind in kinds.KINDS:
        out.setdefault(kind.label, f"kinds.{kind.key}")
        out.setdefault(kind.plural_label, f"kinds.{kind.key} (plural)")
    return out


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


@cache
def english_vocabulary() -> frozenset[str]:
    words: set[str] = set()
    for text in source_texts():
        words |= _words(text)
    for v in vocab.ALL_VOCABULARIES.values():
        for key in v:
            words |= _words(v.label(key))
    for kind in kinds.KINDS:
        for spec in kind.fields:
            words |= _words(spec.label)
    for message in MESSAGES.values():
        words |= _words(message)
    return frozenset(words)


@cache
def language_vocabulary(code: str) -> frozenset[str]:
    words: set[str] = set()
    help_texts = [part for entry in field_help.translations(code).values() for part in entry]
    for text in (*i18n.texts(code).values(), *export_i18n.table(code).values(), *help_texts):
        words |= _words(text)
    return frozenset(words)


def english_words(text: str, code: str, allowed_texts: frozenset[str] = frozenset()) -> set[str]:
    """The words of `text` that are English and not the language's (after removing `allowed_texts`: the
    register's own names and values, which are shown as they were written, also cut short with "…")."""
    if text.endswith("…") and any(a.startswith(text[:-1].rstrip()) for a in allowed_texts):
        return set()
    if text.endswith("…"):  # a line cut short in the middle of a name: its last piece is part of that name
        head, _, tail = text[:-1].rstrip().rpartition(" ")
        if tail and any(re.search(rf"(?<!\w){re.escape(tail)}", a) for a in allowed_texts):
            text = head
    for allowed in sorted(allowed_texts, key=len, reverse=True):
        if allowed and allowed in text:  # as a whole ("Lag" of a record is no part of "planlagt")
            text = re.sub(rf"(?<!\w){re.escape(allowed)}(?!\w)", " ", text)
    return {w for w in _words(text) if w in english_vocabulary() and w not in language_vocabulary(code)
            and w not in ALLOWED}


def register_texts(register) -> frozenset[str]:
    """Every text of a register (names, descriptions, lists: shown as the user typed them in any language), or
    of any other tree of dataclasses, dicts and lists (the legal reference data)."""
    out: set[str] = set()

    def visit(value) -> None:
        if isinstance(value, str):
            out.add(value)
            out.update(part.strip() for part in value.split("\n"))
        elif isinstance(value, (list, tuple, set, frozenset)):
            for v in value:
                visit(v)
        elif isinstance(value, dict):
            for v in value.values():
                visit(v)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                visit(getattr(value, f.name))

    visit(register)
    return frozenset(t for t in out if len(t) >= 3)


def _model_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    out = []
    from PySide6.QtCore import QModelIndex

    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model (its columnCount is not public)
        columns = 1
    for col in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(col, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                out.append(("header", value))
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for col in range(columns):
            value = model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                out.append(("cell", value))
    return out


def visible_texts(root: QWidget, skip: tuple[type, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every text `root` and its children show or announce; widgets of the types in `skip`
    (and their children) are left out."""
    out: list[tuple[str, str]] = []
    skipped = [w for w in root.findChildren(QWidget) if isinstance(w, skip)]
    for w in [root, *root.findChildren(QWidget)]:
        if any(s is w or s.isAncestorOf(w) for s in skipped):
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            out.append((f"{name} title", w.windowTitle()))
        out.append((f"{name} tooltip", w.toolTip()))
        out.append((f"{name} accessible name", w.accessibleName()))
        out.append((f"{name} accessible description", w.accessibleDescription()))
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        if isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        if isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QPlainTextEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QTabWidget):
            out.extend((f"{name} tab", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QComboBox):
            out.extend((f"{name} item", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QAbstractItemView):
            out.extend((f"{name} {part}", text) for part, text in _model_texts(w))
        if isinstance(w, QMenu):
            out.append((f"{name} menu", w.title()))
        for act in w.actions():
            out.append((f"{name} action {act.objectName()}", act.text()))
            out.append((f"{name} action {act.objectName()} tooltip", act.toolTip()))
    return [(where, text) for where, text in out if text]


def untranslated(root: QWidget, code: str, allowed_texts: frozenset[str] = frozenset(),
                 skip: tuple[type, ...] = ()) -> list[str]:
    """'where: text [english words]' for every text of `root` with English words in language `code`."""
    found = []
    for where, text in visible_texts(root, skip):
        words = english_words(text, code, allowed_texts)
        if words:
            found.append(f"{where}: {text!r} {sorted(words)}")
    return sorted(set(found))
