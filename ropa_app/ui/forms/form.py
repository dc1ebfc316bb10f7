"""A form for one record, built from the model's field declarations and grouped in sections.

Every editor widget's objectName is its field key; every one has an accessible name (its label).
"""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain import kinds, model
from .. import i18n
from . import fields, records

OPTIONAL_CHOICES = {"scc_module", "derogation", "review_interval"}  # review_interval "": the policy's

# The editor of each field kind (`FieldKind.editor`), made from the field's spec.
EDITORS: dict[str, Callable[..., QWidget]] = {
    "text": lambda spec, sugg, refs, parent: fields.TextField(parent),
    "longtext": lambda spec, sugg, refs, parent: fields.LongTextField(parent),
    "bool": lambda spec, sugg, refs, parent: fields.BoolField(parent),
    "date": lambda spec, sugg, refs, parent: fields.DateField(parent),
    "datetime": lambda spec, sugg, refs, parent: fields.DateTimeField(parent),
    "choice": lambda spec, sugg, refs, parent: fields.ChoiceField(
        spec.vocabulary, spec.key in OPTIONAL_CHOICES, parent
    ),
    "choices": lambda spec, sugg, refs, parent: fields.ChoicesField(spec.vocabulary, parent=parent),
    "text_list": lambda spec, sugg, refs, parent: fields.ListField(parent=parent),
    "category_list": lambda spec, sugg, refs, parent: fields.ListField(suggestions=sugg, parent=parent),
    "country": lambda spec, sugg, refs, parent: fields.CountryField(parent),
    "country_list": lambda spec, sugg, refs, parent: fields.ListField(countries=True, parent=parent),
    "link": lambda spec, sugg, refs, parent: fields.LinkField(parent),
    "records": lambda spec, sugg, refs, parent: records.RecordsField(spec.record, parent),
    "refs": lambda spec, sugg, refs, parent: records.RefsField(refs, parent),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


def make_editor(spec: model.FieldSpec, suggestions=None, ref_items=None, parent=None) -> QWidget:
    return EDITORS[spec.kind.editor](spec, suggestions, ref_items, parent)


def _tab_stops(widget: QWidget) -> list[QWidget]:
    """`widget` and the widgets inside it that Tab stops at, in their present order (the line edit of an
    editable drop-down goes with its drop-down)."""
    def stops(w: QWidget) -> bool:
        inner = isinstance(w.parentWidget(), QComboBox) and w.parentWidget().lineEdit() is w
        return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and not inner and not w.isWindow()

    found = [widget] if stops(widget) else []
    w = widget.nextInFocusChain()
    while w is not widget and widget.isAncestorOf(w):
        if stops(w) and w not in found:
            found.append(w)
        w = w.nextInFocusChain()
    return found


LABEL_WIDTH = 150  # pixels: a form's labels; the rest of a laptop's pane is the fields'


def field_label_widget(text: str, editor: QWidget, parent: QWidget) -> QLabel:
    """A form's label of `editor`: `LABEL_WIDTH` wide, a long label on two lines rather than wider (in Swedish
    "DPF-certifieringen omfattar personaluppgifter (HR)" made a transfer's form 517 pixels wide, and a record's form
    scroll sideways at 1280x800)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setMinimumWidth(LABEL_WIDTH)
    label.setMaximumWidth(LABEL_WIDTH)
    label.setBuddy(editor)
    return label


def describe(editor: QWidget, kind_key: str, field_key: str, name: str) -> None:
    """Name an editor and its parts for a screen reader (`name`: what it edits, e.g. "Purposes"), give it
    the field's help as its description, and mark it with its help key for the help panel."""
    editor.setAccessibleName(name)
    if hasattr(editor, "set_label"):
        editor.set_label(name)  # a list's "Add to Purposes", "New entry for Purposes", ...
    elif isinstance(editor, fields.LinkField):
        editor.edit.setAccessibleName(name)
        editor.button.setAccessibleName(tr("Open {0}").format(name))
    key = f"{kind_key}.{field_key}"
    editor.setProperty("help_key", key)
    found = i18n.field_help(key)
    if found is not None:
        editor.setAccessibleDescription(found.what)


class RecordForm(QScrollArea):
    """Sections of labelled editors for the fields of `record_cls`."""

    field_committed = Signal(str)
    notice = Signal(str)  # what an editor has to tell the user (a date it could not read); "" clears it

    def __init__(
        self,
        record_cls: type,
        sections: list[tuple[str, str, list[str]]],
        suggestions: Callable[[str], Callable[[], list[str]]] | None = None,
        ref_items: Callable[[], list[tuple[int, str]]] | None = None,
        parent: QWidget | None = None,
        editors: dict[str, Callable[[QWidget], QWidget]] | None = None,
    ):
        """`sections`: (key, title, field keys); a field of the record that no section names goes into the
        last one, so that a new field is edited without a change here. `editors`: a field key's own
        editor (made with its parent) instead of its kind's."""
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.record_cls = record_cls
        kind_key = kinds.kind_of(record_cls).key
        self.setAccessibleName(tr("Fields of the {0}").format(
            QCoreApplication.translate("kinds", kinds.kind(kind_key).label).lower()))
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}  # by section key
        body = QWidget(self)
        outer = QVBoxLayout(body)
        specs = {s.key: s for s in model.fields_of(record_cls)}
        placed = {k for _key, _title, keys in sections for k in keys}
        unplaced = [k for k in specs if k not in placed]
        if unplaced and sections:
            sections = [*sections[:-1], (sections[-1][0], sections[-1][1], [*sections[-1][2], *unplaced])]
        for section, title, keys in sections:
            group = QGroupBox(title, body)
            group.setObjectName("section_" + section)
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above a wide field
            for key in keys:
                spec = specs[key]
                sugg = suggestions(spec.category_kind) if (suggestions and spec.category_kind) else None
                own = (editors or {}).get(key)
                editor = own(group) if own is not None else make_editor(spec, sugg, ref_items, group)
                editor.setObjectName(key)
                label_text = i18n.field_label(record_cls, spec)
                describe(editor, kind_key, key, label_text)
                if hasattr(editor, "notice"):
                    editor.notice.connect(self.notice)
                label = field_label_widget(label_text + (" *" if spec.mandatory else ""), editor, group)
                cited = i18n.article(spec.article) if spec.article else ""
                tip = tr("GDPR, {0}").format(cited) if cited else ""
                if spec.mandatory:
                    label.setStyleSheet("font-weight: bold;")
                    tip = tr("Required by the GDPR ({0})").format(cited) if cited else tr("Required")
                label.setToolTip(tip)
                editor.setToolTip(tip)
                form.addRow(label, editor)
                editor.committed.connect(lambda k=key: self.field_committed.emit(k))
                self.widgets[key] = editor
                self.labels[key] = label
            self.groups[section] = group
            outer.addWidget(group)
        outer.addStretch(1)
        self.setWidget(body)

    def order_tabs(self) -> None:
        """Tab goes through the form as it is laid out, section by section and row by row, also through rows
        an editor added after the form was built (they would otherwise come last)."""
        chain: list[QWidget] = []
        for group in self.groups.values():
            layout = group.layout()
            for row in range(layout.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                             QFormLayout.ItemRole.SpanningRole):
                    item = layout.itemAt(row, role)
                    if item is not None and item.widget() is not None:
                        chain += _tab_stops(item.widget())
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def set_record(self, obj: Any) -> None:
        for key, w in self.widgets.items():
            w.set_value(getattr(obj, key))

    def value(self, key: str) -> Any:
        return self.widgets[key].value()

    def set_field_visible(self, key: str, visible: bool) -> None:
        self.widgets[key].setVisible(visible)
        self.labels[key].setVisible(visible)

    def focus_field(self, key: str) -> QWidget:
        w = self.widgets[key]
        self.ensureWidgetVisible(w)
        w.setFocus()
        line = w.focusProxy() or w
        if isinstance(line, QLineEdit):
            line.selectAll()  # typing replaces what is there ("New activity")
        return w

    def finish_editing(self) -> None:
        """Commit a multi-line field that still has the focus (before undo, switching records)."""
        for w in self.widgets.values():
            if isinstance(w, fields.LongTextField) and w.hasFocus():
                w.finish()
            elif hasattr(w, "finish_editing"):  # composite editors (transfers) finish their own fields
                w.finish_editing()
