"""domain/collector.py: the process's one control of Python's cycle collector (#21) — holds from several
threads, what the end of the last one does with the objects made meanwhile, and collection driven by one
thread. Each test restores the module's and the collector's state (the desktop tests drive it from their
UI thread)."""

import gc
import threading

import pytest

from ropa_app.domain import collector


class Thing:
    pass


@pytest.fixture
def clean_collector(monkeypatch):
    """Automatic collection on, nothing frozen, no driver; put back as it was afterwards."""
    was_enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    monkeypatch.setattr(collector, "_driven", False)
    monkeypatch.setattr(collector, "_holds", 0)
    monkeypatch.setattr(collector, "_frozen", False)
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    if frozen:
        gc.freeze()  # what the other tests' work froze stays out of passes (approximately as before)
    (gc.enable if was_enabled else gc.disable)()


def _frozen(obj) -> bool:
    return gc.is_tracked(obj) and not any(o is obj for o in gc.get_objects())


def test_a_hold_stops_automatic_collection_and_the_last_one_to_end_resumes_it(clean_collector):
    started, release = threading.Event(), threading.Event()

    def other_thread():
        with collector.held():
            started.set()
            release.wait(5)

    worker = threading.Thread(target=other_thread)
    with collector.held():
        assert not gc.isenabled() and collector.is_held()
        worker.start()
        assert started.wait(5)
    assert not gc.isenabled(), "the other thread's hold is still under way"
    release.set()
    worker.join(5)
    assert gc.isenabled() and not collector.is_held()


def test_an_imports_objects_join_the_oldest_generation_without_a_pass(clean_collector):
    with collector.held():
        made = Thing()
    assert gc.get_freeze_count() == 0 and any(o is made for o in gc.get_objects(generation=2))


def test_kept_objects_stay_frozen_and_an_import_afterwards_does_not_unfreeze_them(clean_collector):
    with collector.held(keep=True):
        register = [Thing() for _ in range(100)]
    assert _frozen(register[0]) and gc.isenabled()
    with collector.held():  # as an import holds it (interchange, store.importing): the same mechanism
        imported = Thing()
    assert _frozen(register[0]), "an import's end used to unfreeze everything (gc.unfreeze)"
    assert _frozen(imported) and gc.isenabled()


def test_a_driven_collector_never_turns_automatic_collection_back_on(clean_collector):
    collector.drive_from_this_thread()
    with collector.held():
        pass
    assert not gc.isenabled()

    def make_rings():
        for _ in range(gc.get_threshold()[0] + 10):
            ring = Thing()
            ring.me = ring

    make_rings()
    with collector.held():
        assert collector.collect_due() is None, "nothing collected while work holds the collector off"
    make_rings()  # (the hold's end moved the young objects on: their count starts again)
    assert collector.collect_due() == 0 and gc.get_count()[0] < gc.get_threshold()[0]
