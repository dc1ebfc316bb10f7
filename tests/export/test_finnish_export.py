"""A Finnish organisation's register exported in Finnish (and, as Finland's other national language
allows, in Swedish), read back with pypdf and openpyxl: the title and labels in the official Finnish
terminology of the GDPR, dates as Finland writes them (6.2.2026), countries by their Finnish names."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader

from ropa_app.domain import model
from ropa_app.domain.law import load_law
from ropa_app.export import ExportOptions, export_register
from ropa_app.export.i18n import table

WHEN = datetime(2026, 12, 6, 9, 5)


def finnish_register() -> model.Register:
    rules = load_law().nordic.rules_for("FI")
    org = model.Organisation(
        name="Revontuli Oy", org_number="1234567-8", address="Mannerheimintie 1, 00100 Helsinki", country="FI",
        dpo_appointed=True, dpo_name="Aino Virtanen", supervisory_authority=rules.authority_name("fi"),
        export_language=rules.export_languages[0],
    )  # fmt: skip
    nimbus = model.Recipient(
        id=1, name="Nimbus Cloud Inc.", country="US", kind="processor", processing_countries=["US", "SE"],
        dpa_signed=date(2026, 2, 6),
        transfers=[model.Transfer(country="US", mechanism="dpf", dpf_verified_on=date(2026, 3, 5))],
    )  # fmt: skip
    payroll = model.Activity(
        id=1, ref="KT-1", name="Palkanlaskenta", role="controller", purposes=["Palkanmaksu"],
        data_subject_categories=["Työntekijät"], legal_bases=["art6_1_c"], recipients=[1],
        last_reviewed=date(2026, 1, 9),
    )  # fmt: skip
    return model.Register(org, [payroll], [nimbus])


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fi")
    options = ExportOptions(exported_at=WHEN, prepared_by="Aino Virtanen", scope="internal")
    out = {}
    for lang in ("fi", "sv"):
        export_register(finnish_register(), folder / f"{lang}.pdf", language=lang, options=options)
        export_register(finnish_register(), folder / f"{lang}.xlsx", language=lang, options=options)
        reader = PdfReader(folder / f"{lang}.pdf")
        pdf = norm(" ".join(page.extract_text() for page in reader.pages))
        workbook = openpyxl.load_workbook(folder / f"{lang}.xlsx")
        cells = [str(c) for ws in workbook for row in ws.iter_rows(values_only=True) for c in row if c is not None]
        out[lang] = (reader, pdf, workbook, cells)
    return out


def test_the_organisation_defaults_to_finnish():
    assert finnish_register().organisation.export_language == "fi"


def test_the_pdf_is_the_finnish_record(exported):
    reader, pdf, _, _ = exported["fi"]
    assert reader.metadata.title == "Seloste käsittelytoimista — Revontuli Oy"
    assert norm(reader.pages[0].extract_text()).count("Seloste käsittelytoimista") >= 2  # header and title
    for label in ("yleisen tietosuoja-asetuksen (EU) 2016/679 30 artiklan mukaisesti",
                  "Rekisterinpitäjän seloste käsittelytoimista (30 art. 1 k.)", "Tietosuojavastaava",
                  "Valvontaviranomainen", "Tietosuojavaltuutetun toimisto", "Käsittelyn tarkoitukset",
                  "Rekisteröityjen ryhmät", "Lakisääteinen velvoite – 6 art. 1 k. c alak.",
                  "Liite A: Vastaanottajat ja henkilötietojen käsittelijät", "Henkilötietojen käsittelijä"):
        assert label in pdf, label


def test_the_pdf_writes_finnish_dates_and_country_names(exported):
    _, pdf, _, _ = exported["fi"]
    assert "6.12.2026 09:05" in pdf  # exported at, no leading zeros
    assert "9.1.2026" in pdf  # last reviewed
    assert "09.01.2026" not in pdf and "2026-01-09" not in pdf
    assert "Suomi (FI)" in pdf and "Yhdysvallat (US)" in pdf
    assert "United States" not in pdf and "Finland" not in pdf


def test_the_workbook_is_the_finnish_record(exported):
    _, _, workbook, cells = exported["fi"]
    assert workbook.sheetnames[:2] == ["Organisaatio", "30 art 1 k rekisterinpitäjä"]
    assert workbook["Organisaatio"]["A1"].value == "Seloste käsittelytoimista"
    fi = table("fi")
    rows = workbook["30 art 1 k rekisterinpitäjä"].iter_rows(values_only=True)
    headers = set(next(row for row in rows if fi["field.activity.name"] in row))
    for key in ("purposes", "data_subject_categories", "legal_bases", "retention", "security_measures"):
        assert fi[f"field.activity.{key}"] in headers, key
    assert "6.2.2026" in cells  # the processing agreement signed, as a Finnish date
    assert "Yhdysvallat (US)\nRuotsi (SE)" in cells  # where the processor processes the data
    joined = "\n".join(cells)
    assert "DPF-luettelo tarkistettu: 5.3.2026" in joined
    assert "2026-02-06" not in joined and "06.02.2026" not in joined


def test_a_finnish_organisation_may_export_in_swedish(exported):
    reader, pdf, workbook, cells = exported["sv"]
    assert reader.metadata.title == "Register över behandling — Revontuli Oy"
    assert "Finland (FI)" in pdf and "USA (US)" in pdf and "2026-01-09" in pdf
    assert workbook["Organisation"]["A1"].value == "Register över behandling"
    assert "2026-02-06" in cells
    assert load_law().nordic.rules_for("FI").authority_name("sv") == "Dataombudsmannens byrå"
