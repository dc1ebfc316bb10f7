"""One editor widget per field kind. Each has `committed` (emitted when the user finished a change),
`value()` and `set_value()`; `set_value` never emits `committed`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocab
from ...domain.countries import all_countries, lookup, name as country_name


def tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


class TextField(QLineEdit):
    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._saved = ""
        self.editingFinished.connect(self._finish)

    def _finish(self) -> None:
        if self.text() != self._saved:
            self._saved = self.text()
            self.committed.emit()

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str) -> None:
        self._saved = value or ""
        if self.text() != self._saved:
            self.setText(self._saved)


class LongTextField(QPlainTextEdit):
    """Several lines of text, committed when the user leaves the field."""

    committed = Signal()

    def __init__(self, parent=None, heights: tuple[int, int] = (54, 110)):
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)
        self.setMinimumHeight(heights[0])
        self.setMaximumHeight(heights[1])

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.finish()

    def finish(self) -> None:
        if self.toPlainText() != self._saved:
            self._saved = self.toPlainText()
            self.committed.emit()

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str) -> None:
        self._saved = value or ""
        if self.toPlainText() != self._saved:
            self.setPlainText(self._saved)


class BoolField(QCheckBox):
    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toggled.connect(lambda _on: self.committed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)


class DateField(QLineEdit):
    """An ISO date (YYYY-MM-DD) or empty; anything else is marked and not saved."""

    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(tr("YYYY-MM-DD"))
        self.setMaximumWidth(140)
        self._saved: date | None = None
        self.editingFinished.connect(self._finish)
        self.textChanged.connect(self._mark)

    def parsed(self) -> tuple[bool, date | None]:
        text = self.text().strip()
        if not text:
            return True, None
        try:
            return True, date.fromisoformat(text)
        except ValueError:
            return False, None

    def is_valid(self) -> bool:
        return self.parsed()[0]

    def _mark(self) -> None:
        ok = self.is_valid()
        self.setProperty("invalid", not ok)
        self.setStyleSheet("" if ok else "border: 2px solid #c0392b;")
        self.setToolTip("" if ok else tr("Not a real date. Write it as YYYY-MM-DD, e.g. 2026-11-22."))

    def _finish(self) -> None:
        ok, value = self.parsed()
        if ok and value != self._saved:
            self._saved = value
            self.committed.emit()

    def value(self) -> date | None:
        return self.parsed()[1] if self.is_valid() else self._saved

    def set_value(self, value: date | None) -> None:
        self._saved = value
        text = value.isoformat() if value else ""
        if self.text() != text:
            self.setText(text)


class ChoiceField(QComboBox):
    committed = Signal()

    def __init__(self, vocabulary: vocab.Vocabulary, optional: bool = False, parent=None):
        super().__init__(parent)
        if optional:
            self.addItem("", "")
        for key in vocabulary:
            self.addItem(QCoreApplication.translate("vocab", vocabulary.label(key)), key)
        self.activated.connect(lambda _i: self.committed.emit())

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, value: str) -> None:
        i = self.findData(value or "")
        self.setCurrentIndex(max(i, 0))


class ChoicesField(QWidget):
    """A checkbox per vocabulary key (legal bases, security measures, Art. 9(2) conditions)."""

    committed = Signal()

    def __init__(self, vocabulary: vocab.Vocabulary, columns: int = 2, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(vocabulary):
            box = QCheckBox(QCoreApplication.translate("vocab", vocabulary.label(key)), self)
            box.setObjectName(f"{vocabulary.name}:{key}")
            box.toggled.connect(lambda _on: self.committed.emit())
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[key] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def set_value(self, value: list[str]) -> None:
        for k, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(k in (value or []))
            b.blockSignals(False)


class CountryField(QComboBox):
    """A country chosen by name; the value is its ISO 3166-1 alpha-2 code."""

    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code, label in all_countries():
            self.addItem(f"{label} ({code})", code)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activated.connect(lambda _i: self.committed.emit())
        self.lineEdit().editingFinished.connect(self._typed)
        self._saved = ""

    def _typed(self) -> None:
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i < 0 and text:  # typed a code or a name ("se", "Sweden", "South Korea")
            code = lookup(text[:-5] if text.endswith(")") and "(" in text else text)
            i = self.findData(code) if code else -1
        if i < 0 and text:  # a unique partial name
            matches = [j for j in range(1, self.count()) if text.casefold() in self.itemText(j).casefold()]
            i = matches[0] if len(matches) == 1 else -1
        if i < 0:
            i = 0 if not text else max(self.findData(self._saved), 0)
        self.setCurrentIndex(i)
        if self.value() != self._saved:
            self._saved = self.value()
            self.committed.emit()

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, value: str) -> None:
        self._saved = value or ""
        i = self.findData(self._saved)
        if i < 0 and value:  # a code pycountry does not know: keep it visible
            self.addItem(value, value)
            i = self.count() - 1
        self.setCurrentIndex(max(i, 0))


class LinkField(QWidget):
    """A URL or file path, with a button that opens it with the system handler."""

    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = TextField(self)
        self.edit.setPlaceholderText(tr("https://… or a file path"))
        self.button = QToolButton(self)
        self.button.setText(tr("Open"))
        self.button.setToolTip(tr("Open with the system's handler"))
        self.button.clicked.connect(self.open_link)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.committed.connect(self.committed)

    def url(self) -> QUrl:
        text = self.value().strip()
        return QUrl(text) if "://" in text or text.startswith("mailto:") else QUrl.fromLocalFile(text)

    def open_link(self) -> bool:
        return bool(self.value().strip()) and QDesktopServices.openUrl(self.url())

    def value(self) -> str:
        return self.edit.value()

    def set_value(self, value: str) -> None:
        self.edit.set_value(value)


class ListField(QWidget):
    """A list of text values edited in place: double-click to edit, type and Enter to add."""

    committed = Signal()

    def __init__(self, suggestions=None, countries: bool = False, parent=None):
        super().__init__(parent)
        self._countries = countries
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setMaximumHeight(96)
        self.view.setEditTriggers(QListView.EditTrigger.DoubleClicked | QListView.EditTrigger.EditKeyPressed)
        self.model.dataChanged.connect(lambda *_: self._changed())
        if countries:
            self.input = CountryField(self)
        else:
            self.input = QLineEdit(self)
            self.input.setPlaceholderText(tr("Type and press Enter to add"))
            self.input.returnPressed.connect(self.add_current)
        self._suggestions = suggestions  # callable -> list[str]
        self._completer_model = QStringListModel(self)
        if suggestions is not None and not countries:
            completer = QCompleter(self._completer_model, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.input.setCompleter(completer)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        lay.addLayout(row)
        self.setFocusProxy(self.input)
        self._values: list[str] = []

    def refresh_suggestions(self) -> None:
        if self._suggestions is not None:
            self._completer_model.setStringList(self._suggestions())

    def _display(self, value: str) -> str:
        return f"{country_name(value)} ({value})" if self._countries else value

    def add_current(self) -> None:
        if self._countries:
            value = self.input.value()
        else:
            value = self.input.text().strip()
        if not value or value in self._values:
            return
        self._values.append(value)
        self._show()
        if self._countries:
            self.input.set_value("")
        else:
            self.input.clear()
        self.committed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True)
        if not rows and self._values:
            return
        for r in rows:
            del self._values[r]
        self._show()
        self.committed.emit()

    def _changed(self) -> None:
        if self._countries:
            return
        edited = [s.strip() for s in self.model.stringList() if s.strip()]
        if edited != self._values:
            self._values = edited
            self.committed.emit()

    def _show(self) -> None:
        self.model.blockSignals(True)
        self.model.setStringList([self._display(v) for v in self._values])
        self.model.blockSignals(False)
        self.model.layoutChanged.emit()

    def value(self) -> list[str]:
        return list(self._values)

    def set_value(self, value: list[str]) -> None:
        self.refresh_suggestions()
        if list(value or []) != self._values:
            self._values = list(value or [])
            self._show()
