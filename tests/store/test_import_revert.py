"""An import merged into a register can be reverted exactly (the GUI's undo of an import)."""

from ropa_app.domain import model
from ropa_app.interchange import build_plan, export_json, load
from ropa_app.store import RegisterStore
from ropa_app.store.demo import create_demo
from ropa_app.store.importing import apply_plan, revert_import


def test_apply_then_revert_gives_the_register_back(tmp_path):
    store = create_demo(tmp_path / "demo.ropa")
    before = store.load_register()
    # An incoming register: one activity changed, one new activity, one new recipient.
    incoming_reg = store.load_register()
    incoming_reg.activities[0].retention = "Changed by import"
    new_rec = model.Recipient(name="Nytt Biträde AB", country="SE", id=999)
    incoming_reg.recipients.append(new_rec)
    incoming_reg.activities.append(model.Activity(ref="PA-900", name="Importerad", recipients=[999]))
    src = tmp_path / "in.json"
    src.write_text(export_json(incoming_reg), encoding="utf-8")
    plan = build_plan(load(src), before)
    result = apply_plan(store, plan)
    after = store.load_register()
    assert after.activities[0].retention == "Changed by import"
    assert any(a.ref == "PA-900" for a in after.activities)
    revert_import(store, plan, result)
    assert store.load_register() == before
    # and it can be applied again (redo)
    result = apply_plan(store, plan)
    assert any(a.ref == "PA-900" for a in store.load_register().activities)
    store.close()
    with RegisterStore.open(tmp_path / "demo.ropa") as again:
        assert any(a.ref == "PA-900" for a in again.load_register().activities)
