"""`drain`: a list or dict emptied an item at a time (the checks' tables, the sort's parts, a previous result)."""

import weakref

from ropa_app.domain.draining import drain


class _Item:
    pass


def test_a_list_is_emptied_from_its_end_each_item_freed_as_it_is_taken_out():
    items = [_Item() for _ in range(5)]
    refs = [weakref.ref(i) for i in items]
    kept = items[1]  # held elsewhere: stays alive
    freed_before_each = []

    def stop() -> bool:  # asked before each item: how many were freed by then
        freed_before_each.append([r() is None for r in refs])
        return False

    drain(items, stop)
    assert items == []
    # one item freed between two asks, the last first; the one held elsewhere is never freed
    assert freed_before_each == [
        [False] * 5,
        [False, False, False, False, True],
        [False, False, False, True, True],
        [False, False, True, True, True],
        [False, False, True, True, True],  # the one held elsewhere was taken out, and is not freed
    ]
    assert refs[0]() is None and refs[1]() is kept


def test_a_dict_is_emptied_by_popitem_last_key_first():
    table = {"a": _Item(), "b": _Item(), "c": _Item()}
    left = []

    def stop() -> bool:
        left.append(list(table))
        return False

    drain(table, stop)
    assert table == {} and left == [["a", "b", "c"], ["a", "b"], ["a"]]


def test_without_stop_it_empties_everything_and_an_empty_container_is_left_as_it_is():
    items, table, empty = list(range(10_000)), dict.fromkeys(range(1000)), []
    drain(items)
    drain(table)
    drain(empty)
    assert items == [] and table == {} and empty == []


def test_stop_leaves_the_rest_in_place():
    items = list(range(10))
    asked = []

    def stop() -> bool:
        asked.append(len(items))
        return len(items) == 6  # stop once four are out

    drain(items, stop)
    assert items == [0, 1, 2, 3, 4, 5] and asked == [10, 9, 8, 7, 6]
    drain(items, lambda: True)
    assert items == [0, 1, 2, 3, 4, 5]
