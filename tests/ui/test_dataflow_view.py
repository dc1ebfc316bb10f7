"""The "Data flows" page: the demo's flows drawn as boxes and lines, a click or Enter on a box opens its record,
the filters and grouping redraw it, and the keyboard reaches every box."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ropa_app.domain import dataflow, kinds

from .checks_helpers import demo_window


def _page(qtbot, window):
    window.action_dataflow.trigger()
    page = window.dataflow_page
    assert window.stack.currentWidget() is window.dataflow_box is page.parent()  # (built in its box when first shown)
    assert page.objectName() == "dataflow_page" and page.isVisible()
    qtbot.waitUntil(lambda: bool(page.view.order))
    return page


def _click(qtbot, page, item) -> None:
    view = page.view
    view.centerOn(item)
    qtbot.wait(1)
    point = view.mapFromScene(item.sceneBoundingRect().center())
    assert view.node_at(point) is item
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_the_page_shows_the_demos_flows(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = _page(qtbot, window)
    register = window.store.load_register()
    active = [a for a in register.activities if a.status != "retired"]
    shown = {item.node.key for item in page.view.order}
    assert {f"activity:{a.id}" for a in active} <= shown
    assert {f"recipient:{r.id}" for r in register.recipients} <= shown
    assert {"country:US", "country:IN", "country:SE"} <= shown
    assert page.node_item("country:IN").node.third_country
    assert page.node_item("country:IN").node.severity == "error"  # the transfer to India without a mechanism
    # the special categories are marked with a sign, not only a colour
    special = [it for it in page.view.order if it.node.special]
    assert special and all(it.text.startswith(dataflow.SPECIAL_MARK) for it in special)
    assert "Standard contractual clauses" in page.legend.text() and "No mechanism" in page.legend.text()
    assert page.view.accessibleName() == "Data flows"
    assert "outside the EEA" in page.summary.text()


def test_clicking_an_activity_opens_it(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = _page(qtbot, window)
    item = next(it for it in page.view.order if it.node.record_kind == "activity")
    _click(qtbot, page, item)
    activities = window.pages[kinds.ACTIVITY.key]
    assert window.current_view() is activities
    assert activities.listing.current_id() == item.node.record_id


def test_the_keyboard_reaches_the_boxes_and_enter_opens_a_recipient(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = _page(qtbot, window)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    QTest.keyClick(page.view, Qt.Key.Key_Down)
    assert page.view.scene().focusItem() is page.view.order[0]
    for _ in range(3):
        QTest.keyClick(page.view, Qt.Key.Key_Right)  # activity -> data -> recipient -> country
    assert page.view.scene().focusItem().node.column == dataflow.COUNTRY
    QTest.keyClick(page.view, Qt.Key.Key_Left)
    focused = page.view.scene().focusItem()
    assert focused.node.column == dataflow.RECIPIENT
    assert focused.node.label in page.view.accessibleDescription()  # what a screen reader is told
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    recipients = window.pages[kinds.RECIPIENT.key]
    assert window.current_view() is recipients
    assert recipients.listing.current_id() == focused.node.record_id


def test_filters_and_grouping_redraw_the_picture(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = _page(qtbot, window)
    page.outside_eea.setChecked(True)
    countries = [it.node for it in page.view.order if it.node.column == dataflow.COUNTRY]
    assert countries and all(n.third_country for n in countries)
    page.country.setCurrentIndex(page.country.findData("IN"))
    assert [it.node.key for it in page.view.order if it.node.column == dataflow.COUNTRY] == ["country:IN"]
    _click(qtbot, page, page.node_item("country:IN"))  # a country: only its flows (already so)
    assert page.country.currentData() == "IN"
    page.reset_button.click()
    assert page.country.currentData() == "" and not page.outside_eea.isChecked()
    page.group_activities.setChecked(True)
    functions = [it for it in page.view.order if it.node.column == dataflow.ACTIVITY]
    assert functions and all(it.node.key.startswith("function:") for it in functions)
    _click(qtbot, page, functions[0])  # a business function: its activities one by one
    assert not page.group_activities.isChecked()
    assert page.node_item(f"activity:{functions[0].node.members[0]}") is not None
    before = page.view.transform().m11()
    QTest.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.transform().m11() > before


def test_hover_details(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = _page(qtbot, window)
    item = page.node_item("country:US")
    assert "Outside the EEA" in item.toolTip() and "Click" in item.toolTip()
    page.view.highlight("country:IN")
    faded = [e for e, s, t in page.view.edges if e.opacity() < 1]
    assert faded and len(faded) < len(page.view.edges)


def test_the_map_shows_the_destinations_and_a_click_filters_to_one(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = _page(qtbot, window)
    page.tabs.setCurrentWidget(page.map)
    qtbot.waitUntil(page.map.isVisible)
    assert {"US", "IN", "SE", "AU"} <= set(page.map.tiles)
    tile = page.map.tiles["IN"]
    assert "India" in tile.toolTip() and "No mechanism" in tile.toolTip()
    point = page.map.mapFromScene(tile.sceneBoundingRect().center())
    QTest.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert page.country.currentData() == "IN" and page.tabs.currentWidget() is page.view
    assert set(page.map.tiles) == {"IN"}


def test_the_page_is_laid_out_when_first_shown_not_when_the_window_opens(qtbot, tmp_path):
    """Issue #21: the window's first paint does not wait for a picture nobody is looking at."""
    window = demo_window(qtbot, tmp_path)  # opens on another page
    page = window.dataflow_page
    assert not page.isVisible()
    assert page.flow is None and page.view.order == [], "laid out before it was shown"
    page = _page(qtbot, window)
    assert page.flow is not None and page.view.order
    window.show_page(kinds.ACTIVITY.key)
    page.flow = None
    page.reload()  # the register changed while hidden: laid out again once shown
    assert page.flow is None
    page = _page(qtbot, window)
    assert page.flow is not None
