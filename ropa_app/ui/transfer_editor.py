"""The transfers of a recipient (or an activity's direct transfers): one row per destination, and a
form for the selected row that offers only what fits its mechanism and says what the mechanism requires.

`TransfersField` is a drop-in for the generic records table (`committed`, `value()`, `set_value()`).
Its inner editors are named by the transfer field keys (country, mechanism, scc_module, ...); the
multi-line ones are of their own class, so that a search for the record form's own editors (e.g. an
activity's `notes`) never finds a transfer's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import model, vocab
from ..domain.law import LawData, load_law
from ..domain.transfer_overview import SPECIFIC, fitting_fields
from . import i18n
from .forms import fields
from .forms.form import describe, field_label_widget, make_editor
from .transfer_rows import TransferRowsModel

__all__ = ["TransfersField", "TransferRowsModel", "make_transfers_field"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransfersField", text)


def _field_tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


def _make_editor(spec: model.FieldSpec, parent: QWidget) -> QWidget:
    """The form's editor of the field's kind; a transfer's long texts are shorter, and every choice but
    the mechanism may stay empty."""
    if spec.kind == model.LONGTEXT:
        return fields.LongTextField(parent, heights=(48, 90))
    if spec.kind == model.CHOICE:
        return fields.ChoiceField(spec.vocabulary, spec.key != "mechanism", parent)
    return make_editor(spec, parent=parent)


class TransfersField(QWidget):
    committed = Signal()
    notice = Signal(str)  # what a field of the selected row has to tell the user (a date it could not read)

    def __init__(self, parent=None, law: LawData | None = None):
        super().__init__(parent)
        self.law = law or load_law()
        self.records: list[model.Transfer] = []
        self.model = TransferRowsModel(self.law, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("transfer_rows")
        self.view.setAccessibleName(_tr("Transfer rows, one per destination"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the rows for the selected row's fields
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 220)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        self.add_button = QPushButton(_tr("Add destination"), self)
        self.add_button.setObjectName("add_transfer")
        self.add_button.setAccessibleName(_tr("Add a transfer row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(_tr("Remove destination"), self)
        self.remove_button.setObjectName("remove_transfer")
        self.remove_button.setAccessibleName(_tr("Remove the selected transfer row"))
        self.remove_button.clicked.connect(self.remove_row)
        self.empty_hint = QLabel(
            _tr("None recorded. Add a row for each country outside the EEA the data goes to."), self)
        self.empty_hint.setObjectName("transfers_empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: gray;")

        self.detail = QWidget(self)
        self.detail.setObjectName("transfer_detail")
        form = QFormLayout(self.detail)
        form.setContentsMargins(12, 4, 0, 4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        for spec in model.fields_of(model.Transfer):
            editor = _make_editor(spec, self.detail)
            editor.setObjectName(spec.key)
            describe(editor, "transfer", spec.key, _tr("{0} of the selected transfer").format(_field_tr(spec.label)))
            if hasattr(editor, "notice"):
                editor.notice.connect(self.notice)
            if spec.article:
                editor.setToolTip(_field_tr("GDPR Art. {0}").format(spec.article))
            label = field_label_widget(_field_tr(spec.label) + (" *" if spec.mandatory else ""), editor, self.detail)
            form.addRow(label, editor)
            editor.committed.connect(lambda k=spec.key: self._edited(k))
            self.editors[spec.key] = editor
            self.labels[spec.key] = label
            if spec.key == "country":
                self.destination_status = self._note("destination_status", form)
            elif spec.key == "mechanism":
                self.requires_label = self._note("mechanism_requires", form)
                self.warning_label = self._note("mechanism_warning", form)
                self.warning_label.setStyleSheet("color: #b03a2e; font-weight: bold;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        lay.addLayout(buttons)
        lay.addWidget(self.empty_hint)
        lay.addWidget(self.detail)
        self._show_row()

    def _note(self, name: str, form: QFormLayout) -> QLabel:
        label = QLabel(self.detail)
        label.setObjectName(name)
        label.setWordWrap(True)
        form.addRow("", label)
        return label

    # --- the field interface ------------------------------------------------------------------------
    def value(self) -> list[model.Transfer]:
        return [replace(t) for t in self.records]

    def set_value(self, value: list[model.Transfer]) -> None:
        value = list(value or [])
        if _without_ids(value) == _without_ids(self.records):
            # Only the ids the store gave new rows differ: keep the rows, the selection and any open editor.
            for mine, saved in zip(self.records, value):
                mine.id = saved.id
            return
        row = self.current_row()
        self.records = [replace(t) for t in value]
        self.model.set_records(self.records)
        if self.records:
            self.select_row(min(row if row is not None else 0, len(self.records) - 1))
        else:
            self._show_row()

    def finish_editing(self) -> None:
        """Commit a multi-line field that still has the focus."""
        for _key, w in self.editors.items():
            if isinstance(w, fields.LongTextField) and w.hasFocus():
                w.finish()

    # --- rows -------------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        idx = self.view.currentIndex()
        return self.proxy.mapToSource(idx).row() if idx.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._show_row()

    def add_row(self) -> None:
        self.records.append(model.Transfer())
        self.model.set_records(self.records)
        self.select_row(len(self.records) - 1)
        self.committed.emit()
        self.editors["country"].setFocus()

    def remove_row(self) -> None:
        row = self.current_row()
        if row is None:
            return
        del self.records[row]
        self.model.set_records(self.records)
        if self.records:
            self.select_row(min(row, len(self.records) - 1))
        else:
            self._show_row()
        self.committed.emit()

    def focus_transfer(self, transfer_id: int, key: str = "country") -> QWidget | None:
        """Select the row of a transfer (by id) and put the cursor in its field `key`."""
        for row, t in enumerate(self.records):
            if t.id == transfer_id:
                self.select_row(row)
                w = self.editors.get(key) or self.editors["country"]
                if not w.isVisible():
                    w = self.editors["mechanism"]
                area = self._scroll_area()
                if area is not None:
                    area.ensureWidgetVisible(w)
                w.setFocus()
                return w
        return None

    def _scroll_area(self) -> QScrollArea | None:
        w = self.parentWidget()
        while w is not None and not isinstance(w, QScrollArea):
            w = w.parentWidget()
        return w

    # --- the selected row -------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        row = self.current_row()
        if row is None:
            return
        t = self.records[row]
        changes = {key: self.editors[key].value()}
        if key == "mechanism":  # what belonged to the old mechanism only goes with it (one undo brings it back)
            fits = fitting_fields(changes[key], self.law)
            for k in SPECIFIC:
                if k not in fits and getattr(t, k) not in ("", None):
                    changes[k] = model.Transfer.__dataclass_fields__[k].default
        new = replace(t, **changes)
        if new == t:
            return
        self.records[row] = new
        self.model.row_changed(row)
        self._show_row()
        self.committed.emit()

    def _fit_rows(self) -> None:
        """The row list is as high as its rows (up to five, then it scrolls); hidden when there are none."""
        self.view.setVisible(bool(self.records))
        self.setFocusProxy(self.view if self.records else self.add_button)
        rows = max(1, min(len(self.records), 5))
        frame = 2 * self.view.frameWidth()
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + rows * self.view.verticalHeader().defaultSectionSize() + frame)

    def _show_row(self) -> None:
        row = self.current_row()
        self._fit_rows()
        self.empty_hint.setVisible(not self.records)
        self.remove_button.setEnabled(row is not None)
        self.detail.setVisible(row is not None)
        if row is None:
            return
        t = self.records[row]
        for key, w in self.editors.items():
            w.set_value(getattr(t, key))
        fits = fitting_fields(t.mechanism, self.law)
        for key, w in self.editors.items():
            show = key in fits or getattr(t, key) not in ("", None)
            w.setVisible(show)
            self.labels[key].setVisible(show)
        fallback = t.mechanism == "dpf"
        self.labels["scc_module"].setText(_tr("Fallback SCC module") if fallback else _field_tr("SCC module"))
        self._explain(t)

    def _explain(self, t: model.Transfer) -> None:
        law, code = self.law, t.country
        info = law.mechanism(t.mechanism or "none")
        today = date.today()
        adequacy = law.adequacy_for(code, today) if code else None
        name = i18n.destination_name(code) if code else ""
        if not code:
            status = _tr("Choose the country or international organisation the data goes to.")
        elif law.is_eea(code):
            status = _tr(
                "{0} is in the EEA: this is no transfer to a third country and needs no mechanism."
            ).format(name)
        elif adequacy is not None:
            status = _tr("{0} has an adequacy decision: {1}.").format(name, adequacy.decision)
            if adequacy.dpf_list_only:
                status += " " + _tr("It covers only organisations on the Data Privacy Framework List.")
            elif adequacy.scope_note:
                status += " " + adequacy.scope_note
            if adequacy.valid_until:
                status += " " + _tr("Valid until {0}.").format(adequacy.valid_until.isoformat())
        else:
            status = _tr("{0} has no adequacy decision: the transfer needs a safeguard (e.g. the 2021 SCCs) or an "
                         "Art. 49 derogation.").format(name)
        self.destination_status.setText(status)
        requires = info.requires if info is not None else ""
        if t.mechanism == "derogation" and t.derogation in law.derogations:
            d = law.derogations[t.derogation]
            requires += f". Art. {d.reference}: {d.summary}"
        if info is not None and info.kind in ("none", "invalid"):
            self.requires_label.setText(requires)  # "Nothing: …", "No longer valid: …" say it themselves
        else:
            self.requires_label.setText(_tr("Requires: {0}").format(requires) if requires else "")
        warning = ""
        if info is not None and info.kind == "invalid":
            name = QCoreApplication.translate("vocab", vocab.TRANSFER_MECHANISMS.label(t.mechanism)).split(" (")[0]
            since = info.invalid_since.isoformat() if info.invalid_since else ""
            warning = _tr("{0} is no longer valid (since {1}, {2}). Choose another mechanism.").format(
                name, since, info.invalidated_by)
        elif info is not None and info.destinations and code and code.upper() not in info.destinations:
            warning = _tr("This mechanism covers transfers to {0} only.").format(
                ", ".join(i18n.destination_name(c) for c in info.destinations))
        elif (info is None or info.kind == "none") and code and law.is_third_country(code) and adequacy is None:
            warning = _tr("Not allowed without a mechanism: {0} has no adequacy decision.").format(name)
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))


def _without_ids(records: list[model.Transfer]) -> list[model.Transfer]:
    return [dataclasses.replace(r, id=None) for r in records]


def make_transfers_field(parent: QWidget | None = None) -> TransfersField:
    """The editor for a `transfers` field (recipient transfers, an activity's direct transfers)."""
    return TransfersField(parent)
