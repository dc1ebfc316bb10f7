"""The window's Register menu: Reviews Due, Mark as Reviewed…, Save Review Calendar…, Review Pack…, History.

A module of its own, apart from the Reviews page: the menu is made with the window, the page the first time it is
shown or used (`MainWindow.reviews_box`, #21)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..domain import kinds


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewsPage", text)


def install_review_actions(window) -> None:  # noqa: ANN001 - the MainWindow
    """The window's Register menu (before Help). Each action has its objectName (action_reviews_due, …) and is on
    the window; the Reviews page is built when an action needs it."""

    def show(box) -> None:  # noqa: ANN001
        window.navigation.setCurrentRow(window._views().index(box))

    def mark() -> None:
        current = window.current_page()
        if current is not None and current.entity in (kinds.ACTIVITY.key, kinds.RECIPIENT.key):
            from .review_dialog import mark_record_reviewed

            mark_record_reviewed(window.session, current.entity, current.listing.current_id(), window)
        elif window.stack.currentWidget() is window.reviews_box:
            window.reviews_page.mark_selected()

    def pack() -> None:
        show(window.reviews_box)
        page = window.reviews_page
        if page.selected_owner():
            page.write_pack()
        else:
            page.owner.setFocus()
            page.owner.showPopup()

    def calendar() -> None:
        show(window.reviews_box)
        window.reviews_page.save_calendar()

    window.action_reviews_due = window._action("action_reviews_due", _tr("&Reviews Due"),
                                               lambda: show(window.reviews_box))
    window.action_mark_reviewed = window._action("action_mark_reviewed", _tr("&Mark as Reviewed…"), mark)
    window.action_save_calendar = window._action("action_save_calendar", _tr("Save Review &Calendar (.ics)…"),
                                                 calendar)
    window.action_review_pack = window._action("action_review_pack", _tr("Review &Pack for an Owner…"), pack)
    window.action_history = window._action("action_history", _tr("&History of Changes"),
                                           lambda: show(window.history_box))
    menu = QMenu(_tr("&Register"), window.menuBar())
    menu.setObjectName("menu_register")
    for act in (window.action_reviews_due, window.action_mark_reviewed, window.action_save_calendar,
                window.action_review_pack, None, window.action_history):
        menu.addSeparator() if act is None else menu.addAction(act)
    help_menu = window.menuBar().findChild(QMenu, "menu_help")
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)

    def update() -> None:
        writable = window.session is not None and not window.session.readonly
        window.action_mark_reviewed.setEnabled(writable)
        for act in (window.action_save_calendar, window.action_review_pack):
            act.setEnabled(window.session is not None)

    window.store_changed.connect(lambda _s: update())
    update()
