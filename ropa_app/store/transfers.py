"""Transfer rows, owned either by a recipient or (a direct transfer) by an activity."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain import countries, model
from .rows import from_row, to_row


def load_transfers(db: Database, owner_column: str, owner_ids: list[int] | None) -> dict[int, list[model.Transfer]]:
    """Transfers grouped by owner id; all owners of that kind when `owner_ids` is None."""
    sql = f"select * from transfer where {owner_column} is not null"
    params: list[int] = []
    if owner_ids is not None:
        sql += f" and {owner_column} in ({','.join('?' * len(owner_ids))})"
        params = owner_ids
    out: dict[int, list[model.Transfer]] = defaultdict(list)
    problems, shared = getattr(db, "read_problems", None), getattr(db, "read_shared", None)
    for row in db.query(sql + " order by position, id", params):
        out[row[owner_column]].append(model.Transfer(**from_row(model.Transfer, row, (), problems, shared)))
    return out


def save_transfers(db: Database, owner_column: str, owner_id: int, transfers: list[model.Transfer]) -> None:
    """Replace the owner's transfers (caller runs inside a transaction and deleted the old ones)."""
    rows = []
    for pos, t in enumerate(transfers):
        row = to_row(t)
        row.update({owner_column: owner_id, "position": pos})
        if t.id is not None:
            row["id"] = t.id
        rows.append(row)
    if rows:
        db["transfer"].insert_all(rows, pk="id")


def transfer_texts(db: Database, owner_column: str) -> dict[int, list[str]]:
    """The text of every owner's transfers (with the destination's country name), for searching."""
    columns = [fs.key for fs in model.fields_of(model.Transfer)]
    out: dict[int, list[str]] = defaultdict(list)
    for row in db.execute(
        f"select {owner_column}, {', '.join(columns)} from transfer where {owner_column} is not null"
    ):
        values = dict(zip(columns, row[1:]))
        out[row[0]].extend(str(v) for v in row[1:] if v)
        if values.get("country"):
            out[row[0]].append(countries.name(values["country"]))
    return out
