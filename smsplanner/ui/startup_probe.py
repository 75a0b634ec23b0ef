"""A hidden start-up probe for `make bench`: quit as soon as the window has painted.

Set SMSPLANNER_EXIT_ON_PAINT=paint to quit right after the main window's first paint, or
=campaigns to quit after the first paint that shows campaign rows. The process prints the
seconds since the probe was installed and ends with os._exit(0), so interpreter teardown is
not timed; the bench measures the whole process from the outside. GUI thread only.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

ENV_VAR = "SMSPLANNER_EXIT_ON_PAINT"
MODES = ("paint", "campaigns")
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
        if self.mode == "paint" or _rows_visible(self.window):
            print(f"{self.mode} {time.perf_counter() - self.started:.4f}", flush=True)
            os._exit(0)


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
