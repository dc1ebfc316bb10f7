"""The recipient list's table model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import vocab
from . import i18n
from .table_model import SummaryTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecipientTableModel", text)


class RecipientTableModel(SummaryTableModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                ("name", _tr("Name"), None),
                ("kind", _tr("Kind"),
                 lambda k: QCoreApplication.translate("vocab", vocab.RECIPIENT_KINDS.label(k)) if k else ""),
                ("country", _tr("Country"), i18n.country),
                ("service", _tr("Service"), lambda s: s.splitlines()[0] if s else ""),
                ("dpa_signed", _tr("DPA signed"), None),
            ],
            parent,
        )
