"""The pages of the main window: a list beside its editor, and the record operations on them.

`ListEditorPage` is generic over a kind of record (`domain.kinds`): new, duplicate and delete are one
undoable command each over the store's repository of that kind. Activities and recipients specialise
what a new record starts with and what the delete question says; any other kind of record gets a page
with a list of its first fields and an editor of all its fields (`page_for`).

A page's editor (its form: up to 70 field editors) is built the first time the page is shown or the
editor is asked for (`page.editor`), not with the window: the window opens on the Overview, and a start
builds only what its first paint shows. Until then the page keeps its session and its list, and the
editor, once built, takes the session and shows the list's current record (`editor_built` says whether).
The editor's place is a `ViewBox` (`ui/viewbox.py`), as the pages' own places in the window's navigation are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from ..domain import kinds, model
from ..domain.kinds import RecordKind
from ..store import RegisterStore
from . import i18n, settings
from .activity_model import ActivityTableModel
from .commands import AddRecord, DeleteRecord
from .recipient_model import RecipientTableModel
from .record_list import RecordListView
from .session import RegisterSession
from .table_model import SummaryTableModel
from .viewbox import ViewBox

if TYPE_CHECKING:  # (the editors' modules, and their forms', are imported when the first editor is built: #21)
    from .recipient_editor import RecipientEditor
    from .record_editor import RecordEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


class ListEditorPage(QSplitter):
    kind: RecordKind
    import_requested = Signal()  # the empty register's "Import…" (the window opens File > Import)

    def __init__(self, listing: RecordListView, make_editor: Callable[[], RecordEditor], parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.entity = self.kind.key
        self.setObjectName(f"{self.entity}_page")
        self.session: RegisterSession | None = None
        self.listing = listing
        self._make_editor = make_editor
        self.addWidget(self._make_side(listing))
        # Where the editor goes once built (on first show or use: `editor`): a box in the splitter (its size and
        # place in the tab order kept)
        self.editor_box = ViewBox(self, f"{self.entity}_editor", self._build_editor, self._editor_ready)
        self.addWidget(self.editor_box)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)
        listing.current_changed.connect(self._show_current)
        listing.current_changed.connect(lambda _id: self._update_state())
        state = settings.app_settings().value(f"{self.entity}_page/splitter")
        if state is None or not self.restoreState(state):
            self.setSizes([360, 900])

    @property
    def _editor(self) -> RecordEditor | None:
        return self.editor_box.view

    @property
    def editor_built(self) -> bool:
        return self._editor is not None

    @property
    def editor(self) -> RecordEditor:
        """The page's editor, built now if it was not yet (with the session and the list's current record)."""
        return self.editor_box.built()

    def _build_editor(self, _box: QWidget) -> RecordEditor:
        editor = self._make_editor()
        editor.help_panel.setVisible(settings.app_settings().value("help/visible", True, type=bool))
        self.editor_made(editor)
        return editor

    def _editor_ready(self, editor: RecordEditor) -> None:
        if self.session is not None:  # (the box gave it the session)
            editor.show_record(self.listing.current_id())

    def editor_made(self, editor: RecordEditor) -> None:
        """Connect what the page's kind of editor offers (called once, when it is built)."""

    def _show_current(self, record_id: int | None) -> None:
        if self._editor is not None:
            self._editor.show_record(record_id)

    def _make_side(self, listing: RecordListView) -> QWidget:
        """The list with New / Duplicate / Delete under it, and what to do first when there is nothing yet."""
        side = QWidget(self)
        side.setObjectName(f"{self.entity}_side")
        noun = QCoreApplication.translate("kinds", self.kind.label).lower()
        self.new_button = self._button("new", _tr("New"), _tr("New {0}").format(noun), self.new_record)
        self.duplicate_button = self._button(
            "duplicate", _tr("Duplicate"), _tr("Duplicate the selected {0}").format(noun), self.duplicate)
        self.delete_button = self._button(
            "delete", _tr("Delete…"), _tr("Delete the selected {0}").format(noun), self.delete)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.empty_state = QWidget(side)
        self.empty_state.setObjectName(f"{self.entity}_empty_state")
        plural = QCoreApplication.translate("kinds", self.kind.plural_label).lower()
        text = QLabel(self.empty_text(plural), self.empty_state)
        text.setObjectName(f"{self.entity}_empty_text")
        text.setWordWrap(True)
        self.empty_new_button = self._button(
            "empty_new", _tr("New {0}").format(noun), _tr("Create the first {0}").format(noun), self.new_record)
        self.empty_import_button = self._button(
            "empty_import", _tr("Import a spreadsheet…"), _tr("Import {0} from a spreadsheet or a JSON register")
            .format(plural), self.import_requested.emit)
        first = QHBoxLayout()
        first.addWidget(self.empty_new_button)
        first.addWidget(self.empty_import_button)
        first.addStretch(1)
        empty = QVBoxLayout(self.empty_state)
        empty.setContentsMargins(6, 12, 6, 12)
        empty.addWidget(text)
        empty.addLayout(first)
        self.empty_state.setVisible(False)
        lay = QVBoxLayout(side)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(listing, 1)
        lay.addWidget(self.empty_state)
        lay.addLayout(buttons)
        return side

    def _button(self, name: str, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{self.entity}_{name}")
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(lambda _=False: self._writable() and slot())
        return button

    def empty_text(self, plural: str) -> str:
        """What the page says when there are no records yet: how to begin."""
        return _tr("There are no {0} in this register yet. Create the first one, or import them from a "
                   "spreadsheet (the UK ICO template or a ROPA Desk export) or a JSON register.").format(plural)

    def _writable(self) -> bool:
        return self.session is not None and not self.session.readonly

    def _update_state(self) -> None:
        """The buttons that apply now; the first steps while the register has none of these records."""
        writable = self._writable()
        selected = self.listing.current_id() is not None
        self.new_button.setEnabled(writable)
        for b in (self.duplicate_button, self.delete_button):
            b.setEnabled(writable and selected)
        empty = self.session is not None and not self.listing.model.total()
        self.empty_state.setVisible(empty)
        for b in (self.empty_new_button, self.empty_import_button):
            b.setEnabled(writable)

    def save_state(self) -> None:
        settings.app_settings().setValue(f"{self.entity}_page/splitter", self.saveState())
        self.listing.save_columns()

    def set_session(self, session: RegisterSession | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.editor_box.set_session(session)
        if session is None:
            self.listing.set_loader(None)
            self._update_state()
            return
        session.changed.connect(self._on_changed)
        self.listing.set_loader(self.repo(session.store).summaries, self.repo(session.store).search_texts,
                                self.background_texts(session))
        self.select_first()
        self._update_state()

    def select_first(self) -> None:
        idx = self.listing.proxy.index(0, 0)
        if idx.isValid():
            self.listing.table.setCurrentIndex(idx)

    def _on_changed(self, entity: str, record_id) -> None:
        if entity == self.entity:
            keep = record_id if entity == self.entity and record_id is not None else None
            self.listing.reload(keep)
            if self.listing.current_id() is None and self._editor is not None:
                self._editor.show_record(None)
            self._update_state()

    def repo(self, store: RegisterStore):
        """The store's repository of this page's records."""
        return store.repos[self.entity]

    def background_texts(self, session: RegisterSession):
        """Reads the search texts through a connection of its own, for a worker thread: (id, text) pairs, made as the
        list's index takes them (`each_search_text`), the connection open until the last one is taken."""
        if session.store.path is None:
            return None
        path = session.store.path

        def read():
            with RegisterStore.open(path, readonly=True, quick_check=False) as reader:  # the window's checked it
                yield from self.repo(reader).each_search_text()

        return read

    def select(self, record_id: int) -> None:
        self.listing.select(record_id)

    def focus_search(self) -> None:
        self.listing.search.setFocus()
        self.listing.search.selectAll()

    # --- the record operations ------------------------------------------------------------------
    def new_template(self) -> Any:
        """What a new record starts as."""
        names = {fs.key for fs in self.kind.fields}
        return self.kind.cls(**({"name": _tr("New {0}").format(self.kind.label.lower())} if "name" in names else {}))

    def copy_of(self, record: Any) -> Any:
        """A duplicate: no id, nested records without theirs, the name marked as a copy."""
        changes: dict[str, Any] = {"id": None}
        for fs in self.kind.fields:
            value = getattr(record, fs.key)
            if fs.record is not None and any(f.name == "id" for f in dataclass_fields(fs.record)):
                changes[fs.key] = [replace(item, id=None) for item in value]
        if hasattr(record, "name"):
            changes["name"] = _tr("{0} (copy)").format(record.name)
        return replace(record, **changes)

    def delete_question(self, record: Any) -> str:
        return _tr("Delete “{0}”?").format(self.kind.title(record))

    def new_record(self) -> None:
        record = self.new_template()
        cmd = AddRecord(self.session, record, _tr("New {0}").format(self.kind.label.lower()))
        self.session.undo_stack.push(cmd)
        self.select(cmd.record.id)
        first = self.kind.fields[0].key
        self.editor.focus_field("name" if hasattr(record, "name") else first)

    def duplicate(self) -> None:
        current = self.listing.current_id()
        if current is None:
            return
        record = self.repo(self.session.store).get(current)
        cmd = AddRecord(self.session, self.copy_of(record), _tr("Duplicate “{0}”").format(self.kind.title(record)))
        self.session.undo_stack.push(cmd)
        self.select(cmd.record.id)

    def delete(self) -> None:
        current = self.listing.current_id()
        if current is None:
            return
        record = self.repo(self.session.store).get(current)
        text = self.delete_question(record) + "\n\n" + _tr("You can undo this with Edit > Undo.")
        title = _tr("Delete {0}").format(self.kind.label.lower())
        if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
            return
        name = getattr(record, "name", "") or self.kind.title(record)
        self.session.undo_stack.push(DeleteRecord(self.session, self.entity, current, _tr("Delete “{0}”").format(name)))


class ActivitiesPage(ListEditorPage):
    kind = kinds.ACTIVITY

    def __init__(self, parent=None):
        super().__init__(
            RecordListView(kinds.ACTIVITY.key, ActivityTableModel(), _tr("activities"), with_status=True,
                           noun_singular=_tr("activity")),
            _activity_editor,
            parent,
        )

    def empty_text(self, plural: str) -> str:
        return _tr("Your register has no activities yet. Begin with the first thing your company does with "
                   "personal data — payroll, recruitment, the customer register — or import the register you "
                   "keep in a spreadsheet (the UK ICO template or a ROPA Desk export).")

    def set_session(self, session) -> None:
        super().set_session(session)
        self.listing.model.follow(session)

    def new_template(self) -> model.Activity:
        return model.Activity(name=_tr("New activity"), ref=self._next_ref(), status="draft")

    def _next_ref(self) -> str:
        numbers = [int(s.ref[3:]) for s in self.session.store.activities.summaries()
                   if s.ref.startswith("PA-") and s.ref[3:].isdigit()]
        return f"PA-{(max(numbers) + 1 if numbers else 1):03d}"

    def copy_of(self, record: model.Activity) -> model.Activity:
        return replace(super().copy_of(record), ref=self._next_ref(), status="draft")

    def delete_question(self, a: model.Activity) -> str:
        linked = self.session.store.recipients.names(a.recipients)
        text = _tr("Delete the activity “{0}”?").format(f"{a.ref} {a.name}".strip())
        if linked:
            text += "\n\n" + _tr(
                "It is linked to these recipients (they stay in the register): {0}"
            ).format(", ".join(linked))
        if len(a.transfers) == 1:
            text += "\n" + _tr("Its direct transfer is deleted with it.")
        elif a.transfers:
            text += "\n" + _tr("Its {0} direct transfers are deleted with it.").format(len(a.transfers))
        return text


class RecipientsPage(ListEditorPage):
    kind = kinds.RECIPIENT
    activity_requested = Signal(int)  # the editor's list of the activities using the recipient: open this one

    def __init__(self, parent=None):
        super().__init__(
            RecordListView(kinds.RECIPIENT.key, RecipientTableModel(), _tr("recipients"),
                           noun_singular=_tr("recipient")), _recipient_editor, parent
        )

    def editor_made(self, editor: RecipientEditor) -> None:
        editor.activity_requested.connect(self.activity_requested)

    def new_template(self) -> model.Recipient:
        return model.Recipient(name=_tr("New recipient"))

    def delete_question(self, r: model.Recipient) -> str:
        used = self.session.store.activities.using_recipient(r.id)
        text = _tr("Delete the recipient “{0}”?").format(r.name)
        if used:
            names = "\n".join(f"  • {s.ref} {s.name}".rstrip() for s in used[:15])
            more = _tr("\n  … and {0} more").format(len(used) - 15) if len(used) > 15 else ""
            text += "\n\n" + _tr("These activities use it and will no longer list it:") + "\n" + names + more
        return text


def _activity_editor() -> RecordEditor:
    from .activity_editor import ActivityEditor

    return ActivityEditor()


def _recipient_editor() -> RecordEditor:
    from .recipient_editor import RecipientEditor

    return RecipientEditor()


def _generic_editor(kind: RecordKind) -> RecordEditor:
    """An editor of every field of the kind, in one section; a link to other records (activities, recipients)
    is picked from the register's records of the kind it points at, and follows their changes."""
    from .forms import records
    from .forms.form import RecordForm
    from .record_editor import RecordEditor

    targets = {fs.refers for fs in kind.fields if fs.refers}
    editor_class = type(f"{kind.cls.__name__}Editor", (RecordEditor,), {
        "entity": kind.key, "refresh_on": lambda self, entity: entity in targets})
    made: list[RecordEditor] = []  # the editor, once made (the pickers ask it for its session)

    def picker(target: str):
        def items() -> list[tuple[int, str]]:
            session = made[0].session if made else None
            return session.choices(target) if session is not None else []

        def make(parent) -> records.RefsField:
            field = records.RefsField(items, parent)
            if target == kinds.ACTIVITY.key:
                field.filter.setPlaceholderText(_tr("Filter activities…"))
            return field
        return make

    editors = {fs.key: picker(fs.refers) for fs in kind.fields if fs.refers}
    form = RecordForm(kind.cls, [("fields", QCoreApplication.translate("kinds", kind.label), [])], editors=editors)
    made.append(editor_class(form))
    return made[0]


def _shown(kind: RecordKind, key: str):
    """How a generic list shows a field: a vocabulary's term, a moment without its "T"; else as it is."""
    spec = model.field_spec(kind.cls, key)
    if spec.vocabulary is not None:
        return lambda value: i18n.term(spec.vocabulary, value) if value else ""
    if spec.kind is model.DATETIME:
        return lambda value: str(value or "").replace("T", " ")
    return None


def page_for(kind: RecordKind, parent=None) -> ListEditorPage:
    """The page of a kind of record: its own where it has one, else a generic list and editor."""
    own = {ActivitiesPage.kind.key: ActivitiesPage, RecipientsPage.kind.key: RecipientsPage}.get(kind.key)
    if own is not None:
        return own(parent)
    keys = kind.summary_keys
    labels = {fs.key: i18n.field_label(kind.cls, fs) for fs in kind.fields}
    page_class = type(f"{kind.cls.__name__}Page", (ListEditorPage,), {"kind": kind})
    listing = RecordListView(kind.key, SummaryTableModel([(k, labels[k], _shown(kind, k)) for k in keys]),
                             QCoreApplication.translate("kinds", kind.plural_label).lower(),
                             noun_singular=QCoreApplication.translate("kinds", kind.label).lower())
    return page_class(listing, lambda: _generic_editor(kind), parent)
