"""Names vulture cannot see being used: called by a framework, read by introspection, or by the tests.

    vulture ropa_app tools/vulture_whitelist.py --min-confidence 60

Vulture matches names, not objects: a name written here counts as used everywhere. So keep each entry
to a name that really is used in a way vulture cannot follow, with where and why; dead code is removed,
not listed. The tests are not scanned (code that only the tests use would pass as used); a name the
app keeps for the tests to observe it is listed below, with its reason. Nothing here runs.
"""
# ruff: noqa: B018, F821

# Qt calls these overrides (vulture sees no caller in ropa_app).
_.undo  # QUndoCommand.undo, ui/commands.py
_.redo  # QUndoCommand.redo, ui/commands.py
_.initStyleOption  # QStyledItemDelegate, ui/summary_view.py
_.features  # QStyleOptionViewItem.features, set in initStyleOption, ui/summary_view.py

# reportlab calls these (flowables and the doc template's hook), export/pdf.py and export/pdf_parts.py.
_.afterFlowable
_.wrap

# openpyxl: overrides of the write-only worksheet, and attributes openpyxl reads when it saves,
# export/xlsx.py.
_.write_row
_._get_writer
_._values_to_row
_.has_style
_._value
_.data_type
_.style_id
_.fitToPage
_.paperSize
_.fitToWidth
_.fitToHeight
_.gridLines
_.print_title_rows
_.freeze_panes
_.creator
_.lastModifiedBy

# sqlite-utils runs the migrations its @migrations() decorator registers, store/schema.py.
m001_initial
m002_indexes
m003_data_category_subjects

# The formatters and readers dispatch on the field's kind by name (getattr(self, kind)),
# export/values.py, interchange/records.py, interchange/ropa_values.py.
_.choice

# MainWindow._on_page("duplicate") calls the page's operation by name (getattr), ui/main_window.py.
_.duplicate

# Dataclass fields read through dataclasses.fields() / model.fields_of(): the forms, the exports, the
# JSON format, the store's rows and the audit log go over every field of a record, by name.
_.org_number  # domain/model.py
_.website
_.representative_name
_.representative_contact
_.supervisory_authority
_.representative
_.tia_link
_.legal_basis_note
_.recipient_categories
_.dpia_link
_.systems
_.legal_entity
_.app_started  # store/lock.py: the lock file's content, written with dataclasses.asdict

# Kept for the tests to observe the app (tests/ui, tests/store, tests/reliability).
_.index_ready  # ui/table_model.py: the search index is built (the tests wait for it)
_.cancel_requested  # ui/worker.py
_.daily_backup  # store/register.py: the backup made on opening
_.action_new_activity  # ui/main_window.py
_.action_new_recipient
_.old_value  # store/audit.py: AuditEntry(**row), the fields of an audit row
_.new_value
_.matched_by  # interchange/plan.py: how an incoming record was matched ("ref", "name")
