"""`export`: write the register as Excel and/or PDF, ready to send to the supervisory authority.

    ropa-app export register.ropa --format both --lang sv --out exports/
    ropa-app export register.ropa --format json -o register.json   (the whole register, lossless)
    ropa-app export register.ropa --format json -o -               (to standard output)

Exit status 0 when the files were written (warnings are printed to stderr), 2 when they could not be.
Each PDF and workbook written is kept in the register as an export snapshot (store.snapshots), so that "what
did we send the authority in March" has an answer; a register that cannot be written gets a warning instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain import languages
from ..export import (
    FORMATS, LANGUAGES, SCOPES, WORKBOOK_LAYOUTS, ExportError, ExportOptions, build_document, default_filename,
    render_document,
)
from ..paths import default_export_dir


def _language_names() -> str:
    """'English, Swedish, … or Finnish': the declared languages (domain.languages)."""
    names = [lang.english_name for lang in languages.LANGUAGES]
    return f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the register as Excel and/or PDF (Art. 30 record for the supervisory authority)",
        description="Export the register as an Excel workbook and/or a PDF, in "
        f"{_language_names()}. File names default to <organisation>-ROPA-<lang>-<date>.<format>.",
    )
    p.add_argument("file", type=Path, help="the register file (.ropa); read, then opened for writing briefly to "
                   "keep each PDF and workbook written as an export snapshot in it (when it cannot be written, a "
                   "warning says so and the export stands)")
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
    p.add_argument("--logs", action=argparse.BooleanOptionalAction, default=None,
                   help="add the breach log (Art. 33(5)) and the request log (Art. 12), each as a part of its own; "
                   "default: with --scope internal yes, with the Art. 30 record no (they are for internal use)")
    p.add_argument("--dataflow", action=argparse.BooleanOptionalAction, default=None,
                   help="add a picture of where personal data goes (activities, data, recipients, countries; "
                   "transfers by mechanism and finding) to the PDF; default: with --scope internal yes, with the "
                   "Art. 30 record no (its colours are the checks' findings, for internal use)")
    p.add_argument("--workbook-layout", choices=WORKBOOK_LAYOUTS, default=WORKBOOK_LAYOUTS[0],
                   help="the Excel workbook's Art. 30(1) sheet: standard (default); ico: the UK ICO template's "
                   "columns, with its rights and breach-record columns; datatilsynet_no: the Norwegian "
                   "Datatilsynet's mandatory columns first, then the optional ones (the PDF is the same either way)")
    p.add_argument("--data-links", action="store_true",
                   help="add a workbook sheet linking each data category to the data subjects it concerns and the "
                   "recipients it is disclosed to (the Danish Datatilsynet's guidance)")
    p.add_argument("--prepared-by", default=None, metavar="NAME",
                   help="name on the cover page (default: the organisation's privacy contact, else its DPO)")
    p.add_argument("--as-of", type=_moment, default=None, metavar="WHEN",
                   help="the register as it stood at WHEN (an ISO date: the end of that day; or an ISO date and "
                   "time, local time), rebuilt from its change log; every format, json included")
    p.set_defaults(func=cmd_export)


def _moment(text: str):  # noqa: ANN202 - argparse type
    from .reading import moment

    return moment(text)


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

    register_ = read_register(args.file, args.as_of)
    if args.format == "json":
        return _export_json(register_, args.out)
    formats = FORMATS if args.format == "both" else (args.format,)
    options = ExportOptions(findings=args.findings, logs=args.logs, dataflow=args.dataflow,
                            prepared_by=args.prepared_by,
                            source_name=args.file.name,
                            scope=args.scope, workbook_layout=args.workbook_layout, data_links=args.data_links,
                            schema_version=_schema_version(args.file), as_of=args.as_of)
    document = build_document(register_, args.lang, options)
    day = document.exported_at.date()
    paths = output_paths(args.out, formats, document.organisation_name, document.language, day)
    status = 0
    written: list[tuple[str, Path]] = []
    for fmt, path in zip(formats, paths):
        try:
            report = render_document(document, path, fmt)
        except ExportError as exc:
            print(f"ropa-app: {exc}", file=sys.stderr)
            status = 2
            continue
        written.append((fmt, path))
        pages = f", {report.pages} pages" if report.pages else ""
        print(f"Wrote {path} ({report.records} records{pages}, {report.seconds:.1f} s)")
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    keep_snapshots(args.file, written, document.language, args.scope, document.fingerprint, args.as_of)
    return status


def keep_snapshots(file: Path, written: list[tuple[str, Path]], language: str, scope: str, fingerprint: str,
                   as_of=None) -> bool:  # noqa: ANN001
    """Keep each file written as an export snapshot in the register (store.snapshots: when, format, language,
    scope, the file's SHA-256, the register's fingerprint), opening the register for writing only for that.
    When it cannot be written (a read-only file, another window holds it, an older format that only the app
    upgrades), a warning says so on stderr: the export itself stands. True when recorded."""
    from ..store import SCHEMA_VERSION, RegisterStore, fileio

    if not written:
        return False

    def warn(why: str) -> bool:
        print(f"ropa-app: warning: the export was not recorded in {file.name}: {why}", file=sys.stderr)
        return False

    try:
        if fileio.inspect(file).schema_version < SCHEMA_VERSION:
            return warn("the register is in an older format; open it in ROPA Desk once to upgrade it.")
        with RegisterStore.open(file) as store:
            if store.readonly:
                return warn(store.readonly_reason or "it cannot be written.")
            last = -1  # the register as it is: the change log's last row
            if as_of is not None:  # as it stood then: the last row up to that moment
                last = None
                for change in store.audit.changes(until=as_of):
                    last = change.id
            for fmt, path in written:
                store.exports.record(path, fmt, language, scope, fingerprint, last_change=last)
    except Exception as exc:  # noqa: BLE001 - recording is an extra: it never fails the export
        return warn(str(exc))
    print(f"Kept {len(written)} file(s) as an export in {file.name} (see the Overview in ROPA Desk)")
    return True


def _schema_version(path: Path) -> int | None:
    from ..store import fileio

    try:
        return fileio.inspect(path).schema_version
    except Exception:  # noqa: BLE001 - the register was read; its version is only printed
        return None


def _export_json(register_, out: Path | None) -> int:  # noqa: ANN001
    """The whole register as one JSON register document (the language option does not apply); `-` writes it
    to standard output (UTF-8), and nothing else goes there."""
    from ..interchange import iter_json, save_json_to

    if out is not None and str(out) == "-":
        write = sys.stdout.buffer.write
        for piece in iter_json(register_):  # streamed, a record at a time
            write(piece.encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    path = save_json_to(register_, out or default_export_dir())
    print(f"Wrote {path} ({len(register_.activities)} activities, {len(register_.recipients)} recipients)")
    return 0
