"""A big store opens on a check of its small tables; the whole check runs after the window
is up, off the GUI thread, and damage it finds is refused as at opening (real files, widgets)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from smsplanner.domain.campaign import Campaign
from smsplanner.services.importer import import_file
from smsplanner.storage import checkup, health
from smsplanner.storage.campaigns import add_campaign
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DamagedDatabaseError
from smsplanner.ui.common.operations import Change
from smsplanner.ui.window.main_window import MainWindow
from tests.storage.test_big_store import _damage_messages_page, _log

WAIT = 20_000


@pytest.fixture(autouse=True)
def _every_file_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setattr(checkup, "INLINE_CHECK_BYTES", 0)


def _shown(qtbot, db_path: Path) -> MainWindow:
    w = MainWindow(db_path)
    w.show()
    qtbot.waitExposed(w)
    return w


def _checks_on(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads the whole check of a file runs on."""
    threads: list[str] = []
    real = health.quick_check_file

    def recorded(path: Path) -> str:
        threads.append(threading.current_thread().name)
        return real(path)

    monkeypatch.setattr(health, "quick_check_file", recorded)
    return threads


def test_damage_found_after_the_window_opened_is_refused(
        qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dispose) -> None:
    conn = open_db(db_path)
    import_file(conn, _log(tmp_path / "a.csv", "May drop", 0, 40))
    conn.close()
    _damage_messages_page(db_path)
    threads = _checks_on(monkeypatch)
    w = _shown(qtbot, db_path)  # opens: its campaigns are sound
    try:
        assert [c.name for c in w.campaigns()] == ["May drop"]
        qtbot.waitUntil(lambda: any(b.isVisible() for b in w.findChildren(QMessageBox)),
                        timeout=WAIT)
        [box] = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
        assert "is damaged, so SMS Planner will not change it" in box.text()
        # The whole check once, on its thread; the backups' checks for the refusal's advice
        # on a worker: never on the GUI thread.
        assert threads[0] == "smsplanner-full-check" and "MainThread" not in threads
        assert threads.count("smsplanner-full-check") == 1
        with pytest.raises(DamagedDatabaseError):
            add_campaign(w.conn, Campaign("June drop", dt.date(2026, 6, 1), sent=5))
        box.done(0)
    finally:
        dispose(w)


def test_a_sound_big_store_is_checked_once_for_the_window_and_its_import(
        qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dispose) -> None:
    conn = open_db(db_path)
    import_file(conn, _log(tmp_path / "a.csv", "May drop", 0, 40))
    conn.close()
    threads = _checks_on(monkeypatch)
    w = _shown(qtbot, db_path)
    try:
        results: list[object] = []
        w.ops.run(lambda c, p, k: import_file(c, _log(tmp_path / "b.csv", "June drop", 100, 10),
                                              progress=p, is_cancelled=k),
                  change=Change.ALL, on_success=results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
        assert sorted(c.name for c in w.campaigns()) == ["June drop", "May drop"]
        assert threads == ["smsplanner-full-check"]  # the window's and the import's: one
    finally:
        dispose(w)
