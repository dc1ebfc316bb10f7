"""The activity list's table model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import vocab
from .table_model import SummaryTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityTableModel", text)


def _vocab(v: vocab.Vocabulary):
    return lambda key: QCoreApplication.translate("vocab", v.label(key)) if key else ""


class ActivityTableModel(SummaryTableModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                ("ref", _tr("Ref"), None),
                ("name", _tr("Name"), None),
                ("role", _tr("Role"), _vocab(vocab.ROLES)),
                ("business_function", _tr("Business function"), None),
                ("status", _tr("Status"), _vocab(vocab.STATUSES)),
                ("owner", _tr("Owner"), None),
                ("next_review", _tr("Next review"), None),
            ],
            parent,
        )
