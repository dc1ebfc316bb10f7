"""Builds the register document once and renders it to xlsx and pdf, in the declared languages. No Qt.

    from ropa_app.export import export_register, ExportOptions
    report = export_register(register, "register.xlsx", language="sv")
    report.warnings  # e.g. a value longer than an Excel cell, split onto the "Long values" sheet
"""

from .api import FORMATS, default_filename, export_files, export_register, render_document, renderer
from .document import SCOPES, WORKBOOK_LAYOUTS, ExportCancelled, ExportOptions, RegisterDocument, build_document
from .i18n import LANGUAGES
from .output import ExportError, ExportReport, ExportWarning

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "SCOPES",
    "WORKBOOK_LAYOUTS",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "ExportReport",
    "ExportWarning",
    "RegisterDocument",
    "build_document",
    "default_filename",
    "export_files",
    "export_register",
    "render_document",
    "renderer",
]
