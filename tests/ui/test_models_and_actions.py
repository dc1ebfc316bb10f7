"""Models pass Qt's model tester; record actions (new, duplicate, delete) work and can be undone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ropa_app.domain import model
from ropa_app.ui.activity_editor import DerivedTransfersModel
from ropa_app.ui.forms.records import CheckListModel, RecordListModel

from .checks_helpers import demo_window


def test_models_pass_the_model_tester(qtbot, qtmodeltester, tmp_path):
    window = demo_window(qtbot, tmp_path)
    qtmodeltester.check(window.activities_page.listing.model)
    qtmodeltester.check(window.activities_page.listing.proxy)
    qtmodeltester.check(window.recipients_page.listing.model)
    listing = window.activities_page.listing
    listing.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # sorted and filtered, as a user leaves it
    listing.search.setText("customer")
    assert 0 < listing.proxy.rowCount() < listing.model.total()
    qtmodeltester.check(listing.model)
    qtmodeltester.check(listing.proxy)
    rec = RecordListModel(model.DataCategory)
    rec.set_records([model.DataCategory("Health", "health", "2 years")])
    qtmodeltester.check(rec)
    checks = CheckListModel()
    checks.set_items([(1, "A"), (2, "B")])
    qtmodeltester.check(checks)
    window.activities_page.select(1)
    qtmodeltester.check(window.activities_page.editor.derived)
    assert isinstance(window.activities_page.editor.derived, DerivedTransfersModel)


def test_duplicate_then_undo(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = window.activities_page
    page.select(1)
    before = window.store.activities.count()
    window.action_duplicate.trigger()
    copy = window.store.activities.get(page.listing.current_id())
    original = window.store.activities.get(1)
    assert copy.id != 1 and copy.status == "draft" and copy.purposes == original.purposes
    assert copy.recipients == original.recipients
    assert window.store.activities.count() == before + 1
    assert "Duplicate" in window.action_undo.text()
    window.action_undo.trigger()
    assert window.store.activities.count() == before


def test_delete_recipient_names_the_activities_and_undo_restores_links(qtbot, tmp_path, monkeypatch):
    window = demo_window(qtbot, tmp_path)
    store = window.store
    rid = next(s.id for s in store.recipients.summaries() if store.activities.using_recipient(s.id))
    users = [s.name for s in store.activities.using_recipient(rid)]
    asked = []

    def answer(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.show_page("recipient")
    window.recipients_page.select(rid)
    window.action_delete.trigger()
    assert all(name in asked[0] for name in users)
    assert store.activities.using_recipient(rid) == []
    window.action_undo.trigger()
    assert [s.name for s in store.activities.using_recipient(rid)] == users


def test_delete_activity_asks_and_undo_restores_it(qtbot, tmp_path, monkeypatch):
    window = demo_window(qtbot, tmp_path)
    store = window.store
    page = window.activities_page
    page.select(3)
    whole = store.activities.get(3)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.action_delete.trigger()
    assert store.activities.get(3) == whole, "answering No deletes nothing"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.action_delete.trigger()
    assert 3 not in [s.id for s in store.activities.summaries()]
    window.action_undo.trigger()
    assert store.activities.get(3) == whole


def test_recipient_editor_lists_and_opens_using_activities(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    store = window.store
    rid = next(s.id for s in store.recipients.summaries() if store.activities.using_recipient(s.id))
    window.show_page("recipient")
    window.recipients_page.select(rid)
    editor = window.recipients_page.editor
    first = store.activities.using_recipient(rid)[0]
    assert editor.used_by_model.stringList()[0].endswith(first.name)
    editor.used_by.doubleClicked.emit(editor.used_by_model.index(0))
    assert window.current_view() is window.activities_page
    assert window.activities_page.listing.current_id() == first.id


def test_status_filter_and_full_text_search(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    total = listing.proxy.rowCount()
    listing.status_filter.setCurrentIndex(listing.status_filter.findData("retired"))
    assert 0 < listing.proxy.rowCount() < total
    listing.status_filter.setCurrentIndex(0)
    # A word that only appears in a purpose (not in the listed columns) still finds the activity.
    a = window.store.activities.get(1)
    word = a.purposes[0].split()[-1]
    listing.search.setText(word.upper())
    assert listing.proxy.rowCount() >= 1
    assert any(listing.proxy.index(r, 1).data() == a.name for r in range(listing.proxy.rowCount()))
