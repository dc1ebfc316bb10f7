"""Edit > Preferences: the interface language (the system's by default); it takes effect at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..domain import languages
from . import i18n, settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("interface_language")
        self.language.setAccessibleName(self.tr("Language of the interface"))
        system = languages.get(i18n.system_language()).native_name
        self.language.addItem(self.tr("The system's language ({0})").format(system), "")
        for code in i18n.codes():
            self.language.addItem(languages.get(code).native_name, code)  # each language by its own name
        self.language.setCurrentIndex(max(self.language.findData(settings.interface_language()), 0))
        label = QLabel(self.tr("Language of the interface"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        layout.addLayout(form)
        now = languages.get(i18n.current()).native_name
        if i18n.current() != "en":  # a language's name is written small in running text, except in English
            now = now[:1].lower() + now[1:]
        self.notice = QLabel(self.tr(
            "A new language takes effect when ROPA Desk is started again; this window stays in {0} until then. "
            "Exports have their own language, chosen when you export.").format(now), self)
        self.notice.setObjectName("language_notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The chosen language's code; "" to follow the system."""
        return self.language.currentData() or ""

    def accept(self) -> None:
        settings.set_interface_language(self.chosen())
        super().accept()
