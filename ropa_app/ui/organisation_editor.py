"""The organisation editor: the controller, its DPO (or privacy contact), EU representative and the
default export language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import kinds, model
from ..domain.law import load_law
from .forms.form import RecordForm
from .record_editor import RecordEditor
from .session import RegisterSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationEditor", text)


def organisation_sections() -> list[tuple[str, str, list[str]]]:
    return [
        ("controller", _tr("Controller"), ["name", "org_number", "address", "country", "email", "phone", "website"]),
        ("dpo", _tr("Data protection officer"), ["dpo_appointed", "dpo_name", "dpo_email", "dpo_phone",
                                                 "dpo_address"]),
        ("privacy_contact", _tr("Privacy contact"), ["privacy_contact_name", "privacy_contact_email"]),
        ("representative", _tr("EU representative (Art. 27)"), ["representative_name", "representative_contact"]),
        ("authority", _tr("Supervisory authority and exports"), ["supervisory_authority", "export_language"]),
    ]


class OrganisationEditor(RecordEditor):
    entity = kinds.ORGANISATION.key

    def __init__(self, session: RegisterSession | None = None, parent=None):
        super().__init__(RecordForm(model.Organisation, organisation_sections()), session, parent)

    def set_session(self, session: RegisterSession | None) -> None:
        super().set_session(session)
        if session is not None:
            self.show_record(1)

    def load(self, record_id: int) -> model.Organisation:
        return self.session.store.organisation()

    def after_load(self) -> None:
        dpo = self.record.dpo_appointed
        for key in ("dpo_name", "dpo_email", "dpo_phone", "dpo_address"):
            self.form.set_field_visible(key, dpo or bool(getattr(self.record, key)))
        self.form.groups["privacy_contact"].setVisible(
            not dpo or bool(self.record.privacy_contact_name or self.record.privacy_contact_email)
        )
        # An EU representative (Art. 27) only for a controller established outside the EEA.
        country = self.record.country
        outside = bool(country) and not load_law().is_eea(country)
        self.form.groups["representative"].setVisible(
            outside or bool(self.record.representative_name or self.record.representative_contact))
