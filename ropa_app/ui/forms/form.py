"""A form for one record, built from the model's field declarations and grouped in sections.

Every editor widget's objectName is its field key; every one has an accessible name (its label).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain import model
from ..transfer_editor import make_transfers_field
from . import fields, records

OPTIONAL_CHOICES = {"scc_module", "derogation"}


def tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


def make_editor(spec: model.FieldSpec, suggestions=None, ref_items=None, parent=None) -> QWidget:
    kind = spec.kind
    if kind == model.TEXT:
        return fields.TextField(parent)
    if kind == model.LONGTEXT:
        return fields.LongTextField(parent)
    if kind == model.BOOL:
        return fields.BoolField(parent)
    if kind == model.DATE:
        return fields.DateField(parent)
    if kind == model.CHOICE:
        return fields.ChoiceField(spec.vocabulary, spec.key in OPTIONAL_CHOICES, parent)
    if kind == model.CHOICES:
        return fields.ChoicesField(spec.vocabulary, parent=parent)
    if kind == model.TEXT_LIST:
        return fields.ListField(parent=parent)
    if kind == model.CATEGORY_LIST:
        return fields.ListField(suggestions=suggestions, parent=parent)
    if kind == model.COUNTRY:
        return fields.CountryField(parent)
    if kind == model.COUNTRY_LIST:
        return fields.ListField(countries=True, parent=parent)
    if kind == model.LINK:
        return fields.LinkField(parent)
    if kind == model.RECORDS and spec.key == "transfers":
        return make_transfers_field(parent)
    if kind == model.RECORDS:
        return records.RecordsField(model.RECORD_TYPES[spec.key], parent)
    if kind == model.REFS:
        return records.RefsField(ref_items, parent)
    raise ValueError(f"no editor for kind {kind}")


class RecordForm(QScrollArea):
    """Sections of labelled editors for the fields of `record_cls`."""

    field_committed = Signal(str)

    def __init__(
        self,
        record_cls: type,
        sections: list[tuple[str, list[str]]],
        suggestions: Callable[[str], Callable[[], list[str]]] | None = None,
        ref_items: Callable[[], list[tuple[int, str]]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.record_cls = record_cls
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        body = QWidget(self)
        outer = QVBoxLayout(body)
        specs = {s.key: s for s in model.fields_of(record_cls)}
        for title, keys in sections:
            group = QGroupBox(title, body)
            group.setObjectName("section_" + title.lower().replace(" ", "_"))
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                spec = specs[key]
                sugg = suggestions(spec.category_kind) if (suggestions and spec.category_kind) else None
                editor = make_editor(spec, sugg, ref_items, group)
                editor.setObjectName(key)
                label_text = tr(spec.label)
                editor.setAccessibleName(label_text)
                label = QLabel(label_text + (" *" if spec.mandatory else ""), group)
                label.setBuddy(editor)
                tip = tr("GDPR Art. {0}").format(spec.article) if spec.article else ""
                if spec.mandatory:
                    label.setStyleSheet("font-weight: bold;")
                    tip = tr("Required by the GDPR (Art. {0})").format(spec.article) if spec.article else tr("Required")
                label.setToolTip(tip)
                editor.setToolTip(tip)
                form.addRow(label, editor)
                editor.committed.connect(lambda k=key: self.field_committed.emit(k))
                self.widgets[key] = editor
                self.labels[key] = label
            self.groups[title] = group
            outer.addWidget(group)
        outer.addStretch(1)
        self.setWidget(body)

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
        return w

    def finish_editing(self) -> None:
        """Commit a multi-line field that still has the focus (before undo, switching records)."""
        for w in self.widgets.values():
            if isinstance(w, fields.LongTextField) and w.hasFocus():
                w.finish()
            elif hasattr(w, "finish_editing"):  # composite editors (transfers) finish their own fields
                w.finish_editing()
