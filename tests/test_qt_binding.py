"""The Qt binding itself: faults of a PySide6 release that would crash the app, caught before a release
of ours picks it up (pyproject.toml pins around them)."""

import sys

from PySide6.QtCore import QObject, QStringListModel, Signal


class _Emitter(QObject):
    plain = Signal()
    value = Signal(object)


def test_emitting_a_signal_from_python_leaves_true_alone():
    """PySide6 6.12.0 dropped a reference to True on every `emit()` from Python. On Python 3.11 True's
    count then reaches zero after a few hundred emits (a few thousand in the app) and the interpreter
    aborts with "bool_dealloc": the app crashed in the middle of a session."""
    o = _Emitter()
    o.value.connect(lambda v: None)
    model = QStringListModel(["a", "b"])

    def emit_all() -> None:
        o.plain.emit()
        o.value.emit(True)
        model.dataChanged.emit(model.index(0), model.index(1))
        model.layoutChanged.emit()

    emit_all()  # the first emission may keep a reference for good (caches): harmless
    before = sys.getrefcount(True)
    for _ in range(20):
        emit_all()
    assert sys.getrefcount(True) >= before, "each emit took a reference to True away"
