"""benchmarks/memory.py: the one reading of the process's memory that bench_export, bench_import and bench_gui
print their memory figures from."""

import sys

import pytest

from benchmarks import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's high-water mark is Linux's")
def test_the_peak_of_a_work_is_what_it_added_above_the_memory_it_began_with():
    peak, current = memory.memory()
    assert peak >= current > 10  # MB: an interpreter with pytest holds more than that
    grown = memory.peak_of(lambda: bytearray(64 * 1024 * 1024).replace(b"\0", b"\1"))  # 64 MB, twice over a moment
    assert 60 < grown < 200
    assert 0 <= memory.peak_of(lambda: None) < 5  # restarted: the earlier peak is not counted again
    assert memory.restarted() > 10 and memory.memory()[0] < peak + 200


def test_without_proc_the_peak_is_getrusage_s_and_a_work_s_own_peak_is_not_measured(monkeypatch):
    def no_proc(*_args, **_kwargs):
        raise OSError("no /proc here")

    monkeypatch.setattr(memory, "open", no_proc, raising=False)
    peak, current = memory.memory()
    assert peak == current > 10
    ran = []
    assert memory.restart_peak() is False and memory.restarted() == -1
    assert memory.peak_of(ran.append, 1) == -1 and ran == []  # the work is not run for a figure it cannot give
