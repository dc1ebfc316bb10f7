"""The activity list's table model: the activity summaries, plus each activity's completeness (mandatory
Art. 30 fields present) and worst finding, which come from the session's checks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from ..domain import model, vocab
from ..domain.checks.findings import SEVERITIES
from ..domain.checks.summary import ActivityQuality
from . import i18n
from .finding_texts import severity_icon, severity_label
from .register_checks import RegisterChecks, checks_for, disconnect_quietly
from .session import RegisterSession
from .table_model import ID_ROLE, SummaryTableModel

QUALITY_KEYS = ("complete", "worst")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityTableModel", text)


def _vocab(v: vocab.Vocabulary):
    return lambda key: i18n.term(v, key) if key else ""


_ACTIVITY_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole, ID_ROLE,
})


class ActivityTableModel(SummaryTableModel):
    def __init__(self, parent=None):
        super().__init__(
            [
                ("ref", _tr("Ref"), None),
                ("name", _tr("Name"), None),
                ("worst", _tr("Worst finding"), None),
                ("complete", _tr("Complete"), None),
                ("role", _tr("Role"), _vocab(vocab.ROLES)),
                ("business_function", _tr("Business function"), None),
                ("status", _tr("Status"), _vocab(vocab.STATUSES)),
                ("owner", _tr("Owner"), None),
                ("next_review", _tr("Next review"), None),
            ],
            parent,
        )
        self.quality: dict[int, ActivityQuality] = {}
        self._checks: RegisterChecks | None = None

    # --- where the quality comes from ----------------------------------------------------------------
    def follow(self, session: RegisterSession | None) -> None:
        """Show the completeness and worst finding the session's checks compute (and follow them)."""
        if self._checks is not None:
            disconnect_quietly(self._checks.updated, self._checks_updated)
        self._checks = checks_for(session) if session is not None else None
        if self._checks is not None:
            self._checks.updated.connect(self._checks_updated)
            self._checks_updated()
        else:
            self.set_quality({})

    def _checks_updated(self) -> None:
        self.set_quality(self._checks.quality)

    def set_quality(self, quality: dict[int, ActivityQuality]) -> None:
        self.quality = dict(quality)
        cols = [i for i, (key, _h, _f) in enumerate(self.columns) if key in QUALITY_KEYS]
        if self.rows:
            self.dataChanged.emit(self.index(0, min(cols)), self.index(len(self.rows) - 1, max(cols)))
        if self.sort_column in cols:
            self.sort(self.sort_column, self.sort_order)  # the order follows the new findings

    # --- the two columns ---------------------------------------------------------------------------
    def _display(self, row, column: int) -> str:
        key = self.columns[column][0]
        if key not in QUALITY_KEYS:
            return super()._display(row, column)
        q = self.quality.get(row.id)
        if q is None:
            return ""
        if key == "complete":
            return f"{q.present}/{q.required}"
        if q.worst:
            return severity_label(q.worst)
        return _tr("Accepted ({0})").format(q.accepted) if q.accepted else "—"

    def cell(self, row: int, column: int):
        text, _icon = super().cell(row, column)
        if text and self.columns[column][0] == "worst":
            q = self.quality.get(self.rows[row].id)
            return text, severity_icon(q.worst) if q is not None and q.worst else None
        return text, None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ACTIVITY_ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.columns):
            return None
        key = self.columns[index.column()][0]
        if key not in QUALITY_KEYS or role not in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole):
            return super().data(index, role)
        q = self.quality.get(self.rows[index.row()].id)
        if q is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(q.worst) if key == "worst" and q.worst else None
        if key == "complete":
            if not q.missing:
                return _tr("All mandatory Art. 30 fields are filled in.")
            labels = [
                i18n.field_label(model.Activity, model.field_spec(model.Activity, k)) for k in q.missing
            ]
            return _tr("Missing: {0}").format(", ".join(labels))
        parts = [f"{severity_label(s)}: {q.counts.get(s, 0)}" for s in SEVERITIES if q.counts.get(s)]
        if q.accepted:
            parts.append(_tr("accepted: {0}").format(q.accepted))
        return _tr("Findings on this activity and its recipients — {0}").format(", ".join(parts)) if parts else \
            _tr("No findings.")

    def sort_key(self, row, column: int):
        """Errors first in the finding column, the least complete first in the completeness column."""
        key = self.columns[column][0]
        if key not in QUALITY_KEYS:
            return super().sort_key(row, column)
        q = self.quality.get(row.id)
        if key == "complete":
            return q.share if q is not None else -1.0
        return SEVERITIES.index(q.worst) if q is not None and q.worst else len(SEVERITIES)
