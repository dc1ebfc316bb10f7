"""Opening and creating register files from the GUI, with a clear message for every bad file.

A register another instance is writing opens read-only (with the other writer named); one whose lock
cannot be verified (another computer, a crash) may be taken over after the user confirms. A register
in a cloud-synced folder or on a network drive gets a one-time warning with the reason.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import logs, paths
from ..store import (
    CorruptRegisterError,
    ForeignSchemaError,
    NewerVersionError,
    NotARegisterError,
    RegisterError,
    RegisterLockedError,
    RegisterStore,
    storage_warning,
)
from ..store.backups import BackupCancelled
from . import settings
from .i18n import store_text
from .startup_probe import after_first_paint
from .worker import BackgroundTask

DEMO_NAME = "Demo register.ropa"
WARNED_KEY = "storage_warned"


def _tr(parent: QWidget | None, text: str) -> str:
    return parent.tr(text) if parent is not None else text


def open_register(
    parent: QWidget | None, path: Path, report: bool = True, refused: list[str] | None = None
) -> RegisterStore | None:
    """Open `path`; on any problem tell the user why and return None (the file stays untouched).

    A register open elsewhere comes back read-only (`store.readonly_reason` names who has it).
    `report=False` keeps bad-file errors out of a message box (logged, and appended to `refused`): the
    caller says why with its own choice (`open_at_start`). Over a window (`parent`), the day's first backup
    is made after the window shows (`start_daily_backup`)."""
    path = Path(path)
    try:
        store = RegisterStore.open(path, defer_backup=parent is not None)
    except RegisterLockedError as exc:
        store = _open_locked(parent, path, exc)
    except ForeignSchemaError as exc:  # a choice to make, not only a bad file: asked even at start
        logs.user_error(str(exc), exc)
        store = _open_foreign(parent, path, exc)
    except RegisterError as exc:
        logs.user_error(str(exc), exc)
        if report:
            QMessageBox.warning(parent, _tr(parent, "Cannot open register"), store_text(exc))
        elif refused is not None:
            refused.append(store_text(exc))
        return None
    if store is None:
        return None
    _tell_about(parent, store)
    if store.daily_backup_due:
        start_daily_backup(parent, store)
    return store


_RUNNING: set[BackgroundTask] = set()  # work started once the window shows, running (kept until it reports)


def _once_shown(window: QWidget, store: RegisterStore, work, finished, failed) -> None:
    """Start `work` in a worker at the next turn of the event loop (the window shows first), unless the register
    has been closed by then; `finished` and `failed` take its outcome. A window shown but not on screen yet (the
    app's start: that turn comes before the first paint) starts it once it is first painted (#21): its thread and
    its reads would otherwise share the CPU and the interpreter with the paint."""

    def start() -> None:
        if store.closed:
            return
        top = window.window()
        if top.isVisible() and not top.testAttribute(Qt.WidgetAttribute.WA_Mapped):  # (mapped: painted)
            owner = QObject(window)
            after_first_paint(owner, lambda: (owner.deleteLater(), start()), top)
            return
        task = BackgroundTask(work, window)
        task.finished.connect(finished)
        task.failed.connect(failed)
        task.ended.connect(lambda: _RUNNING.discard(task))
        _RUNNING.add(task)
        task.start()

    QTimer.singleShot(0, window, start)


def start_daily_backup(window: QWidget, store: RegisterStore) -> None:
    """The day's first backup of a register opened over `window` (`RegisterStore.open(defer_backup=True)`), once
    the window shows: in a worker, through a connection of its own and in small steps
    (`RegisterStore.make_daily_backup`), so that the list shows without waiting for a copy of the whole file
    and an edit meanwhile waits for one step at most. A failure is told as one at open was; closing the
    register (another one opened, the window closed) stops it, and no file is left."""
    store.daily_backup_due = False

    def work(progress, cancelled):
        return store.make_daily_backup(progress, lambda: cancelled() or store.closed)

    _once_shown(window, store, work, lambda made: setattr(store, "daily_backup", made),
                lambda exc: _daily_backup_failed(window, store, exc))


def _daily_backup_failed(window: QWidget, store: RegisterStore, exc: BaseException) -> None:
    if isinstance(exc, BackupCancelled) or store.closed:
        return
    if not isinstance(exc, RegisterError):
        raise exc  # a bug: the app's error handler reports it
    store.backup_problem = exc.message
    tell_about_backup_problem(window, store, damaged=isinstance(exc, CorruptRegisterError))


OPEN_OTHER, OPEN_DEMO = "other", "demo"


def ask_after_refusal(parent: QWidget | None, path: Path, reason: str) -> str:
    """At start: the register to open could not be opened. Say which and why, and let the user open another
    register or the demo (the default: it is always there)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr(parent, "Cannot open register"),
                      _tr(parent, "“{0}” could not be opened.").format(path.name), parent=parent)
    box.setObjectName("start_refused_box")
    box.setInformativeText(
        (reason + "\n\n" if reason else "")
        + _tr(parent, "The file was left as it is. Open another register, or the demo register for now."))
    other = box.addButton(_tr(parent, "Open another register…"), QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(_tr(parent, "Open the demo register"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.setEscapeButton(demo)
    box.exec()
    return OPEN_OTHER if box.clickedButton() is other else OPEN_DEMO


def open_at_start(parent: QWidget | None, path: Path) -> RegisterStore:
    """The register to start with: `path` (given on the command line, or the last one used). If it cannot
    be opened, the user is told why -- never silently given the demo instead -- and chooses another register
    or the demo."""
    refused: list[str] = []
    store = open_register(parent, path, report=False, refused=refused)
    if store is not None:
        return store
    if ask_after_refusal(parent, path, refused[0] if refused else "") == OPEN_OTHER:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, _tr(parent, "Open register"), str(path.parent),
            _tr(parent, "ROPA registers (*.ropa);;All files (*)"))
        if chosen:
            store = open_register(parent, Path(chosen))
            if store is not None:
                return store
    return open_or_create_demo()


def _open_locked(parent: QWidget | None, path: Path, exc: RegisterLockedError) -> RegisterStore | None:
    logs.user_error(str(exc))
    if exc.this_process:
        QMessageBox.information(parent, _tr(parent, "Already open"),
                                _tr(parent, "“{0}” is already open in ROPA Desk.").format(path.name))
        return None
    reason = exc.message  # (the store's words, said in the interface's language where they are shown)
    if exc.maybe_stale and ask_take_over(parent, store_text(reason)):
        try:
            return RegisterStore.open(path, take_over_stale=True, defer_backup=parent is not None)
        except RegisterLockedError as again:  # it came alive meanwhile
            reason = again.message
        except RegisterError as err:
            logs.user_error(str(err), err)
            QMessageBox.warning(parent, _tr(parent, "Cannot open register"), store_text(err))
            return None
    elif not exc.maybe_stale:
        QMessageBox.warning(
            parent, _tr(parent, "Register in use"),
            store_text(reason) + "\n\n"
            + _tr(parent, "It opens read-only: you can read and export it, but not change it."),
        )
    try:
        store = RegisterStore.open(path, readonly=True)
    except RegisterError as err:
        logs.user_error(str(err), err)
        QMessageBox.warning(parent, _tr(parent, "Cannot open register"), store_text(err))
        return None
    store.readonly_reason = reason
    return store


READ_ONLY, IMPORT_CLEAN, CANCEL = "read-only", "import", "cancel"


def _open_foreign(parent: QWidget | None, path: Path, exc: ForeignSchemaError) -> RegisterStore | None:
    """A register holding triggers, views or other things ROPA Desk does not make: say what was found,
    and open it read-only or import it into a new clean register, as the user chooses."""
    choice = ask_about_foreign(parent, exc)
    if choice == READ_ONLY:
        try:
            return RegisterStore.open(path, readonly=True)
        except RegisterError as err:
            logs.user_error(str(err), err)
            QMessageBox.warning(parent, _tr(parent, "Cannot open register"), store_text(err))
            return None
    if choice == IMPORT_CLEAN:
        target = choose_clean_target(parent, path)
        if target is None:
            return None
        from ..interchange import InvalidSource  # (the import machinery: not loaded for every start)
        from ..store.importing import import_into_clean_register
        outcome: dict[str, object] = {}
        task = BackgroundTask(lambda progress, cancelled: import_into_clean_register(path, target), parent)
        task.finished.connect(lambda result: outcome.setdefault("done", result))
        task.failed.connect(lambda error: outcome.setdefault("error", error))
        task.start()
        task.wait_in_event_loop()
        error = outcome.get("error")
        if isinstance(error, InvalidSource):
            lines = [str(p) for p in error.problems[:10]]
            more = len(error.problems) - len(lines)
            text = "\n".join(lines) + ("\n" + _tr(parent, "… and {0} more.").format(more) if more > 0 else "")
            logs.user_error(text)
            QMessageBox.warning(parent, _tr(parent, "Cannot import register"),
                                _tr(parent, "Some values of “{0}” cannot be imported; nothing was written:")
                                .format(path.name) + "\n\n" + text)
            return None
        if isinstance(error, RegisterError):
            logs.user_error(str(error), error)
            QMessageBox.warning(parent, _tr(parent, "Cannot import register"), store_text(error))
            return None
        if error is not None:
            raise error  # a bug: the app's error handler reports it
        if "done" not in outcome:
            return None
        return open_register(parent, target)
    return None


def ask_about_foreign(parent: QWidget | None, exc: ForeignSchemaError) -> str:
    """READ_ONLY, IMPORT_CLEAN or CANCEL (the default)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr(parent, "Register holds unknown things"), store_text(exc),
                      parent=parent)
    if not exc.readable:
        box.exec()
        return CANCEL
    box.setInformativeText(_tr(
        parent,
        "Open read-only shows its data without running anything in it (the file is never written, and SQLite "
        "triggers only run on writes). Import into a new register copies its data into a new, clean file that "
        "you can edit; the received file stays as it is.",
    ))
    readonly = box.addButton(_tr(parent, "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    clean = box.addButton(_tr(parent, "Import into a new register…"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return {readonly: READ_ONLY, clean: IMPORT_CLEAN}.get(box.clickedButton(), CANCEL)


def choose_clean_target(parent: QWidget | None, source: Path) -> Path | None:
    """Where the clean register goes (a new file), or None when the user cancels."""
    suggested = source.with_name(_tr(parent, "{0} (clean).ropa").format(source.stem))
    name, _filter = QFileDialog.getSaveFileName(parent, _tr(parent, "New clean register"), str(suggested),
                                                _tr(parent, "ROPA Desk registers (*.ropa)"))
    return Path(name) if name else None


def ask_take_over(parent: QWidget | None, message: str) -> bool:
    """Ask whether to take over a lock that cannot be verified; "Open read-only" is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr(parent, "Register in use?"), message, parent=parent)
    box.setInformativeText(_tr(
        parent,
        "If ROPA Desk is no longer running there (it stopped unexpectedly, or that computer was switched off), "
        "you can take the register over. If it is still open there, taking it over lets two people change it "
        "at once, and changes can be lost.",
    ))
    take = box.addButton(_tr(parent, "Take over"), QMessageBox.ButtonRole.DestructiveRole)
    readonly = box.addButton(_tr(parent, "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(readonly)
    box.exec()
    return box.clickedButton() is take


def _tell_about(parent: QWidget | None, store: RegisterStore) -> None:
    """The notices after a successful open: upgrade, recovered write, failed backup, where it is kept
    (shown over a window only: without a parent there is nobody to tell yet)."""
    if parent is None:
        return
    if store.migration_backup is not None:
        QMessageBox.information(
            parent,
            _tr(parent, "Register upgraded"),
            _tr(parent, "This register was upgraded to the current format. A copy of the old file was kept at:\n{0}")
            .format(store.migration_backup),
        )
    if store.recovered and not store.readonly:
        QMessageBox.information(
            parent,
            _tr(parent, "Interrupted change undone"),
            _tr(parent, "The last change to this register was interrupted (ROPA Desk or the computer stopped while "
                        "saving). The register is as it was after the last completed change; everything saved "
                        "before that is there."),
        )
    start_unreadable_scan(parent, store)
    tell_about_backup_problem(parent, store)
    warn_about_storage(parent, store.path)


def tell_about_backup_problem(parent: QWidget | None, store: RegisterStore, damaged: bool = False) -> None:
    """The daily backup could not be made (at open, or in its worker after the window showed)."""
    if not store.backup_problem:
        return
    logs.user_error(store.backup_problem)
    QMessageBox.warning(parent, _tr(parent, "Automatic backup failed"), store_text(store.backup_problem)
                        + ("" if damaged else "\n\n" + _tr(parent, "The register itself is fine.")))


def start_unreadable_scan(window: QWidget, store: RegisterStore) -> None:
    """Once the window shows, name each value of the register that does not fit its field
    (`tell_about_unreadable_values`), as a read of the whole register in a worker finds them: the read of the window's
    checks when they read it in a worker (`RegisterChecks.read_problems`, told when their run ends), else a read of its
    own, through a read-only connection of its own. Read on the UI thread before the window showed, this took 3-4 s
    of CPU at 10,000 activities and 14-18 s at 50,000; a read of its own beside the checks' was a second whole read
    of the register at the same time (#21). Closing the register (another one opened, the window closed) stops it."""
    path = store.path
    if path is None:
        return

    def work(progress, cancelled):
        with RegisterStore.open(path, readonly=True, quick_check=False) as reader:  # `store` checked the file
            reader.load_register(lambda: cancelled() or store.closed)
            return list(reader.read_problems)

    def failed(exc: BaseException) -> None:
        if not store.closed:  # stopped because the register closed: nothing to tell
            logs.user_error(f"The register could not be read to look for unreadable values: {exc}", exc)

    def tell(problems: list[str]) -> None:
        tell_about_unreadable_values(window, store, problems)

    def own_read() -> None:
        _once_shown(window, store, work, tell, failed)

    def start() -> None:  # a turn later: the window has its session and checks by then
        from .register_checks import made_checks

        # (the session's own: a search through all of the window's children made PySide wrap each of them, and make
        # the Python types of their classes and enums, before the first paint)
        session = getattr(window, "session", None)
        checks = made_checks(session) if session is not None and session.store is store else None

        def from_the_checks(busy: bool = False) -> None:
            if busy:
                return
            if waiting:
                checks.busy_changed.disconnect(from_the_checks)
            if checks.read_problems is not None:  # their run read the register in a worker
                tell(checks.read_problems)
            else:
                own_read()

        waiting = checks is not None and checks.busy and not store.closed
        if waiting:
            checks.busy_changed.connect(from_the_checks)
        elif checks is not None and not store.closed:
            from_the_checks()
        else:
            own_read()

    QTimer.singleShot(0, window, start)


def tell_about_unreadable_values(parent: QWidget | None, store: RegisterStore, problems: list[str]) -> None:
    """Name each value that does not fit its field (a file changed by another program), as the read of the
    whole register found them: it is shown empty (or cut at the size limit), the rest of the register is usable."""
    if problems and not store.closed:
        more = [_tr(parent, "… and {0} more.").format(len(problems) - 10)] if len(problems) > 10 else []
        shown = [store_text(p) for p in problems[:10]] + more
        logs.user_error("; ".join(problems))
        QMessageBox.warning(
            parent, _tr(parent, "Some values cannot be read"),
            _tr(parent, "These values in “{0}” do not fit their fields (the file was changed by another program?). "
                        "They are shown empty or cut; saving such a record replaces them. The rest of the register "
                        "is fine:").format(store.path.name if store.path else "") + "\n\n" + "\n".join(shown))


def warn_about_storage(parent: QWidget | None, path: Path | None) -> str | None:
    """Warn once per register file when it is in a cloud-synced folder or on a network drive."""
    if path is None:
        return None
    warning = storage_warning(path)
    if warning is None:
        return None
    key = str(Path(path).resolve())
    s = settings.app_settings()
    warned = s.value(WARNED_KEY, [])
    warned = [warned] if isinstance(warned, str) else list(warned or [])
    if key in warned:
        return None
    logs.user_error(warning)
    QMessageBox.information(parent, _tr(parent, "Where this register is kept"), store_text(warning))
    s.setValue(WARNED_KEY, warned + [key])
    return warning


def demo_path() -> Path:
    return paths.app_data_dir() / DEMO_NAME


def open_or_create_demo() -> RegisterStore:
    """The demo register in the app data folder, created on first use. If another ROPA Desk has it
    open, it opens read-only; a damaged demo is put aside (never deleted) and made afresh."""
    path = demo_path()
    if path.exists():
        try:
            return RegisterStore.open(path)
        except RegisterLockedError as exc:
            store = RegisterStore.open(path, readonly=True)
            store.readonly_reason = exc.message
            return store
        except (CorruptRegisterError, NotARegisterError, NewerVersionError) as exc:
            aside = path.with_name(f"Demo register (damaged {datetime.now():%Y%m%d-%H%M%S}).ropa")
            logs.user_error(f"the demo register was put aside as {aside.name}", exc)
            path.rename(aside)
    path.parent.mkdir(parents=True, exist_ok=True)
    from ..store.demo import create_demo  # (the first start only)

    return create_demo(path)
