"""File > New register…: an assistant that starts a register from the library.

Three pages: the organisation (name, number, country — which proposes its supervisory authority and the
export language —, DPO or privacy contact, and the file to create), the activity templates to start from,
and the processors the company uses. Each template and processor says how current its facts are: "verify"
where a fact was never verified from a source or is older than the law data's policy.

The wizard decides nothing itself: `organisation()`, `keys()` and `path()` are what the user chose; the
main window creates the register and adds the entries as one undoable step (an import plan, like
File > Import…). Everything it adds is a draft to review.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain import languages
from ..domain.law import load_law
from ..domain.library import PROCESSOR, TEMPLATE, Entry, Library, load_library
from ..domain.model import Organisation

# The countries the library has national rules for, first; then "another country" (GDPR rules alone).
NORDIC = ("SE", "NO", "DK", "FI")
KEY_ROLE = Qt.ItemDataRole.UserRole


def language_for(country: str) -> str:
    """The export language a register of an organisation in `country` starts with: the first of the
    country's export languages in the law data (nordic.json: FI fi, then sv), else English."""
    listed = load_law().nordic.rules_for(country).export_languages if country else ()
    return listed[0] if listed else languages.SOURCE


class OrganisationPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("wizard_page_organisation")
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("Who keeps this register, and where the file is kept."))
        self.law = load_law()
        form = QFormLayout(self)

        def line(name: str, label: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            return edit

        self.name = line("wizard_org_name", self.tr("Organisation name"))
        self.org_number = line("wizard_org_number", self.tr("Registration number"))
        self.country = QComboBox(self)
        self.country.setObjectName("wizard_country")
        self.country.setAccessibleName(self.tr("Country"))
        names = {"SE": self.tr("Sweden"), "NO": self.tr("Norway"), "DK": self.tr("Denmark"), "FI": self.tr("Finland")}
        for code in NORDIC:
            self.country.addItem(names[code], code)
        self.country.addItem(self.tr("Another country (GDPR rules only)"), "")
        form.addRow(self.tr("Country"), self.country)
        self.authority = line("wizard_authority", self.tr("Supervisory authority"))
        self.language = QComboBox(self)
        self.language.setObjectName("wizard_language")
        self.language.setAccessibleName(self.tr("Export language"))
        for lang in languages.LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        form.addRow(self.tr("Export language"), self.language)
        self.email = line("wizard_org_email", self.tr("Organisation e-mail"))
        self.dpo = QCheckBox(self.tr("A data protection officer (DPO) is appointed"), self)
        self.dpo.setObjectName("wizard_dpo_appointed")
        form.addRow("", self.dpo)
        self.contact_name = line("wizard_contact_name", self.tr("DPO or privacy contact"))
        self.contact_email = line("wizard_contact_email", self.tr("Contact e-mail"))
        self.file = QLineEdit(self)
        self.file.setObjectName("wizard_file")
        self.file.setAccessibleName(self.tr("Register file"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("wizard_choose_file")
        choose.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Register file"), row)
        self.country.currentIndexChanged.connect(self._country_changed)
        for widget in (self.name, self.file):
            widget.textChanged.connect(self.completeChanged)
        self._country_changed()

    def _country_changed(self) -> None:
        code = self.country.currentData() or ""
        self.authority.setText(self.law.nordic.rules_for(code).authority if code else "")
        index = self.language.findData(language_for(code))
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New register"), self.file.text(),
                                              self.tr("ROPA Desk registers (*.ropa)"))
        if name:
            self.file.setText(name)

    def path(self) -> Path | None:
        text = self.file.text().strip()
        if not text:
            return None
        path = Path(text)
        if not path.name or path.name.startswith("."):
            return None  # a folder, or only a suffix, typed so far
        return path if path.suffix.lower() == ".ropa" else path.with_suffix(".ropa")

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """A name, and a new file in a folder that exists."""
        path = self.path()
        return bool(self.name.text().strip()) and path is not None and not path.exists() and path.parent.is_dir()

    def organisation(self) -> Organisation:
        dpo = self.dpo.isChecked()
        name, email = self.contact_name.text().strip(), self.contact_email.text().strip()
        return Organisation(
            name=self.name.text().strip(),
            org_number=self.org_number.text().strip(),
            country=self.country.currentData() or "",
            email=self.email.text().strip(),
            supervisory_authority=self.authority.text().strip(),
            export_language=self.language.currentData() or languages.SOURCE,
            dpo_appointed=dpo,
            dpo_name=name if dpo else "",
            dpo_email=email if dpo else "",
            privacy_contact_name="" if dpo else name,
            privacy_contact_email="" if dpo else email,
        )


class ChoicePage(QWizardPage):
    """A checklist of library entries of one kind, in the register's language, each with how current it is."""

    def __init__(self, kind: str, library: Library, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.library = library
        if kind == TEMPLATE:
            self.setObjectName("wizard_page_templates")
            self.setTitle(self.tr("What your organisation does"))
            self.setSubTitle(self.tr("Tick the activities to start from. Each becomes a draft activity with "
                                     "the national rules of your country, for you to correct."))
        else:
            self.setObjectName("wizard_page_processors")
            self.setTitle(self.tr("Whom your organisation uses"))
            self.setSubTitle(self.tr("Tick the services you use. Each becomes a processor with what the vendor "
                                     "publishes; confirm what your own contract says."))
        self.list = QListWidget(self)
        self.list.setObjectName(f"wizard_{kind}_list")
        self.list.setAccessibleName(self.tr("Activity templates") if kind == TEMPLATE else self.tr("Processors"))
        self.note = QLabel(self)
        self.note.setObjectName(f"wizard_{kind}_note")
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.note)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """Fill the list in the export language chosen on the first page (ticks kept by key)."""
        ticked = set(self.keys())
        lang = self.wizard().language()
        self.list.clear()
        lang = lang if lang in self.library.languages else "en"
        entries = [e for e in self.library.entries(lang, date.today(), self.wizard().organisation().country)
                   if e.kind == self.kind]
        for e in entries:
            item = QListWidgetItem(self._text(e), self.list)
            item.setData(KEY_ROLE, e.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if e.key in ticked else Qt.CheckState.Unchecked)
            item.setToolTip(self._tooltip(e))
        self.note.setText(self.tr("Library {0}, as of {1}. “verify”: a fact not confirmed from a source, or "
                                  "older than {2} months.").format(self.library.version,
                                                                   self.library.as_of.isoformat(),
                                                                   self.library.max_age_months))

    def _text(self, e: Entry) -> str:
        mark = self.tr(" — verify ({0} of {1} facts verified)").format(e.current, e.facts) if e.verify else ""
        return f"{e.name} ({e.detail}){mark}"

    def _tooltip(self, e: Entry) -> str:
        if e.as_of:
            return self.tr("Oldest fact verified on {0}").format(e.as_of)
        return self.tr("No fact of it is verified from a source") if e.verify else self.tr(
            "No national rule to verify")

    def keys(self) -> list[str]:
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class NewRegisterWizard(QWizard):
    def __init__(self, parent: QWidget | None = None, library: Library | None = None):
        super().__init__(parent)
        self.setObjectName("new_register_wizard")
        self.setWindowTitle(self.tr("New register"))
        self.setAccessibleName(self.tr("New register assistant"))
        self.library = library or load_library()
        self.organisation_page = OrganisationPage(self)
        self.templates_page = ChoicePage(TEMPLATE, self.library, self)
        self.processors_page = ChoicePage(PROCESSOR, self.library, self)
        for page in (self.organisation_page, self.templates_page, self.processors_page):
            self.addPage(page)
        for which, name in ((QWizard.WizardButton.NextButton, "wizard_next"),
                            (QWizard.WizardButton.BackButton, "wizard_back"),
                            (QWizard.WizardButton.FinishButton, "wizard_finish"),
                            (QWizard.WizardButton.CancelButton, "wizard_cancel")):
            self.button(which).setObjectName(name)
        self.resize(760, 560)

    def language(self) -> str:
        return self.organisation_page.language.currentData() or languages.SOURCE

    def organisation(self) -> Organisation:
        return self.organisation_page.organisation()

    def path(self) -> Path | None:
        return self.organisation_page.path()

    def keys(self) -> list[str]:
        """The chosen templates, then the chosen processors."""
        return self.templates_page.keys() + self.processors_page.keys()
