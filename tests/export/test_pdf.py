"""The PDF export, read back with pypdf: every value printed exactly, in every language."""

import re
import unicodedata
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from ropa_app.export import ExportOptions, export_register
from ropa_app.export.i18n import LANGUAGES, Translator, table

from .samples import TRICKY, choice_terms, dates_of, full_activity, full_register, full_recipients, user_strings

WHEN = datetime(2026, 11, 22, 14, 5)


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def squeeze(text: str) -> str:
    """Without any whitespace: a narrow table column may break a long word (a URL) anywhere."""
    return "".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for lang in LANGUAGES:
        path = folder / f"reg-{lang}.pdf"
        report = export_register(full_register(), path, language=lang,
                                 options=ExportOptions(exported_at=WHEN, prepared_by="Karin Ek",
                                                       scope="internal"))  # fmt: skip
        reader = PdfReader(path)
        pages = [norm(p.extract_text()) for p in reader.pages]
        out[lang] = (reader, pages, report)
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_is_in_the_pdf_text(pdfs, lang):
    _, pages, report = pdfs[lang]
    text = " ".join(pages)
    reg = full_register()
    strings = user_strings(reg.organisation) + [s for r in reg.recipients for s in user_strings(r)]
    for a in reg.activities:
        strings += user_strings(a)
        strings += choice_terms(a, table(lang))
        strings += [Translator(lang).date(d) for d in dates_of(a)]
    squeezed = squeeze(text)
    for s in strings + TRICKY:
        assert squeeze(s) in squeezed, s
    for s in TRICKY:
        assert s in text, s  # these short ones are printed exactly, spaces and all
    assert report.warnings == [] and report.pages == len(pages)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_user_text_is_never_markup(pdfs, lang):
    _, pages, _ = pdfs[lang]
    text = " ".join(pages)
    assert "Kowalski <jan@example.com> & Co" in text
    assert "<b>x</b>" in text and "AT&T" in text
    assert "&amp;" not in text and "&lt;" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cover_contents_and_footer(pdfs, lang):
    _, pages, _ = pdfs[lang]
    tr = Translator(lang)
    cover = pages[0]
    assert tr("title") in cover and "Fjällräv & Söner AB" in cover
    assert "Łukasz Żółć" in cover  # the DPO
    assert tr("prepared_by") in cover and "Karin Ek" in cover
    assert tr.datetime(WHEN) in cover
    contents = pages[1]
    assert tr("contents") in contents
    assert re.search(r"PA-007 Kundtjänst Łukasz Żółć[ .]*\d", contents)
    assert tr("section.recipients") in contents
    total = len(pages)
    for n, page in enumerate(pages, 1):
        assert norm(tr("page_of", page=n, total=total)) in page
        assert tr.datetime(WHEN) in page


def test_contents_page_numbers_are_right(pdfs):
    _, pages, _ = pdfs["en"]
    contents = pages[1]
    for title in (
        "PA-007 Kundtjänst Łukasz Żółć", "PA-100 Hosting for customers", "Annex A: Recipients and processors"
    ):
        number = int(re.search(re.escape(title) + r"[ .]*(\d+)", contents).group(1))
        assert title in pages[number - 1], title


def test_metadata_fonts_and_outline(pdfs):
    reader, _, _ = pdfs["sv"]
    meta = reader.metadata
    assert meta.title == "Register över behandling — Fjällräv & Söner AB"
    assert meta.author == "Karin Ek"
    assert meta.creator == "ROPA Desk"
    assert "artikel 30" in meta.subject
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in f for f in fonts)  # embedded subsets, no base-14 fallback
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Personuppgiftsansvarig och kontaktuppgifter" in titles
    assert reader.pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4


def test_annexes_repeat_their_header_on_every_page(tmp_path):
    reg = full_register()
    template = full_recipients()[1]
    reg.recipients += [
        replace(template, id=10 + i, name=f"Vendor {i:03d}", notes="note " * 30)
        for i in range(80)
    ]
    path = tmp_path / "many.pdf"
    export_register(reg, path, "pdf", "en")
    pages = [norm(p.extract_text()) for p in PdfReader(path).pages]
    annex = [p for p in pages if "Vendor 0" in p]
    assert len(annex) >= 3
    for page in annex:  # (a header word too long for its column is hyphenated: "estab- lishment")
        assert "Recipient Type of recipient Country of establishment" in re.sub(r"(?<=[a-z])- (?=[a-z])", "", page)
    text = " ".join(pages)
    assert all(f"Vendor {i:03d}" in text for i in range(80))


def test_a_field_longer_than_a_page_breaks_across_pages(tmp_path):
    reg = full_register()
    long_text = "".join(f"Step {i:06d} Ørsted. " for i in range(10_000))[:200_000]
    reg.activities[0].security_description = long_text
    reg.recipients[0].notes = "x" * 50_000  # no spaces at all, in an annex table cell
    path = tmp_path / "long.pdf"
    report = export_register(reg, path, "pdf", "en", ExportOptions(scope="internal"))
    pages = [norm(p.extract_text()) for p in PdfReader(path).pages]
    assert report.pages == len(pages) > 40
    text = " ".join(pages)
    for i in (0, 1234, 5000, 9999):
        step = f"Step {i:06d} Ørsted."
        if len(long_text) > long_text.find(step) >= 0:
            assert step in text
    assert "Step 009999" in long_text[-30:] or "Step 009" in text  # the end is printed too
    assert text.count("x") >= 50_000


def test_full_activity_layout_holds_every_field_label(pdfs):
    _, pages, _ = pdfs["da"]
    text = " ".join(pages)
    a = full_activity()
    tr = Translator("da")
    for key in ("purposes", "data_subject_categories", "data_categories", "recipient_categories", "retention",
                "security_measures", "legal_bases", "joint_controllers", "controllers"):  # fmt: skip
        assert norm(tr.field("activity", key)) in text
    assert a.name in text


def test_huge_names_and_empty_register_still_export(tmp_path):
    from ropa_app.domain import model

    reg = full_register()
    reg.organisation.name = "Enormous AB " * 800
    reg.activities[0].name = "Very long activity name " * 400
    path = tmp_path / "huge.pdf"
    report = export_register(reg, path, "pdf", "sv")
    text = squeeze(" ".join(p.extract_text() for p in PdfReader(path).pages))
    assert text.count("Verylongactivityname") >= 400  # all of it, across a page break (footer in between)
    assert report.pages > 5
    empty = export_register(model.Register(), tmp_path / "empty.pdf", "pdf", "da")
    first = PdfReader(tmp_path / "empty.pdf").pages
    assert empty.pages == len(first) and "Der er ikke registreret nogen behandlingsaktiviteter." in norm(
        " ".join(p.extract_text() for p in first)
    )
    assert "Mangler" in norm(first[0].extract_text())  # the controller's name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_data_category_shows_the_data_subjects_it_concerns(pdfs, lang):
    _, pages, _ = pdfs[lang]
    text = squeeze(" ".join(pages))
    tr = Translator(lang)
    label = lambda key: tr.field("data_category", key)  # noqa: E731
    for line in (
        f"Contact details — {label('retention')}: 2 years after the contract; "
        f"{label('subjects')}: Customers' employees",
        f"Sick-leave notes — {label('special')}: {tr.term('special_category', 'health')}; {label('retention')}: "
        f"<b>x</b>; {label('subjects')}: Ἀθῆναι, Customers' employees",
    ):
        assert squeeze(line) in text, line


def flat(text: str) -> str:
    """Without whitespace and hyphens: a header word too long for its column breaks (Finnish: by letters)."""
    return re.sub(r"[\s-]+", "", unicodedata.normalize("NFC", text))


def annex_pages(reg, tmp_path, lang: str, name: str = "annex.pdf") -> tuple[list[str], Translator]:
    path = tmp_path / name
    export_register(reg, path, "pdf", lang, ExportOptions(scope="internal"))
    tr = Translator(lang)
    pages = [norm(p.extract_text()) for p in PdfReader(path).pages]
    title, kind = norm(tr("section.recipients")), flat(tr.field("recipient", "kind"))
    start = min(i for i, p in enumerate(pages) if title in p and kind in flat(p))
    end = min([i for i, p in enumerate(pages) if norm(tr("section.transfers")) in p and i > start] + [len(pages)])
    return pages[start:end], tr


def test_an_annex_record_that_fits_on_a_page_is_never_split(tmp_path):
    """Twenty-five lines of notes each: a record starts on the next page rather than break (no 12-line pieces)."""
    reg = full_register()
    template = full_recipients()[1]
    reg.recipients += [
        replace(template, id=10 + i, name=f"Vendor {i:03d}",
                notes="\n".join(f"Note {i:03d}-{j:02d}" for j in range(25)))
        for i in range(40)
    ]  # fmt: skip
    pages, tr = annex_pages(reg, tmp_path, "en")
    for i in range(40):
        holding = [p for p in pages if f"Vendor {i:03d}" in p or f"Note {i:03d}-" in p]
        assert len(holding) == 1, i  # its name and all of its notes on one page
        assert all(f"Note {i:03d}-{j:02d}" in holding[0] for j in range(25))
        assert f"Vendor {i:03d} {tr('continued')}" not in holding[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_annex_record_longer_than_a_page_continues_under_its_name(tmp_path, lang):
    reg = full_register()
    reg.recipients[0].notes = "\n".join(f"Clause {j:03d} of the agreement." for j in range(130))
    pages, tr = annex_pages(reg, tmp_path, lang)
    name = reg.recipients[0].name
    holding = [p for p in pages if "Clause " in p]
    assert len(holding) >= 2
    for page in holding[1:]:  # every page it goes on to says whose record it is, in the language
        assert f"{name} {tr('continued')}" in page
    assert f"{name} {tr('continued')}" not in holding[0]
    header = flat(tr.field("recipient", "kind"))
    assert all(header in flat(page) for page in holding)  # the header row on each page
    text = " ".join(holding)
    assert all(f"Clause {j:03d} of the agreement." in text for j in range(130))
    assert text.index("Clause 000") < text.index("Clause 064") < text.index("Clause 129")


def test_an_empty_annex_column_is_left_out_and_an_article_30_one_kept(tmp_path):
    from ropa_app.domain import model

    org = model.Organisation(name="Exempel AB", country="SE")
    activity = model.Activity(id=1, ref="PA-1", name="Lön", role="controller", recipients=[1])
    recipient = model.Recipient(id=1, name="Lönebyrån AB", kind="processor", country="SE", service="Payroll")
    pages, tr = annex_pages(model.Register(org, [activity], [recipient]), tmp_path, "en", "empty.pdf")
    annex = flat(pages[0])
    assert "LönebyrånAB" in annex and "Payroll" in annex
    for key in ("sub_processors", "transfers"):  # nobody filled them, and Art. 30 does not ask for them
        assert flat(tr.field("recipient", key)) not in annex, key
    assert flat(tr.field("recipient", "dpa_signed")) in annex  # empty, but asked for: shown
