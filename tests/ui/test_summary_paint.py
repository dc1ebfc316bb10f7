"""The summary tables draw a cell's text themselves from a kept layout (ui/summary_view.py, #21): the same pixels
as the style's own drawing, the text elided as the style elides it while the model keeps the whole text; and the
model picks a small or an unchanged answer without a pass over every row, and a large one not at all: its rows are
found when the view asks for them (ui/table_model.py)."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from ropa_app.domain.search import bit_flags
from ropa_app.ui import i18n, table_model
from ropa_app.ui.summary_view import SummaryDelegate
from ropa_app.ui.table_model import PickedRows, SummaryTableModel

from .checks_helpers import demo_file, open_window


class _StyleDrawn(SummaryDelegate):
    """The same cells drawn entirely by the style (Qt's own delegate paint over the same `initStyleOption`)."""

    paint = QStyledItemDelegate.paint


def _pixels(table, delegate):
    table.setItemDelegate(delegate)
    table.viewport().repaint()
    return table.viewport().grab().toImage()


def _same_as_the_style_draws(table) -> None:
    ours = table.itemDelegate()
    assert isinstance(ours, SummaryDelegate) and not isinstance(ours, _StyleDrawn)
    drawn = _pixels(table, ours)
    reference = _pixels(table, _StyleDrawn(ours._model, table))
    table.setItemDelegate(ours)
    assert drawn.size() == reference.size()
    assert drawn == reference


@pytest.fixture
def swedish():
    installed = i18n.install("sv")
    yield
    i18n.uninstall(installed)


def test_the_checks_and_a_list_look_as_the_style_draws_them(qtbot, tmp_path, swedish):
    window = open_window(qtbot, demo_file(tmp_path))
    view = window.checks_view
    for width in (1280, 900):  # two widths: the long messages elided at different places
        window.resize(QSize(width, 800))
        window.show_page(window.stack.indexOf(window.checks_box))
        qtbot.waitUntil(lambda: view.model.rowCount() > 5)
        view.table.selectRow(1)  # a selected row (its own colours) among plain and alternate ones
        _same_as_the_style_draws(view.table)
        listing = window.activities_page.listing
        window.show_page("activity")
        listing.table.selectRow(2)
        _same_as_the_style_draws(listing.table)


def test_a_cell_is_handed_its_elided_text_and_the_model_keeps_the_whole(qtbot, tmp_path):
    window = open_window(qtbot, demo_file(tmp_path))
    view = window.checks_view
    window.show_page(window.stack.indexOf(window.checks_box))
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    view.table.viewport().repaint()
    delegate = view.table.itemDelegate()
    kept = {text: laid for (text, _width), laid in delegate._texts.items()}
    elided = [(text, laid.shown) for text, laid in kept.items() if laid.shown != text]
    assert elided, "no long message was elided in the Checks view"
    for text, shown in elided:
        assert shown.endswith("…") and text.startswith(shown[:-1]) and len(shown) < len(text)
    message = next(text for text, _shown in elided)
    row = next(r for r in range(view.model.rowCount()) if view.model.cell(r, 1)[0] == message)
    index = view.proxy.index(row, 1)
    assert index.data() == message  # the model's text (search, copy, accessibility) is whole
    assert message in index.data(3)  # and so is the tooltip (ToolTipRole)


class _Row:
    def __init__(self, id_: int, name: str, status: str):
        self.id, self.name, self.status = id_, name, status


def _model(n: int) -> SummaryTableModel:
    rows = [_Row(i, f"row {i} {'rare' if i % 97 == 0 else 'common'}", "a" if i % 2 else "b") for i in range(n)]
    model = SummaryTableModel([("name", "Name", None)])
    model.set_loader(lambda: rows)
    return model


def test_a_small_answer_picks_the_same_rows_as_a_pass_over_all(qapp):
    model = _model(5000)
    model.set_filter(search="rare")
    few = list(model.rows)
    assert len(few) == len(range(0, 5000, 97)) < model.FEW_ROWS
    model.FEW_ROWS = 0  # the pass over every row
    model.set_filter(search="")
    model.set_filter(search="rare")
    assert model.rows == few and [r.id for r in few] == list(range(0, 5000, 97))
    model.FEW_ROWS = SummaryTableModel.FEW_ROWS
    model.set_filter(status="a")
    assert [r.id for r in model.rows] == [i for i in range(0, 5000, 97) if i % 2]


def test_an_unchanged_answer_is_not_picked_again_nor_reset(qapp, monkeypatch):
    picks = []
    monkeypatch.setattr(table_model, "bit_flags", lambda *a: picks.append(1) or bit_flags(*a))
    model = _model(3000)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_filter(search="common")
    shown = model.rows
    assert len(picks) == 1
    model.set_filter(search="common ")  # the same words: the same answer
    model.set_filter(search="comm")  # another query with the same answer
    assert model.rows is shown and len(resets) == 1 and len(picks) == 1
    model.set_filter(search="row 5")  # another answer
    assert len(resets) == 2 and {r.id for r in model.rows} >= {5, 50, 500} and len(picks) == 2
    model.sort(0)  # sorted: the same rows in order, then the same answer again keeps them
    ordered = model.rows
    model.set_filter(search="row 5")
    assert model.rows is ordered
    model.set_filter(search="")  # every row again
    assert len(model.rows) == 3000
    model.reload()  # new rows: picked again whatever the answer
    assert len(resets) == 4 and len(model.rows) == 3000


def test_picked_rows_are_the_rows_of_their_flags_wherever_asked():
    source = [object() for _ in range(5000)]
    for flags in (bytes(5000), bytes([1]) * 5000, bytes(i % 7 == 0 or 2000 <= i < 2100 for i in range(5000)),
                  bytes(i in (0, 1023, 1024, 4999) for i in range(5000))):
        expected = [r for r, f in zip(source, flags) if f]
        rows = PickedRows(source, flags)
        assert len(rows) == len(expected) and list(rows) == expected and rows == expected and expected == rows
        order = list(range(len(expected)))
        for i in order[::-1] + order[::3] + order:  # backwards, by steps, forwards: across blocks both ways
            assert rows[i] is expected[i]
        if expected:
            assert rows[-1] is expected[-1] and rows[-len(expected)] is expected[0]
            assert rows[5:40:3] == expected[5:40:3] and rows[::-1] == expected[::-1]
        for outside in (len(expected), -len(expected) - 1):
            with pytest.raises(IndexError):
                rows[outside]
    assert PickedRows(source, bytes([1]) * 5000) != source[1:] + source[:1]


def test_a_large_answer_is_not_picked_and_is_the_rows_of_a_plain_scan(qapp):
    model = _model(5000)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_filter(search="common")
    assert isinstance(model.rows, PickedRows)  # no list of 4,948 rows made (#21)
    assert list(model.rows) == [r for r in model.all_rows if "common" in r.name]
    assert [model.cell(row, 0)[0] for row in (0, 1, 4947)] == ["row 1 common", "row 2 common", "row 4999 common"]
    model.set_filter(status="a")  # and AND-ed with the status
    assert list(model.rows) == [r for r in model.all_rows if "common" in r.name and r.status == "a"]
    model.set_filter(search="", status="")
    assert len(resets) == 3 and model.rows is model.all_rows
    model.set_filter(search="row")  # every row, as shown: not reset
    assert len(resets) == 3 and model.rowCount() == 5000
    model.sort(0)  # sorted: the rows of the answer in order
    model.set_filter(search="common")
    ordered = sorted(model.all_rows, key=lambda r: model.sort_key(r, 0))
    assert model.rows == [r for r in ordered if "common" in r.name] and len(resets) == 4


def test_the_checks_columns_are_never_narrower_than_their_titles_in_swedish(qtbot, tmp_path, swedish):
    """(the severity column's title, "Allvarlighetsgrad", was cut to "llvarlighetsgra" at its 95 pixels)"""
    window = open_window(qtbot, demo_file(tmp_path))
    view = window.checks_view
    header = view.table.horizontalHeader()
    for col in (0, 2, 3, 4):
        title = view.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert title == "Allvarlighetsgrad" or col
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(title) + 12
