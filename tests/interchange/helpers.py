"""Shared test helpers: registers in files, the CLI with the import commands, file fingerprints."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ropa_app import cli
from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.store.demo import write_register


def make_register_file(path: Path, register: model.Register) -> Path:
    with RegisterStore.create(path) as store:
        write_register(store, register)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    """Run `ropa-app` with the import commands registered; (exit status, stdout, stderr)."""
    if "importing" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, "importing"])
    capsys.readouterr()
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
