"""The activity editor: every field of an activity, in sections; each change is one undoable edit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableView

from ..domain import kinds, model, vocab
from ..domain.transfers import transfers_of_activity
from ..store import RecordNotFoundError
from . import i18n
from .forms.form import RecordForm
from .transfer_editor import make_transfers_field
from .forms.links import NameLinks
from .record_editor import RecordEditor
from .review_dialog import add_review_button
from .session import RegisterSession
from .table_model import RowsTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityEditor", text)


def activity_sections(tr) -> list[tuple[str, str, list[str]]]:
    return [
        ("basics", tr("Basics"), ["ref", "name", "role", "status", "business_function", "owner", "description",
                                  "systems"]),
        ("processor", tr("Processor role (Art. 30(2))"), ["controllers", "processing_categories"]),
        ("purposes", tr("Purposes and legal basis"), [
            "purposes", "legal_bases", "legal_basis_note", "legitimate_interests", "lia_link",
            "consent_record_link", "joint_controllers",
        ]),
        ("data", tr("People and data"), [
            "data_subject_categories", "data_categories", "special_category_conditions", "criminal_data_basis",
            "identity_number_reason", "source", "privacy_notice_link",
        ]),
        ("recipients", tr("Recipients and transfers"), ["recipient_categories", "recipients", "no_external_recipients",
                                                        "transfers"]),
        ("retention", tr("Retention"), ["retention"]),
        ("security", tr("Security"), ["security_measures", "security_description"]),
        ("risk", tr("Risk (ADM, DPIA)"), [
            "automated_decision_making", "adm_description", "dpia_status", "dpia_criteria", "dpia_screening_note",
            "dpia_link",
        ]),
        ("review", tr("Review"), ["review_interval", "last_reviewed", "reviewed_by", "review_note", "next_review",
                                  "notes"]),
    ]


def relink_subjects(
    old_names: list[str], new_names: list[str], categories: list[model.DataCategory], key: str = "subjects"
) -> list[model.DataCategory]:
    """The data categories after the activity's data-subject categories (or, with `key` "recipients", its
    recipient names) went from `old_names` to `new_names`: links follow a renamed name and are dropped with
    a removed one.

    A rename is an entry edited in place (the list keeps its length; the old name is gone). A link
    to a name the old list did not have either is kept, and shown as not listed."""
    renamed: dict[str, str] = {}
    if len(old_names) == len(new_names):
        renamed = {o: n for o, n in zip(old_names, new_names) if o != n and o not in new_names}
    removed = set(old_names) - set(new_names) - set(renamed)
    out = []
    for dc in categories:
        linked: list[str] = []
        for name in getattr(dc, key):
            name = renamed.get(name, name)
            if name not in removed and name not in linked:
                linked.append(name)
        out.append(dc if linked == getattr(dc, key) else replace(dc, **{key: linked}))
    return out


def subject_links(names) -> NameLinks:
    return NameLinks(
        names=names,
        title=_tr("Which data subjects does “{0}” concern?"),
        untitled=_tr("Which data subjects does this data concern?"),
        empty=_tr("This activity has no data-subject categories yet. Add them under “Data-subject "
                  "categories” above, then tick here whom this data concerns."),
        missing=_tr("{0} (not listed)"),
        missing_tip=_tr("Not among this activity's data-subject categories: {0}. Add it there again, "
                        "or untick it in this column."),
        accessible=_tr("Data subjects of “{0}”"),
        header_tip=_tr("Which of this activity's data-subject categories the data concerns. "
                       "Double-click a cell to tick them."),
    )


def recipient_links(names) -> NameLinks:
    return NameLinks(
        names=names,
        title=_tr("Which recipients receive “{0}”?"),
        untitled=_tr("Which recipients receive this data?"),
        empty=_tr("This activity has no recipients yet. Add recipient categories or named recipients under "
                  "“Recipients”, then tick here who receives this data."),
        missing=_tr("{0} (not listed)"),
        missing_tip=_tr("Not among this activity's recipients: {0}. Add it there again, or untick it in this "
                        "column."),
        accessible=_tr("Recipients of “{0}”"),
        header_tip=_tr("Which of this activity's recipients receive the data. Double-click a cell to tick them."),
    )


class DerivedTransfersModel(RowsTableModel):
    """Read-only: the transfers an activity causes through its recipients (and its direct ones)."""

    def __init__(self, parent=None):
        super().__init__([_tr("Through"), _tr("Destination"), _tr("Mechanism")], parent)

    def set_pairs(self, pairs) -> None:
        self.set_rows([
            (
                rec.name if rec else _tr("(direct)"),
                i18n.country(t.country),
                QCoreApplication.translate("vocab", vocab.TRANSFER_MECHANISMS.label(t.mechanism)),
            )
            for rec, t in pairs
        ])


class ActivityEditor(RecordEditor):
    entity = kinds.ACTIVITY.key

    def __init__(self, session: RegisterSession | None = None, parent=None):
        form = RecordForm(
            model.Activity,
            activity_sections(lambda t: QCoreApplication.translate("ActivityEditor", t)),
            suggestions=lambda kind: (lambda: self.session.store.categories.names(kind) if self.session else []),
            ref_items=lambda: self.session.choices(kinds.RECIPIENT.key) if self.session else [],
            editors={"transfers": make_transfers_field},
        )
        self.derived = DerivedTransfersModel()
        self.derived_view = QTableView()
        self.derived_view.setObjectName("activity_derived_transfers")
        self.derived_view.setAccessibleName(
            QCoreApplication.translate("ActivityEditor", "Transfers through recipients")
        )
        self.derived_view.setModel(self.derived)
        self.derived_view.verticalHeader().setVisible(False)
        self.derived_view.setTabKeyNavigation(False)  # Tab leaves the table
        self.derived_view.horizontalHeader().setStretchLastSection(True)
        self.derived_view.setMaximumHeight(140)
        group = form.groups["recipients"]
        group.layout().addRow(
            QLabel(QCoreApplication.translate("ActivityEditor", "Transfers that follow from the recipients"), group),
            self.derived_view,
        )
        self.mark_reviewed_button = add_review_button(self, form)
        super().__init__(form, session, parent)
        self.derived.setParent(self)
        # Which data subjects each data category concerns: ticked among the data-subject categories
        # above; the column sits next to the category's name.
        self.data_categories = form.widgets["data_categories"]
        self.data_categories.link_names(
            "subjects", subject_links(lambda: form.value("data_subject_categories")), visual_position=1)
        # ... and which recipients receive it (the Danish guidance's other link): among the recipient
        # categories and the named recipients of the activity.
        self.data_categories.link_names("recipients", recipient_links(self._recipient_names), visual_position=2)
        self.data_categories.new_record = self._new_data_category
        self._recipient_by_id: tuple[list, dict[int, str]] = ([], {})  # (the session's choices, their names by id)

    def _recipient_names(self) -> list[str]:
        """The names a data category can be linked to: the recipient categories, then the named recipients.
        (Asked for by every cell the table paints: the recipients' names are from the session's list of them,
        `RegisterSession.choices`, read once and kept until a recipient changes.)"""
        named = list(self.form.value("recipients") or [])
        names = list(self.form.value("recipient_categories") or [])
        if named and self.session is not None:
            choices = self.session.choices(kinds.RECIPIENT.key)
            if self._recipient_by_id[0] is not choices:
                self._recipient_by_id = (choices, dict(choices))
            by_id = self._recipient_by_id[1]
            names += [n for n in (by_id.get(rid) for rid in named) if n and n not in names]
        return names

    def _new_data_category(self) -> model.DataCategory:
        # With a single data-subject category, all of the activity's data concerns those people:
        # a new data category is linked to it (visibly; the user can untick it). With several, the
        # user decides.
        names = self.form.value("data_subject_categories")
        return model.DataCategory(subjects=list(names) if len(names) == 1 else [])

    def follow_up(self, key: str, new: model.Activity) -> model.Activity:
        if key == "data_subject_categories":
            relinked = relink_subjects(self.record.data_subject_categories, new.data_subject_categories,
                                       new.data_categories)
            if relinked != new.data_categories:
                new = replace(new, data_categories=relinked)
        elif key == "recipient_categories":
            relinked = relink_subjects(self.record.recipient_categories, new.recipient_categories,
                                       new.data_categories, key="recipients")
            if relinked != new.data_categories:
                new = replace(new, data_categories=relinked)
        return new

    def record_title(self, a: model.Activity) -> str:
        return f"{a.ref}  {a.name}".strip()

    def refresh_on(self, entity: str) -> bool:
        return entity == "recipient"  # names and transfers of linked recipients

    def after_load(self) -> None:
        a = self.record
        specials = {dc.special for dc in a.data_categories}
        art9 = bool(specials - {"none", "criminal", ""})
        self.form.set_field_visible("special_category_conditions", art9 or bool(a.special_category_conditions))
        self.form.set_field_visible("criminal_data_basis", "criminal" in specials or bool(a.criminal_data_basis))
        self.form.set_field_visible("adm_description", a.automated_decision_making in (True, "yes")
                                    or bool(a.adm_description))
        self.form.set_field_visible("joint_controllers", a.role == "joint_controller" or bool(a.joint_controllers))
        # Offered only with the legal basis they belong to (or while they still hold something).
        for key in ("legitimate_interests", "lia_link"):
            self.form.set_field_visible(key, "art6_1_f" in a.legal_bases or bool(getattr(a, key)))
        consent = "art6_1_a" in a.legal_bases or "art9_2_a" in a.special_category_conditions
        self.form.set_field_visible("consent_record_link", consent or bool(a.consent_record_link))
        processor = self.form.groups["processor"]
        processor.setVisible(a.role == "processor" or bool(a.controllers) or bool(a.processing_categories))
        self.data_categories.refresh_links()  # a name added back is no longer shown as not listed
        self._update_derived()

    def _update_derived(self) -> None:
        store = self.session.store
        found: dict[int, model.Recipient] = {}
        queue = list(self.record.recipients)
        while queue:
            rid = queue.pop()
            if rid in found:
                continue
            try:
                found[rid] = store.recipients.get(rid)
            except RecordNotFoundError:
                continue
            queue.extend(found[rid].sub_processors)
        register = model.Register(recipients=list(found.values()))
        self.derived.set_pairs(transfers_of_activity(register, self.record))
