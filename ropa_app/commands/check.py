"""`check`: run the register checks (Art. 30 content and third-country transfers) on a register file.

Exit status 0 when nothing is an error (warnings and infos allowed), 1 when there are errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from ..domain.checks import SEVERITIES, Finding, counts, run_checks
from ..domain.checks.rules_national import national_basis
from ..domain.law import LawData, load_law
from ..domain.model import Register

HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Information"}
PLURAL = {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("info", "infos")}


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check a register for gaps and third-country transfer problems",
        description="Check a register against GDPR Art. 30 and the transfer rules (Chapter V). "
        "Exit status 0: no errors; 1: errors found.",
    )
    p.add_argument("file", type=Path, help="the register file (.ropa); opened read-only")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                   help="check as of this day (default: today)")
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from .reading import read_register

    register_ = read_register(args.file)
    return check_register(register_, args.format, args.today or date.today(), sys.stdout)


def check_register(register: Register, fmt: str, today: date, out: TextIO, law: LawData | None = None) -> int:
    """Check `register` as of `today`, write the findings to `out` as "text" or "json"; 1 if any is an error."""
    law = law or load_law()
    findings = run_checks(register, today, law)
    basis = national_basis(register, law)
    if fmt == "json":
        _write_json(findings, today, law, out, basis)
    else:
        _write_text(findings, today, law, out, basis)
    return 1 if any(f.severity == "error" and not f.accepted for f in findings) else 0


def _write_json(findings: list[Finding], today: date, law: LawData, out: TextIO, basis: dict[str, str]) -> None:
    doc = {
        "law_as_of": law.as_of.isoformat(),
        "law_version": law.version,
        "today": today.isoformat(),
        "rules": basis,
        "counts": counts(findings),
        "accepted": sum(1 for f in findings if f.accepted),
        "findings": [f.to_dict() for f in findings],
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _line(f: Finding) -> str:
    where = f"{f.record_kind} “{f.record_label}”"
    if f.field:
        where += f" [{f.field}]"
    return f"  {where}: {f.message} ({f.reference}; {f.rule_id})"


def summary(findings: list[Finding]) -> str:
    n = counts(findings)
    if not findings:
        return "No findings."
    return ", ".join(f"{n[s]} {PLURAL[s][n[s] != 1]}" for s in SEVERITIES) + "."


def _rules_line(basis: dict[str, str]) -> str:
    """Which country's rules and which DPIA list the checks applied."""
    if basis["country_rules"] == "default":
        country = f"no national rules for {basis['country'] or 'an organisation without a country'}: " \
                  "the GDPR and EDPB rules"
    else:
        country = f"the national rules of {basis['country']} ({basis['authority']})"
    return (f"Applied {country}; DPIA screening list: {basis['dpia_list']} (as of {basis['dpia_list_as_of']}); "
            f"national law data {basis['national_data_version']}.\n")


def _write_text(findings: list[Finding], today: date, law: LawData, out: TextIO,
                basis: dict[str, str] | None = None) -> None:
    out.write(f"Checked as of {today.isoformat()} against the law as of {law.as_of.isoformat()} "
              f"(reference data {law.version}).\n")
    if basis is not None:
        out.write(_rules_line(basis))
    open_findings = [f for f in findings if not f.accepted]
    for severity in SEVERITIES:
        group = [f for f in open_findings if f.severity == severity]
        if not group:
            continue
        out.write(f"\n{HEADINGS[severity]} ({len(group)})\n")
        for f in group:
            out.write(_line(f) + "\n")
    accepted = [f for f in findings if f.accepted]
    if accepted:
        out.write(f"\nAccepted ({len(accepted)})\n")
        for f in accepted:
            out.write(_line(f) + f"\n    accepted: {f.accepted_reason}\n")
    out.write(f"\n{summary(open_findings)}\n")
