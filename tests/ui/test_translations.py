"""The interface in every declared language: every text translated, nothing left in English on any page,
dialog or menu, the language chosen by --lang, by Preferences or by the system, and Qt's own dialogs too."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from ropa_app.__main__ import split_lang
from ropa_app.domain import kinds, languages, vocab
from ropa_app.domain.checks.findings import cite
from ropa_app.domain.countries import all_countries
from ropa_app.domain.law import load_law
from ropa_app.export import i18n as export_i18n
from ropa_app.store.demo import create_demo
from ropa_app.ui import i18n, settings
from ropa_app.ui.app import choose_language
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui.preferences_dialog import PreferencesDialog

from .i18n_walk import english_words, register_texts, source_texts, untranslated

OTHERS = [code for code in languages.CODES if code != languages.SOURCE]
# {0}, the store's messages' {name}, the import's {value!r} and {count:,}: the names compared (a translation may write
# a number in its own way: "{count}" where English groups thousands with commas)
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)(?:![rsa])?(?::[^{}]*)?\}")


@pytest.fixture
def language(request):
    """Install the interface language `request.param` for one test, and English again after it."""
    installed = i18n.install(request.param)
    yield request.param
    i18n.uninstall(installed)


# --- the tables --------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", OTHERS)
def test_every_text_of_the_interface_is_translated(code):
    """Every literal given to tr()/translate() in ropa_app/ui (and every record kind's name) has a translation
    in the language's table, with the same placeholders; the table holds nothing the code no longer says."""
    table = i18n.texts(code)
    # a field label or vocabulary term said under a view's own context is the export table's
    missing = [f"{where}: {text!r}" for text, where in source_texts().items() if not i18n.lookup(code, "", text)]
    assert not missing, f"{code}: no translation for\n" + "\n".join(missing)
    stale = [text for text in table if text not in source_texts()]
    assert not stale, f"{code}: translations of texts the interface no longer has: {stale}"
    for text, translated in table.items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(translated)), (code, text)
        assert translated.strip(), (code, text)


def test_every_declared_language_has_an_interface():
    assert i18n.codes() == languages.CODES


@pytest.mark.parametrize("code", OTHERS)
def test_labels_and_terms_are_the_export_tables(code):
    """Field labels and vocabulary terms in the interface are the export tables' words (declared once)."""
    table = export_i18n.table(code)
    for name, vocabulary in vocab.ALL_VOCABULARIES.items():
        for key in vocabulary:
            expected = table.get(f"vocab.{name}.{key}")
            if expected:
                assert i18n.lookup(code, "vocab", vocabulary.label(key), f"vocab.{name}.{key}") == expected
    for kind in kinds.KINDS:
        for spec in kind.fields:
            expected = table.get(f"field.{kind.key}.{spec.key}")
            if expected:
                assert i18n.lookup(code, "fields", spec.label, f"field.{kind.key}.{spec.key}") == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("sv", "art. 6.1 f"), ("nb", "art. 6 nr. 1 bokstav f"), ("da", "art. 6, stk. 1, litra f"),
], indirect=["language"])
def test_legal_references_in_the_languages_own_style(qtbot, language, expected):
    term = i18n.term(vocab.LEGAL_BASES, "art6_1_f")
    assert expected in term, term
    assert "6(1)(f)" not in term


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_countries_in_the_language_and_its_order(qtbot, language):
    from ropa_app.ui.forms.fields import CountryField

    field = CountryField()
    qtbot.addWidget(field)
    items = [field.itemText(i) for i in range(1, field.count())]
    assert "Tyskland (DE)" in items and "Germany (DE)" not in items
    assert items.index("Zimbabwe (ZW)") < items.index("Österrike (AT)")  # ö after z in Swedish
    field.lineEdit().setText("tyskland")
    field.lineEdit().editingFinished.emit()
    assert field.value() == "DE"


# --- choosing the language ------------------------------------------------------------------------------


def test_lang_option_is_taken_out_of_the_arguments():
    assert split_lang(["ropa", "--lang", "sv", "x.ropa"]) == (["ropa", "x.ropa"], "sv")
    assert split_lang(["ropa", "--lang=da"]) == (["ropa"], "da")
    assert split_lang(["ropa", "x.ropa"]) == (["ropa", "x.ropa"], None)


def test_the_language_comes_from_lang_then_preferences_then_the_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "da")
    assert choose_language(None) == "da"
    settings.set_interface_language("nb")
    assert choose_language(None) == "nb"
    assert choose_language("sv") == "sv"
    assert choose_language("xx") == "nb"  # an unknown --lang is ignored
    settings.set_interface_language("")
    assert choose_language(None) == "da"


def test_the_system_locale_picks_one_of_ours(monkeypatch):
    from PySide6.QtCore import QLocale

    for name, expected in (("sv_SE", "sv"), ("nn_NO", "nb"), ("fi_FI", "fi"), ("de_DE", "en"), ("C", "en")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda name=name: QLocale(name)))
        assert i18n.system_language() == expected, name


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_preferences_choose_the_language_for_the_next_start(qtbot, language, tmp_path):
    window = _demo_window(qtbot, tmp_path)
    window.findChild(type(window.action_preferences), "action_preferences").trigger()
    dialog = window.findChild(PreferencesDialog, "preferences_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Inställningar"
    assert "nästa gång" in dialog.notice.text()  # says plainly: at the next start
    combo = dialog.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *languages.CODES]
    assert combo.itemText(combo.findData("da")) == "Dansk"
    combo.setCurrentIndex(combo.findData("da"))
    dialog.accept()
    assert settings.interface_language() == "da"
    assert i18n.current() == "sv"  # the running window stays as it is until the restart
    assert choose_language(None) == "da"


@pytest.mark.parametrize(("language", "qt_name"), [("sv", "sv"), ("da", "da"), ("fi", "fi"), ("nb", "nn")],
                         indirect=["language"])
def test_qts_own_dialogs_are_translated(qtbot, language, qt_name):
    """Qt's own words (message-box buttons) in the language; Bokmål through Qt's Nynorsk (Qt has no nb)."""
    assert i18n.qt_translation(language)[0] == qt_name
    english = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert english and english != "Cancel"


# --- the whole interface, walked --------------------------------------------------------------------------


def _demo_window(qtbot, tmp_path) -> MainWindow:
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.checks_view.model.findings), timeout=20000)  # the checks run in a worker
    return window


def _allowed(window: MainWindow, code: str) -> frozenset[str]:
    """What may stay as it is: the register's own texts, the names of records and languages, check messages
    the language does not have yet (the export tables let those fall back to English), and the legal
    reference data's own notes (English in resources/law)."""
    register = window.session.store.load_register()
    allowed = set(register_texts(register))
    law = register_texts(load_law())  # legal reference data: its notes are in English (resources/law)
    translator = export_i18n.Translator(code)
    allowed |= law | {cite(text, translator) for text in law}
    allowed |= {i18n.destination_name(c) for c, _name in all_countries()}  # names (New Zealand) in the language
    allowed |= {lang.native_name for lang in languages.LANGUAGES}  # each language by its own name
    allowed |= {str(window.store.path), window.store.path.stem}  # the file's path and name (Recent, backups)
    for f in window.checks_view.model.findings:
        allowed.add(f.record_label)  # the record a finding is on, by its name
        if f.text(translator) == f.message:  # a check text the export tables do not have in this language yet
            allowed.add(f.message)
    return frozenset(allowed)


def _modal_texts(qtbot, code: str, allowed, opener) -> list[str]:
    """Run `opener` (which shows a modal dialog), walk the dialog while it is open, then close it."""
    found: list[str] = []

    def walk():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, walk)
            return
        found.extend(untranslated(dialog, code, allowed))
        found.append(f"[walked {type(dialog).__name__}]")
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(0, walk)
    opener()
    return found


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_no_page_dialog_or_menu_is_left_in_english(qtbot, language, tmp_path):
    window = _demo_window(qtbot, tmp_path)
    allowed = _allowed(window, language)
    found: list[str] = []
    # every page, each with a record shown
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.current_view()
        table = getattr(getattr(page, "listing", None), "table", None)
        if table is not None and table.model().rowCount() > 0:
            table.selectRow(0)
        QApplication.processEvents()
        found += untranslated(window, language, allowed)
    # every menu
    for menu in window.menuBar().findChildren(type(window.file_menu)):
        menu.aboutToShow.emit()
        found += untranslated(menu, language, allowed)
    # the modeless dialogs
    for open_dialog in (window.export_dialog, window.import_dialog, window.preferences_dialog, window.new_register,
                        window.overview_page.exports_dialog):
        dialog = open_dialog()
        QApplication.processEvents()
        found += untranslated(dialog, language, allowed)
        dialog.close()
    # the modal ones: About, Restore from backup, accepting a finding
    walked = _modal_texts(qtbot, language, allowed, window.about)
    walked += _modal_texts(qtbot, language, allowed, window.restore_backup_dialog)
    window.show_page(window._views().index(window.checks_box))
    table = window.checks_view.table
    table.selectRow(0)
    walked += _modal_texts(qtbot, language, allowed, window.checks_view.accept_current)
    assert [w for w in walked if w.startswith("[walked")] == [
        f"[walked {QMessageBox.__name__}]", "[walked RestoreDialog]", f"[walked {QInputDialog.__name__}]"]
    found += [w for w in walked if not w.startswith("[walked")]
    assert not found, f"left in English ({language}):\n" + "\n".join(sorted(set(found)))


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_the_detector_finds_english(qtbot, language):
    """The walk would notice an English text: the check above can fail."""
    assert english_words("Delete the selected activity", "sv") >= {"delete", "selected"}
    assert not english_words("Ta bort den markerade behandlingen", "sv")
    assert not english_words("Payroll Sweden", "sv", frozenset({"Payroll Sweden"}))


def test_the_app_starts_in_the_language_lang_names(app_data_dir):
    """`python -m ropa_app --lang sv` (what support and the screenshots run): the app starts in Swedish."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_DESK_DATA_DIR": str(app_data_dir),
           "ROPA_DESK_EXIT_WHEN_SHOWN": "1"}
    result = subprocess.run([sys.executable, "-m", "ropa_app", "--lang", "sv"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ROPA_DESK_SHOWN" in result.stdout
    log = (app_data_dir / "logs" / "ropa-desk.log").read_text(encoding="utf-8")
    assert "Interface language: sv (&Arkiv)" in log
    assert not (app_data_dir / "sv").exists()  # "sv" was not taken for a register file to open
