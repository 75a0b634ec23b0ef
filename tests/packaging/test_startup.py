"""Fast start: the window paints with its campaigns first; the chart tabs are built right after.

Real widgets offscreen on a real database file. The timings themselves are in `make bench`
(bench/bench_startup.py), never asserted here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    from smsplanner.services.sample import load_sample_data
    from smsplanner.storage.db import open_db

    conn = open_db(db_path)
    load_sample_data(conn)
    conn.close()
    return db_path


@pytest.fixture
def deferred(monkeypatch):
    from smsplanner.ui.window.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "defer_views_until_painted", True)
    return MainWindow


def _dispose(window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_campaigns_show_before_the_chart_tabs_are_built(qtbot, sample_db, deferred) -> None:
    window = deferred(sample_db)
    try:
        assert window.trends is None  # nothing heavy before the first paint
        assert window.workspace.table.proxy.rowCount() == 52  # but the campaigns are there
        window.show()
        qtbot.waitUntil(lambda: window.trends is not None, timeout=10_000)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[:2] == ["Campaigns", "Trends"] and len(titles) >= 3
        qtbot.waitUntil(lambda: window.trends.plot.point_count() > 0, timeout=10_000)
    finally:
        _dispose(window)


def test_window_closed_before_painting_never_builds_the_tabs(qtbot, sample_db, deferred) -> None:
    window = deferred(sample_db)
    window.show()
    window.close()  # closes the database too: the deferred work must not touch it
    qtbot.wait(100)
    assert window.trends is None
    _dispose(window)


SPY = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from smsplanner.ui.window import startup as startup_probe

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            heavy = ("pandas", "sqlite_utils", "pyqtgraph", "pyarrow")
            print("LOADED", ",".join(m for m in heavy if m in sys.modules), flush=True)
            os._exit(0)
        return False

def install(window):  # stands in for the bench probe, which run_app installs after show()
    QApplication.instance().installEventFilter(Spy(window))
    return True

startup_probe.install_paint_probe = install
from smsplanner.cli import main
main(["--db", sys.argv[1]])
"""


def test_nothing_heavy_is_imported_before_the_first_paint(sample_db: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SPY, str(sample_db)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("LOADED")]
    assert lines, proc.stdout + proc.stderr
    assert lines[0] == "LOADED ", f"imported before the first paint: {lines[0][7:]}"
