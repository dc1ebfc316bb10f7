"""The translation tables: complete in every language, and in each language's GDPR terminology; the
findings annex read back from the PDF and the workbook has no English left in another language."""

import re
import string
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa_app.domain import kinds, model, vocab
from ropa_app.domain.checks import run_checks
from ropa_app.domain.checks.findings import LawText
from ropa_app.domain.checks.messages import MESSAGES
from ropa_app.domain.law import load_law
from ropa_app.export import ExportOptions, export_register
from ropa_app.export.i18n import CHECK_KEYS, LANGUAGES, Translator, format_date, may_fall_back, table
from ropa_app.store.demo import build_demo_register

OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def test_english_has_every_field_and_every_vocabulary_term():
    en = table("en")
    for k in kinds.KINDS:
        cls, entity = k.cls, k.key
        for fs in model.fields_of(cls):
            assert en.get(f"field.{entity}.{fs.key}"), f"no English label for {entity}.{fs.key}"
    for v in vocab.ALL_VOCABULARIES.values():
        for key in v.keys():
            assert en.get(f"vocab.{v.name}.{key}"), f"no English term for {v.name}.{key}"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_language_has_every_key_that_english_has(lang):
    """Exactly the English keys, except the explicit few that may fall back to English (`may_fall_back`):
    the names of languages declared later. A check text a language lacks fails here."""
    en, other = table("en"), table(lang)
    assert sorted(k for k in set(en) - set(other) if not may_fall_back(k, lang)) == []
    assert sorted(set(other) - set(en)) == []  # no stale keys either
    assert all(text.strip() or not en[key].strip() for key, text in other.items())  # empty only as in English


def test_what_may_fall_back_is_only_other_languages_names():
    assert CHECK_KEYS == set(MESSAGES) == {k for k in table("en") if k.startswith("check.")}
    assert not may_fall_back("check.R04-security-missing", "sv") and not may_fall_back("check.phrase.and", "da")
    assert may_fall_back("vocab.export_language.nb", "sv")
    assert not may_fall_back("vocab.export_language.sv", "sv")  # a language names itself
    assert not may_fall_back("check.R99-no-such-rule", "sv")  # only keys English has
    assert not any(may_fall_back(k, "sv") for k in ("missing", "field.activity.name", "vocab.role.processor"))


@pytest.mark.parametrize("lang", OTHERS)
def test_every_check_text_is_the_languages_own(lang):
    tr = Translator(lang)
    for key in MESSAGES:
        assert tr(key) == table(lang)[key], key
    translated = [k for k, english in MESSAGES.items() if english.strip() and table(lang)[k] != english]
    assert len(translated) > len(MESSAGES) * 0.9  # not copied (separators and names may be the same)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_english(lang):
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    en, other = table("en"), table(lang)
    for key, text in en.items():
        if key in other or not may_fall_back(key, lang):
            assert fields(other[key]) == fields(text), key


@pytest.mark.parametrize("lang", OTHERS)
def test_translated_not_copied(lang):
    """Most labels and terms differ from the English ones (a forgotten copy-paste would not)."""
    en, other = table("en"), table(lang)
    keys = [k for k in en if k.startswith(("field.", "vocab.", "section.")) and k in other]
    same = [k for k in keys if en[k] == other[k]]
    assert len(same) < len(keys) * 0.1, same


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheet_names_are_valid_excel_sheet_names(lang):
    for key, text in table(lang).items():
        if key.startswith("sheet."):
            assert len(text) <= 31 and not re.search(r"[\[\]:*?/\\]", text), (key, text)


@pytest.mark.parametrize(
    "lang, terms",
    [
        ("sv", ["Register över behandling", "personuppgiftsansvarig", "personuppgiftsbiträde", "registrerade",
                "rättslig grund", "mottagare", "tredjeland", "lämpliga skyddsåtgärder"]),
        ("nb", ["Protokoll over behandlingsaktiviteter", "behandlingsansvarlig", "databehandler", "registrerte",
                "behandlingsgrunnlag"]),
        ("da", ["Fortegnelse over behandlingsaktiviteter", "dataansvarlig", "databehandler", "registrerede",
                "behandlingsgrundlag"]),
        ("fi", ["Seloste käsittelytoimista", "rekisterinpitäjä", "henkilötietojen käsittelijä", "rekisteröity",
                "vastaanottaja", "henkilötietoryhmä", "kolmansiin maihin", "asianmukaiset suojatoimet",
                "tietosuojavastaava", "edustaja", "vaikutustenarviointi", "yhteisrekisterinpitäjä",
                "oikeutettu etu", "suostumus", "30 art. 1 k."]),
    ],
)  # fmt: skip
def test_official_gdpr_terminology(lang, terms):
    text = " ".join(table(lang).values()).casefold()
    for term in terms:
        assert term.casefold() in text, term
    assert table(lang)["title"] == terms[0]


def test_key_terms_where_they_belong():
    assert Translator("sv").term("role", "processor") == "Personuppgiftsbiträde"
    assert Translator("nb").term("role", "controller") == "Behandlingsansvarlig"
    assert Translator("da").field("activity", "data_subject_categories") == "Kategorier af registrerede"
    assert Translator("sv").field("activity", "legal_bases").startswith("Rättslig grund")
    assert Translator("nb").field("activity", "legal_bases").startswith("Behandlingsgrunnlag")
    assert Translator("da").field("activity", "legal_bases").startswith("Behandlingsgrundlag")
    assert Translator("sv")("missing") == "Saknas"
    assert Translator("nb")("missing") == Translator("da")("missing") == "Mangler"
    assert Translator("fi").term("role", "controller") == "Rekisterinpitäjä"
    assert Translator("fi").term("role", "processor") == "Henkilötietojen käsittelijä"
    assert Translator("fi").field("activity", "data_subject_categories") == "Rekisteröityjen ryhmät"
    assert Translator("fi").field("transfer", "safeguards_documentation") == (
        "Asianmukaisia suojatoimia koskevat asiakirjat"  # Art. 30(1)(e)
    )
    assert Translator("fi")("missing") == "Puuttuu"


def test_dates_in_each_languages_format():
    from datetime import date

    d = date(2026, 11, 22)
    assert format_date(d, "en") == "22 Nov 2026"
    assert format_date(d, "sv") == "2026-11-22"
    assert format_date(d, "nb") == format_date(d, "da") == format_date(d, "fi") == "22.11.2026"
    assert format_date(date(2026, 12, 6), "fi") == "6.12.2026"  # Finnish: no leading zeros


def test_countries_by_name_in_the_language_with_code():
    assert Translator("en").country("SE") == "Sweden (SE)"
    assert Translator("sv").country("US") == "USA (US)"
    assert Translator("nb").country("DE") == "Tyskland (DE)"
    assert Translator("da").country("se") == "Sverige (SE)"
    assert Translator("fi").country("US") == "Yhdysvallat (US)" and Translator("fi").country("se") == "Ruotsi (SE)"
    assert Translator("en").country("EPO") == "EPO"  # not an ISO code: shown as recorded


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        Translator("xx")


# --- the findings annex, read back ----------------------------------------------------------------------

ANNEX_DAY = date(2026, 11, 22)


def _letters(text: str) -> str:
    """Only letters and digits, lower case: a phrase broken over lines or hyphenated is found all the same."""
    return re.sub(r"[\W_]+", "", text).casefold()


def _english_fragments() -> list[str]:
    """The distinctive English of the check texts: each run of words between a template's `{names}` that is
    long enough not to be a name in the register (and the English headings of the annex)."""
    out = set()
    for text in MESSAGES.values():
        for literal, _, _, _ in string.Formatter().parse(text):
            if len(literal.split()) >= 4:
                out.add(_letters(literal))
    en = table("en")
    out |= {_letters(en[k]) for k in ("section.findings", "provenance.checked_against", "no_findings")}
    # and the English of the law data's texts the demo's findings quote (a national condition, a DPIA list)
    for f in run_checks(build_demo_register(ANNEX_DAY), ANNEX_DAY):
        for value in f.params.values():
            if isinstance(value, LawText) and len(value.texts) > 1:
                out.add(_letters(value.texts[0][1]))
    return sorted(out)


@pytest.fixture(scope="module")
def annexes(tmp_path_factory):
    """The demo register's findings annex (internal scope, nothing else) as PDF and workbook in every language."""
    folder = tmp_path_factory.mktemp("annex")
    register = build_demo_register(ANNEX_DAY)
    options = ExportOptions(exported_at=datetime(2026, 11, 22, 9, 30), scope="internal", findings=True,
                            controller_register=False, processor_register=False, recipients_annex=False,
                            transfers_annex=False, logs=False)
    out = {}
    for lang in LANGUAGES:
        pdf, xlsx = folder / f"annex-{lang}.pdf", folder / f"annex-{lang}.xlsx"
        export_register(register, pdf, "pdf", lang, options)
        export_register(register, xlsx, "xlsx", lang, options)
        pdf_text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        book = load_workbook(xlsx, read_only=True)
        sheet = book[Translator(lang)("sheet.findings")]
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
        out[lang] = (pdf_text, rows)
    return out


def test_the_english_annex_has_the_english_fragments(annexes):
    """The test's fragments are really found in an annex that has them (else it would prove nothing)."""
    pdf_text, rows = annexes["en"]
    for text in (_letters(pdf_text), _letters(" ".join(c for r in rows for c in r))):
        found = [f for f in _english_fragments() if f in text]
        assert len(found) >= 15, found


@pytest.mark.parametrize("lang", OTHERS)
def test_the_findings_annex_has_no_english_sentence(annexes, lang):
    pdf_text, rows = annexes[lang]
    cells = " ".join(c for r in rows for c in r)
    for where, text in (("pdf", _letters(pdf_text)), ("xlsx", _letters(cells))):
        left = [f for f in _english_fragments() if f in text]
        assert left == [], (lang, where, left)
    tr, en = Translator(lang), Translator("en")
    header = next(r for r in rows if tr("column.message") in r)
    keys = ["severity", "rule", "record", "field", "message", "reference"]
    assert header[:6] == [tr(f"column.{k}") for k in keys]
    assert not {en(f"column.{k}") for k in keys} & set(header)
    assert tr("section.findings") in " ".join(pdf_text.split())
    # the references in the language's style (the English "Art. 30(1)(a)" nowhere in the reference column)
    references = [r[5] for r in rows[rows.index(header) + 1:] if len(r) > 5 and r[5]]
    assert len(references) >= 10
    assert not [ref for ref in references if re.search(r"\bArt\.|Decision|Guidelines|Annex", ref)], lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_findings_annex_names_the_law_data_it_was_checked_against(annexes, lang):
    pdf_text, rows = annexes[lang]
    tr, law = Translator(lang), load_law()
    stamp = tr("provenance.law_value", version=law.version, date=tr.date(law.as_of))
    assert _letters(tr("provenance.checked_against")) in _letters(pdf_text)
    assert _letters(stamp) in _letters(pdf_text)
    cells = [c for r in rows for c in r]
    assert any(law.version in c for c in cells) and tr("provenance.checked_against") in " ".join(cells)


RAW_KEY = re.compile(r"\b(section|sheet|column|field|vocab|check|provenance|review|scope)\.[a-z_]+\b")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_raw_translation_key_reaches_an_export(tmp_path, lang):
    """The whole internal register of the demo (every part, the logs, the findings annex, the data flows) in
    PDF and workbook: every heading, sheet name, column and cell is words, never a table key."""
    register = build_demo_register(ANNEX_DAY)
    options = ExportOptions(exported_at=datetime(2026, 11, 22, 9, 30), scope="internal", findings=True, logs=True)
    pdf, xlsx = tmp_path / "all.pdf", tmp_path / "all.xlsx"
    export_register(register, pdf, "pdf", lang, options)
    export_register(register, xlsx, "xlsx", lang, options)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert RAW_KEY.findall(text) == []
    book = load_workbook(xlsx, read_only=True)
    found = [name for name in book.sheetnames if RAW_KEY.search(name)]
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            found += [str(v) for v in row if isinstance(v, str) and RAW_KEY.search(v)]
    book.close()
    assert found == []
