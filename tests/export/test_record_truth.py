"""What the export states is what the register holds: nobody's login name as the author, no repeated
"Data subjects" where there is only one, a footer that ties a printout to its register."""

import getpass

import openpyxl
from pypdf import PdfReader

from ropa_app.domain import model
from ropa_app.export import ExportOptions, build_document, export_register


def _register(**org) -> model.Register:
    activity = model.Activity(
        id=1, ref="PA-001", name="Löner", purposes=["Lön"], data_subject_categories=["Anställda"],
        data_categories=[model.DataCategory("Kontonummer", subjects=["Anställda"]),
                         model.DataCategory("Lön", subjects=[])],
        recipient_categories=["Bank"],
    )
    return model.Register(model.Organisation(name="Exempel AB", country="SE", **org), [activity], [])


def test_the_author_is_the_privacy_contact_or_the_dpo_never_the_login(tmp_path):
    assert build_document(_register(privacy_contact_name="Karin Ek", dpo_name="Dan Dpo")).prepared_by == "Karin Ek"
    assert build_document(_register(dpo_name="Dan Dpo")).prepared_by == "Dan Dpo"
    assert build_document(_register()).prepared_by == ""
    assert build_document(_register(), options=ExportOptions(prepared_by="Per")).prepared_by == "Per"
    login = getpass.getuser()
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    export_register(_register(), pdf, language="sv")
    export_register(_register(), xlsx, language="sv")
    reader = PdfReader(pdf)
    text = "\n".join(p.extract_text() for p in reader.pages) + str(dict(reader.metadata))
    wb = openpyxl.load_workbook(xlsx)
    cells = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    props = f"{wb.properties.creator} {wb.properties.lastModifiedBy}"
    assert login not in (text, *cells, props) and all(login != c for c in cells)
    assert f" {login} " not in f" {text} " and login not in props.split()


def test_one_data_subject_category_is_not_repeated_on_every_data_category(tmp_path):
    """The printed record names the one data-subject category once; the workbook keeps every link as
    recorded (reading it back must not link what the user did not link)."""
    from ropa_app.interchange.sources import load

    doc = build_document(_register(), "sv")
    section, record = doc.sections[0], doc.sections[0].records[0]
    printed = dict((label, value) for label, value, _m in section.detail_rows(record))
    assert printed[section.labels["data_categories"]].splitlines() == ["Kontonummer", "Lön"]
    assert record.values["data_categories"].splitlines() == ["Kontonummer — Registrerade: Anställda", "Lön"]
    path = tmp_path / "r.xlsx"
    export_register(_register(), path, language="sv")
    assert [dc.subjects for dc in load(path).activities[0].record.data_categories] == [["Anställda"], []]
    two = _register()
    two.activities[0].data_subject_categories = ["Anställda", "Tidigare anställda"]
    values = build_document(two, "sv").sections[0].records[0].values
    assert "Registrerade: Anställda" in values["data_categories"]


def test_every_export_names_its_register_and_law_data_and_carries_the_register_fingerprint(tmp_path):
    from ropa_app.domain.law import load_law
    from ropa_app.export.document import fingerprint

    register = _register(privacy_contact_name="Karin Ek")
    digest = fingerprint(register)
    assert len(digest) == 64 and digest == fingerprint(_register(privacy_contact_name="Karin Ek"))
    changed = _register(privacy_contact_name="Karin Ek")
    changed.activities[0].purposes = ["Lön", "Pension"]
    assert fingerprint(changed) != digest
    options = ExportOptions(source_name="exempel.ropa", schema_version=3)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    export_register(register, pdf, language="sv", options=options)
    export_register(register, xlsx, language="sv", options=options)
    reader = PdfReader(pdf)
    pages = [p.extract_text() for p in reader.pages]
    cover = pages[0].replace("\n", " ")
    law = load_law()
    for text in ("Registerfil", "exempel.ropa", "Registrets schemaversion", "Rättsliga referensdata", law.version,
                 digest[:32]):
        assert text in cover, text
    assert all(f"Register {digest[:16]}" in page for page in pages), "the short fingerprint on every page"
    assert digest in reader.metadata.get("/Keywords", "")
    wb = openpyxl.load_workbook(xlsx)
    cells = [str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value is not None]
    assert "exempel.ropa" in cells and digest in cells
    assert digest in wb.properties.keywords and "exempel.ropa" in wb.properties.description
    assert all(ws.oddFooter.center.text == f"Register {digest[:16]}" for ws in wb.worksheets)


NOT_STATED = {"en": "Not stated", "sv": "Ej angivet", "nb": "Ikke oppgitt", "da": "Ikke angivet"}


def test_an_empty_art_30_point_says_not_stated_in_both_formats(tmp_path):
    """Retention, security measures and transfers (Art. 30(1)(e)-(g)) the register says nothing about are
    printed as "not stated" in the PDF and the workbook alike, not left out or blank."""
    for lang, words in NOT_STATED.items():
        doc = build_document(_register(), lang)
        values = doc.sections[0].records[0].values
        assert [k for k, v in values.items() if v == words] == ["retention", "security_measures", "third_countries"]
        pdf, xlsx = tmp_path / f"{lang}.pdf", tmp_path / f"{lang}.xlsx"
        export_register(_register(), pdf, language=lang)
        export_register(_register(), xlsx, language=lang)
        text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
        assert text.count(words) >= 3, lang
        ws = openpyxl.load_workbook(xlsx).worksheets[1]
        assert sum(1 for row in ws.iter_rows() for c in row if c.value == words) == 3, lang
    stated = _register()
    stated.activities[0].retention = "7 år efter räkenskapsårets slut (bokföringslagen 7 kap. 2 §)"
    stated.activities[0].security_description = "Behörighetsstyrning"
    values = build_document(stated, "sv").sections[0].records[0].values
    assert [k for k, v in values.items() if v == NOT_STATED["sv"]] == ["third_countries"]


def test_terminology_of_each_language():
    """Labels as the official language versions of the GDPR and the authorities word them."""
    sv = build_document(_register(supervisory_authority="IMY"), "sv")
    assert ("name", "Den personuppgiftsansvariges namn") in [(k, lab) for k, lab, _v, _m in sv.organisation]
    assert ("Tillsynsmyndighet", "IMY") in sv.cover
    danish = _register(org_number="12345678")
    danish.organisation.country = "DK"
    labels = {k: lab for k, lab, _v, _m in build_document(danish, "da").organisation}
    assert labels["org_number"] == "CVR-nummer"
    labels = {k: lab for k, lab, _v, _m in build_document(_register(org_number="556000-0000"), "da").organisation}
    assert labels["org_number"] == "Registreringsnummer"
    from ropa_app.export.i18n import Translator

    assert Translator("da").field("transfer", "safeguards_documentation") == "Dokumentation for passende garantier"
    assert Translator("nb").term("transfer_mechanism", "derogation").startswith("Unntak for særlige situasjoner")
    assert "straffedommer og lovovertredelser" in Translator("nb").field("activity", "criminal_data_basis")
    for lang in ("en", "sv", "nb", "da"):
        label = Translator(lang).field("data_category", "special")
        assert label not in ("Special category", "Särskild kategori", "Særlig kategori"), "Art. 10 is not Art. 9"


def test_a_danish_workbook_with_its_cvr_label_reads_back(tmp_path):
    from ropa_app.interchange.sources import load

    danish = _register(org_number="12345678")
    danish.organisation.country = "DK"
    path = tmp_path / "dk.xlsx"
    export_register(danish, path, language="da")
    assert load(path).organisation.record.org_number == "12345678"


PROCESSOR = {
    "en": ("Name of the processor", "Sub-processors"), "sv": ("Personuppgiftsbiträdets namn", "Underbiträden"),
    "nb": ("Databehandlerens navn", "Underdatabehandlere"), "da": ("Databehandlerens navn", "Underdatabehandlere"),
}


def test_the_processor_record_identifies_the_processor_and_heads_its_recipients_sub_processors(tmp_path):
    register = _register(dpo_name="Dan Dpo", email="info@exempel.se")
    register.recipients = [model.Recipient(id=7, name="Hetzner Online GmbH", country="DE")]
    register.activities.append(model.Activity(
        id=2, ref="PA-100", name="Drift åt kunder", role="processor", processing_categories=["Drift"],
        controllers=[model.ControllerRef("Kund AB", "kund@example.se", "", "dpo@kund.example")], recipients=[7]))
    for lang, (name_label, subs_label) in PROCESSOR.items():
        section = next(s for s in build_document(register, lang).sections if s.key == "processor")
        assert section.preamble[0] == (name_label, "Exempel AB")
        assert any("Dan Dpo" in value for _label, value in section.preamble)
        assert section.labels["recipients"].startswith(subs_label)
        pdf = tmp_path / f"{lang}.pdf"
        export_register(register, pdf, language=lang)
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        assert name_label in text and subs_label in text, lang


def test_the_findings_annex_says_which_law_data_it_was_checked_against(tmp_path):
    from ropa_app.domain.law import load_law

    law = load_law()
    doc = build_document(_register(), "nb", ExportOptions(findings=True))
    findings = next(s for s in doc.sections if s.key == "findings")
    assert findings.preamble == [("Kontrollert mot rettslige referansedata",
                                  f"versjon {law.version} fra {doc.tr.date(law.as_of)}")]
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    export_register(_register(), pdf, language="nb", options=ExportOptions(findings=True))
    export_register(_register(), xlsx, language="nb", options=ExportOptions(findings=True))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert f"Kontrollert mot rettslige referansedata versjon {law.version}" in text
    wb = openpyxl.load_workbook(xlsx)
    sheet = wb["Merknader"]
    assert any(f"versjon {law.version}" in str(c.value) for row in sheet.iter_rows(max_row=6) for c in row)


def _internal_register() -> model.Register:
    register = _register(export_language="sv")
    a = register.activities[0]
    a.owner, a.status, a.notes = "Per Persson", "active", "Intern anteckning"
    a.dpia_link, a.systems = "file:///S:/Dataskydd/DPIA/loner.docx", ["Lönesystemet"]
    a.retention = "7 år"
    return register


def test_the_art_30_record_is_the_default_and_holds_nothing_internal(tmp_path):
    from ropa_app.domain import kinds

    internal = {(k.key, fs.key) for k in kinds.KINDS for fs in k.fields if fs.internal}
    assert {("activity", "owner"), ("activity", "status"), ("activity", "notes"), ("organisation", "export_language"),
            ("activity", "dpia_link"), ("recipient", "dpa_link"), ("transfer", "tia_link")} <= internal
    assert ExportOptions().scope == "art30"
    doc = build_document(_internal_register(), "sv")
    values = doc.sections[0].records[0].values
    assert not {"owner", "status", "notes", "dpia_link", "systems"} & set(values)
    assert "export_language" not in [k for k, *_ in doc.organisation]
    assert ("Innehåll", "Registret över behandling enligt artikel 30") in doc.cover
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    export_register(_internal_register(), pdf, language="sv")
    export_register(_internal_register(), xlsx, language="sv")
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    cells = " ".join(str(c.value) for ws in openpyxl.load_workbook(xlsx) for row in ws.iter_rows() for c in row)
    for secret in ("Per Persson", "Intern anteckning", "S:/Dataskydd", "Lönesystemet"):
        assert secret not in text and secret not in cells, secret


def test_the_full_internal_register_says_so_and_holds_every_field():
    doc = build_document(_internal_register(), "sv", ExportOptions(scope="internal"))
    values = doc.sections[0].records[0].values
    assert values["owner"] == "Per Persson" and "S:/Dataskydd" in values["dpia_link"]
    assert ("Innehåll", doc.tr("scope.internal")) in doc.cover


def test_the_command_line_names_both_scopes(tmp_path, capsys):
    from ropa_app import cli

    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    help_text = sub.choices["export"].format_help()
    assert "--scope {art30,internal}" in help_text and "art30 (default)" in " ".join(help_text.split())


def test_an_ooxml_escape_typed_by_the_user_is_exported_as_typed(tmp_path):
    """A literal "_x000D_" in user text is escaped in the workbook (else Excel shows a carriage return)."""
    import zipfile

    register = _register()
    register.activities[0].purposes = ["Kod _x000D_ och _x0041_ som text"]
    path = tmp_path / "r.xlsx"
    export_register(register, path, language="sv")
    from ropa_app.interchange.sources import load

    assert load(path).activities[0].record.purposes == ["Kod _x000D_ och _x0041_ som text"]
    xml = "".join(zipfile.ZipFile(path).read(n).decode() for n in zipfile.ZipFile(path).namelist()
                  if n.endswith(".xml"))
    assert "_x005F_x000D_" in xml and "Kod _x000D_" not in xml
