"""Every flow of personal data out of the register: recorded transfers, and gaps where a recipient
works outside the EEA without a transfer row. Pure Python; the Transfers view and the recipient editor
show what these functions return.
"""

from __future__ import annotations


from . import kinds
from .dataclass import dataclass
from .law import ORG_PREFIX, LawData
from .model import Activity, Recipient, Register, Transfer


def _code(text: str) -> str:
    text = (text or "").strip()
    return text.lower() if text.lower().startswith(ORG_PREFIX) else text.upper()


def missing_transfer_countries(recipient: Recipient, law: LawData) -> list[str]:
    """Codes of the non-EEA countries where the recipient processes data (or is established) and no
    transfer row names that destination, in the order they are recorded (the same test as check 6)."""
    recorded = {_code(t.country) for t in recipient.transfers}
    out: list[str] = []
    for raw in [*recipient.processing_countries, recipient.country]:
        code = _code(raw)
        if code and code not in recorded and code not in out and not law.is_eea(code):
            out.append(code)
    return out


@dataclass(frozen=True)
class TransferLine:
    """One row of the Transfers view: a recorded transfer, or a gap (`transfer` is None)."""

    owner_kind: str  # the key of the kind of record that holds it (recipient or activity)
    owner_id: int | None
    owner_label: str
    country: str  # the destination code as recorded (upper case), "" when none is recorded
    third_country: bool
    transfer: Transfer | None = None

    @property
    def gap(self) -> bool:
        return self.transfer is None


def _activity_label(a: Activity) -> str:
    return " ".join(p for p in (a.ref.strip(), a.name.strip()) if p)


def transfer_lines(register: Register, law: LawData) -> list[TransferLine]:
    """All transfers of the register (recipients first, then activities' direct transfers), each
    recipient's gaps right after its recorded transfers."""
    lines: list[TransferLine] = []
    for r in register.recipients:
        for t in r.transfers:
            code = _code(t.country)
            lines.append(TransferLine("recipient", r.id, r.name, code, law.is_third_country(code), t))
        for code in missing_transfer_countries(r, law):
            lines.append(TransferLine("recipient", r.id, r.name, code, True, None))
    for a in register.activities:
        for t in a.transfers:
            code = _code(t.country)
            lines.append(
                TransferLine(kinds.ACTIVITY.key, a.id, _activity_label(a), code, law.is_third_country(code), t))
    return lines


# The transfer fields that belong to one mechanism only; the others fit any transfer or follow the law's
# `requires_tia` (TIA date and link, supplementary measures).
ALWAYS = ("country", "mechanism", "notes")
TIA_FIELDS = ("tia_date", "tia_link", "supplementary_measures")
MECHANISM_FIELDS = {
    "scc_2021": ("scc_module",),
    "dpf": ("dpf_verified_on", "scc_module"),  # the module of SCCs signed as a fallback (check 13)
    "bcr": ("bcr_reference",),
    "derogation": ("derogation", "safeguards_documentation"),
}
SPECIFIC = ("scc_module", "derogation", "dpf_verified_on", "bcr_reference")  # cleared when they stop fitting


def fitting_fields(mechanism: str, law: LawData) -> tuple[str, ...]:
    """The transfer field keys a form should offer for a mechanism."""
    info = law.mechanism(mechanism or "none")
    keys = [*ALWAYS, *MECHANISM_FIELDS.get(mechanism or "none", ())]
    if info is not None and info.requires_tia:
        keys += TIA_FIELDS
    return tuple(keys)
