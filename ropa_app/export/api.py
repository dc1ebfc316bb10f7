"""The export entry points the GUI and the command line call. No Qt, no SQL."""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date
from pathlib import Path
from collections.abc import Callable

from ropa_app.domain import model

from .document import ExportOptions, RegisterDocument, build_document
from .output import Cancelled, ExportReport, Progress, atomic_outputs, writing_error

FORMATS: tuple[str, ...] = ("xlsx", "pdf")


def renderer(fmt: str) -> Callable[..., ExportReport]:
    """The render(document, path, progress=None, cancelled=None) function of a format."""
    return _module(fmt).render


def _module(fmt: str):  # noqa: ANN202
    if fmt == "xlsx":
        from . import xlsx as module
    elif fmt == "pdf":
        from . import pdf as module
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return module


def default_filename(organisation_name: str, language: str, fmt: str, day: date | None = None) -> str:
    """"<org>-ROPA-<lang>-<YYYY-MM-DD>.<fmt>", with the organisation's name made safe for any file system."""
    name = unicodedata.normalize("NFC", organisation_name or "")
    name = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-_")[:60].strip("-_") or "register"
    return f"{name}-ROPA-{language}-{(day or date.today()).isoformat()}.{fmt}"


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise ValueError(f"cannot tell the export format from {path.name!r}; give fmt='xlsx' or 'pdf'")


def render_document(
    document: RegisterDocument,
    path: os.PathLike | str,
    fmt: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Render an already built document (build it once, render it as several formats)."""
    path = Path(path)
    return renderer(_format_of(path, fmt))(document, path, progress=progress, cancelled=cancelled)


def export_register(
    register: model.Register,
    path: os.PathLike | str,
    fmt: str | None = None,
    language: str | None = None,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportReport:
    """Export the register to one file. `fmt` defaults to the file's suffix, `language` to the
    organisation's export language. Raises ExportCancelled if `cancelled()` turns true; on any failure
    nothing is left at `path`."""
    path = Path(path)
    fmt = _format_of(path, fmt)
    document = build_document(register, language, options, cancelled=cancelled)
    return render_document(document, path, fmt, progress=progress, cancelled=cancelled)


def export_files(
    register: model.Register,
    folder: os.PathLike | str,
    formats: tuple[str, ...] = FORMATS,
    language: str | None = None,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ExportReport]:
    """Export the register in several formats into `folder` under default names; the document is built
    once. Progress runs from 0 to 1000 over all formats together. All the files are written, or none
    (an ExportError or ExportCancelled then)."""
    document = build_document(register, language, options, cancelled=cancelled)
    day = document.exported_at.date()
    writers = [_module(fmt).write for fmt in formats]
    paths = [
        Path(folder) / default_filename(document.organisation_name, document.language, fmt, day) for fmt in formats
    ]
    reports = []
    # All files or none: each is written to its temporary file, and all are moved into place at the end
    # (a cancel or a failure in the second format does not leave the first behind).
    with atomic_outputs(paths) as tmps:
        for i, (write, path, tmp) in enumerate(zip(writers, paths, tmps)):

            def step(done: int, total: int, i: int = i) -> None:
                if progress is not None:
                    progress((i * 1000 + done * 1000 // max(total, 1)) // len(formats), 1000)

            try:
                report = write(document, tmp, progress=step, cancelled=cancelled)
            except OSError as exc:
                err = writing_error(exc, path)
                if err is exc:
                    raise
                raise err from exc
            report.path = path
            reports.append(report)
    return reports
