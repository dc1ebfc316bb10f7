"""File > New register…: the assistant, driven through its widgets as a user would, for a Norwegian
company with five templates and three processors; the register file holds them, in Norwegian, as one
undoable step."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from ropa_app.domain.library import load_library
from ropa_app.store import RegisterStore
from ropa_app.ui.new_register_wizard import NewRegisterWizard

from .checks_helpers import demo_window
from .typing import press

TEMPLATES = ["payroll", "recruitment", "sick_leave", "accounting", "crm"]
PROCESSORS = ["tripletex", "microsoft_365", "hubspot"]


def _type(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def _choose(qtbot, combo, data):
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    index = view.model().index(combo.findData(data), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert combo.currentData() == data


def _tick(qtbot, page, keys):
    """Click each entry's check box in the list."""
    view = page.list
    for row in range(view.count()):
        item = view.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in keys:
            view.scrollToItem(item)
            rect = view.visualItemRect(item)
            box = QPoint(rect.left() + 10, rect.center().y())  # the check box at the start of the row
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
            assert item.checkState() == Qt.CheckState.Checked, item.text()


def _next(qtbot, wizard):
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _run_wizard(qtbot, window, path):
    window.action_new_register.trigger()
    wizard = window.findChild(NewRegisterWizard)
    assert wizard is not None and wizard.isVisible()
    org = wizard.organisation_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no name, no file yet
    _type(qtbot, org.name, "Fjordbyrå AS")
    _type(qtbot, org.org_number, "912 345 678")
    _choose(qtbot, org.country, "NO")
    assert org.authority.text() == "Datatilsynet"  # proposed from the law data, editable
    assert org.language.currentData() == "nb"
    _type(qtbot, org.email, "post@fjordbyra.no")
    _type(qtbot, org.contact_name, "Kari Nordmann")
    _type(qtbot, org.contact_email, "personvern@fjordbyra.no")
    _type(qtbot, org.file, str(path))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.templates_page
    assert "Lønnskjøring" in wizard.templates_page.list.item(0).text()  # the entries in the register's language
    _tick(qtbot, wizard.templates_page, TEMPLATES)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.processors_page
    _tick(qtbot, wizard.processors_page, PROCESSORS)
    assert sorted(wizard.keys()) == sorted(TEMPLATES + PROCESSORS)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not None and window.store.path == path)
    return wizard


def _load(path):
    with RegisterStore.open(path, readonly=True) as store:
        return store.load_register()


def test_a_norwegian_company_gets_five_templates_and_three_processors_in_norwegian(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    path = tmp_path / "fjord.ropa"
    _run_wizard(qtbot, window, path)
    window.store.close()
    window.store = None
    register = _load(path)
    org = register.organisation
    assert (org.name, org.country, org.export_language, org.org_number) == ("Fjordbyrå AS", "NO", "nb", "912 345 678")
    assert org.supervisory_authority == "Datatilsynet"
    assert (org.privacy_contact_name, org.privacy_contact_email, org.dpo_appointed) == (
        "Kari Nordmann", "personvern@fjordbyra.no", False)
    lib = load_library()
    assert sorted(a.name for a in register.activities) == sorted(lib.templates[k]["name"]["nb"] for k in TEMPLATES)
    assert sorted(r.name for r in register.recipients) == sorted(lib.processors[k]["name"] for k in PROCESSORS)
    payroll = next(a for a in register.activities if a.name == "Lønnskjøring")
    assert payroll.purposes[0] == "Utbetale lønn, feriepenger og utlegg til ansatte"
    assert "Bokføringsloven § 13" in payroll.data_categories[0].retention  # the Norwegian bookkeeping rule
    assert payroll.status == "draft"
    assert [register.recipient(i).name for i in payroll.recipients] == ["Tripletex"]
    ms = next(r for r in register.recipients if r.name == "Microsoft 365")
    assert "Fra ROPA Desks databehandlerbibliotek" in ms.notes and ms.dpa_in_place == "not_assessed"


def test_adding_the_library_entries_is_one_undoable_step(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    path = tmp_path / "fjord.ropa"
    _run_wizard(qtbot, window, path)
    stack = window.session.undo_stack
    assert stack.count() == 1
    assert window.store.activities.count() == 5 and window.store.recipients.count() == 3
    window.action_undo.trigger()
    assert window.store.activities.count() == 0 and window.store.recipients.count() == 0
    assert window.store.organisation().name == "Fjordbyrå AS"  # the register itself stays
    window.action_redo.trigger()
    assert window.store.activities.count() == 5 and window.store.recipients.count() == 3


def test_the_wizard_refuses_a_file_that_exists_and_cancel_creates_nothing(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    before = window.store.path
    existing = tmp_path / "demo.ropa"
    wizard = window.new_register()
    _type(qtbot, wizard.organisation_page.name, "X AS")
    _type(qtbot, wizard.organisation_page.file, str(existing))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    press(wizard.organisation_page.file, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.store.path == before
