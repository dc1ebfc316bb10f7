"""Which transfers an activity makes: its recipients' transfers plus its own direct transfers.

The GUI, the exports and the checks all use `transfers_of_activity`, so that they agree on what an
activity transfers. Pure Python.
"""

from __future__ import annotations

from .model import Activity, Recipient, Register, Transfer


def recipients_of_activity(
    register: Register, activity: Activity, include_sub_processors: bool = True
) -> list[Recipient]:
    """The activity's recipients in order, then (optionally) their sub-processors, each once.

    Sub-processors are followed transitively (a processor's sub-processor's sub-processor ...);
    ids that name no recipient are ignored.
    """
    out: list[Recipient] = []
    seen: set[int] = set()
    queue = list(activity.recipients)
    i = 0
    while i < len(queue):
        rid = queue[i]
        i += 1
        if rid in seen:
            continue
        seen.add(rid)
        rec = register.recipient(rid)
        if rec is None:
            continue
        out.append(rec)
        if include_sub_processors:
            queue.extend(rec.sub_processors)
    return out


def transfers_of_activity(
    register: Register, activity: Activity, include_sub_processors: bool = True
) -> list[tuple[Recipient | None, Transfer]]:
    """(recipient, transfer) pairs of the activity; recipient is None for its direct transfers.

    Recipients' transfers come first (in the order of `recipients_of_activity`), then the
    activity's direct transfers. Transfers to EEA countries are included as recorded; use
    `LawData.is_third_country` to keep only third-country transfers.
    """
    pairs: list[tuple[Recipient | None, Transfer]] = []
    for rec in recipients_of_activity(register, activity, include_sub_processors):
        pairs.extend((rec, t) for t in rec.transfers)
    pairs.extend((None, t) for t in activity.transfers)
    return pairs


def activities_using(register: Register, recipient_id: int, include_sub_processors: bool = True) -> list[Activity]:
    """The activities whose recipients (or, optionally, their sub-processors) include this recipient."""
    return [
        a
        for a in register.activities
        if any(r.id == recipient_id for r in recipients_of_activity(register, a, include_sub_processors))
    ]
