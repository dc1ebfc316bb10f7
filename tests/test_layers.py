"""The layers of ropa_app and their import rules, checked on the source (napari-style import contracts).

LAYERS is the one ordered list, lowest first. A module may import its own layer and the layers below
it, never a layer above it; "a | b" are independent siblings (neither imports the other) and "a+b" is
one layer made of two top-level modules. Besides the order, some third-party packages may be imported
by one layer only (ONLY_IN): Qt by the desktop app, SQLite by the store. And no two modules of
ropa_app import each other, directly or round a longer loop.

Imports are read from the AST of every module, function-level and `if TYPE_CHECKING:` imports
included: a deferred import is still a dependency (the export's document/sections cycle hid in one).
"""

import ast
import re
import subprocess
import sys
from collections.abc import Collection
from pathlib import Path

import pytest

import ropa_app

PKG = Path(ropa_app.__file__).resolve().parent
ROOT = "ropa_app"  # the package itself (ropa_app/__init__.py: the version only) sits below every layer

# Lowest first: a layer may import itself and the layers listed before it, never one listed after it.
LAYERS = [
    "paths",  # where files live: resources, the user's data folder (domain/law.py reads through it)
    "logs",  # the log file's set-up (imports paths; the desktop app uses it)
    "domain",  # the register's model, vocabularies, law data and checks: pure Python
    "export",  # the register document rendered to xlsx and pdf; its i18n tables and atomic write
    "interchange",  # the JSON format and spreadsheet import (uses export's i18n tables and atomic write)
    "store",  # the SQLite register file (store/importing.py applies an interchange plan)
    "commands+cli | ui",  # the command line and the desktop app, independent of each other
    "__main__",  # `python -m ropa_app`: starts the desktop app, or the command line for an option
]

# Third-party packages only some layers may import.
ONLY_IN = {
    "PySide6": {"ui"},
    "shiboken6": {"ui"},
    "sqlite3": {"store"},
    "sqlite_utils": {"store"},
}

# Import cycles that are being broken right now, each a set of modules (a strongly connected component).
# (ui/forms/form.py -> ui/transfer_editor.py -> ui/forms/fields.py is no cycle between modules.)
KNOWN_CYCLES: list[set[str]] = []


def _positions() -> dict[str, tuple[int, int]]:
    """Top-level name -> (layer index, sibling index)."""
    out = {}
    for level, entry in enumerate(LAYERS):
        for sibling, group in enumerate(entry.split("|")):
            for name in group.split("+"):
                out[name.strip()] = (level, sibling)
    return out


POSITION = _positions()


def _module_name(path: Path) -> tuple[str, bool]:
    """(dotted name, is a package) of a file under ropa_app/."""
    parts = path.relative_to(PKG).with_suffix("").parts
    is_package = parts[-1] == "__init__"
    return ".".join((ROOT,) + (parts[:-1] if is_package else parts)), is_package


MODULES = {_module_name(p)[0]: p for p in sorted(PKG.rglob("*.py"))}


def _resolve(name: str, known: Collection[str] = MODULES) -> str:
    """The ropa_app module a dotted name is in ("ropa_app.store.RegisterError" -> "ropa_app.store")."""
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def imports_of(
    source: str, module: str, is_package: bool = False, known: Collection[str] = MODULES
) -> list[tuple[int, str]]:
    """(line, imported name) of every import in the source, anywhere in it; names inside ropa_app are
    made absolute and resolved to the module they are in (`from . import sections` -> the module)."""
    package = module if is_package else module.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
            out += [(node.lineno, _resolve(n, known) if n.split(".")[0] == ROOT else n) for n in names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            if base.split(".")[0] == ROOT:
                out += [(node.lineno, _resolve(f"{base}.{a.name}", known)) for a in node.names]
            else:
                out.append((node.lineno, base))
    return sorted(out)


def _imports(module: str) -> list[tuple[int, str]]:
    path = MODULES[module]
    return imports_of(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")


def layer_of(module: str) -> str | None:
    """The top-level name a ropa_app module belongs to ("export" for ropa_app.export.sections)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def may_import(mine: str | None, theirs: str | None) -> bool:
    if theirs is None or mine == theirs:
        return True
    if mine is None:  # the package root may import nothing of its own
        return False
    (level, sibling), (their_level, their_sibling) = POSITION[mine], POSITION[theirs]
    return their_level < level or (their_level == level and their_sibling == sibling)


def violations(module: str, source: str, where: str, is_package: bool = False) -> list[str]:
    """Every import of the source that breaks the layer order or an ONLY_IN rule, as "where:line ..."."""
    mine = layer_of(module)
    bad = []
    for line, name in imports_of(source, module, is_package):
        top = name.split(".")[0]
        if top in ONLY_IN and mine not in ONLY_IN[top]:
            bad.append(f"{where}:{line} imports {name} (only {' and '.join(sorted(ONLY_IN[top]))} may)")
        elif top == ROOT and not may_import(mine, layer_of(name)):
            bad.append(f"{where}:{line} imports {name} (layer {mine or ROOT} may not import layer {layer_of(name)})")
    return bad


def _violations_of(modules: list[str]) -> list[str]:
    bad = []
    for m in modules:
        path = MODULES[m]
        where = path.relative_to(PKG.parent).as_posix()
        bad += violations(m, path.read_text(encoding="utf-8"), where, path.name == "__init__.py")
    return bad


def _in_layer(name: str | None) -> list[str]:
    return [m for m in MODULES if layer_of(m) == name]


def test_every_module_is_in_a_layer():
    unplaced = sorted({layer_of(m) for m in MODULES} - set(POSITION) - {None})
    assert unplaced == [], f"add these top-level modules of ropa_app to LAYERS: {unplaced}"


@pytest.mark.parametrize("layer", [None, *POSITION], ids=lambda name: name or "ropa_app/__init__")
def test_layer_imports(layer):
    """A layer imports only the layers below it (and itself); Qt and SQLite only where ONLY_IN says."""
    assert _violations_of(_in_layer(layer)) == []


@pytest.mark.parametrize("package", sorted(ONLY_IN))
def test_package_only_in_its_layers(package):
    """Qt only in the desktop app, SQLite only in the store (the ONLY_IN rules, apart from the order)."""
    users = sorted({layer_of(m) or ROOT for m in MODULES if any(n.split(".")[0] == package for _, n in _imports(m))})
    assert set(users) <= ONLY_IN[package], f"{package} imported by {users}"


def test_the_layer_check_sees_a_violation():
    """The checker itself works: Qt, SQLite, an upward import and a sibling's import are all reported,
    relative or absolute, at module or function level; an import downwards is not."""
    probe = (
        "from PySide6.QtCore import QObject\n"
        "import sqlite3\n"
        "from ..store import schema\n"
        "def later():\n"
        "    import ropa_app.interchange.plan\n"
        "from . import model\n"
        "from .. import paths, __version__\n"
    )
    assert violations("ropa_app.domain.probe", probe, "probe.py") == [
        "probe.py:1 imports PySide6.QtCore (only ui may)",
        "probe.py:2 imports sqlite3 (only store may)",
        "probe.py:3 imports ropa_app.store.schema (layer domain may not import layer store)",
        "probe.py:5 imports ropa_app.interchange.plan (layer domain may not import layer interchange)",
    ]
    # export sits below interchange: the order is one-way
    assert violations("ropa_app.export.probe", "from ..interchange import plan\n", "e.py") == [
        "e.py:1 imports ropa_app.interchange.plan (layer export may not import layer interchange)",
    ]
    assert violations("ropa_app.interchange.probe", "from ..export import output\n", "i.py") == []
    # the two top layers are siblings: neither imports the other; both import the store
    assert violations("ropa_app.cli", "from .ui import app\nfrom .store import RegisterError\n", "cli.py") == [
        "cli.py:1 imports ropa_app.ui.app (layer cli may not import layer ui)",
    ]
    assert violations("ropa_app.ui.probe", "from ..commands import check\n", "u.py") == [
        "u.py:1 imports ropa_app.commands.check (layer ui may not import layer commands)",
    ]
    assert violations("ropa_app.commands.probe", "from .. import cli\n", "c.py") == []
    assert violations("ropa_app", "from . import store\n", "__init__.py", is_package=True) == [
        "__init__.py:1 imports ropa_app.store (layer ropa_app may not import layer store)",
    ]


def test_no_sql_in_widgets():
    pattern = re.compile(r"\.db\b|\.execute\(|\.query\(|\bselect\s+\w+.*\bfrom\b", re.IGNORECASE)
    bad = []
    for m in _in_layer("ui"):
        path = MODULES[m]
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                bad.append(f"{path.name}:{no}: {line.strip()}")
    assert bad == []


def test_non_ui_layers_do_not_load_qt_at_runtime():
    code = (
        "import sys, ropa_app.domain.model, ropa_app.store, ropa_app.store.demo, ropa_app.export, ropa_app.cli,"
        " ropa_app.logs, ropa_app.paths;"
        "import pkgutil, importlib;"
        "here = __import__('pathlib').Path(ropa_app.__file__).parent;"
        "[importlib.import_module(m.name) for p in ('domain','store','export','interchange','commands') "
        " for m in pkgutil.walk_packages([str(here / p)], f'ropa_app.{p}.')];"
        "import ropa_app; ropa_app.cli.build_parser();"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6','shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- import cycles -------------------------------------------------------------------------------


def import_graph() -> dict[str, set[str]]:
    """ropa_app module -> the ropa_app modules it imports (anywhere in it, function level included)."""
    return {m: {n for _, n in _imports(m) if n.split(".")[0] == ROOT and n != m} for m in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles():
    """No strongly connected component of more than one module: the imports go one way."""
    new = [c for c in cycles(import_graph()) if c not in KNOWN_CYCLES]
    where = sorted(  # the imports that make up each loop, as "file:line imports module"
        {
            f"{MODULES[m].relative_to(PKG.parent).as_posix()}:{line} imports {n}"
            for c in new
            for m in c
            for line, n in _imports(m)
            if n in c and n != m
        }
    )
    assert where == []


def test_the_cycle_check_sees_a_cycle():
    """A loop through a function-level import is found, and so is a longer one; a chain is not a loop."""
    sources = {
        "ropa_app.export.document": "def build():\n    from . import sections\n",
        "ropa_app.export.sections": "from .document import Record\n",
        "ropa_app.domain.a": "from . import b\n",
        "ropa_app.domain.b": "from .c import x\n",
        "ropa_app.domain.c": "from ropa_app.domain.a import y\n",
        "ropa_app.domain.d": "from . import a\n",
    }
    known = set(sources) | {"ropa_app.domain"}
    graph = {m: {n for _, n in imports_of(src, m, known=known) if n in sources} for m, src in sources.items()}
    assert sorted(sorted(c) for c in cycles(graph)) == [
        ["ropa_app.domain.a", "ropa_app.domain.b", "ropa_app.domain.c"],
        ["ropa_app.export.document", "ropa_app.export.sections"],
    ]


def standard_dataclass_uses(source: str) -> list[int]:
    """Lines where the source makes a dataclass with the standard library's decorator (`from dataclasses import
    dataclass`, `dataclasses.dataclass`) instead of `ropa_app.domain.dataclass`."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "dataclasses" and not node.level:
            lines += [node.lineno for a in node.names if a.name == "dataclass"]
        elif (isinstance(node, ast.Attribute) and node.attr == "dataclass" and isinstance(node.value, ast.Name)
              and node.value.id == "dataclasses"):
            lines.append(node.lineno)
    return lines


def test_every_dataclass_is_made_by_the_domains_dataclass():
    """The app's dataclasses are made by `domain.dataclass.dataclass` (the same classes, made faster: #21), which
    alone uses the standard library's decorator."""
    own = "ropa_app.domain.dataclass"
    bad = [f"{MODULES[m].relative_to(PKG.parent).as_posix()}:{line}" for m in MODULES if m != own
           for line in standard_dataclass_uses(MODULES[m].read_text(encoding="utf-8"))]
    assert bad == []
    assert standard_dataclass_uses("from dataclasses import field, dataclass\n@dataclasses.dataclass\nclass A: ...\n") \
        == [1, 2]
    assert standard_dataclass_uses("from dataclasses import field, replace\nfrom .dataclass import dataclass\n") == []
