"""A finding of the checks as the interface says it: its message, record, field and severity in the interface
language, the style's icon of its severity, the texts the Checks view's filter looks through, and where its record
opens. Used by the Checks view's model, the Overview, the lists and the Transfers view; a module of its own, without
the table model, so that the Overview (the page the window opens on) does without the Checks view's modules before
the first paint (#21)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..domain import kinds, model
from ..domain.checks.findings import ERROR, INFO, WARNING, Finding
from . import i18n

RECORD_CLASSES = {k.key: k.cls for k in kinds.KINDS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecksView", text)


def finding_text(f: Finding) -> str:
    """The finding's message in the interface language (the export tables' check texts)."""
    return f.text(i18n.checks_translator())


def finding_label(f: Finding) -> str:
    """The name of the finding's record in the interface language (a transfer as "holder → Förenta staterna",
    an unnamed record's stand-in): the record's own name stays as typed."""
    return f.label_text(i18n.checks_translator())


def severity_label(severity: str) -> str:
    return {ERROR: _tr("Error"), WARNING: _tr("Warning"), INFO: _tr("Info")}.get(severity, severity)


def finding_status(f: Finding) -> str:
    """The first column of a finding: its severity, or that the user accepted it (and what it was)."""
    if f.accepted:
        return _tr("Accepted ({0})").format(severity_label(f.severity).lower())
    return severity_label(f.severity)


ACCEPTED = "accepted"  # (the icon of an accepted finding)
# The style's standard pixmap of each icon, by name: QStyle is named at the first icon drawn, not when the module is
# imported (its 11 enum types, made when the class is first named, cost a start 5 ms before the first paint: #21).
_ICON_PIXMAPS = {
    ERROR: "SP_MessageBoxCritical",
    WARNING: "SP_MessageBoxWarning",
    INFO: "SP_MessageBoxInformation",
    ACCEPTED: "SP_DialogApplyButton",
}
_icons: dict[tuple[str, str], object] = {}


def _style_icon(key: str):
    """The style's icon for `key` (a severity, or ACCEPTED); one QIcon per key and style, so that the icon's scaled
    pixmaps are cached between paints (a new QIcon per cell scaled the pixmap on every paint)."""
    style = QApplication.style()
    found = _icons.get((style.name(), key))
    if found is None:
        from PySide6.QtWidgets import QStyle

        found = _icons[(style.name(), key)] = style.standardIcon(QStyle.StandardPixmap[_ICON_PIXMAPS[key]])
    return found


def accepted_icon():
    return _style_icon(ACCEPTED)


def severity_icon(severity: str):
    """The style's icon for a severity (None for another word)."""
    return _style_icon(severity) if severity in _ICON_PIXMAPS and severity != ACCEPTED else None


def field_label(finding: Finding) -> str:
    """The label of the field a finding names, as the editor shows it ("Transfer: Mechanism" for transfers)."""
    cls = RECORD_CLASSES.get(finding.record_kind)
    if cls is None or not finding.field:
        return ""
    try:
        label = i18n.field_label(cls, model.field_spec(cls, finding.field))
    except KeyError:
        return finding.field
    return _tr("Transfer: {0}").format(label) if finding.record_kind == kinds.TRANSFER.key else label


def record_kind_label(kind: str) -> str:
    try:
        return _tr(kinds.kind(kind).label)
    except KeyError:
        return kind


def finding_index_texts(findings: Iterable[Finding]) -> Iterator[str]:
    """What the Checks view's filter looks through, per finding: every text the row and its detail show, in the
    interface language. Pure (Qt's translate is thread-safe): the Checks view makes them in a worker thread,
    since for 30,000 findings they take seconds. Made one at a time as they are asked for, so that the index
    drops each once its words are counted: at 158,922 findings, all the texts at once were ~75 MB of the
    window's peak (issue #21)."""
    translate = i18n.checks_translator()
    for f in findings:
        yield " ".join((f.text(translate), f.record_label, f.label_text(translate), field_label(f), f.reference,
                        f.reference_text(translate), f.rule_id, f.accepted_reason))


def finding_target(f: Finding) -> tuple[str, int, str]:
    """(record kind, id, field key) that opens the finding's record: a transfer opens at its owner's
    "transfers" field; the organisation is record 1."""
    if f.record_kind == "transfer":
        return f.owner_kind, int(f.owner_id or 0), "transfers"
    if f.record_kind == "organisation":
        return "organisation", 1, f.field
    return f.record_kind, int(f.record_id or 0), f.field
