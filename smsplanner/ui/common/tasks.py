"""Running work off the GUI thread and getting the result back on it (like Anki's taskman).

    runner.run(fn, on_done=..., on_error=..., on_progress=...)

`fn(progress, is_cancelled)` runs on a worker thread. It must not touch widgets or the window's
sqlite connection: open its own connection (storage.db.open_db) if it needs the database.
`progress(done, total)` may be called often (it is throttled); `is_cancelled()` says when to stop
(raise domain.errors.Cancelled, or just return). Callbacks always run on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from smsplanner.domain.errors import Cancelled
from smsplanner.domain.progress import IsCancelled, Progress

WorkFn = Callable[[Progress, IsCancelled], Any]

_PROGRESS_INTERVAL = 0.05  # seconds between progress signals, so a tight loop cannot flood Qt


class _Relay(QObject):
    """Signals emitted on the worker thread and delivered (queued) to the Task on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QObject):
    """One piece of background work. Lives on the GUI thread; its callbacks run there."""

    done = Signal()  # emitted after on_done / on_error / on_cancelled ran

    def __init__(
        self,
        fn: WorkFn,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        on_cancelled: Callable[[], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self._finished = threading.Event()
        self._dropped = False
        self._last_progress = 0.0
        self.relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self.relay.finished.connect(self._deliver_result, queued)
        self.relay.failed.connect(self._deliver_error, queued)
        self.relay.progressed.connect(self._deliver_progress, queued)

    # -- any thread ------------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next is_cancelled() check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def dropped(self) -> bool:
        return self._dropped

    def drop(self) -> None:
        """Cancel and never call this task's callbacks (its owner started another). GUI thread."""
        self._dropped = True
        self.cancel()

    def is_finished(self) -> bool:
        """True once the work function has returned or raised (callbacks may still be queued)."""
        return self._finished.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work function has returned; True if it did within timeout."""
        return self._finished.wait(timeout)

    # -- worker thread -------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= _PROGRESS_INTERVAL:
            self._last_progress = now
            self.relay.progressed.emit(int(done), int(total))

    def execute(self) -> None:
        """Run the work function here (worker thread, or GUI thread in synchronous mode)."""
        try:
            result = self.fn(self._progress, self.is_cancelled)
        except Cancelled:  # work that noticed is_cancelled(): ends without on_done
            self._cancel.set()
            self._finished.set()
            self.relay.finished.emit(None)
        except BaseException as exc:  # every failure is reported on the GUI thread
            self._finished.set()
            self.relay.failed.emit(exc)
        else:
            self._finished.set()
            self.relay.finished.emit(result)

    # -- GUI thread ----------------------------------------------------------------------------
    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        try:
            if self._dropped:
                pass
            elif self.is_cancelled():
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif self._on_done is not None:
                self._on_done(result)
        finally:
            self.done.emit()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        try:
            if self._dropped:
                pass
            elif self._on_error is not None:
                self._on_error(exc)
            else:
                from smsplanner.ui.common.errors import show_error

                show_error(None, exc)
        finally:
            self.done.emit()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and not self.is_cancelled() and not self._dropped:
            self._on_progress(done, total)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute()


class TaskRunner(QObject):
    """Starts tasks on a small thread pool and keeps them alive until their callbacks ran.

    synchronous=True runs each task inline (callbacks delivered by the next event-loop pass);
    meant for tests that do not care about threads. A task started with an `owner` replaces
    that owner's previous one, which is cancelled and whose callbacks are never called: one
    current task per owner (like Orange's ConcurrentMixin).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: list[Task] = []
        self._owned: dict[int, Task] = {}

    def run(
        self,
        fn: WorkFn,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        owner: object | None = None,
    ) -> Task:
        """Start fn(progress, is_cancelled) off the GUI thread. GUI thread only."""
        task = Task(fn, on_done, on_error, on_progress, on_cancelled, parent=self)
        if owner is not None:
            self.cancel_owner(owner)
            self._owned[id(owner)] = task
        self._running.append(task)
        task.done.connect(lambda t=task: self._forget(t))
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        if self.synchronous:
            task.execute()
        else:
            self.pool.start(_Runnable(task))
        return task

    def current(self, owner: object) -> Task | None:
        """The owner's task, until its callbacks have run."""
        return self._owned.get(id(owner))

    def cancel_owner(self, owner: object) -> None:
        """Stop the owner's task, if any; its callbacks will not be called."""
        task = self._owned.pop(id(owner), None)
        if task is not None:
            task.drop()

    def _forget(self, task: Task) -> None:
        for key, owned in list(self._owned.items()):
            if owned is task:
                del self._owned[key]
        if task in self._running:
            self._running.remove(task)
            task.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for task in self._running:
            task.cancel()

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        """Block until every worker has returned (used on close); True if all did in time."""
        return self.pool.waitForDone(timeout_ms)
