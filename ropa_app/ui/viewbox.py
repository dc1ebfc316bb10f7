"""`ViewBox`: a part of the window built the first time it is shown or asked for, not with the window (#21).

One mechanism for every such part: the list pages and the derived views in the window's navigation
(`ui/main_window.py`) and a list page's record editor (`ui/pages.py`). The box stands where the part goes (in
the navigation's stack, in a page's splitter) and keeps the register's session for it; `built()` makes the part
(and imports its module), puts it in the box, shows it at once if the box is visible and gives it the session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .startup_probe import after_first_paint
from .worker import hold_ui_reads

FIRST_PAINT_WAIT_MS = 500  # the longest the workers wait for a part's first paint


class ViewBox(QWidget):
    """`make(box)` makes the part, its signals connected; `ready(part)`, if given, is called once it has the
    session (a page's editor then shows the list's current record)."""

    def __init__(self, parent: QWidget | None, name: str, make: Callable[[ViewBox], QWidget],
                 ready: Callable[[QWidget], None] | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}_box")
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self._make, self._ready = make, ready
        self.view: QWidget | None = None
        self.session = None  # (RegisterSession | None: what the part takes when it is built)

    def built(self) -> QWidget:
        if self.view is None:
            # The workers wait while the part is built (a list page reads its rows) and first painted (its cells
            # call into Python): each of those calls waited for the GIL against them (#21, `worker.ui_reads`).
            end = hold_ui_reads()
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, end)  # (never longer, painted or not)
            try:
                self._build()
            except BaseException:
                end()
                self._discard()  # not a part half made: the next show builds it again (and says what failed again)
                raise
            if self.isVisible():
                owner = QObject(self.view)  # (its own: a part may wait for its first paint itself)
                after_first_paint(owner, lambda: (owner.deleteLater(), end()), self.view)
            else:
                end()
        return self.view

    def _discard(self) -> None:
        if self.view is not None:
            self.view.hide()
            self.view.setParent(None)
            self.view.deleteLater()
            self.view = None

    def _build(self) -> None:
        self.view = self._make(self)
        self.layout().addWidget(self.view)
        if self.isVisible():
            self.view.show()  # at once, not at the next turn of the event loop
        self.view.set_session(self.session)  # (None as well: the part's empty state, as one built with the window)
        if self._ready is not None:
            self._ready(self.view)

    def set_session(self, session) -> None:
        self.session = session
        if self.view is not None:
            self.view.set_session(session)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.built()
        super().showEvent(event)
