"""Writing an import plan into a register file: all of it in one transaction, or nothing.

The plan comes from `ropa_app.interchange.build_plan` (a pure preview of what will change). Every
record goes through the ordinary repositories, so the import is in the audit log like any edit.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..domain import kinds, model
from ..interchange.plan import ADDED, UNCHANGED, ImportPlan
from .errors import ReadOnlyRegisterError, RegisterError
from .register import RegisterStore


class StalePlanError(RegisterError):
    """The register changed after the plan was made; nothing was written."""


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=lambda: {k.key: 0 for k in kinds.listed()})
    changed: dict[str, int] = field(default_factory=lambda: {k.key: 0 for k in kinds.top_level()})
    activity_ids: list[int] = field(default_factory=list)  # ids of the added and changed activities
    recipient_ids: dict[int, int] = field(default_factory=dict)  # placeholder id -> new register id
    other_ids: dict[str, list[int]] = field(default_factory=dict)  # other kinds: ids of the added records


def apply_plan(store: RegisterStore, plan: ImportPlan) -> ImportResult:
    """Write the plan into an open register in ONE transaction; on any error nothing is written.

    Raises StalePlanError when the register is no longer the one the plan was made against.
    """
    if store.readonly:
        why = f" ({store.readonly_reason})" if store.readonly_reason else ""
        raise ReadOnlyRegisterError(f"This register is open read-only{why}; the import cannot be saved.")
    if store.path is not None:
        store.backup_now("before-import")  # a copy to go back to, whatever the import brings
    with store.db.atomic():
        _check_base(store, plan)
        return _write(store, plan, write_organisation=True)


def create_register_from_plan(path: str | Path, plan: ImportPlan, user: str | None = None) -> Path:
    """Make a new register file at `path` holding the plan's records (a plan made without a base).

    The file is built under a temporary name beside `path` and renamed at the end, so that `path`
    either does not exist or holds the whole import.
    """
    path = Path(path)
    if plan.base is not None:
        raise ValueError("this plan merges into an existing register; use apply_plan")
    if path.exists():
        raise RegisterError(f"“{path}” already exists; choose another name.")
    if not path.parent.is_dir():
        raise RegisterError(f"The folder “{path.parent}” does not exist.")
    tmp = path.with_name(path.name + ".importing")
    _remove(tmp)
    try:
        org = plan.organisation.record if plan.organisation else model.Organisation()
        with RegisterStore.create(tmp, org, user=user) as store:
            with store.db.atomic():
                _write(store, plan, write_organisation=False)
        if path.exists():
            raise RegisterError(f"“{path}” appeared while importing; the import was not saved.")
        os.replace(tmp, path)
    except RegisterError as exc:
        _remove(tmp)
        if tmp.name not in str(exc):
            raise
        # The user chose `path`; the file being built under a temporary name is not theirs to know.
        err = copy.copy(exc)
        err.args = (str(exc).replace(tmp.name, path.name),)
        raise err from exc
    except BaseException:
        _remove(tmp)
        raise
    return path


def import_into_clean_register(source: str | Path, target: str | Path, user: str | None = None) -> Path:
    """A new, clean register at `target` with the data of the register file `source`, which holds things
    ROPA Desk does not make (store.shape): `source` is read from a copy in memory without its triggers,
    views and unknown indexes (nothing of it runs, the file is not touched), written out as a JSON register
    document, read back through the interchange's checks (every value of the kind of its field, links and
    sizes within bounds) and made into a new file by `create_register_from_plan`. InvalidSource when
    values of the source do not pass those checks (each with its place); nothing is written then."""
    from ..interchange import build_plan, export_json, parse

    with RegisterStore.open(source, readonly=True) as store:
        register = store.load_register()
    incoming = parse(export_json(register))
    return create_register_from_plan(target, build_plan(incoming, None), user=user)


def _remove(tmp: Path) -> None:
    for p in (tmp, tmp.with_name(tmp.name + "-journal")):
        p.unlink(missing_ok=True)


def _check_base(store: RegisterStore, plan: ImportPlan) -> None:
    current = store.load_register()
    if plan.base is None:
        if any(k.records(current) for k in kinds.listed()):
            raise StalePlanError("This import was planned for a new, empty register; the register is not empty.")
    elif current != plan.base:
        raise StalePlanError(
            "The register was changed after the import preview was made. Nothing was imported; preview it again."
        )


def _write(store: RegisterStore, plan: ImportPlan, write_organisation: bool) -> ImportResult:
    result = ImportResult()
    if write_organisation and plan.organisation and plan.organisation.action != UNCHANGED:
        store.save_organisation(plan.organisation.record)
        result.changed[kinds.ORGANISATION.key] = 1
    ids = result.recipient_ids
    # New recipients first without their sub-processor links (these may point at later ones).
    for item in plan.recipients:
        if item.action == ADDED:
            ids[item.record.id] = store.recipients.add(replace(item.record, id=None, sub_processors=[]))
            result.added[kinds.RECIPIENT.key] += 1

    def resolve(refs: list[int]) -> list[int]:
        return [ids.get(r, r) for r in refs]

    for item in plan.recipients:
        if item.action == ADDED and item.record.sub_processors:
            store.recipients.update(
                replace(item.record, id=ids[item.record.id], sub_processors=resolve(item.record.sub_processors))
            )
        elif item.action not in (ADDED, UNCHANGED):
            store.recipients.update(replace(item.record, sub_processors=resolve(item.record.sub_processors)))
            result.changed[kinds.RECIPIENT.key] += 1
    for item in plan.activities:
        activity = replace(item.record, recipients=resolve(item.record.recipients))
        if item.action == ADDED:
            result.activity_ids.append(store.activities.add(replace(activity, id=None)))
            result.added[kinds.ACTIVITY.key] += 1
        elif item.action != UNCHANGED:
            store.activities.update(activity)
            result.activity_ids.append(activity.id)
            result.changed[kinds.ACTIVITY.key] += 1
    for key, items in plan.others.items():
        repo, added = store.repos[key], result.other_ids.setdefault(key, [])
        for item in items:
            if item.action == ADDED:
                added.append(repo.add(replace(item.record, id=None)))
                result.added[key] += 1
            elif item.action != UNCHANGED:
                repo.update(item.record)
                result.changed[key] += 1
    return result


def revert_import(store: RegisterStore, plan: ImportPlan, result: ImportResult) -> None:
    """Undo of `apply_plan`: remove what it added and put back what it changed, in ONE transaction.

    The audit log keeps both the import and its undo (it is the record of what happened)."""
    with store.db.atomic():
        for key, items in plan.others.items():
            repo, added = store.repos[key], iter(result.other_ids.get(key, []))
            for item in items:
                if item.action == ADDED:
                    repo.delete(next(added))
                elif item.action != UNCHANGED:
                    repo.update(item.current)
        written = [i for i in plan.activities if i.action != UNCHANGED]
        for item, activity_id in zip(written, result.activity_ids):
            if item.action == ADDED:
                store.activities.delete(activity_id)
            else:
                store.activities.update(item.current)
        for item in plan.recipients:
            if item.action == ADDED:
                store.recipients.delete(result.recipient_ids[item.record.id])
            elif item.action != UNCHANGED:
                store.recipients.update(item.current)
        if plan.organisation and plan.organisation.action != UNCHANGED and plan.organisation.current is not None:
            store.save_organisation(plan.organisation.current)
