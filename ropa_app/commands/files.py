"""Register files: `new`, `demo`, `info`."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create an empty register file")
    p.add_argument("file", type=Path, help="the new register file (.ropa)")
    p.add_argument("--name", required=True, help="the organisation's legal name")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="create the demo register (a fictional Nordic software company)")
    p.add_argument("file", type=Path, help="the new register file (.ropa)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="show what a register file holds")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_info)


def cmd_new(args: argparse.Namespace) -> int:
    from ..domain.model import Organisation
    from ..store import RegisterStore

    RegisterStore.create(args.file, Organisation(name=args.name)).close()
    print(f"Created {args.file}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..store.demo import create_demo

    with create_demo(args.file) as store:
        print(
            f"Created the demo register {args.file}: {store.activities.count()} activities, "
            f"{store.recipients.count()} recipients."
        )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from ..store import RegisterStore
    from .reading import warn

    with RegisterStore.open(args.file, readonly=True) as store:
        org = store.organisation()
        print(f"{org.name or '(no organisation name)'}")
        print(f"  register format: {store.schema_version}")
        print(f"  activities:      {store.activities.count()}")
        print(f"  recipients:      {store.recipients.count()}")
        print(f"  audit entries:   {store.audit.count()}")
        if store.readonly_reason and (store.foreign_findings or store.recovered):
            print(f"  note:            {store.readonly_reason}")
        warn(store)
    return 0
