"""Test set-up: offscreen Qt, and every test gets its own home, data folder, settings and
database file, so tests never share state, whether run in one process or in parallel
(`make unit` runs them on every core with pytest-xdist)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The fault suites' outcome table, gathered from every worker (tests/reliability/tally.py).
pytest_plugins = ["tests.reliability.tally"]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep logs, settings, file-dialog folders and the default database out of the real home
    folder: each test gets its own, and so do the programs it starts."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SMSPLANNER_DB", raising=False)
    _isolate_qsettings(home / "config")
    yield


def _isolate_qsettings(folder: Path) -> None:
    """Point QSettings (user scope) at this test's folder. Qt reads XDG_CONFIG_HOME only at
    the first QSettings of a process, so the variable alone would leave every later test on
    the first one's settings. Before Qt is loaded there is nothing to do, and the core tests
    never load it."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return
    settings = qtcore.QSettings
    for fmt in (settings.Format.NativeFormat, settings.Format.IniFormat):
        settings.setPath(fmt, settings.Scope.UserScope, str(folder))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a fresh database file (created on first open)."""
    return tmp_path / "campaigns.sqlite"


@pytest.fixture
def conn(db_path: Path):
    """An open, migrated connection to a real database file."""
    from smsplanner.storage.db import open_db

    c = open_db(db_path)
    yield c
    c.close()


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls):
    """pytest-qt's QApplication, speaking English as the app does: the plural forms of
    "%n campaign(s)" come from a translator (smsplanner.ui.common.i18n.EnglishPlurals)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = qapp_cls(qapp_args)
    from smsplanner.ui.common.i18n import install_english_plurals

    install_english_plurals(app)
    return app
