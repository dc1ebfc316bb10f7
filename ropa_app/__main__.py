"""`python -m ropa_app [--lang CODE] [FILE]`: the desktop app (what a double-click on a .ropa file runs).

`--lang sv` forces the interface language (tests, screenshots, support); without it the app speaks the
language chosen under Edit > Preferences, else the system's."""

from __future__ import annotations

import contextlib
import importlib
import sys

# Imported before Qt by `run_app` (#21): once imported, PySide6 wraps `__import__`, and every module an import
# statement names after that has its source file read (into `linecache`) to see whether it uses PySide6. The
# layers below the UI that every start opens (the log, the app's folders, the store with the domain model) are
# imported first, so the modules only they import are not read: at the demo's first paint 87 read instead of 139,
# 6 ms of CPU and 1.7 MB of source lines less.
BEFORE_QT = ("ropa_app.logs", "ropa_app.paths", "ropa_app.store")


def split_lang(argv: list[str]) -> tuple[list[str], str | None]:
    """`--lang CODE` (or `--lang=CODE`) taken out of the arguments: the interface language to force."""
    rest, language, i = [argv[0]], None, 1
    while i < len(argv):
        if argv[i] == "--lang" and i + 1 < len(argv):
            language, i = argv[i + 1], i + 2
            continue
        if argv[i].startswith("--lang="):
            language = argv[i].split("=", 1)[1]
        else:
            rest.append(argv[i])
        i += 1
    return rest, language


def run_app(argv: list[str], language: str | None = None) -> int:
    """The desktop app. Python's cycle collector is held off from here (before Qt and the app are imported) to
    the window's first paint (#21): a start makes some 44,000 objects that live as long as the app (modules,
    classes, functions, Qt's enums), and automatic collection went through them in 86 passes before the paint
    (17-19 ms of CPU on the demo). They then join the oldest generation without a pass (`domain/collector.py`
    `held`)."""
    from .domain import collector

    with contextlib.ExitStack() as until_shown:
        until_shown.enter_context(collector.held())
        for below_the_ui in BEFORE_QT:
            importlib.import_module(below_the_ui)
        from .ui.app import run

        return run(argv, language=language, when_shown=until_shown.close)


def main() -> int:
    argv, language = split_lang(sys.argv)
    if language is not None:  # `python -m ropa_app --lang sv [FILE]`: the app in that language
        return run_app(argv, language=language)
    if sys.argv[1:2] == ["--self-test"]:  # the installed or frozen app checks itself (GUI entry only)
        from .ui.selftest import run_self_test

        return run_self_test()
    if len(sys.argv) > 1 and sys.argv[1].startswith("-") and sys.argv[1] not in ("-h", "--help"):
        from .cli import main as cli_main  # --version, --help of the command line

        return cli_main()
    return run_app(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
