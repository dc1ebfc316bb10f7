"""`ropa-app`: the command line over domain, store and export. Never imports Qt.

Exit status: 0 success, 1 findings or validation errors, 2 usage errors (argparse) or a file that
cannot be used. Errors go to stderr, one clear line each.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

# Each module has register(subparsers); its sub-commands set `func(args) -> int`.
COMMAND_MODULES = ["files", "check", "export", "importing", "library", "history", "reviews"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ropa-app",
        description="ROPA Desk: keep and export your GDPR Article 30 record of processing activities.",
    )
    parser.add_argument("--version", action="version", version=f"ROPA Desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"ropa_app.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from .store import RegisterError

    try:
        return args.func(args)
    except RegisterError as exc:
        print(f"ropa-app: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"ropa-app: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
