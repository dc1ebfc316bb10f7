"""Builds the register document once and renders it to xlsx and pdf, in the declared languages. No Qt.

    from ropa_app.export import export_register, ExportOptions
    report = export_register(register, "register.xlsx", language="sv")
    report.warnings  # e.g. a value longer than an Excel cell, split onto the "Long values" sheet
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the same names for type checkers (the frozen app bundles every submodule: build.spec)
    from .api import FORMATS, default_filename, export_files, export_register, render_document, renderer
    from .document import SCOPES, WORKBOOK_LAYOUTS, ExportCancelled, ExportOptions, RegisterDocument, build_document
    from .i18n import LANGUAGES
    from .output import ExportError, ExportReport, ExportWarning

# Each name is imported from its module on first use (PEP 562), so that `ropa_app.export.i18n` (the
# translation tables the app's interface reads at start) does not load the document builder and renderers.
_FROM = {
    ".api": ("FORMATS", "default_filename", "export_files", "export_register", "render_document", "renderer"),
    ".document": ("SCOPES", "WORKBOOK_LAYOUTS", "ExportCancelled", "ExportOptions", "RegisterDocument",
                  "build_document"),
    ".i18n": ("LANGUAGES",),
    ".output": ("ExportError", "ExportReport", "ExportWarning"),
}
_MODULE_OF = {name: module for module, names in _FROM.items() for name in names}


def __getattr__(name: str):
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_MODULE_OF[name], __name__), name)
    globals()[name] = value
    return value


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
