"""Getting a register in and out: the JSON interchange format, spreadsheet import (ICO template),
and the import plan (a preview of what an import changes). Pure Python: no Qt, no SQL.

The import dialog calls, in order:

    layout = inspect_spreadsheet(path)        # .xlsx only: a SheetLayout (ICO template: the proposed column
                                              # mapping, to show and correct) or an ExportLayout (a ROPA Desk
                                              # export, read back as it is)
    incoming = load(path, layout)             # read + validate; raises InvalidSource(problems)
    plan = build_plan(incoming, register)     # register=None for a new register; the preview
    ropa_app.store.importing.apply_plan(store, plan)              # merge, one transaction
    ropa_app.store.importing.create_register_from_plan(path, plan)  # or: a new register file
"""

from .columns import IGNORE as IGNORE_TARGET, TARGETS, ColumnMap
from .ico import SheetLayout
from .jsonformat import FORMAT_VERSION, dumps, export_json, iter_json, parse, save_json, save_json_to, to_document
from .plan import ADDED, CHANGED, UNCHANGED, FieldChange, ImportPlan, PlanItem, build_plan
from .problems import ERROR, WARNING, Incoming, InvalidSource, Located, Problem
from .ropa_xlsx import ExportLayout
from .sources import MAX_SOURCE_BYTES, inspect_spreadsheet, load, source_kind

__all__ = [
    "ADDED", "CHANGED", "ERROR", "FORMAT_VERSION", "IGNORE_TARGET", "MAX_SOURCE_BYTES", "TARGETS",
    "UNCHANGED", "WARNING", "ColumnMap", "ExportLayout", "FieldChange", "ImportPlan", "Incoming",
    "InvalidSource", "Located", "PlanItem", "Problem", "SheetLayout", "build_plan", "dumps", "export_json",
    "inspect_spreadsheet", "iter_json", "load", "parse", "save_json", "save_json_to", "source_kind", "to_document",
]  # fmt: skip
