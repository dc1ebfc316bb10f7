"""A field that links to other records (an activity's recipients, a breach's activities) offers every record of
that kind: the list is read once and kept until such a record changes, so that going from record to record does not
read it again (#21: at 10,000 recipients each activity shown read them all and laid out 10,000 rows, ~1 s)."""

from PySide6.QtCore import Qt

from ropa_app.domain import model
from ropa_app.ui.commands import AddRecord
from tests.ui.checks_helpers import demo_file, open_window


def _offered(field) -> list[str]:
    return [field.model.data(field.model.index(r)) for r in range(field.model.rowCount())]


def test_the_recipients_offered_are_read_once_and_again_after_a_recipient_changes(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_file(tmp_path))
    page, store = window.activities_page, window.store
    reads = []
    summaries = store.recipients.summaries
    monkeypatch.setattr(store.recipients, "summaries", lambda: reads.append(1) or summaries())
    activities = [s.id for s in store.activities.summaries()]
    field = page.editor.form.widgets["recipients"]
    assert page.editor.record is not None  # the page shows its first activity: the recipients were read for it
    assert field.view.uniformItemSizes()  # laid out without asking each row its size

    for activity_id in activities[:4]:
        page.select(activity_id)
        qtbot.waitUntil(lambda a=activity_id: page.editor.record is not None and page.editor.record.id == a)
    assert reads == [], f"the recipients were read {len(reads)} times for 4 activities shown"
    names = _offered(field)
    assert sorted(names, key=str.casefold) == names and len(names) == len(summaries())
    checked = [field.model.data(field.model.index(r), Qt.ItemDataRole.CheckStateRole) for r in range(len(names))]
    wanted = set(page.editor.record.recipients)
    assert {field.model.items[r][0] for r, c in enumerate(checked) if c == Qt.CheckState.Checked} == wanted

    window.session.undo_stack.push(AddRecord(window.session, model.Recipient(name="Ålands Lönetjänst Ab"), "add"))
    page.select(activities[0])
    qtbot.waitUntil(lambda: page.editor.record.id == activities[0])
    assert "Ålands Lönetjänst Ab" in _offered(field)
    assert len(reads) == 1  # read again once, for the recipient added
