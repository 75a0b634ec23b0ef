"""UI test set-up: en-US numbers, windows closed for real (tests/conftest.py gives each test
its own QSettings folder)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _collect_widgets_before_exit():
    """Collect dead windows while QApplication still exists: pyqtgraph charts collected during
    interpreter shutdown abort it with a refcount error."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def _us_locale():
    """Tests read numbers as en-US text unless they pick a locale themselves."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, db_path: Path):
    """A MainWindow on a fresh database file, shown offscreen, closed after the test."""
    from smsplanner.ui.window.main_window import MainWindow

    w = MainWindow(db_path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    _dispose(w)
    del w
    gc.collect()


@pytest.fixture
def dispose():
    """The dispose function, for tests that make their own windows."""
    return _dispose


def _dispose(widget) -> None:
    """Close and really delete a window now: charts left to the garbage collector at exit
    can abort the interpreter (pyqtgraph refcount error)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    tasks = getattr(widget, "tasks", None)
    if tasks is not None:
        tasks.cancel_all()
        tasks.wait_all()
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
