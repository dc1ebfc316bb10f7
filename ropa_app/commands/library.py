"""The library on the command line: `templates` lists it, `add` puts entries into a register.

    ropa-app templates [--lang L] [--format text|json]
    ropa-app add FILE KEY... [--lang L]

`add` makes a draft activity of each template (in the register's export language unless --lang, with the
national rules of the organisation's country) and a recipient of each processor, and writes them in one
transaction through the import plan, like an import; an entry whose name the register already holds is
left out (nothing the user edited is overwritten). Exit status: 0 done, 2 usage errors (an unknown key, a
file that does not exist).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "templates",
        help="list the activity templates and processors of the library",
        description="List the library: activity templates and common processors, each with its key (for "
        "`ropa-app add`), its name and whether one of its facts needs verifying.",
    )
    p.add_argument("--lang", default="en", help="language of the names: en, sv, nb, da or fi (default en)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser(
        "add",
        help="add library templates and processors to a register",
        description="Add templates (as draft activities) and processors (as recipients) from the library to "
        "the register FILE, in one transaction. Entries whose name the register already holds are left out.",
    )
    p.add_argument("file", type=Path, help="the register file (.ropa)")
    p.add_argument("keys", nargs="+", metavar="KEY", help="keys of templates or processors (see `ropa-app templates`)")
    p.add_argument("--lang", help="language of the texts (default: the register's export language)")
    p.set_defaults(func=cmd_add)


def _err(text: str) -> None:
    print(f"ropa-app: {text}", file=sys.stderr)


def _lang(lib, lang: str) -> str | None:
    return lang if lang in lib.languages else None


def cmd_templates(args: argparse.Namespace) -> int:
    from ..domain.library import load_library

    lib = load_library()
    lang = _lang(lib, args.lang)
    if lang is None:
        _err(f"unknown language “{args.lang}”; expected one of {', '.join(lib.languages)}")
        return 2
    entries = lib.entries(lang, date.today())
    if args.format == "json":
        print(json.dumps([{"key": e.key, "kind": e.kind, "name": e.name, "detail": e.detail, "verify": e.verify,
                           "facts": e.facts, "facts_verified": e.current, "oldest_verified_on": e.as_of}
                          for e in entries], ensure_ascii=False, indent=1))
        return 0
    print(f"ROPA Desk library {lib.version}, as of {lib.as_of.isoformat()}")
    width = max(len(e.key) for e in entries)
    for kind in ("template", "processor"):
        print(f"\n{kind}s:")
        for e in (e for e in entries if e.kind == kind):
            flag = f"  (verify: {e.current} of {e.facts} facts verified)" if e.verify else ""
            print(f"  {e.key:<{width}}  {e.name} — {e.detail}{flag}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from ..domain.library import LibraryError, load_library
    from ..store import RegisterStore
    from ..store.importing import apply_plan
    from ..interchange.library_plan import library_plan

    if not args.file.exists():
        _err(f"“{args.file}” does not exist; create it first with `ropa-app new`")
        return 2
    lib = load_library()
    if args.lang is not None and _lang(lib, args.lang) is None:
        _err(f"unknown language “{args.lang}”; expected one of {', '.join(lib.languages)}")
        return 2
    with RegisterStore.open(args.file) as store:
        current = store.load_register()
        lang = args.lang or current.organisation.export_language or "en"
        try:
            plan, skipped = library_plan(lib, args.keys, current, lang, date.today())
        except LibraryError as exc:
            _err(str(exc))
            return 2
        for name in skipped:
            print(f"Already in the register, left out: {name}")
        if not plan.has_changes:
            print("Nothing to add.")
            return 0
        apply_plan(store, plan)
    for line in plan.summary_lines():
        print(line)
    print(f"Added to {args.file}: drafts to review; facts marked “verify” are not confirmed.")
    return 0
