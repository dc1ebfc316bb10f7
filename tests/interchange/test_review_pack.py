"""A review pack (one owner's activities as the app's own workbook) goes out, is corrected in Excel, and comes
back through the ordinary import as exactly the corrections: nothing else changed, nothing removed."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ropa_app.domain import kinds, reviews
from ropa_app.interchange import CHANGED, UNCHANGED, build_plan, load
from ropa_app.store import RegisterStore
from ropa_app.store.demo import create_demo
from ropa_app.store.importing import apply_plan, revert_import

from .helpers import run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "demo.ropa"
    create_demo(path).close()
    return path


def _register(path):
    with RegisterStore.open(path, readonly=True) as store:
        return store.load_register()


def _column(ws, header: str) -> tuple[int, int]:
    """(header row, column) of a header in the first rows of a sheet."""
    for row in ws.iter_rows(min_row=1, max_row=12):
        for cell in row:
            if cell.value == header:
                return cell.row, cell.column
    raise KeyError(header)


def _row_of(ws, header_row: int, column: int, value: str) -> int:
    for r in range(header_row + 1, ws.max_row + 1):
        if str(ws.cell(r, column).value or "").startswith(value):
            return r
    raise KeyError(value)


def test_every_owners_pack_comes_back_unchanged(demo, tmp_path):
    register = _register(demo)
    for owner in reviews.pack_owners(register):
        path = tmp_path / "pack.xlsx"
        from ropa_app.export.reviews import write_review_pack

        write_review_pack(register, owner, path, "sv")
        plan = build_plan(load(path), register)
        assert not plan.has_changes, (owner, [(i.label, i.changed_keys) for i in plan.items() if i.action != UNCHANGED])
        pack = reviews.pack_register(register, owner)
        assert len(plan.activities) == len(pack.activities) and len(plan.recipients) == len(pack.recipients)


def test_a_returned_pack_with_three_edits_imports_as_those_three_edits(demo, tmp_path, monkeypatch, capsys):
    target = tmp_path / "register.ropa"
    target.write_bytes(demo.read_bytes())
    register = _register(target)
    owner = max(reviews.pack_owners(register), key=lambda o: len(reviews.pack_register(register, o).activities))
    pack = reviews.pack_register(register, owner)
    assert len(pack.activities) >= 2
    code, out, err = run_cli(monkeypatch, capsys, "review-pack", target, "--owner", owner.upper(), "--lang", "sv",
                             "-o", tmp_path / "pack.xlsx")
    assert code == 0, err
    assert f"{len(pack.activities)} activities, {len(pack.recipients)} recipients" in out
    wb = load_workbook(tmp_path / "pack.xlsx")  # as the owner's Excel opens and saves it
    assert {"Organisation", "Mottagare"} <= set(wb.sheetnames)
    ws = next(wb[n] for n in wb.sheetnames if n.startswith("Art 30.1"))
    head, ref_col = _column(ws, "Ref.")
    first, second = pack.activities[0], pack.activities[1]
    row1 = _row_of(ws, head, ref_col, first.ref)
    row2 = _row_of(ws, head, ref_col, second.ref)
    _h, retention = _column(ws, "Tidsfrister för radering (lagringstid)")
    _h, note = _column(ws, "Anteckningar")
    ws.cell(row1, retention).value = "Fem år efter anställningens slut"
    ws.cell(row2, note).value = "Kontrollerad av ägaren"
    recipients = wb["Mottagare"]
    rhead, service = _column(recipients, "Tjänst")
    name_col = next(c.column for c in recipients[rhead] if c.value == "Mottagare")
    rrow = _row_of(recipients, rhead, name_col, pack.recipients[0].name)
    recipients.cell(rrow, service).value = "Ny beskrivning av tjänsten"
    wb.save(tmp_path / "returned.xlsx")

    plan = build_plan(load(tmp_path / "returned.xlsx"), register)
    changed = [(i.entity, i.record.id, c.key, c.new) for i in plan.items() if i.action != UNCHANGED
               for c in i.changes]
    assert sorted(changed, key=str) == sorted([
        ("activity", first.id, "retention", "Fem år efter anställningens slut"),
        ("activity", second.id, "notes", "Kontrollerad av ägaren"),
        ("recipient", pack.recipients[0].id, "service", "Ny beskrivning av tjänsten"),
    ], key=str)
    assert all(i.action in (CHANGED, UNCHANGED) for i in plan.items())  # nothing added
    # the rest of the register is kept, not removed
    assert len(plan.kept) == sum(len(k.records(register)) - len(k.records(pack)) for k in kinds.listed())

    # applied as one step and taken back as one step
    with RegisterStore.open(target) as store:
        before = store.audit.count()
        result = apply_plan(store, plan)
        assert store.audit.count() - before == 3
        after = store.load_register()
        assert next(a for a in after.activities if a.id == first.id).retention == "Fem år efter anställningens slut"
        assert len(after.activities) == len(register.activities)
        assert len(after.recipients) == len(register.recipients)
        revert_import(store, plan, result)
        assert store.load_register() == register
