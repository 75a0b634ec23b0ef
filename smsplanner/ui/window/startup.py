"""Start-up helpers: run work after the window's first paint, and a probe for `make bench`.

`after_first_paint(window, fn)` lets the main window show itself (and its campaigns) before
building the heavier tabs. The hidden probe: SMSPLANNER_EXIT_ON_PAINT=paint quits right after
the main window's first paint, =campaigns after the first paint showing campaign rows, =ready
once the work deferred by after_first_paint has run too. The process prints the seconds since
the probe was installed and ends with os._exit(0), so interpreter teardown is not timed; the
bench measures the whole process from the outside. GUI thread only.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

ENV_VAR = "SMSPLANNER_EXIT_ON_PAINT"
MODES = ("paint", "campaigns", "ready")
_PENDING = "_smsplanner_after_paint_pending"  # window property: deferred work not yet run
GIVE_UP_MS = 60_000


def _rows_visible(window: QWidget) -> bool:
    """True when a visible item view inside the window shows at least one row."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            return True
    return False


class _PaintProbe(QObject):
    """Watches paint events of one window's widgets and exits when the wanted state is seen."""

    def __init__(self, window: QWidget, mode: str) -> None:
        super().__init__(window)
        self.window = window
        self.mode = mode
        self.started = time.perf_counter()
        self._check_queued = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and not self._check_queued
                and isinstance(obj, QWidget) and obj.window() is self.window):
            # Check after this paint pass has finished (children painted, buffer flushed).
            self._check_queued = True
            QTimer.singleShot(0, self._check)
        return False

    def _check(self) -> None:
        self._check_queued = False
        if self.mode == "ready":
            if self.window.property(_PENDING):
                QTimer.singleShot(10, self._check)
                return
        elif self.mode == "campaigns" and not _rows_visible(self.window):
            return
        print(f"{self.mode} {time.perf_counter() - self.started:.4f}", flush=True)
        os._exit(0)


class _AfterFirstPaint(QObject):
    """Runs a function once, just after the first paint pass of a window has finished."""

    def __init__(self, window: QWidget, fn: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.fn = fn
        self.queued = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and not self.queued
                and isinstance(obj, QWidget) and obj.window() is self.window):
            self.queued = True
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        try:
            if self.window.isVisible():  # closed meanwhile: its database is closed too
                self.fn()
        finally:
            self.window.setProperty(_PENDING, False)
            self.deleteLater()


def after_first_paint(window: QWidget, fn: Callable[[], object]) -> None:
    """Call fn() once the window has painted (and shown what it had); GUI thread only."""
    app = QApplication.instance()
    if app is None:
        fn()
        return
    window.setProperty(_PENDING, True)
    app.installEventFilter(_AfterFirstPaint(window, fn))


def install_paint_probe(window: QWidget) -> bool:
    """Install the probe when the environment asks for it; returns whether it did."""
    mode = os.environ.get(ENV_VAR, "").strip().lower()
    if not mode:
        return False
    if mode not in MODES:
        mode = "paint"
    app = QApplication.instance()
    if app is None:
        return False
    probe = _PaintProbe(window, mode)
    app.installEventFilter(probe)

    def give_up() -> None:
        print(f"{ENV_VAR}: the window did not reach '{mode}' in time", file=sys.stderr, flush=True)
        os._exit(3)

    QTimer.singleShot(GIVE_UP_MS, give_up)
    return True
