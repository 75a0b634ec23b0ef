"""The import banner says when no new backup was made because an earlier one already held
the campaign file (real file, real dialog and worker)."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.backups import list_backups, make_backup
from smsplanner.storage.campaigns import add_campaign
from smsplanner.ui.imports.dialog import ImportDialog
from smsplanner.ui.window.main_window import MainWindow
from tests.ui.import_helpers import WAIT, open_checked, shown_window


def _import(qtbot, win: MainWindow, path: Path) -> str:
    dialog: ImportDialog = open_checked(qtbot, win, path)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()
    banner = win.import_controller.banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    return banner.text.text()


@pytest.fixture
def win(qtbot, db_path: Path):
    yield from shown_window(qtbot, db_path)


def test_the_banner_names_the_backup_that_already_holds_the_file(
        qtbot, win: MainWindow, db_path: Path, tmp_path: Path) -> None:
    add_campaign(win.conn, Campaign("Kept", dt.date(2026, 2, 1), sent=10))
    win.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    past = time.time() - 60
    for f in (db_path, Path(str(db_path) + "-wal")):
        if f.exists():
            os.utime(f, (past, past))
    made = make_backup(win.conn, reason="daily", now=dt.datetime(2026, 3, 4, 9, 30))
    first = tmp_path / "first.csv"
    first.write_text("Campaign,Date,Sent\nSpring sale,2026-03-02,1000\n")
    text = _import(qtbot, win, first).replace("\u202f", " ")  # Qt's time: a narrow space
    assert "No new backup was made: the backup from 3/4/26 9:30 AM already holds " \
           "everything from before this import." in text
    assert [b.path for b in list_backups(db_path)] == [made]
    # Something was saved since: the next import makes its own backup and says nothing.
    second = tmp_path / "second.csv"
    second.write_text("Campaign,Date,Sent\nSummer sale,2026-06-02,900\n")
    text = _import(qtbot, win, second)
    assert "No new backup" not in text and "1 campaign added" in text
    assert len(list_backups(db_path)) == 2
