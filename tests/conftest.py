"""Test set-up: offscreen Qt, and every test gets its own data folder and database file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep logs, settings and the default database out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SMSPLANNER_DB", raising=False)
    yield


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
