"""The help panel beside a record form: for the field in focus, what to write, why the law asks for it,
and an example (`domain.help`). Editors carry their field's key in the `help_key` property (set by the
form, the transfer editor and the cells of a records table); the innermost one around the focus wins."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..domain import kinds, model
from . import i18n


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpPanel", text)


def help_key_of(widget: QWidget | None, scope: QWidget) -> str:
    """The help key of the innermost editor around `widget` inside `scope` ("" when there is none)."""
    w = widget
    while w is not None and w is not scope:
        key = w.property("help_key")
        if key:
            return str(key)
        w = w.parentWidget()
    return ""


def field_label(key: str) -> str:
    kind_key, _, field_key = key.partition(".")
    try:
        spec = model.field_spec(kinds.kind(kind_key).cls, field_key)
    except KeyError:
        return field_key
    return i18n.field_label(kinds.kind(kind_key).cls, spec)


class HelpPanel(QFrame):
    """Shows the help of the field that has the focus inside `scope`."""

    WIDTH = 250

    def __init__(self, scope: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help_panel")
        self.scope = scope
        self.key = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(self.WIDTH)
        self.title = QLabel(self)
        self.title.setObjectName("help_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QLabel(self)
        self.text.setObjectName("help_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read, not a stop on the way through the form
        area.setWidget(body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 4, 6)
        lay.addWidget(area)
        self.show_key("")
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if new is None or not self.scope.isAncestorOf(new):
            return  # the focus left the form (a menu, the list): keep the last field's help
        key = help_key_of(new, self.scope)
        if key and key != self.key:
            self.show_key(key)

    def show_key(self, key: str) -> None:
        self.key = key
        found = i18n.field_help(key) if key else None  # in the interface language
        if found is None:
            self.title.setText(_tr("Help"))
            self.text.setText(escape(_tr(
                "Click or Tab into a field to see here what to write in it, why the law asks for it, "
                "and an example.")))
            return
        kind = kinds.kind(key.partition(".")[0])
        # a field of the record the form is about by its name; of a nested record (a transfer) with its kind
        self.title.setText(field_label(key) if kind.top_level
                           else f"{QCoreApplication.translate('kinds', kind.label)}: {field_label(key)}")

        def part(heading: str, text: str) -> str:
            return f"<p><b>{escape(heading)}</b><br>{escape(text)}</p>"

        self.text.setText(part(_tr("What to write"), found.what) + part(_tr("Why the law asks"), found.why)
                          + part(_tr("Example"), found.example))
