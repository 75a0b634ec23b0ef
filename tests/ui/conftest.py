"""UI test set-up: every test gets its own QSettings folder, so preferences never leak."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory):
    """Point QSettings (user scope) at a fresh folder for this test."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def window(qtbot, db_path: Path):
    """A MainWindow on a fresh database file, shown offscreen, closed after the test."""
    from smsplanner.ui.main_window import MainWindow

    w = MainWindow(db_path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.tasks.cancel_all()
    w.tasks.wait_all()
