"""`export`: write the register as Excel and/or PDF, ready to send to the supervisory authority.

    ropa-app export register.ropa --format both --lang sv --out exports/
    ropa-app export register.ropa --format json -o register.json   (the whole register, lossless)
    ropa-app export register.ropa --format json -o -               (to standard output)

Exit status 0 when the files were written (warnings are printed to stderr), 2 when they could not be.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..export import (
    FORMATS, LANGUAGES, SCOPES, ExportError, ExportOptions, build_document, default_filename, render_document,
)
from ..paths import default_export_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the register as Excel and/or PDF (Art. 30 record for the supervisory authority)",
        description="Export the register (opened read-only) as an Excel workbook and/or a PDF, in English, "
        "Swedish, Norwegian or Danish. File names default to <organisation>-ROPA-<lang>-<date>.<format>.",
    )
    p.add_argument("file", type=Path, help="the register file (.ropa); opened read-only")
    p.add_argument("--format", choices=(*FORMATS, "both", "json"), default="both",
                   help="xlsx, pdf or both (default: both); json: the whole register as a JSON register document "
                   "(docs/json-format.md), lossless, for moving it or importing it elsewhere")
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="language of the export (default: the organisation's export language)")
    p.add_argument("-o", "--out", type=Path, default=None, metavar="PATH_OR_DIR",
                   help="output file, or folder for default file names (default: the export folder); "
                   "with --format json, - writes to standard output")
    p.add_argument("--scope", choices=SCOPES, default=SCOPES[0],
                   help="art30 (default): the Art. 30 record for the supervisory authority, with nothing for internal "
                   "use; internal: the full internal register (owners, status, notes, review dates, links)")
    p.add_argument("--findings", action="store_true", help="add the completeness checks' findings as an annex")
    p.add_argument("--prepared-by", default=None, metavar="NAME",
                   help="name on the cover page (default: the organisation's privacy contact, else its DPO)")
    p.set_defaults(func=cmd_export)


def output_paths(out: Path | None, formats: tuple[str, ...], org_name: str, language: str, day) -> list[Path]:  # noqa: ANN001
    """Where each format goes: a folder gets default names; a file name gets each format's suffix."""
    if out is None:
        out = default_export_dir()
    if out.is_dir() or out.suffix == "" or str(out).endswith(("/", "\\")):
        return [out / default_filename(org_name, language, fmt, day) for fmt in formats]
    if len(formats) == 1:
        return [out]
    return [out.with_suffix(f".{fmt}") for fmt in formats]


def cmd_export(args: argparse.Namespace) -> int:
    from .reading import read_register

    register_ = read_register(args.file)
    if args.format == "json":
        return _export_json(register_, args.out)
    formats = FORMATS if args.format == "both" else (args.format,)
    options = ExportOptions(findings=args.findings, prepared_by=args.prepared_by, source_name=args.file.name,
                            scope=args.scope,
                            schema_version=_schema_version(args.file))
    document = build_document(register_, args.lang, options)
    day = document.exported_at.date()
    paths = output_paths(args.out, formats, document.organisation_name, document.language, day)
    status = 0
    for fmt, path in zip(formats, paths):
        try:
            report = render_document(document, path, fmt)
        except ExportError as exc:
            print(f"ropa-app: {exc}", file=sys.stderr)
            status = 2
            continue
        pages = f", {report.pages} pages" if report.pages else ""
        print(f"Wrote {path} ({report.records} records{pages}, {report.seconds:.1f} s)")
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    return status


def _schema_version(path: Path) -> int | None:
    from ..store import fileio

    try:
        return fileio.inspect(path).schema_version
    except Exception:  # noqa: BLE001 - the register was read; its version is only printed
        return None


def _export_json(register_, out: Path | None) -> int:  # noqa: ANN001
    """The whole register as one JSON register document (the language option does not apply); `-` writes it
    to standard output (UTF-8), and nothing else goes there."""
    from ..interchange import export_json, save_json_to

    if out is not None and str(out) == "-":
        sys.stdout.buffer.write(export_json(register_).encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    path = save_json_to(register_, out or default_export_dir())
    print(f"Wrote {path} ({len(register_.activities)} activities, {len(register_.recipients)} recipients)")
    return 0
