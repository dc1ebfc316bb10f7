"""The lists of activities and recipients: search as you type and sort by a column, driven as a user drives them."""

from PySide6.QtCore import QLocale, QPoint, Qt

from ropa_app.ui.forms import fields
from ropa_app.ui.main_window import MainWindow
from ropa_app.ui.table_model import ID_ROLE, SummaryTableModel

from .checks_helpers import demo_window
from .driver import fill
from .typing import select_all_and_type, type_text


def _ids(listing) -> set[int]:
    proxy = listing.proxy
    return {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}


def test_words_are_found_in_any_order_and_across_fields(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    store = window.store
    payroll = next(a for a in store.activities.all() if "payroll" in a.name.casefold())
    # a word of the name and a word of a recipient's name, typed in the other order
    recipient = store.recipients.names(payroll.recipients)[0].split()[0]
    type_text(listing.search, f"{recipient} payroll")
    assert payroll.id in _ids(listing)
    assert f"of {store.activities.count()}" in listing.count_label.text()
    select_all_and_type(listing.search, "payroll nosuchwordanywhere")
    assert _ids(listing) == set()


def test_a_legal_basis_is_found_by_the_words_the_form_shows(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    type_text(listing.search, "vital interests")
    expected = {a.id for a in window.store.activities.all() if "art6_1_d" in a.legal_bases}
    assert _ids(listing) >= expected
    select_all_and_type(listing.search, "consent")
    consent = {a.id for a in window.store.activities.all() if "art6_1_a" in a.legal_bases}
    assert consent and _ids(listing) >= consent


def test_the_record_being_edited_stays_selected_while_it_matches(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    target = next(a for a in window.store.activities.all() if a.ref == "PA-007")
    listing.select(target.id)
    type_text(listing.search, "customer")
    assert target.id in _ids(listing)
    assert listing.current_id() == target.id
    assert listing.table.selectionModel().isRowSelected(listing.table.currentIndex().row())


def test_recipients_are_found_by_country_name_and_sub_processor(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    window.show_page("recipient")
    listing = window.recipients_page.listing
    store = window.store
    type_text(listing.search, "India")
    india = {r.id for r in store.recipients.all() if "IN" in (r.processing_countries + [r.country])}
    assert india and _ids(listing) == india
    select_all_and_type(listing.search, "Google LLC")
    uses_google = {r.id for r in store.recipients.all()
                   if "Google LLC" in store.recipients.names(r.sub_processors) or r.name == "Google LLC"}
    assert len(uses_google) > 1 and _ids(listing) == uses_google


def test_an_edit_is_found_by_its_new_text(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    page = window.activities_page
    listing = page.listing
    first = listing.current_id()
    type_text(listing.search, "sjöräddning")
    assert _ids(listing) == set()
    listing.search.clear()
    page.select(first)
    description = page.editor.findChild(fields.LongTextField, "description")
    fill(qtbot, description, "Övning med Sjöräddningssällskapet varje år.")
    assert "Sjöräddningssällskapet" in window.store.activities.get(first).description
    type_text(listing.search, "sjöräddning")
    qtbot.waitUntil(lambda: _ids(listing) == {first}, timeout=5000)
    window.action_undo.trigger()
    select_all_and_type(listing.search, "sjöräddning")
    qtbot.waitUntil(lambda: _ids(listing) == set(), timeout=5000)


def _waiting_shown(listing) -> bool:
    """The list says that the search typed is not applied yet: greyed, "Searching…" for the eye and the ear."""
    return (listing.model.waiting and not listing.table.isEnabled() and listing.count_label.text() == "Searching…"
            and listing.table.accessibleDescription() == "Searching…")


def test_a_long_list_filters_when_its_index_arrives_without_blocking_the_keystroke(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(SummaryTableModel, "BUILD_HERE_UP_TO", 0)  # treat the demo as a long list
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    qtbot.waitUntil(lambda: listing.model.index_ready, timeout=5000)
    window.action_new_activity.trigger()  # the rows change: a new index is built in a worker
    new_id = listing.current_id()
    assert listing.model.index_pending and not listing.model.index_ready
    shown = _ids(listing)
    assert listing.table.isEnabled() and not listing.model.waiting
    type_text(listing.search, "payroll")  # no event is processed in between: the index cannot have arrived
    assert not listing.model.index_ready and _ids(listing) == shown
    assert _waiting_shown(listing)  # the rows still shown are not presented as the answer
    payroll = {a.id for a in window.store.activities.all() if "payroll" in a.name.casefold()}
    qtbot.waitUntil(lambda: listing.model.index_ready, timeout=5000)
    assert payroll <= _ids(listing) and new_id not in _ids(listing)
    assert f"of {len(shown)} activities" in listing.count_label.text()
    assert listing.table.isEnabled() and listing.table.accessibleDescription() == "" and not listing.model.waiting


def test_a_short_list_filters_at_once_while_its_index_is_built(qtbot, tmp_path):
    """A list of up to `BUILD_HERE_UP_TO` rows reads and indexes its texts on the keystroke (a few ms) rather than
    wait for its worker's index; the worker's, when it lands, finds the same."""
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    assert listing.model.total() <= SummaryTableModel.BUILD_HERE_UP_TO
    qtbot.waitUntil(lambda: listing.model.index_ready, timeout=5000)
    window.action_new_activity.trigger()  # the rows change: a new index is built in a worker
    assert listing.model.index_pending and not listing.model.index_ready
    queries = ["contract", "payroll sw"]  # a legal basis by its label; two words
    found = []
    for query in queries:  # no event is processed in between: the worker's index cannot have arrived
        select_all_and_type(listing.search, query)
        found.append(_ids(listing))
        assert not listing.model.waiting and listing.table.isEnabled()
    contract = {a.id for a in window.store.activities.all() if "art6_1_b" in a.legal_bases}
    assert contract <= found[0] and found[1] and f"of {listing.model.total()}" in listing.count_label.text()
    qtbot.waitUntil(lambda: not listing.model.index_pending, timeout=5000)
    for query, ids in zip(queries, found):
        select_all_and_type(listing.search, query)
        assert _ids(listing) == ids, query


def test_typing_as_a_long_list_shows_never_blocks_the_ui_thread(qtbot, tmp_path, monkeypatch):
    """Issue #21: keystrokes typed as the window shows, before the list's index exists (its reader starts after the
    first paint) or while its worker builds it: each keystroke only records the query (the list says "Searching…"),
    and the filter lands with the index. The texts' reader here waits until the keystrokes are typed (2 s at most):
    a keystroke that read them or built the index on the UI thread (as before) blocks that long. Measured here (2
    shared cores, load average 10): each keystroke 0.1-0.6 ms, the first (it starts the reader's thread) 9-100 ms;
    the longest pause of the event loop from the second keystroke until the filter landed 7-56 ms; the bound is
    0.5 s for both, for a machine that may take the UI thread's core away that long."""
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.search_reference import normalised, scan
    from ropa_app.store.activities import ActivityRepo
    from ropa_app.store.demo import create_demo
    from ropa_app.ui.register_checks import checks_for

    read, typed = ActivityRepo.each_search_text, threading.Event()

    def slow_read(self):  # what the worker reads, and `search_texts` (a read on the UI thread) through it
        typed.wait(2.0)
        yield from read(self)

    monkeypatch.setattr(ActivityRepo, "each_search_text", slow_read)
    monkeypatch.setattr(SummaryTableModel, "BUILD_HERE_UP_TO", 0)  # the demo's 16 activities count as many
    path = tmp_path / "demo.ropa"
    create_demo(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show_page("activity")
    listing = window.activities_page.listing
    texts, rows = dict(read(window.store.activities)), listing.model.all_rows
    payroll = {rows[i].id for i in scan([normalised(texts.get(r.id, "")) for r in rows], "payroll")}  # a plain scan
    assert payroll and listing.model.total() > len(payroll)
    window.show()
    assert listing._prefetch_task is None and not listing.model.index_pending  # not painted yet: no reader yet
    t = time.perf_counter()
    type_text(listing.search, "p")
    keystrokes = [time.perf_counter() - t]
    assert _waiting_shown(listing) and listing.model.index_pending  # typed before the first paint: reader started
    qtbot.waitExposed(window)
    checks = checks_for(window.session)
    qtbot.waitUntil(lambda: checks.checked_on is not None)  # the start-up work of the first paint: done
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.timeout.connect(tick)
    probe.start(5)
    for ch in "ayroll":
        t = time.perf_counter()
        type_text(listing.search, ch)
        keystrokes.append(time.perf_counter() - t)
        assert _waiting_shown(listing) and not listing.model.index_ready
        QApplication.processEvents()
    typed.set()
    qtbot.waitUntil(lambda: not listing.model.waiting, timeout=10000)
    probe.stop()
    assert _ids(listing) == payroll and listing.table.isEnabled()  # the filter typed, applied by the index
    assert f"{len(payroll)} of {listing.model.total()}" in listing.count_label.text()
    assert max(keystrokes) < 0.5, keystrokes
    assert gaps and max(gaps) < 0.5, max(gaps)


def _click_header(qtbot, listing, column: int) -> None:
    header = listing.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _column(listing, column: int) -> list[str]:
    proxy = listing.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_clicking_a_header_sorts_and_the_order_holds_while_searching(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    target = next(a for a in window.store.activities.all() if a.ref == "PA-007")
    listing.select(target.id)
    _click_header(qtbot, listing, 1)  # Name
    names = _column(listing, 1)
    assert names == sorted(names, key=str.casefold) and names != sorted(names, key=lambda n: n)[::-1]
    assert listing.current_id() == target.id  # the selection stays on its record
    _click_header(qtbot, listing, 1)
    assert _column(listing, 1) == names[::-1]
    type_text(listing.search, "customer")
    found = _column(listing, 1)
    assert len(found) > 1 and found == sorted(found, key=str.casefold, reverse=True)
    assert listing.current_id() == target.id


def test_names_sort_in_the_users_language(qtbot, tmp_path):
    from ropa_app.domain import model
    from ropa_app.store import RegisterStore

    previous = QLocale()
    QLocale.setDefault(QLocale("sv_SE"))
    try:
        path = tmp_path / "sv.ropa"
        with RegisterStore.create(path, model.Organisation(name="Testbolaget AB")) as store:
            for i, name in enumerate(["Öppettider", "Ärenden", "Zon", "Åtkomst", "avtal", "Bokföring"]):
                store.activities.add(model.Activity(ref=f"PA-{i + 1}", name=name))
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_path(path)
        listing = window.activities_page.listing
        listing.proxy.sort(1, Qt.SortOrder.AscendingOrder)
        assert _column(listing, 1) == ["avtal", "Bokföring", "Zon", "Åtkomst", "Ärenden", "Öppettider"]
        listing.proxy.sort(0, Qt.SortOrder.AscendingOrder)  # numbers in references compare as numbers
        assert _column(listing, 0) == [f"PA-{i}" for i in range(1, 7)]
    finally:
        QLocale.setDefault(previous)


def test_filtering_and_sorting_agree_with_a_plain_reference(qtbot, qtmodeltester):
    """Any sequence of searches, status filters and sorts shows what a plain filter-then-sort shows."""
    import random
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Row:
        id: int
        name: str
        status: str

    rnd = random.Random(7)
    words = ["payroll", "Payments", "ørsted", "Sweden", "hr", "IT", "support", "Åtkomst"]
    rows = [Row(i, " ".join(rnd.sample(words, 2)) + f" {i}", rnd.choice(["active", "draft", ""])) for i in range(120)]
    m = SummaryTableModel([("name", "Name", None), ("status", "Status", None)])
    m.set_loader(lambda: list(rows))
    qtmodeltester.check(m)
    previous = QLocale()
    QLocale.setDefault(QLocale.c())  # the reference orders by code point, as the "C" locale does
    try:
        _check_against_reference(m, rows, rnd)
    finally:
        QLocale.setDefault(previous)


def _check_against_reference(m, rows, rnd) -> None:
    for _ in range(150):
        action = rnd.random()
        if action < 0.5:
            m.set_filter(search=rnd.choice(["", "p", "pay", "ørs", "sweden pay", "it", "1", "zz"]))
        elif action < 0.7:
            m.set_filter(status=rnd.choice(["", "active", "draft"]))
        elif action < 0.9:
            m.sort(rnd.choice([-1, 0, 1]), rnd.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]))
        else:
            m.reload()
        terms = m.search.casefold().split()
        want = [r for r in rows if all(any(t in w for w in r.name.casefold().split() + [r.status]) for t in terms)]
        want = [r for r in want if not m.status or r.status == m.status]
        if m.sort_column >= 0:
            key = (lambda r: r.name.casefold()) if m.sort_column == 0 else (lambda r: r.status)
            want.sort(key=key, reverse=m.sort_order == Qt.SortOrder.DescendingOrder)
            assert [key(r) for r in m.rows] == [key(r) for r in want]
            assert sorted(r.id for r in m.rows) == sorted(r.id for r in want)
        else:
            assert [r.id for r in m.rows] == [r.id for r in want]


def test_the_columns_shown_and_the_sort_are_remembered(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    listing = window.activities_page.listing
    listing.set_column_visible(5, False)  # Business function
    _click_header(qtbot, listing, 1)
    _click_header(qtbot, listing, 1)  # Name, descending
    names = _column(listing, 1)
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(tmp_path / "demo.ropa")
    listing = again.activities_page.listing
    header = listing.table.horizontalHeader()
    assert header.isSectionHidden(5) and not header.isSectionHidden(1)
    assert header.sortIndicatorSection() == 1 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _column(listing, 1) == names == sorted(names, key=str.casefold, reverse=True)
