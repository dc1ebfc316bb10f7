"""Writing an import plan into a register file: all of it in one transaction, or nothing.

The plan comes from `ropa_app.interchange.build_plan` (a pure preview of what will change). Every
record goes through the ordinary repositories, so the import is in the audit log like any edit.
"""

from __future__ import annotations

import contextlib
import copy
import os
import time
from dataclasses import field
from pathlib import Path
from typing import Any

from ..domain import collector, kinds, model
from ..domain.copying import replaced
from ..domain.dataclass import dataclass
from ..interchange.plan import ADDED, UNCHANGED, ImportPlan
from ..domain.messages import Said
from .errors import Message, ReadOnlyRegisterError, RegisterError, RegisterLockedError
from .lock import RegisterLock, lock_path
from .register import RegisterStore

IMPORTING_SUFFIX = ".importing"  # a new register being built by an import, renamed when it is whole
# A file of an import into another new register, in the same folder, that nobody has touched for this long
# and whose lock no live process holds, was left by an import that was killed: it is removed.
STALE_IMPORT_SECONDS = 600


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
        if store.readonly_reason:
            raise ReadOnlyRegisterError(Message("This register is open read-only ({why}); the import cannot be saved.",
                                                why=store.readonly_reason))
        raise ReadOnlyRegisterError(Message("This register is open read-only; the import cannot be saved."))
    if store.path is not None:
        store.backup_now("before-import")  # a copy to go back to, whatever the import brings
    with collector.held(), store.db.atomic():
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
        raise RegisterError(Message("“{path}” already exists; choose another name.", path=path))
    if not path.parent.is_dir():
        raise RegisterError(Message("The folder “{folder}” does not exist.", folder=path.parent))
    tmp = path.with_name(path.name + IMPORTING_SUFFIX)
    remove_leftovers(tmp)
    remove_stale_imports(path.parent, keep=tmp)
    try:
        org = plan.organisation.record if plan.organisation else model.Organisation()
        with RegisterStore.create(tmp, org, user=user) as store:
            with collector.held(), store.db.atomic():
                _write(store, plan, write_organisation=False)
        if path.exists():
            raise RegisterError(Message("“{path}” appeared while importing; the import was not saved.", path=path))
        os.replace(tmp, path)
    except RegisterError as exc:
        _remove(tmp)
        if tmp.name not in str(exc):
            raise
        # The user chose `path`; the file being built under a temporary name is not theirs to know.
        err = copy.copy(exc)
        err.args = (_renamed(exc.message, tmp.name, path.name),)
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


def _renamed(message: Any, old: str, new: str) -> Any:
    """`message` with the name `old` said as `new` wherever it is (its parameters, for a Message)."""
    if isinstance(message, Said):
        return message  # (a word of ours: a kind, a field's label; no name of a file in it)
    if isinstance(message, Message):
        return Message(message.template, **{k: _renamed(v, old, new) for k, v in message.params.items()})
    if isinstance(message, str):
        return message.replace(old, new)
    if isinstance(message, Path) and old in str(message):
        return Path(str(message).replace(old, new))
    return message


def _remove(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def remove_leftovers(tmp: Path) -> None:
    """Remove what an import into a new register killed midway left under the temporary name `tmp`: the
    half-built file, its journal and its lock. The lock is taken first (a lock left by a process that died
    on this computer is taken over), so a running import into the same file is never disturbed: that one
    is refused with a message instead."""
    if not any(tmp.with_name(tmp.name + s).exists() for s in ("", "-journal", "-wal", "-shm")) and not \
            lock_path(tmp).exists():
        return
    try:
        lock = RegisterLock.acquire(tmp)
    except RegisterLockedError as exc:
        raise RegisterError(Message("An import into “{name}” is already running (in another window or program). "
                                    "Wait for it to finish, or choose another name.",
                                    name=tmp.name.removesuffix(IMPORTING_SUFFIX))) from exc
    try:
        _remove(tmp)
    finally:
        lock.release()


def remove_stale_imports(folder: Path, keep: Path | None = None) -> list[Path]:
    """Remove the leftovers of killed imports into other new registers in `folder` (untouched for
    STALE_IMPORT_SECONDS, their lock not held by a live process). Returns the temporary files removed."""
    removed: list[Path] = []
    limit = time.time() - STALE_IMPORT_SECONDS
    with contextlib.suppress(OSError):
        for tmp in folder.glob(f"*{IMPORTING_SUFFIX}"):
            if tmp == keep or not tmp.is_file() or tmp.is_symlink() or tmp.stat().st_mtime > limit:
                continue
            with contextlib.suppress(RegisterError, OSError):
                remove_leftovers(tmp)
                removed.append(tmp)
    return removed


def _check_base(store: RegisterStore, plan: ImportPlan) -> None:
    current = store.load_register()
    if plan.base is None:
        if any(k.records(current) for k in kinds.listed()):
            raise StalePlanError(Message("This import was planned for a new, empty register; the register is not "
                                         "empty."))
    elif current != plan.base:
        raise StalePlanError(Message("The register was changed after the import preview was made. Nothing was "
                                     "imported; preview it again."))


def _write(store: RegisterStore, plan: ImportPlan, write_organisation: bool) -> ImportResult:
    result = ImportResult()
    if write_organisation and plan.organisation and plan.organisation.action != UNCHANGED:
        store.save_organisation(plan.organisation.record)
        result.changed[kinds.ORGANISATION.key] = 1
    ids = result.recipient_ids
    # New recipients first without their sub-processor links (these may point at later ones), then their links
    # with the changed ones in order; with no changed ones, the links are written in the same pass (the same
    # rows, ids and audit rows).
    added = [item.record for item in plan.recipients if item.action == ADDED]
    changing = any(item.action not in (ADDED, UNCHANGED) for item in plan.recipients)
    if changing:
        new_ids = store.recipients.add_many([replaced(r, id=None, sub_processors=[]) for r in added])
    else:
        new_ids = store.recipients.add_many_linked(added)
    ids.update((r.id, new_id) for r, new_id in zip(added, new_ids))
    result.added[kinds.RECIPIENT.key] += len(added)

    def resolve(refs: list[int]) -> list[int]:
        return [ids.get(r, r) for r in refs]

    updates = []  # then, in order, the new ones' links and the changed ones
    for item in plan.recipients:
        if item.action == ADDED and item.record.sub_processors and changing:
            updates.append(
                replaced(item.record, id=ids[item.record.id], sub_processors=resolve(item.record.sub_processors))
            )
        elif item.action not in (ADDED, UNCHANGED):
            updates.append(replaced(item.record, sub_processors=resolve(item.record.sub_processors)))
            result.changed[kinds.RECIPIENT.key] += 1
    if updates:
        store.recipients.update_many(updates)
    new_activities: dict[int, int] = {}  # placeholder (-source id) -> id in the register
    for run in _runs(plan.activities):
        if run[0].action == ADDED:
            new_ids = store.activities.add_many(
                [replaced(item.record, recipients=resolve(item.record.recipients), id=None) for item in run])
            result.activity_ids.extend(new_ids)
            new_activities.update((-item.record.id, new_id) for item, new_id in zip(run, new_ids)
                                  if item.record.id is not None)
            result.added[kinds.ACTIVITY.key] += len(run)
        else:
            for item in run:
                activity = replaced(item.record, recipients=resolve(item.record.recipients))
                store.activities.update(activity)
                result.activity_ids.append(activity.id)
            result.changed[kinds.ACTIVITY.key] += len(run)
    placeholders = {kinds.RECIPIENT.key: ids, kinds.ACTIVITY.key: new_activities}
    for key, items in plan.others.items():
        repo, added_ids = store.repos[key], result.other_ids.setdefault(key, [])

        def linked(record: Any, key: str = key) -> Any:
            links = {fs.key: [placeholders[fs.refers].get(i, i) for i in getattr(record, fs.key)]
                     for fs in kinds.kind(key).fields if fs.refers in placeholders}
            return replaced(record, **links) if links else record

        for run in _runs(items):
            if run[0].action == ADDED:
                added_ids.extend(repo.add_many([replaced(linked(item.record), id=None) for item in run]))
                result.added[key] += len(run)
            else:
                for item in run:
                    repo.update(linked(item.record))
                result.changed[key] += len(run)
    return result


def _runs(items: list[Any]) -> list[list[Any]]:
    """The plan's items to write, in order, as runs of added ones and runs of changed ones (each run of
    added records is written as one batch; the order of the writes, and so of the ids, is the plan's)."""
    runs: list[list[Any]] = []
    for item in items:
        if item.action == UNCHANGED:
            continue
        if runs and (runs[-1][0].action == ADDED) == (item.action == ADDED):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


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
