"""Every write as one operation, and one signal saying what changed so each view refreshes.

    main_window.ops.run(work, change=Change.CAMPAIGNS | Change.IMPORTS, on_success=...)

Every write (add, edit, delete, their undo and redo, the sample data, import, undo an import)
runs on the window's background runner: `work(conn, progress, is_cancelled)` gets a connection
of its own, opened on the current database file and closed after. Writes run one at a time,
in the order asked (an undo never overtakes the edit it undoes), and an owner (a dialog) has
one at a time. When one lands, the caller's `on_success` runs, then `changed` is emitted once
with a `Changed` (what changed, which rows to select) and every view refreshes itself from it:
nobody calls views by hand. Like Anki's `aqt/operations` and its `operation_did_execute` hook.
Replacing the whole file (restoring a backup) is `replace_file`: queued and run on the runner
like any write, but its work gets the file's path instead of a connection; when it lands the
window opens the file again (`reopen`), then `changed` says everything changed. GUI thread only.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Flag, auto
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Signal

from smsplanner.domain.progress import IsCancelled, Progress
from smsplanner.ui.common.tasks import Task, TaskRunner

OpWork = Callable[[sqlite3.Connection, Progress, IsCancelled], Any]
FileWork = Callable[[Path, Progress, IsCancelled], Any]


class Change(Flag):
    """What a write changed; each view refreshes for what concerns it."""

    CAMPAIGNS = auto()  # campaign rows added, edited or removed
    IMPORTS = auto()  # import batches recorded or undone
    DATABASE = auto()  # another file opened, or the file replaced by a backup
    ALL = CAMPAIGNS | IMPORTS | DATABASE


@dataclass(frozen=True)
class Changed:
    """The change signal's payload: what changed, and the campaigns to select after it."""

    what: Change
    select_ids: tuple[int, ...] = ()

    def touches(self, what: Change) -> bool:
        return bool(self.what & what)


def select(ids: Sequence[int], what: Change = Change.CAMPAIGNS) -> Changed:
    """A change that also selects these campaigns in the table."""
    return Changed(what, tuple(ids))


ChangeSpec = Change | Callable[[Any], Changed]


def _changed(spec: ChangeSpec, result: Any) -> Changed:
    return Changed(spec) if isinstance(spec, Change) else spec(result)


@dataclass
class _Pending:
    work: OpWork | None
    change: ChangeSpec
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    on_cancelled: Callable[[], None] | None
    owner: object | None
    file_work: FileWork | None = None  # replaces the file: gets its path, not a connection


class Operations(QObject):
    """The window's writes: run them, then say once what changed."""

    changed = Signal(object)  # a Changed, after every write (and on a reload)

    def __init__(self, runner: TaskRunner, db_path: Callable[[], Path],
                 report_error: Callable[[BaseException], None],
                 parent: QObject | None = None,
                 reopen: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._db_path = db_path
        self.report_error = report_error
        self._reopen = reopen
        self._queue: list[_Pending] = []
        self._current: Task | None = None

    # -- writes --------------------------------------------------------------------------------
    def run(self, work: OpWork, *, change: ChangeSpec,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            owner: object | None = None) -> None:
        """Queue a write for the background runner. `change` says what it changes (or
        computes that from the result). A new write for an owner drops the owner's queued or
        running one. Failures go to `on_failure`, else to the window's error popup."""
        if owner is not None:
            self.cancel_owner(owner)
        self._queue.append(_Pending(work, change, on_success, on_failure, on_progress,
                                    on_cancelled, owner))
        self._start_next()

    def replace_file(self, work: FileWork, *,
                     on_success: Callable[[Any], None] | None = None,
                     on_failure: Callable[[BaseException], None] | None = None,
                     owner: object | None = None) -> None:
        """Queue `work(path, progress, is_cancelled)`, which replaces the database file (a
        restore), for the runner. It waits for earlier writes and later ones wait for it; when
        it lands the window opens the file again, then `on_success`, then everything changed."""
        if owner is not None:
            self.cancel_owner(owner)
        self._queue.append(_Pending(None, Change.ALL, on_success, on_failure, None, None, owner,
                                    file_work=work))
        self._start_next()

    def notify(self, changed: Changed) -> None:
        """Say that something changed outside a write (another file opened, a reload)."""
        self.changed.emit(changed)

    # -- owners and waiting --------------------------------------------------------------------
    def cancel_owner(self, owner: object) -> None:
        """Forget the owner's queued write and stop its running one (no callbacks)."""
        self._queue = [p for p in self._queue if p.owner is not owner]
        self.runner.cancel_owner(owner)

    def is_busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every queued write has finished (tests, screenshots)."""
        timer = QElapsedTimer()
        timer.start()
        while self.is_busy() and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            self.runner.pool.waitForDone(5)
        QCoreApplication.processEvents()
        return not self.is_busy()

    # -- internals (GUI thread) ------------------------------------------------------------------
    def _start_next(self) -> None:
        if self._current is not None or not self._queue:
            return
        p = self._queue.pop(0)
        path = self._db_path()

        def work(progress: Progress, is_cancelled: IsCancelled) -> Any:
            from smsplanner.storage.db import open_db

            if p.file_work is not None:
                return p.file_work(path, progress, is_cancelled)
            assert p.work is not None
            conn = open_db(path)
            try:
                return p.work(conn, progress, is_cancelled)
            finally:
                conn.close()

        def done(result: Any) -> None:
            # The caller's success first (it may mark rows, as Anki's CollectionOp does), then
            # the one change signal, so the views refresh with the marks in place.
            try:
                if p.file_work is not None and self._reopen is not None:
                    self._reopen()  # the window's connection may hold the old schema
                if p.on_success is not None:
                    p.on_success(result)
            finally:
                self.changed.emit(_changed(p.change, result))

        task = self.runner.run(work, on_done=done, on_error=p.on_failure or self.report_error,
                               on_progress=p.on_progress, on_cancelled=p.on_cancelled,
                               owner=p.owner)
        task.done.connect(lambda: self._finished(task))
        self._current = task

    def _finished(self, task: Task) -> None:
        if task.dropped:
            # Its owner went away; the write may still have landed: refresh everything.
            self.changed.emit(Changed(Change.CAMPAIGNS | Change.IMPORTS))
        if self._current is task:
            self._current = None
        self._start_next()
