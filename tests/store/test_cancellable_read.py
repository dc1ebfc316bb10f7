"""The checks' read of a big register can be stopped while it runs (issue #21: closing the window at 50,000
activities left the process running until the read ended): `RegisterStore.load_register(cancelled)` asks
`cancelled()` through SQLite's progress handler, and the repositories make each record as its row is read, so
the question is asked all through the read, not only between tables."""

import sqlite3
import threading

import pytest

from benchmarks.synthetic import write_synthetic
from ropa_app.store import RegisterStore, repository


@pytest.fixture(scope="module")
def register_file(tmp_path_factory):
    return write_synthetic(tmp_path_factory.mktemp("cancel") / "reg.ropa", 300, 60)


def test_a_read_never_cancelled_is_the_whole_register(register_file):
    with RegisterStore.open(register_file, readonly=True) as store:
        plain = store.load_register()
        asked = []
        watched = store.load_register(lambda: asked.append(1) is None and False)
    assert watched == plain and len(plain.activities) == 300
    assert len(asked) > 10, "the progress handler is asked all through the read"


def test_a_cancelled_read_stops_inside_the_table_and_the_connection_stays_usable(register_file, monkeypatch):
    made = []
    real_from_row = repository.from_row

    def from_row(cls, row, *args):
        made.append(cls.__name__)
        return real_from_row(cls, row, *args)

    monkeypatch.setattr(repository, "from_row", from_row)
    stop = threading.Event()

    def cancelled():
        if made.count("Activity") >= 50:  # well into the activities
            stop.set()
        return stop.is_set()

    with RegisterStore.open(register_file, readonly=True) as store:
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            store.load_register(cancelled)
        assert made.count("Activity") < 150, "stopped while reading the activities' rows, not after them"
        assert len(store.load_register().activities) == 300  # the handler is gone: the next read is whole
