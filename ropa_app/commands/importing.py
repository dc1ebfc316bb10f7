"""`import`: bring a register document (.json) or an ICO-template spreadsheet (.xlsx) into a register.

    ropa-app import FILE SOURCE [--merge] [--dry-run]

Exit status: 0 done, 1 the source has errors (each on stderr, one line, with its location; nothing was
written), 2 usage errors (a file that exists or is missing, an unreadable register).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import a register document (.json) or an ICO-template spreadsheet (.xlsx)",
        description="Import SOURCE (.json register document or .xlsx ICO template) into a new register FILE, "
        "or with --merge into the existing FILE. Everything is checked first; the import is written in one "
        "transaction or not at all. Exit status 0: imported; 1: the source has errors; 2: usage error.",
    )
    p.add_argument("file", type=Path, help="the register file (.ropa): new, or existing with --merge")
    p.add_argument("source", type=Path, help="the file to import (.json or .xlsx)")
    p.add_argument("--merge", action="store_true", help="merge into the existing register FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.set_defaults(func=cmd_import)


def _err(text: str) -> None:
    print(f"ropa-app: {' '.join(text.split())}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from ..interchange import InvalidSource, build_plan, load
    from ..store import RegisterStore
    from ..store.importing import apply_plan, create_register_from_plan

    if not args.source.is_file():
        _err(f"the file to import “{args.source}” does not exist")
        return 2
    if args.merge and not args.file.exists():
        _err(f"“{args.file}” does not exist; leave out --merge to create a new register")
        return 2
    if not args.merge and args.file.exists():
        _err(f"“{args.file}” already exists; use --merge to import into it, or choose a new file name")
        return 2
    try:
        incoming = load(args.source)
    except InvalidSource as exc:
        for problem in exc.problems:
            _err(f"error: {problem}")
        _err(f"nothing was imported: {len(exc.problems)} error(s) in {args.source.name}")
        return 1
    for problem in incoming.warnings:
        _err(f"warning: {problem}")

    if args.merge:
        with RegisterStore.open(args.file, readonly=True) as store:
            plan = build_plan(incoming, store.load_register())
    else:
        plan = build_plan(incoming, None)
    for line in plan.summary_lines():
        print(line)
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    if args.merge:
        if not plan.has_changes:
            print(f"Nothing to import: {args.file} already holds everything in {args.source.name}.")
            return 0
        with RegisterStore.open(args.file) as store:
            plan = build_plan(incoming, store.load_register())  # against the register as it is now
            apply_plan(store, plan)
        print(f"Imported {args.source.name} into {args.file}.")
    else:
        create_register_from_plan(args.file, plan)
        print(f"Created {args.file} from {args.source.name}.")
    return 0
