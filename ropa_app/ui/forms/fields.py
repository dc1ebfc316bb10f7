"""One editor widget per field kind. Each has `committed` (emitted when the user finished a change),
`value()` and `set_value()`; `set_value` never emits `committed`."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain import countries, dates, languages, links, vocab
from ...domain.fieldkinds import MAX_TEXT_CHARS
from .. import i18n


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

    def finish_editing(self) -> None:
        """Save what was typed and not yet finished (before another record is shown, on quit)."""
        self._finish()

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str) -> None:
        self._saved = value or ""
        if self.text() != self._saved:
            self.setText(self._saved)


# A run of this many characters without a space is wrapped anywhere: Qt's word wrap of one long unbroken
# run costs the square of its length (100,000 characters: 0.5 s, 1,000,000: about 50 s).
_UNBROKEN = re.compile(r"\S{1000}")


class LongTextField(QPlainTextEdit):
    """Several lines of text, committed when the user leaves the field. It holds at most MAX_TEXT_CHARS
    characters: what goes beyond (a paste) is cut off and `notice` says so."""

    committed = Signal()
    notice = Signal(str)  # a message for the user about this field

    def __init__(self, parent=None, heights: tuple[int, int] = (54, 110)):
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)
        self.setMinimumHeight(heights[0])
        self.setMaximumHeight(heights[1])
        self.setToolTip(tr("At most {0} characters.").format(f"{MAX_TEXT_CHARS:,}"))
        self.textChanged.connect(self._bound)

    def _bound(self) -> None:
        """Keep the text within the limit, and its layout linear in its length."""
        count = self.document().characterCount() - 1  # the document counts its final paragraph end
        if count > MAX_TEXT_CHARS:
            cursor = self.textCursor()
            cursor.setPosition(MAX_TEXT_CHARS)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()  # emits textChanged again, now within the limit
            text = tr("This field holds at most {0} characters; the rest was not added.").format(f"{MAX_TEXT_CHARS:,}")
            QToolTip.showText(self.mapToGlobal(self.rect().center()), text, self)
            self.notice.emit(text)
            return
        self._wrap_for(self.toPlainText() if count >= 1000 else "")

    def _wrap_for(self, text: str) -> None:
        mode = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if len(text) >= 1000 and _UNBROKEN.search(text):
            mode = QTextOption.WrapMode.WrapAnywhere
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

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
            self._wrap_for(self._saved)  # before the text is laid out
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


def parse_date(text: str) -> tuple[bool, date | None]:
    """A date as a user types it in the interface language (`domain.dates.parse_date`): ISO 2026-11-22,
    20261122 always, day first 22.11.2026 or 6-1-2026, and the language's own short way (en 22 Nov 2026);
    never 22/11/2026, which reads as 11 22 in other countries. (True, None) for nothing; (False, None) for
    anything else."""
    return dates.parse_date(text, i18n.current())


class DateField(QLineEdit):
    """A date or empty, shown and saved as YYYY-MM-DD (typed also as 20261122 or 22.11.2026).

    Text that is not a date is marked and kept while the user is in the field, and `notice` says what
    is expected. When the user leaves the field with it, the field goes back to the saved date and
    `notice` says so: no date is saved, or dropped, without the user being told."""

    committed = Signal()
    notice = Signal(str)  # a message for the user; "" when there is nothing (more) to say

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(tr("YYYY-MM-DD"))
        self.setMaximumWidth(140)
        self._saved: date | None = None
        self._noticed = False  # a notice of this field is showing
        self.editingFinished.connect(lambda: self._finish(leaving=not self.hasFocus()))
        self.textChanged.connect(self._mark)

    def parsed(self) -> tuple[bool, date | None]:
        return parse_date(self.text())

    def is_valid(self) -> bool:
        return self.parsed()[0]

    @staticmethod
    def expected() -> str:
        return tr("Write the date as YYYY-MM-DD, e.g. 2026-11-22 (22.11.2026 works too).")

    def _mark(self) -> None:
        ok = self.is_valid()
        self.setProperty("invalid", not ok)
        self.setStyleSheet("" if ok else "border: 2px solid #c0392b;")
        self.setToolTip("" if ok else tr("Not a date yet.") + " " + self.expected())

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(leaving=True)  # also when the text was not changed since Enter was pressed

    def finish_editing(self) -> None:
        """The user leaves (another record is shown, the app quits): save a date, or go back and say so."""
        self._finish(leaving=True)

    def _finish(self, leaving: bool) -> None:
        ok, value = self.parsed()
        if not ok:
            typed = self.text().strip()
            self._noticed = True
            if not leaving:  # Enter: the text stays for the user to correct
                self.notice.emit(tr("“{0}” is not a date. {1}").format(typed, self.expected()))
                return
            self.set_value(self._saved)
            self._noticed = False  # this notice stays: it tells what happened, not what to correct
            saved = self.text_of(self._saved) if self._saved else tr("empty")
            self.notice.emit(tr("“{0}” is not a date, so {1} was not changed (it is {2}). {3}").format(
                typed, self.accessibleName() or tr("the date"), saved, self.expected()))
            return
        shown = self.text_of(value)
        if self.text() != shown:
            self.setText(shown)  # 22.11.2026 is shown as it is saved: 2026-11-22
        if self._noticed:
            self._noticed = False
            self.notice.emit("")
        if value != self._saved:
            self._saved = value
            self.committed.emit()

    def value(self) -> date | None:
        return self.parsed()[1] if self.is_valid() else self._saved

    def set_value(self, value: date | None) -> None:
        self._saved = value
        text = self.text_of(value)
        if self.text() != text:
            self.setText(text)

    @staticmethod
    def text_of(value: date | None) -> str:
        """How a saved value is shown (and typed)."""
        return value.isoformat() if value else ""


def parse_datetime(text: str) -> tuple[bool, datetime | None]:
    """A date and time as a user types it: the date as `parse_date` reads it, then the time (14:30, 14.30,
    1430, 9:05); (True, None) for nothing; (False, None) for anything else, a date without a time too
    (the hours count: the 72 hours of Art. 33(1))."""
    text = text.strip()
    if not text:
        return True, None
    m = re.fullmatch(r"(.+?)[T ,]+(\d{1,2})[:.]?(\d{2})", text)
    if m is None:
        return False, None
    ok, day = parse_date(m.group(1))
    hour, minute = int(m.group(2)), int(m.group(3))
    if not ok or day is None or hour > 23 or minute > 59:
        return False, None
    return True, datetime(day.year, day.month, day.day, hour, minute)


class DateTimeField(DateField):
    """A date and a time to the minute, or empty, shown and saved as YYYY-MM-DD HH:MM (local time)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(tr("YYYY-MM-DD HH:MM"))
        self.setMaximumWidth(180)

    def parsed(self) -> tuple[bool, datetime | None]:
        return parse_datetime(self.text())

    @staticmethod
    def expected() -> str:
        return tr("Write the date and the time as YYYY-MM-DD HH:MM, e.g. 2026-11-22 14:30.")

    @staticmethod
    def text_of(value: datetime | None) -> str:
        return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _narrow(combo: QComboBox) -> None:
    """A drop-down as narrow as the form needs, not as wide as its longest choice (its list shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)


def _widen_list(combo: QComboBox) -> None:
    """The open list as wide as its longest choice, however narrow the closed drop-down is."""
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


class ChoiceField(QComboBox):
    committed = Signal()

    def __init__(self, vocabulary: vocab.Vocabulary, optional: bool = False, parent=None):
        super().__init__(parent)
        _narrow(self)
        if optional:
            self.addItem("", "")
        for key in vocabulary:
            self.addItem(i18n.term(vocabulary, key), key)
        _widen_list(self)
        self.activated.connect(lambda _i: self.committed.emit())

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        event.ignore()  # the wheel scrolls the form; it never changes a closed drop-down's value

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, value: str) -> None:
        i = self.findData(value or "")
        self.setCurrentIndex(max(i, 0))


class _ChoiceText(QLabel):
    """The text of a choice, wrapped to the width there is; a click on it ticks its box, as a click on a
    check box's own text does."""

    def __init__(self, text: str, box: QCheckBox, parent=None):
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setMinimumWidth(160)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()


class ChoicesField(QWidget):
    """A checkbox per vocabulary key (legal bases, security measures, Art. 9(2) conditions): in two
    columns when the labels are short, else one under the other with texts that wrap, so that the form
    never grows wider than a laptop's pane."""

    committed = Signal()
    TWO_COLUMNS_UP_TO = 30  # characters of the longest label

    def __init__(self, vocabulary: vocab.Vocabulary, columns: int = 2, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        labels = [i18n.term(vocabulary, key) for key in vocabulary]
        if max((len(t) for t in labels), default=0) > self.TWO_COLUMNS_UP_TO:
            columns = 1
        for i, key in enumerate(vocabulary):
            box = QCheckBox("" if columns == 1 else labels[i], self)
            box.setObjectName(f"{vocabulary.name}:{key}")
            box.toggled.connect(lambda _on: self.committed.emit())
            if columns == 1:  # the box, and beside it its text, wrapped when the pane is narrow
                box.setAccessibleName(labels[i])
                grid.addWidget(box, i, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(_ChoiceText(labels[i], box, self), i, 1)
            else:
                grid.addWidget(box, i // columns, i % columns)
            self.boxes[key] = box
        if columns == 1:
            grid.setColumnStretch(1, 1)
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
    """A country chosen by name; the value is its ISO 3166-1 alpha-2 code.

    What is typed is looked up in the interface language (`i18n.current()`) by `domain.countries.find`:
    a code, a name in any declared language or a common form ("UK", "Storbritannien", "USA"); a text that
    could be more than one country picks none and the list shows the candidates. The list completes the
    names in the interface language and its common forms ('UK – Förenade kungariket (GB)')."""

    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        _narrow(self)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        self._language = i18n.current()
        labels: dict[str, str] = {}
        for code, label in i18n.countries():  # 'Tyskland (DE)' in the interface language, in its order
            self.addItem(label, code)
            labels[code] = label
        _widen_list(self)
        aliases = {**countries.ALIASES.get(languages.SOURCE, {}), **countries.ALIASES.get(self._language, {})}
        completions = [*labels.values(), *(f"{alias} – {labels[code]}" for alias, code in aliases.items()
                                           if code in labels)]
        completer = QCompleter(QStringListModel(completions, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # On the line edit, not the combo box: the combo would look the chosen text up among its items, and
        # a common form is not one of them. The label chosen ends in its code, which `_typed` takes.
        self.lineEdit().setCompleter(completer)
        completer.activated[str].connect(self._completed)
        self.activated.connect(lambda _i: self.committed.emit())
        self.lineEdit().editingFinished.connect(self._typed)
        self._saved = ""

    def _completed(self, text: str) -> None:
        self.lineEdit().setText(text)
        self._typed()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        event.ignore()  # the wheel scrolls the form; it never changes the country

    def set_label(self, label: str) -> None:
        """Name the parts for a screen reader after the field's label."""
        self.setAccessibleName(label)
        self.lineEdit().setAccessibleName(label)

    def candidates(self, text: str) -> tuple[str, ...]:
        """The codes a typed text may mean (domain.countries.find in the interface language)."""
        return countries.find(text, self._language)

    def _typed(self) -> None:
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        found = self.candidates(text) if i < 0 and text else ()
        if len(found) == 1:  # a code, a name in any language, a common form, a unique start of a name
            i = self.findData(found[0])
        elif len(found) > 1 and self.lineEdit().hasFocus():  # could be more than one: no pick, the list
            self.lineEdit().completer().setCompletionPrefix(text)  # shows the candidates
            self.lineEdit().completer().complete()
            return
        if i < 0:
            i = 0 if not text else max(self.findData(self._saved), 0)
        self.lineEdit().completer().popup().hide()
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
        """What "Open" would open (an empty URL for a link it refuses): see domain.links.classify."""
        link = links.classify(self.value())
        if link.kind in (links.WEB, links.MAIL):
            return QUrl(link.target, QUrl.ParsingMode.StrictMode)
        if link.kind == links.FILE:
            return QUrl.fromLocalFile(link.target)
        return QUrl()

    def open_link(self) -> bool:
        """Web pages and e-mail addresses open directly; a local file after the user has confirmed it by
        name; other schemes (smb:, ms-excel:, …) and programs are refused with the reason."""
        link = links.classify(self.value())
        if link.kind == links.EMPTY:
            return False
        if link.kind == links.REFUSED:
            self.refuse(link.reason)
            return False
        url = self.url()
        if not url.isValid():
            self.refuse(tr("this is not a valid address"))
            return False
        if link.kind == links.FILE and not self.confirm_file(link.target):
            return False
        return QDesktopServices.openUrl(url)

    def refuse(self, reason: str) -> None:
        QMessageBox.warning(self, tr("Link not opened"), tr("ROPA Desk does not open this link: {0}.").format(reason))

    def confirm_file(self, path: str) -> bool:
        answer = QMessageBox.question(
            self, tr("Open a file?"),
            tr("This link opens a file on this computer or a drive it reaches:\n\n{0}\n\nOpen it only if you "
               "know where it comes from. Open it?").format(path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def value(self) -> str:
        return self.edit.value()

    def set_value(self, value: str) -> None:
        self.edit.set_value(value)


class ListField(QWidget):
    """A list of text values edited in place: double-click to edit, type and Enter to add.

    What is typed in the box is added when the user presses Enter, clicks Add or leaves the box (to
    another field, another record, on quit): text in the box is never left behind unsaved."""

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
            self.input.committed.connect(self.add_current)  # Enter, a pick from the list, or leaving
        else:
            self.input = QLineEdit(self)
            self.input.setPlaceholderText(tr("Type and press Enter to add"))
            self.input.editingFinished.connect(self.add_current)  # Enter, or leaving the box
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

    def set_label(self, label: str) -> None:
        """Name the parts for a screen reader after the field's label."""
        self.setAccessibleName(label)
        self.view.setAccessibleName(label)
        if self._countries:
            self.input.set_label(tr("Country to add to {0}").format(label))
        else:
            self.input.setAccessibleName(tr("New entry for {0}").format(label))
        self.add_button.setAccessibleName(tr("Add to {0}").format(label))
        self.remove_button.setAccessibleName(tr("Remove the selected entry from {0}").format(label))

    def finish_editing(self) -> None:
        """Add what is typed in the box and not yet added (before another record is shown, on quit)."""
        if self._countries:
            if self.input.currentText().strip():
                self.input._typed()
        elif self.input.text().strip():
            self.add_current()

    def refresh_suggestions(self) -> None:
        if self._suggestions is not None:
            self._completer_model.setStringList(self._suggestions())

    def _display(self, value: str) -> str:
        return i18n.country(value) if self._countries else value

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
