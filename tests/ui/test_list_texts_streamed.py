"""A list's search texts reach its index one at a time (#21: the texts of 50,000 activities, ~100 MB, were read whole
into a dict before the index took them, beside the checks' read of the register, at the window's peak)."""

import pytest

from ropa_app.domain.search import TextIndex
from ropa_app.store import activities
from ropa_app.store.demo import create_demo
from ropa_app.ui.record_list import texts_by_position
from ropa_app.ui.worker import Cancelled

from tests.search_reference import normalised, scan


@pytest.mark.parametrize("part", [None, 3])
def test_activities_texts_come_one_at_a_time_in_the_order_of_their_ids_and_are_the_same_texts(tmp_path, monkeypatch,
                                                                                                part):
    """Read a part at a time (3: the demo's 16 activities in 6 short queries), each text made as it is asked for."""
    if part is not None:
        monkeypatch.setattr(activities, "_TEXTS_PART", part)
    store = create_demo(tmp_path / "demo.ropa")
    try:
        repo = store.activities
        pairs = repo.each_search_text()
        first = next(pairs)  # made as asked for: a generator, not a whole dict read first
        rest = list(pairs)
        ids = [first[0], *(i for i, _t in rest)]
        assert ids == sorted(ids) == sorted(r.id for r in repo.summaries())  # by id, no sort of the texts by SQLite
        assert dict([first, *rest]) == repo.search_texts()
        assert len(ids) > 10 and all(text for _i, text in rest)
        listed = [r.id for r in repo.summaries()]  # the list's order (by reference): each text at its row
        texts = dict(repo.each_search_text())
        assert list(texts_by_position(repo.each_search_text(), listed, lambda: False)) == [texts[i] for i in listed]
    finally:
        store.close()


def test_texts_in_the_lists_order_are_taken_no_sooner_than_indexed():
    ids = [5, 3, 9, 1]
    taken: list[int] = []
    indexed: list[int] = []

    def pairs():
        for i in ids:
            assert len(taken) == len(indexed)  # the text before was indexed before this one is made
            taken.append(i)
            yield i, f"text of {i}"

    for n, text in enumerate(texts_by_position(pairs(), ids, lambda: False)):
        assert text == f"text of {ids[n]}"
        indexed.append(n)
    assert taken == ids


@pytest.mark.parametrize("order", [[9, 1, 5, 3, 7], [1], []])
def test_texts_in_another_order_or_of_other_records_still_land_at_their_positions(order):
    """The register changed between the list's read and the texts' (records added, deleted, renamed): each position
    gets its record's text, or "" for a record without one, as the texts read by id gave it."""
    ids = [5, 3, 9, 1]
    texts = {i: f"words of {i}" for i in order}
    got = list(texts_by_position(iter(texts.items()), ids, lambda: False))
    assert got == [texts.get(i, "") for i in ids]
    index, reference = TextIndex(iter(got), synonyms={}), [normalised(t) for t in got]
    for query in ("words", "of 9", "1", "nothing"):
        assert index.positions(query) == scan(reference, query)


def test_a_cancel_stops_the_texts():
    ids = list(range(10_000))
    flag = {"cancel": False}
    given = []
    with pytest.raises(Cancelled):
        for text in texts_by_position(((i, "x") for i in ids), ids, lambda: flag["cancel"]):
            given.append(text)
            flag["cancel"] = True
    assert len(given) == 4096  # looked for every 4,096 texts
