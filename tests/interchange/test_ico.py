"""Importing a register kept in the UK ICO controller template (.xlsx)."""

import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa_app.domain import model, vocab
from ropa_app.interchange import freetext
from ropa_app.interchange import IGNORE_TARGET, InvalidSource, build_plan, inspect_spreadsheet, load
from ropa_app.interchange.ico import MANDATORY
from ropa_app.interchange.sources import MAX_SOURCE_BYTES
from ropa_app.store import RegisterStore

from .helpers import digest, make_register_file, run_cli
from .ico_workbook import HEADER_ROW, ICO_TITLES, ROWS, _row, write_ico_workbook


@pytest.fixture
def workbook(tmp_path):
    return write_ico_workbook(tmp_path / "ico.xlsx")


def test_layout_maps_every_ico_column(workbook):
    layout = inspect_spreadsheet(workbook)
    assert (layout.sheet, layout.header_row) == ("Controller template", HEADER_ROW)
    assert [c.ico_number for c in layout.columns] == list(range(1, 26)), "each column is recognised as itself"
    assert layout.missing_mandatory() == []
    mapped = {c.target for c in layout.columns}
    assert set(MANDATORY) <= mapped
    assert [c.target for c in layout.columns if c.ico_number in (7, 16, 24, 25)] == ["notes"] * 4


def test_activities_and_controller_are_read(workbook):
    incoming = load(workbook)
    acts = [a.record for a in incoming.activities]
    assert len(acts) == len(ROWS) == 9
    assert [a.name for a in acts[:3]] == ["Pay salaries and benefits", "Newsletter", "Customer relationship management"]
    payroll = acts[0]
    assert payroll.purposes == ["Pay salaries and benefits", "Report tax and social fees"]
    assert payroll.data_subject_categories == ["Employees", "Former employees"]
    assert [d.name for d in payroll.data_categories] == [
        "Name", "Personal identity number", "Bank account", "Salary", "Sick leave"
    ]
    assert payroll.recipient_categories == ["Payroll provider", "Skatteverket"]
    assert payroll.transfers == [], "N/A is no transfer"
    assert payroll.retention.startswith("7 years") and payroll.security_description.startswith("Role-based")
    assert payroll.systems == ["PayRoll 9", "SharePoint HR"]
    assert payroll.business_function == "HR" and payroll.source == "The employee; Skatteverket"
    assert "Link to contract with processor: https://intranet.example/contracts/payroll.pdf" in payroll.notes
    assert acts[4].joint_controllers == [model.JointController("Partner AS", "post@partner.example")]
    org = incoming.organisation.record
    assert (org.name, org.email, org.phone, org.address) == (
        "Fjällräv Systems AB", "info@fjallrav.example", "+46 8 123 45 67", "Sveavägen 1\n111 57 Stockholm")
    assert (org.dpo_appointed, org.dpo_name, org.dpo_email) == (True, "Åsa Öberg", "dpo@fjallrav.example")
    assert "representative_name" not in incoming.organisation.provided, "N/A names no representative"


def test_legal_bases_and_art9_conditions_are_recognised(workbook):
    acts = [a.record for a in load(workbook).activities]
    assert [a.legal_bases for a in acts] == [
        ["art6_1_b", "art6_1_c"], ["art6_1_a"], ["art6_1_f"], ["art6_1_b"], ["art6_1_b", "art6_1_f"],
        ["art6_1_f"], ["art6_1_c"], ["art6_1_c"], [],
    ]
    assert [a.special_category_conditions for a in acts if a.special_category_conditions] == [
        ["art9_2_b"], ["art9_2_h"]
    ]
    # Text that says more than the basis is kept; an ambiguous cell is kept whole and reported.
    assert acts[4].legal_basis_note == "Legitimate interests – quality follow-up"
    assert acts[6].legal_basis_note == "Legal obligation (Bokföringslagen)"
    assert acts[8].legal_basis_note == "Consent or legitimate interests (under review)"
    assert acts[0].legal_basis_note == ""


def test_unclear_cells_are_kept_and_reported(workbook):
    incoming = load(workbook)
    warnings = [str(w) for w in incoming.warnings]
    assert warnings == [
        "sheet “Controller template”, cell L16 (“Article 6 lawful basis for processing p…”): kept as a legal-basis "
        "note: could not tell which Art. 6(1) basis “Consent or legitimate interests (under review)” means"
    ]


def test_transfers_adm_and_dpia(workbook):
    acts = [a.record for a in load(workbook).activities]
    assert [(t.country, t.mechanism) for t in acts[1].transfers] == [("US", "scc_2021")]
    assert [(t.country, t.mechanism) for t in acts[2].transfers] == [("US", "scc_2021"), ("IN", "scc_2021")]
    assert acts[2].transfers[0].safeguards_documentation == "SCCs with supplementary encryption"
    assert [(t.country, t.mechanism) for t in acts[8].transfers] == [("US", "dpf")]
    assert (acts[8].automated_decision_making, acts[8].adm_description) == ("yes", "Yes – profiling for ad targeting")
    assert acts[0].automated_decision_making in ("no", "not_assessed")
    assert [a.dpia_status for a in acts] == [
        "not_required", "not_required", "done", "not_required", "not_required", "in_progress", "not_required",
        "required", "not_required"]
    assert acts[2].dpia_link == "https://intranet.example/dpia/crm" and acts[2].lia_link.endswith("/lia/crm")


def test_tolerant_header_matching(tmp_path):
    titles = ["Department", "Purposes", "Joint controller", "Categories of data subjects", "Personal data categories",
              "Recipients", "Contract with processor", "Third countries", "Transfer safeguards", "Retention period",
              "Security measures", "Lawful basis", "Article 9 condition", "Legitimate interest", "LIA",
              "Rights available", "Automated decision making", "Source", "Consent record", "Systems",
              "DPIA required", "DPIA progress", "Link to DPIA", "Breach occurred", "Breach record"]
    path = write_ico_workbook(tmp_path / "variant.xlsx", titles=titles)
    layout = inspect_spreadsheet(path)
    assert [c.ico_number for c in layout.columns] == list(range(1, 26))
    assert layout.missing_mandatory() == []


def test_the_user_can_correct_the_mapping(tmp_path):
    titles = list(ICO_TITLES)
    titles[19] = "Where we keep it"  # column T: matched to nothing, so kept in notes
    path = write_ico_workbook(tmp_path / "m.xlsx", titles=titles)
    layout = inspect_spreadsheet(path)
    col_t = layout.columns[19]
    assert (col_t.letter, col_t.target, col_t.ico_number) == ("T", "notes", None)
    assert "\nWhere we keep it: PayRoll 9\nSharePoint HR\n" in load(path, layout).activities[0].record.notes
    col_t.target = "systems"
    layout.columns[0].target = IGNORE_TARGET
    first = load(path, layout).activities[0]
    assert first.record.systems == ["PayRoll 9", "SharePoint HR"]
    assert first.record.business_function == "" and "business_function" not in first.provided


def test_header_block_as_the_ico_ships_it(tmp_path):
    """Roles across the top, Name/Address/Email/Telephone down the side: each value where its role's column
    meets its label's row (the controller's name is not "Data Protection Officer")."""
    incoming = load(write_ico_workbook(tmp_path / "t.xlsx", block="ico"))
    org = incoming.organisation.record
    assert (org.name, org.address, org.email, org.phone) == (
        "Fjällräv Systems AB", "Sveavägen 1\n111 57 Stockholm", "info@fjallrav.example", "+46 8 123 45 67")
    assert (org.dpo_appointed, org.dpo_name, org.dpo_email, org.dpo_phone) == (
        True, "Åsa Öberg", "dpo@fjallrav.example", "")
    assert (org.representative_name, org.representative_contact) == ("Ørsted Rep ApS", "Copenhagen\nrep@orsted.example")
    assert incoming.organisation.location == "sheet “Controller template”, rows 1–6"
    assert len(incoming.activities) == len(ROWS)


def test_header_block_the_wrong_way_round_is_refused(tmp_path):
    """The roles down the side and Name/Address/… across: reported, naming the sheet and rows, never read."""
    problems = _refused(write_ico_workbook(tmp_path / "r.xlsx", block="reversed"))
    assert problems == [
        "sheet “Controller template”, rows 1–6: the header block has the roles (Controller, Data Protection "
        "Officer, Representative) down the side and Name, Address, Email, Telephone across the top; the ICO "
        "template has the roles across the top and Name, Address, Email, Telephone down the left. The "
        "controller's details were not read: turn the block round the ICO's way (or clear it) and import again."
    ]


def test_header_block_rows_with_labels_the_ico_does_not_use_are_refused(tmp_path):
    path = write_ico_workbook(tmp_path / "l.xlsx", block="ico")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb["Controller template"]["A5"] = "Website"
    wb.save(path)
    (problem,) = _refused(path)
    assert problem == (
        "sheet “Controller template”, rows 1–6: the header block has details under the roles in rows labelled "
        "“Website” (row 5); the ICO template labels them Name, Address, Email, Telephone. The controller's "
        "details were not read: label the rows that way (or clear them) and import again.")


def test_header_block_of_headings_without_roles_is_refused(tmp_path):
    path = write_ico_workbook(tmp_path / "u.xlsx", block="reversed")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for r in (3, 4, 5):
        wb["Controller template"][f"A{r}"] = None  # the roles gone: Name/Address/… over rows of nobody
    wb.save(path)
    (problem,) = _refused(path)
    assert problem.startswith("sheet “Controller template”, rows 1–6: the header block is not laid out as in the "
                              "ICO template")


def test_missing_mandatory_columns_are_reported_as_warnings(tmp_path):
    titles = [t if i not in (3, 9) else f"Column {i}" for i, t in enumerate(ICO_TITLES)]
    incoming = load(write_ico_workbook(tmp_path / "w.xlsx", titles=titles))
    messages = [w.message for w in incoming.warnings]
    assert "no column is mapped to “Data-subject categories”, which Art. 30 requires" in messages
    assert "no column is mapped to “Retention”, which Art. 30 requires" in messages


# --- into a register ------------------------------------------------------------------------------
def test_cli_imports_the_template_and_reimport_changes_nothing(tmp_path, workbook, monkeypatch, capsys):
    target = tmp_path / "r.ropa"
    code, out, err = run_cli(monkeypatch, capsys, "import", target, workbook)
    assert code == 0, err
    assert "Activities: 9 added, 0 changed, 0 unchanged" in out
    assert "warning: sheet “Controller template”, cell L16" in err
    with RegisterStore.open(target, readonly=True) as store:
        reg = store.load_register()
    assert reg.organisation.name == "Fjällräv Systems AB"
    assert sum(len(a.legal_bases) for a in reg.activities) == 10
    before = digest(target)
    code, out, _ = run_cli(monkeypatch, capsys, "import", target, workbook, "--merge")
    assert code == 0 and "Nothing to import" in out
    assert digest(target) == before


def test_merging_an_edited_sheet_keeps_what_the_sheet_does_not_hold(tmp_path, workbook):
    target = make_register_file(tmp_path / "r.ropa", model.Register())
    with RegisterStore.open(target) as store:
        from ropa_app.store.importing import apply_plan

        apply_plan(store, build_plan(load(workbook), store.load_register()))
        newsletter = next(a for a in store.activities.all() if a.name == "Newsletter")
        newsletter.ref, newsletter.status, newsletter.owner = "PA-2", "active", "Åsa"
        store.activities.update(newsletter)
        rows = [list(r) for r in ROWS]
        rows[1][9] = "2 years after the last newsletter"  # retention, column J
        edited = write_ico_workbook(tmp_path / "edited.xlsx", rows=rows)
        plan = build_plan(load(edited), store.load_register())
        assert [(i.label, i.changed_keys) for i in plan.items(action="changed")] == [("PA-2 Newsletter", ["retention"])]
        apply_plan(store, plan)
        got = store.activities.get(newsletter.id)
    assert (got.retention, got.ref, got.status, got.owner) == (
        "2 years after the last newsletter", "PA-2", "active", "Åsa"
    )


# --- broken workbooks -----------------------------------------------------------------------------
def _refused(path) -> list[str]:
    with pytest.raises(InvalidSource) as info:
        load(path)
    return [str(p) for p in info.value.problems]


def test_sheet_without_the_header_row(tmp_path):
    path = write_ico_workbook(tmp_path / "x.xlsx", titles=["Name", "Colour", "Size"])
    (problem,) = _refused(path)
    assert problem.startswith("x.xlsx: no sheet has the header row of the ICO template")
    assert "sheets looked at: “Instructions”, “Controller template”" in problem


def test_truncated_workbook(tmp_path, workbook):
    data = workbook.read_bytes()
    broken = tmp_path / "truncated.xlsx"
    broken.write_bytes(data[: len(data) // 2])
    (problem,) = _refused(broken)
    assert problem.startswith("truncated.xlsx: the file is damaged or truncated, or it is not an Excel .xlsx workbook")


def test_corrupt_part_in_workbook(tmp_path, workbook):
    broken = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(workbook) as src, zipfile.ZipFile(broken, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    data = bytearray(broken.read_bytes())
    at = data.find(b"Fj\xc3\xa4llr\xc3\xa4v")  # inside a stored part: corrupt it without breaking the zip
    data[at : at + 3] = b"XXX"
    broken.write_bytes(bytes(data))
    (problem,) = _refused(broken)
    assert problem.startswith("corrupt.xlsx: the workbook is damaged: its part ") and "is corrupt" in problem


def test_old_excel_and_other_files(tmp_path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    assert _refused(xls) == ["old.xls: .xls files cannot be imported; open the file in your spreadsheet program "
                             "and save it as an Excel workbook (.xlsx)"]
    txt = tmp_path / "notes.txt"
    txt.write_text("hello", encoding="utf-8")
    assert _refused(txt)[0].startswith("notes.txt: this is neither a ROPA Desk register document")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    assert "it is not an Excel .xlsx workbook" in _refused(fake)[0]


def test_oversized_workbook(tmp_path):
    big = tmp_path / "big.xlsx"
    with open(big, "wb") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1024 * 1024)
    assert _refused(big) == [
        "big.xlsx: the file is 51.0 MB; ROPA Desk imports files up to 50.0 MB. Nothing was imported."
    ]


def test_unknown_countries_are_errors_naming_the_cells(tmp_path):
    rows = [list(r) for r in ROWS]
    rows[1][7] = "Narnia"
    rows[3][7] = "India; Atlantis (backup)"
    problems = _refused(write_ico_workbook(tmp_path / "c.xlsx", rows=rows))
    assert problems == [
        "sheet “Controller template”, cell H9 (“Names of third countries or internation…”): “Narnia” is not a "
        "country name or ISO code ROPA Desk knows",
        "sheet “Controller template”, cell H11 (“Names of third countries or internation…”): “Atlantis (backup)” "
        "is not a country name or ISO code ROPA Desk knows",
    ]


@pytest.mark.parametrize("kind", ["no_header", "truncated", "bad_country", "oversized"])
def test_cli_refuses_broken_workbooks_and_leaves_the_register_unchanged(tmp_path, monkeypatch, capsys, kind):
    target = make_register_file(tmp_path / "r.ropa", model.Register(model.Organisation(name="Org"),
                                                                   [model.Activity(name="Existing")], []))
    before = digest(target)
    source = tmp_path / "in.xlsx"
    if kind == "no_header":
        write_ico_workbook(source, titles=["a", "b"])
    elif kind == "truncated":
        good = write_ico_workbook(tmp_path / "good.xlsx")
        source.write_bytes(good.read_bytes()[:-200])
    elif kind == "bad_country":
        write_ico_workbook(source, rows=[_row(c2="Hosting", c8="Mordor")])
    else:
        with open(source, "wb") as fh:
            fh.truncate(MAX_SOURCE_BYTES + 1)
    code, out, err = run_cli(monkeypatch, capsys, "import", target, source, "--merge")
    assert code == 1
    assert err.startswith("ropa-app: error: ")
    assert all(line.startswith("ropa-app: ") for line in err.splitlines())
    assert digest(target) == before


def test_password_protected_workbook(tmp_path):
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert _refused(locked) == ["locked.xlsx: the workbook is password-protected or in the old .xls format; save it "
                                "from Excel as .xlsx without a password and retry."]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=80))
def test_free_text_is_never_dropped(text):
    """Whatever a cell says, it becomes vocabulary keys, or is kept as text (or is an empty marker)."""
    for read, vocabulary in (
        (freetext.legal_bases, vocab.LEGAL_BASES), (freetext.art9_conditions, vocab.ART9_CONDITIONS)
    ):
        found = read(text)
        assert set(found.keys) <= set(vocabulary)
        assert set(found.unknown) <= set(found.leftover)
        if not found.keys and not freetext.is_blank(text) and freetext.split_list(text):
            assert found.leftover, f"{text!r} was dropped"
    codes, unknown = freetext.country_codes(text)
    assert all(len(c) == 2 for c in codes)
    assert bool(codes or unknown) == bool(freetext.split_list(text))
