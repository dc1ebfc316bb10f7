"""`history`: what changed in a register, when and by whom, from the change log the file keeps (Art. 5(2)).

    ropa-app history register.ropa                          every change, oldest first
    ropa-app history register.ropa --since 2026-03-01       changes from that day on
    ropa-app history register.ropa --record BA-01           one record (its reference, name or kind:id)
    ropa-app history register.ropa --diff 2026-01-01 2026-03-31
                                                            what was added, changed and removed between
    ropa-app history register.ropa --format json            the same as JSON (values in full)

WHEN is an ISO date (the end of that day; for --since its start) or an ISO date and time (local time).
`ropa-app export FILE --as-of WHEN` exports the register as it stood then.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, time
from pathlib import Path

from ..domain import kinds
from ..domain.history import Change, Difference, differences

SHOWN_CHARS = 70  # a value longer than this is cut in the text listing (json: in full)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "history", help="list the changes the register's change log holds, or the difference between two dates",
        description="List the changes recorded in the register's change log (who changed what, when, from what "
        "to what), oldest first; or, with --diff, what was added, changed and removed between two moments.",
    )
    p.add_argument("file", type=Path, help="the register file (.ropa); opened read-only")
    p.add_argument("--since", type=_since, default=None, metavar="WHEN", help="only changes from WHEN on")
    p.add_argument("--until", type=_moment, default=None, metavar="WHEN", help="only changes up to WHEN")
    p.add_argument("--record", default=None, metavar="REF",
                   help="only the changes of one record: an activity's reference, a record's name, or kind:id "
                   "(e.g. recipient:4)")
    p.add_argument("--diff", nargs=2, type=_moment, default=None, metavar=("FROM", "TO"),
                   help="what was added, changed and removed between the two moments")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_history)


def _moment(text: str) -> datetime:
    from .reading import moment

    return moment(text)


def _since(text: str) -> datetime:
    """--since DATE means from the start of that day (a date and time: that moment)."""
    value = _moment(text)
    if len(text.strip()) == 10:
        local = value.astimezone()
        value = datetime.combine(local.date(), time(0, 0), tzinfo=local.tzinfo)
    return value


def cmd_history(args: argparse.Namespace) -> int:
    from ..store import RegisterStore

    with RegisterStore.open(args.file, readonly=True) as store:
        if args.diff:
            start, end = sorted(args.diff)
            before, after = store.as_of(start), store.as_of(end)
            found = differences(before.register, after.register)
            problems = before.problems + after.problems
            return _print_differences(found, start, end, args.format, problems)
        entity, record_id = None, None
        if args.record:
            entity, record_id = _find_record(store, args.record)
        changes = list(store.audit.changes(since=args.since, until=args.until, entity=entity, record_id=record_id))
    return _print_changes(changes, args.format)


def _find_record(store, ref: str) -> tuple[str, int]:  # noqa: ANN001
    """(kind, id) of REF: kind:id, or the reference or name of a record now in the register, or one the log
    names (a deleted record)."""
    from ..store import RegisterError

    head, _, tail = ref.partition(":")
    if tail.isdigit() and head in {k.key for k in kinds.top_level()}:
        return head, int(tail)
    wanted = ref.strip().casefold()
    found: set[tuple[str, int]] = set()
    for kind in kinds.top_level():
        if kind.single:
            continue
        for record in kind.records(store.load_register()):
            names = {kind.title(record).casefold(), str(getattr(record, "name", "")).casefold(),
                     str(getattr(record, "ref", "")).casefold()}
            if wanted in names:
                found.add((kind.key, record.id))
    if not found:  # a record deleted since: the names the log gave it
        for change in store.audit.changes():
            label = change.record_label.casefold()
            if label == wanted or label.split(" ", 1)[0] == wanted:
                found.add((change.entity, change.record_id))
    if len(found) == 1:
        return found.pop()
    if not found:
        raise RegisterError(f"No record “{ref}” in the register or its change log. Give an activity's reference, "
                            "a record's name, or kind:id (e.g. recipient:4).")
    named = ", ".join(f"{k}:{i}" for k, i in sorted(found))
    raise RegisterError(f"“{ref}” names several records ({named}); give one as kind:id.")


def _cut(value: str | None) -> str:
    if value is None:
        return "—"
    text = value.replace("\n", " ⏎ ")
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _print_changes(changes: list[Change], fmt: str) -> int:
    if fmt == "json":
        rows = [{"id": c.id, "at": c.at.isoformat(), "user": c.user, "action": c.action, "kind": c.entity,
                 "record_id": c.record_id, "record": c.record_label, "field": c.field, "old": c.old, "new": c.new}
                for c in changes]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for c in changes:
        when = c.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {c.user}  {c.action}  {c.entity} “{c.record_label}”  {c.field}: {_cut(c.old)} → {_cut(c.new)}")
    print(f"{len(changes)} change(s).")
    return 0


def _print_differences(found: list[Difference], start: datetime, end: datetime, fmt: str,
                       problems: list[str]) -> int:
    for problem in problems:
        print(f"ropa-app: warning: {problem}", file=sys.stderr)
    if fmt == "json":
        rows = [{"kind": d.kind, "record_id": d.record_id, "record": d.title, "what": d.what, "fields": list(d.fields)}
                for d in found]
        json.dump({"from": start.isoformat(), "to": end.isoformat(), "differences": rows}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"From {start.astimezone():%Y-%m-%d %H:%M} to {end.astimezone():%Y-%m-%d %H:%M}:")
    for d in found:
        fields = f": {', '.join(d.fields)}" if d.fields else ""
        print(f"  {d.what:8} {d.kind} “{d.title}”{fields}")
    print(f"{len(found)} record(s) differ.")
    return 0
