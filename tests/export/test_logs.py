"""The breach log and the request log in the exports: each a part of its own (a PDF part, a workbook sheet) in
every export language, with its deadline; in the internal register by default, never in the Art. 30 record
unless asked for."""

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa_app.domain import model
from ropa_app.export import ExportOptions, build_document, export_register
from ropa_app.export.i18n import LANGUAGES, Translator

from ..store.full_records import full_breach, full_request


def _register() -> model.Register:
    act = model.Activity(ref="PA-003", name="Lönehantering", purposes=["Lön"], id=3)
    rec = model.Recipient(name="Lönebyrån AB", kind="processor", dpa_in_place="yes", id=1)
    breach = full_breach([3], [1])
    request = model.DataSubjectRequest(ref="DSR-17", right="erasure", received_at=date(2026, 1, 31),
                                       activities=[3])
    return model.Register(model.Organisation(name="Trastvik AB"), [act], [rec], breaches=[breach],
                          requests=[request])


def _keys(options: ExportOptions) -> list[str]:
    return [s.key for s in build_document(_register(), "en", options).sections]


def test_the_logs_are_asked_for_or_come_with_the_internal_register():
    assert "breaches" not in _keys(ExportOptions())  # the Art. 30 record
    assert _keys(ExportOptions(scope="internal"))[-2:] == ["breaches", "requests"]
    empty = model.Register()
    assert "breaches" not in [s.key for s in build_document(empty, "en", ExportOptions(scope="internal")).sections]
    assert [s.key for s in build_document(empty, "en", ExportOptions(logs=True)).sections][-2:] == [
        "breaches", "requests"]  # asked for: there, also empty
    assert "breaches" not in _keys(ExportOptions(scope="internal", logs=False))
    assert _keys(ExportOptions(logs=True))[-2:] == ["breaches", "requests"]


def test_a_log_section_has_every_field_its_deadline_and_names_what_it_links():
    doc = build_document(_register(), "en", ExportOptions(logs=True))
    breaches = next(s for s in doc.sections if s.key == "breaches")
    (record,) = breaches.records
    assert record.values["discovered_at"] == "3 Mar 2026, 14:30"
    assert record.values["notification_deadline"] == "6 Mar 2026, 14:30"
    assert record.values["activities"] == "PA-003 Lönehantering"
    assert record.values["recipients"] == "Lönebyrån AB"
    assert record.values["risk"] == "High risk to rights and freedoms"
    keys = breaches.detail_keys
    assert keys.index("notification_deadline") == keys.index("discovered_at") + 1
    assert set(keys) >= {fs.key for fs in model.fields_of(model.Breach)}
    requests = next(s for s in doc.sections if s.key == "requests")
    assert requests.records[0].values["request_deadline"] == "28 Feb 2026"  # 31 January + one month


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_logs_are_in_the_pdf_and_the_workbook_in_every_language(tmp_path, lang):
    tr = Translator(lang)
    register = _register()
    for fmt in ("pdf", "xlsx"):
        export_register(register, tmp_path / f"r.{fmt}", language=lang, options=ExportOptions(logs=True))
    flat = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    for key in ("section.breaches", "section.requests"):
        assert " ".join(tr(key).split()) in flat, key
    assert "Lönebesked till fel adress" in flat and "DSR-17" in flat
    wb = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert {tr("sheet.breaches"), tr("sheet.requests")} <= set(wb.sheetnames)
    rows = list(wb[tr("sheet.breaches")].iter_rows(values_only=True))
    assert any(tr.field("breach", "title") in r for r in rows)
    assert any("Lönebesked till fel adress" in r and "PA-003 Lönehantering" in r for r in rows)
    requests = list(wb[tr("sheet.requests")].iter_rows(values_only=True))
    assert any(tr.term("request_right", "erasure") in r for r in requests)


def test_a_moment_is_written_the_language_s_way():
    b = model.Breach(title="x", discovered_at=datetime(2026, 11, 22, 9, 5))
    reg = model.Register(breaches=[b])
    for lang, shown in (("en", "22 Nov 2026, 09:05"), ("sv", "2026-11-22 09:05"), ("nb", "22.11.2026 09:05")):
        doc = build_document(reg, lang, ExportOptions(logs=True))
        assert next(s for s in doc.sections if s.key == "breaches").records[0].values["discovered_at"] == shown


def test_the_request_log_names_its_deadline_after_an_extension():
    reg = model.Register(requests=[full_request([])])
    doc = build_document(reg, "sv", ExportOptions(logs=True))
    (record,) = next(s for s in doc.sections if s.key == "requests").records
    assert record.values["request_deadline"] == "2026-04-30"  # extended, with its reason, within 1 + 2 months


def test_the_command_line_asks_for_the_logs(tmp_path):
    from ropa_app.cli import main
    from ropa_app.store import RegisterStore
    from ropa_app.store.demo import write_register

    path = tmp_path / "r.ropa"
    with RegisterStore.create(path) as store:
        write_register(store, _register())
    sheets = {}
    for name, extra in (("art30", []), ("logs", ["--logs"]), ("internal", ["--scope", "internal"]),
                        ("internal-no", ["--scope", "internal", "--no-logs"])):
        out = tmp_path / f"{name}.xlsx"
        assert main(["export", str(path), "--format", "xlsx", "--lang", "sv", "-o", str(out), *extra]) == 0
        sheets[name] = "Personuppgiftsincidenter" in load_workbook(out, read_only=True).sheetnames
    assert sheets == {"art30": False, "logs": True, "internal": True, "internal-no": False}
