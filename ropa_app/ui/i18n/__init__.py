"""The interface in the declared languages (`ropa_app.domain.languages`): one Python QTranslator.

The program's own texts are English in the code, wrapped in `self.tr()` / `QCoreApplication.translate()`
as Qt expects. `TableTranslator` answers those calls from Python tables kept in the repository:

- field labels (context "fields") and vocabulary terms (context "vocab") come from the export's
  translation tables (`ropa_app.export.i18n`), the official terminology declared once: the call names
  the key as its disambiguation ("field.activity.purposes", "vocab.legal_basis.contract"), or, without
  one, the English label finds its key when it is unambiguous;
- every other text from `ropa_app/ui/i18n/<language>.py`: TEXTS, {English source text: translation}.

Why tables and not .ts/.qm files: no binary of ours to build on a fresh clone or in the frozen app (the
tables are Python modules PyInstaller bundles like any other), the export tables are used directly rather
than copied into a .ts file, and a missing text is a failing test (tests/ui/test_translations.py), not a
lupdate run someone forgot. Qt's own dialogs (file dialogs, message-box buttons, context menus) use
Qt's qtbase_<language>.qm from PySide6's translations folder; Qt ships no qtbase_nb, so Norwegian
Bokmål uses qtbase_nn (Nynorsk), the nearest there is.

The language: `--lang` on the command line (tests, screenshots, support), else the one chosen under
Edit > Preferences (`settings.interface_language`), else the system's when it is one of ours, else English.
It is installed once when the app starts; a language chosen in Preferences takes effect at the next start.
"""

from __future__ import annotations

import importlib
import importlib.util
import string
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...domain import kinds, languages, vocab
from ...domain.countries import all_countries
from ...export import i18n as export_i18n

SOURCE = languages.SOURCE
# Qt's own translations where Qt has none of the language itself: Bokmål -> Nynorsk.
QT_FALLBACK = {"nb": "nn"}
# System locale names that mean one of our languages ("no" is Norwegian without a written standard).
LOCALE_ALIASES = {"no": "nb", "nn": "nb"}
# Contexts whose texts are another engineer's tables (the field help: ropa_app.domain.help).
FOREIGN_CONTEXTS = frozenset({"help"})

_current = SOURCE
_locale_before: list[QLocale] = []  # the default locale `install` replaced


def codes() -> tuple[str, ...]:
    """The interface languages: every declared language that has a UI table (all of them, by the tests)."""
    return tuple(c for c in languages.CODES if c == SOURCE or _has_table(c))


def _has_table(code: str) -> bool:
    return importlib.util.find_spec(f"{__name__}.{code}") is not None  # (found, not loaded: a start needs one, #21)


@cache
def texts(code: str) -> dict[str, str]:
    """The UI table of a language: {English text: translation}; English has none (its texts are the code's)."""
    if code == SOURCE:
        return {}
    return dict(importlib.import_module(f"{__name__}.{code}").TEXTS)


@cache
def _by_label(code: str) -> dict[tuple[str, str], str]:
    """(context, English label) -> the export table's text, for labels that name one key only."""
    table = export_i18n.table(code)
    found: dict[tuple[str, str], set[str]] = {}
    for name, vocabulary in vocab.ALL_VOCABULARIES.items():
        for key in vocabulary:
            text = table.get(f"vocab.{name}.{key}")
            if text:
                found.setdefault(("vocab", vocabulary.label(key)), set()).add(text)
    for kind in kinds.KINDS:
        for spec in kind.fields:
            text = table.get(f"field.{kind.key}.{spec.key}")
            if text and spec.label:
                found.setdefault(("fields", spec.label), set()).add(text)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def lookup(code: str, context: str, source: str, disambiguation: str | None = None) -> str:
    """The text of `source` in the language; "" when the language has none (Qt then shows the source)."""
    if code == SOURCE or not source or context in FOREIGN_CONTEXTS:
        return ""
    if disambiguation and disambiguation.startswith(("field.", "vocab.")):
        text = export_i18n.table(code).get(disambiguation)
        if text:
            return text
    if context in ("fields", "vocab"):
        text = _by_label(code).get((context, source))
        if text:
            return text
    # A label shown under a view's own context (a status filter, a column header) is still the label.
    return texts(code).get(source) or _by_label(code).get(("vocab", source)) or _by_label(code).get(
        ("fields", source), "")


class TableTranslator(QTranslator):
    """Qt's translate() answered from the tables of one language."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.code = code

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt API (n: plural forms, unused)
        return lookup(self.code, context or "", source or "", disambiguation)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False

    def language(self) -> str:
        return self.code


def _qt_translation_folders() -> list[str]:
    """Where Qt's .qm files are: Qt's own idea, then the PySide6 package's folder (a frozen app's bundle)."""
    import PySide6

    package = Path(PySide6.__file__).parent
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(package / "Qt" / "translations"), str(package / "translations")]


def qt_translation(code: str) -> tuple[str, str]:
    """(the qtbase translation used for the language, the folder it is in); ("", "") when there is none."""
    for folder in _qt_translation_folders():
        for name in (code, QT_FALLBACK.get(code, "")):
            if name and QTranslator().load(f"qtbase_{name}", folder):
                return name, folder
    return "", ""


def system_language() -> str:
    """The system locale's language when it is one of ours, else English."""
    name = QLocale.system().name().split("_")[0].lower()
    name = LOCALE_ALIASES.get(name, name)
    return name if name in codes() else SOURCE


def current() -> str:
    """The interface language of this run (English until `install`)."""
    return _current


def install(code: str) -> list[QTranslator]:
    """Install the language's translators on the application (ours, then Qt's own); returns them."""
    global _current
    app = QCoreApplication.instance()
    installed: list[QTranslator] = []
    _current = code if code in codes() else SOURCE
    if _current == SOURCE:
        return installed
    _locale_before.append(QLocale())
    QLocale.setDefault(QLocale(_current))  # Qt's own number and date formats, and its dialogs' layout
    ours = TableTranslator(_current, app)
    QCoreApplication.installTranslator(ours)
    installed.append(ours)
    name, folder = qt_translation(_current)
    if name:
        qt = QTranslator(app)
        qt.load(f"qtbase_{name}", folder)
        QCoreApplication.installTranslator(qt)
        installed.append(qt)
    return installed


def uninstall(translators: list[QTranslator]) -> None:
    """Remove translators `install` put in (tests switch languages in one process)."""
    global _current
    for t in translators:
        QCoreApplication.removeTranslator(t)
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    _current = SOURCE


# The context of the store's messages (`ropa_app.store.errors.Message`) in the tables: their English templates.
STORE_CONTEXT = "store"


def store_text(value: object) -> str:
    """A message of the store in the interface language: `value` is a store error (its Message) or a Message,
    whose template is translated (the UI tables, keyed by the English template) and filled in with its
    parameters, each parameter that is a Message said in the language too. Anything else is `str(value)`.
    A field named by its label (`domain.messages.Said` with a key "field.…") is said as the form shows it. In
    English the message is its own English text (a Said's English words, not the label it is said by elsewhere)."""
    if isinstance(value, BaseException):
        value = value.args[0] if len(value.args) == 1 and isinstance(value.args[0], str) else str(value)
    template, params = getattr(value, "template", None), getattr(value, "params", None)
    if (_current == SOURCE or not isinstance(value, str) or not isinstance(template, str)
            or not isinstance(params, dict)):
        return str(value)
    key = getattr(value, "key", None)
    if isinstance(key, str) and key.startswith("field."):
        return field_text(template, key)
    # ("" from our translator when a table lacks it, Qt passing that on: then the English, never an empty box)
    text = QCoreApplication.translate(STORE_CONTEXT, template) or template
    if not params:
        return text
    return _numbers_formatter(_current).format(
        text, **{key: store_text(v) if isinstance(v, str) else v for key, v in params.items()})


class _NumbersFormatter(string.Formatter):
    """Fills a message's template as `str.format` does, but for a number the template gives a grouping or a decimal
    format ("{most:,}", "{size:.1f}"): that is written with the language's separators ("1 048 576", "51,2"; in
    Swedish "1,048,576" reads as a decimal fraction). A number without such a format (a year, a record's id, a line
    of a file) is written as it is."""

    def __init__(self, group: str, decimal: str):
        super().__init__()
        self.separators = str.maketrans({",": group, ".": decimal})

    def format_field(self, value, format_spec: str) -> str:
        text = format(value, format_spec)
        if (isinstance(value, int | float) and not isinstance(value, bool)
                and ("," in format_spec or format_spec[-1:] in ("f", "F", "e", "E", "%"))):
            return text.translate(self.separators)
        return text


@cache
def _numbers_formatter(code: str) -> _NumbersFormatter:
    locale = QLocale(code)
    return _NumbersFormatter(locale.groupSeparator(), locale.decimalPoint())


def checks_translator() -> export_i18n.Translator:
    """The check messages in the interface language (the export tables' CHECKS; English where missing).
    One per language, made once: making one merges two whole tables (4 s of the 30,000 findings' texts)."""
    found = _checks_translators.get(_current)
    if found is None:
        found = _checks_translators[_current] = export_i18n.Translator(_current)
    return found


_checks_translators: dict[str, export_i18n.Translator] = {}  # read-only once made: shared by worker threads


def field_text(label: str, key: str) -> str:
    """The field whose English label is `label` and export-table key `key` ("field.<kind>.<field>") as the form names
    it in the interface language (the English label where a table lacks it: never an empty text)."""
    return QCoreApplication.translate("fields", label, key) or label


def field_label(record_cls: type, spec) -> str:
    """A field's label in the interface language: the export table's for its record kind and key."""
    found = kinds.kind_of_class(record_cls)
    return field_text(spec.label, f"field.{found.key if found else ''}.{spec.key}")


def term(vocabulary: vocab.Vocabulary, key: str) -> str:
    """A vocabulary key's term in the interface language (the export table's)."""
    return QCoreApplication.translate("vocab", vocabulary.label(key), f"vocab.{vocabulary.name}.{key}")


def country(code: str) -> str:
    """A destination as the interface language writes it: 'Tyskland (DE)'; an international organisation by
    its name; an unknown code as it is (the export tables' country names, pycountry's translations)."""
    return export_i18n.Translator(_current).country(code) if code else ""


def destination_name(code: str) -> str:
    """A country's or international organisation's name in the interface language, without its code."""
    if not code or code.strip().lower().startswith("org:"):
        return country(code)
    return export_i18n.country_name(code, _current)


def countries() -> list[tuple[str, str]]:
    """(code, 'Name (CODE)') of every country in the interface language, in its alphabetical order."""
    from PySide6.QtCore import QCollator

    collator = QCollator(QLocale(_current))
    items = [(code, country(code)) for code, _name in all_countries()]
    return sorted(items, key=lambda item: collator.sortKey(item[1]))


def article(article: str) -> str:
    """A GDPR article ("30(1)(a)") cited as the interface language cites it: sv "art. 30.1 a",
    nb "artikkel 30 nr. 1 bokstav a", da "art. 30, stk. 1, litra a" (the export tables' citation style)."""
    from ...domain.checks.findings import cite

    return cite(f"Art. {article}", checks_translator())


def field_help(key: str):
    """The help of the field `<kind>.<field>` in the interface language (ropa_app.domain.help); None for a key
    without help. A text the language's table does not have yet is shown in English (tests/domain check that
    every language has every key), rather than no help at all."""
    from ...domain import help as help_texts

    try:
        return help_texts.help_for(key, _current)
    except KeyError:
        return help_texts.help_for(key)
