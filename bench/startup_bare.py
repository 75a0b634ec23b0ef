"""The bare start-up baseline: a QMainWindow holding a pyqtgraph PlotWidget, quit on first paint.

Run by bench/bench_startup.py from source and frozen with PyInstaller the way build.spec
freezes the app. Prints the seconds to the first paint and ends with os._exit(0), like the
app's SMSPLANNER_EXIT_ON_PAINT probe, so both are timed the same way.
"""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

import pyqtgraph as pg  # noqa: E402  # isort: skip  (after PySide6 so it binds to it)


class FirstPaint(QObject):
    """Quits once the window's first paint pass has finished."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.queued = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.queued:
            self.queued = True
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        print(f"paint {time.perf_counter() - STARTED:.4f}", flush=True)
        os._exit(0)


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(pg.PlotWidget())
    window.resize(1024, 640)
    app.installEventFilter(FirstPaint(window))
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
