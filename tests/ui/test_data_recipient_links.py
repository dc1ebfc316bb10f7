"""Which recipients each data category goes to (the Danish Datatilsynet's guidance: which data is
disclosed to whom), through the real widgets: the "Recipients" column of the data-categories table offers
the activity's recipient categories and its named recipients; a ticked link is one undoable edit, is in
the register file, follows a renamed recipient category and goes with a removed one."""

from dataclasses import replace

from ropa_app.domain import model
from ropa_app.store import RegisterStore
from ropa_app.ui.activity_editor import relink_subjects

from .checks_helpers import open_window
from .driver import open_names_popup, tick_names

ORG = model.Organisation(name="Ærøskøbing Revision ApS", country="DK")
PAYROLL, AUTHORITIES = "Lønbureau", "Offentlige myndigheder"


def _register(tmp_path):
    path = tmp_path / "links.ropa"
    with RegisterStore.create(path, ORG) as store:
        rid = store.recipients.add(model.Recipient(name="Dataløn A/S", country="DK"))
        aid = store.activities.add(model.Activity(
            name="Løn", data_subject_categories=["Ansatte"], recipient_categories=[PAYROLL, AUTHORITIES],
            recipients=[rid],
            data_categories=[model.DataCategory(name="Kontonummer"), model.DataCategory(name="CPR-nummer")]))
    return path, aid


def _recipients(path, aid):
    with RegisterStore.open(path) as store:
        return [dc.recipients for dc in store.activities.get(aid).data_categories]


def test_link_data_categories_to_recipients_undo_and_file(qtbot, tmp_path):
    path, aid = _register(tmp_path)
    window = open_window(qtbot, path)
    window.resize(1400, 900)
    window.show_activity(aid)
    editor = window.activities_page.editor
    editor.focus_field("data_categories")
    table = editor.form.widgets["data_categories"]
    stack = window.session.undo_stack

    col = table.model.column("recipients")
    assert table.view.horizontalHeader().visualIndex(col) == 2  # beside the data subjects
    popup = open_names_popup(qtbot, table, 0, "recipients")
    # The recipient categories, then the named recipients, in their order
    assert list(popup.boxes) == [PAYROLL, AUTHORITIES, "Dataløn A/S"]
    assert popup.accessibleName()
    before = stack.count()
    tick_names(qtbot, popup, [PAYROLL, "Dataløn A/S"])
    assert stack.count() == before + 1
    popup = open_names_popup(qtbot, table, 1, "recipients")
    tick_names(qtbot, popup, [AUTHORITIES])
    assert window.store.activities.get(aid).data_categories[0].recipients == [PAYROLL, "Dataløn A/S"]
    window.action_undo.trigger()
    assert [dc.recipients for dc in window.store.activities.get(aid).data_categories] == [
        [PAYROLL, "Dataløn A/S"], []]
    window.action_redo.trigger()
    window.close()
    assert _recipients(path, aid) == [[PAYROLL, "Dataløn A/S"], [AUTHORITIES]]


def test_relink_follows_renamed_and_removed_recipient_categories():
    dcs = [model.DataCategory(name="a", recipients=["x", "y"]), model.DataCategory(name="b", recipients=["z"])]
    renamed = relink_subjects(["x", "y", "z"], ["x2", "y", "z"], dcs, key="recipients")
    assert [d.recipients for d in renamed] == [["x2", "y"], ["z"]]
    removed = relink_subjects(["x", "y", "z"], ["x", "y"], dcs, key="recipients")
    assert [d.recipients for d in removed] == [["x", "y"], []]
    assert [d.subjects for d in removed] == [[], []]  # the other link is not touched
    assert relink_subjects(["x"], ["x"], [replace(dcs[0])], key="recipients") == [dcs[0]]
