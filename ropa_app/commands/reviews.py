"""`reviews` and `review-pack`: which activities and processors are due for review, a calendar of them, and a
workbook per owner to correct.

    ropa-app reviews register.ropa                         what is due within 30 days (overdue ones first)
    ropa-app reviews register.ropa --owner "Anna Berg"     one owner's
    ropa-app reviews register.ropa --within 90 --ics reviews.ics
                                                           an iCalendar file for Outlook or Google Calendar
    ropa-app reviews register.ropa --format json
    ropa-app review-pack register.ropa --owner "Anna Berg" -o anna.xlsx
                                                           her activities (and the recipients they name) as
                                                           the app's own workbook; read the returned copy back
                                                           with `ropa-app import register.ropa anna.xlsx --merge`

A record is due on its planned next review, else one review interval after its last review (its own interval,
else the law data's review policy), else now (never reviewed). Retired activities are left out.
Exit status 0; 2 when the file cannot be read or written.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..export import LANGUAGES

DEFAULT_WITHIN = 30  # days ahead


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reviews", help="list the activities and processors due for review; write them as an iCalendar file",
        description="List the activities and recipients whose review is due within DAYS days (overdue ones "
        "included), earliest first; with --ics, write them as an iCalendar file (.ics) to import into "
        "Outlook, Google Calendar or Apple Calendar.",
    )
    p.add_argument("file", type=Path, help="the register file (.ropa); opened read-only")
    p.add_argument("--owner", default=None, metavar="NAME", help="only the reviews of this owner (case ignored)")
    p.add_argument("--within", type=_days, default=DEFAULT_WITHIN, metavar="DAYS",
                   help=f"how many days ahead (default: {DEFAULT_WITHIN})")
    p.add_argument("--ics", type=Path, default=None, metavar="OUT.ics", help="write the reviews as an iCalendar file")
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="language of the calendar's texts (default: the organisation's export language)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_reviews)

    q = sub.add_parser(
        "review-pack", help="write one owner's activities as a workbook to correct and import back",
        description="Write the activities OWNER owns (and the recipients they name) as the app's own Excel "
        "workbook, in the organisation's export language. The owner corrects it; `ropa-app import FILE PACK "
        "--merge` then shows and applies exactly what was changed.",
    )
    q.add_argument("file", type=Path, help="the register file (.ropa); opened read-only")
    q.add_argument("--owner", required=True, metavar="NAME", help="whose activities (case ignored)")
    q.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="language of the workbook (default: the organisation's export language)")
    q.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.xlsx", help="the workbook to write")
    q.set_defaults(func=cmd_review_pack)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of days") from exc
    if value < 0:
        raise argparse.ArgumentTypeError("the number of days cannot be negative")
    return value


def _policy_months() -> int:
    from ..domain.law import load_law

    return load_law().policy.review_max_age_months


def cmd_reviews(args: argparse.Namespace) -> int:
    from ..domain.reviews import due_reviews
    from ..export import ExportError
    from ..export.reviews import review_calendar, write_calendar
    from .reading import read_register

    register_ = read_register(args.file)
    today = date.today()
    due = due_reviews(register_, today, _policy_months(), args.within, args.owner)
    if args.ics is not None:
        try:
            write_calendar(args.ics, review_calendar(due, register_, args.lang))
        except ExportError as exc:
            print(f"ropa-app: {exc}", file=sys.stderr)
            return 2
    if args.format == "json":
        rows = [{"kind": r.kind, "record_id": r.record_id, "record": r.title, "owner": r.owner,
                 "due": r.due.isoformat(), "overdue": r.overdue, "never_reviewed": r.never_reviewed,
                 "last_reviewed": r.last_reviewed.isoformat() if r.last_reviewed else None} for r in due]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in due:
            state = "never reviewed" if r.never_reviewed else ("overdue" if r.overdue else "due")
            owner = f"  ({r.owner})" if r.owner else ""
            print(f"{r.due.isoformat()}  {state:14}  {r.kind:9}  {r.title}{owner}")
        print(f"{len(due)} review(s) due within {args.within} days.")
    if args.ics is not None:
        print(f"Wrote {args.ics} ({len(due)} events)", file=sys.stderr if args.format == "json" else sys.stdout)
    return 0


def cmd_review_pack(args: argparse.Namespace) -> int:
    from ..export import ExportError
    from ..export.reviews import pack_counts, write_review_pack
    from .reading import read_register

    register_ = read_register(args.file)
    activities, recipients = pack_counts(register_, args.owner)
    if not activities:
        from ..domain.reviews import pack_owners

        known = ", ".join(pack_owners(register_)) or "none"
        print(f"ropa-app: “{args.owner}” owns no activity in this register (owners: {known}).", file=sys.stderr)
        return 1
    try:
        report = write_review_pack(register_, args.owner, args.out, args.lang)
    except ExportError as exc:
        print(f"ropa-app: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {args.out} ({activities} activities, {recipients} recipients, {report.seconds:.1f} s)")
    return 0
