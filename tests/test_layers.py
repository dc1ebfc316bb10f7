"""The import rules of the four layers (napari-style import contracts), checked on the source."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import ropa_app

PKG = Path(ropa_app.__file__).resolve().parent

QT = ("PySide6", "shiboken6")
SQL = ("sqlite3", "sqlite_utils")

# layer -> top-level names it must not import
FORBIDDEN = {
    "domain": QT + SQL + ("ropa_app.store", "ropa_app.export", "ropa_app.ui", "ropa_app.cli", "ropa_app.commands"),
    "store": QT + ("ropa_app.export", "ropa_app.ui", "ropa_app.cli", "ropa_app.commands"),
    "export": QT + SQL + ("ropa_app.store", "ropa_app.ui", "ropa_app.cli", "ropa_app.commands"),
    "interchange": QT + SQL + ("ropa_app.store", "ropa_app.ui", "ropa_app.cli", "ropa_app.commands"),
    "commands": QT + SQL + ("ropa_app.ui",),
    "cli.py": QT + SQL + ("ropa_app.ui",),
    "logs.py": QT + SQL + ("ropa_app.store", "ropa_app.export", "ropa_app.ui", "ropa_app.cli", "ropa_app.commands"),
    "ui": SQL,
}


def _modules(layer: str) -> list[Path]:
    target = PKG / layer
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = path.relative_to(PKG).parent.parts if path.is_relative_to(PKG) else ()
    rel_pkg = ".".join(("ropa_app",) + parts)
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = rel_pkg.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
                names += [mod] if node.module else [f"{mod}.{a.name}" for a in node.names]
            else:
                names.append(node.module or "")
    return names


def _violations(layer: str, paths: list[Path]) -> list[str]:
    bad = []
    for path in paths:
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.name} imports {name}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer):
    assert _violations(layer, _modules(layer)) == []


def test_no_sql_in_widgets():
    pattern = re.compile(r"\.db\b|\.execute\(|\.query\(|\bselect\s+\w+.*\bfrom\b", re.IGNORECASE)
    bad = []
    for path in _modules("ui"):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                bad.append(f"{path.name}:{no}: {line.strip()}")
    assert bad == []


def test_non_ui_layers_do_not_load_qt_at_runtime():
    code = (
        "import sys, ropa_app.domain.model, ropa_app.store, ropa_app.store.demo, ropa_app.export, ropa_app.cli, ropa_app.logs;"
        "import pkgutil, importlib;"
        "[importlib.import_module(m.name) for p in ('domain','store','export','interchange','commands') "
        " for m in pkgutil.walk_packages([str(__import__('pathlib').Path(ropa_app.__file__).parent / p)], f'ropa_app.{p}.')];"
        "import ropa_app; ropa_app.cli.build_parser();"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6','shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_layer_check_sees_a_violation(tmp_path):
    """The checker itself works: a module importing Qt is reported."""
    fake = tmp_path / "probe.py"
    fake.write_text("from PySide6.QtCore import QObject\nimport sqlite3\n", encoding="utf-8")
    assert _violations("domain", [fake]) == ["probe.py imports PySide6.QtCore", "probe.py imports sqlite3"]
