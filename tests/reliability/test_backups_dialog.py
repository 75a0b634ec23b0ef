"""File > Backups, File > Export and the damaged-file offer, on real files and real widgets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from smsplanner.services.sample import load_sample_data
from smsplanner.storage.backups import list_backups, make_backup
from smsplanner.storage.campaigns import delete_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DamagedDatabaseError
from smsplanner.ui.backups.dialog import BackupsDialog, export_campaigns_dialog, offer_backup
from smsplanner.ui.window.app import open_main_window
from tests.support import page_size


@pytest.fixture
def window(qtbot, db_path: Path):
    conn = open_db(db_path)
    load_sample_data(conn)
    conn.close()
    w = open_main_window(db_path)
    assert w is not None
    qtbot.addWidget(w)
    w.resize(1280, 800)
    yield w
    w.close()


def test_app_opening_makes_the_daily_backup_and_menus_exist(window) -> None:
    [daily] = list_backups(window.db_path)
    assert daily.reason == "daily" and daily.campaigns == 52
    texts = [a.text() for a in window.menus.file.actions()]
    assert {"Backups…", "Export shown campaigns…", "Export all campaigns…"} <= set(texts)


def test_back_up_now_then_restore_from_the_dialog(qtbot, window, tally) -> None:
    tally.name("restore a backup from File > Backups (GUI)")
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Backed up by you"
    assert dialog.table.item(0, 2).text() == "52"
    dialog.resize(720, 420)
    dialog.show()
    dialog.grab().save("/tmp/backups_dialog.png")
    delete_campaigns(window.conn, [c.id for c in window.campaigns()[:5]])
    window.reload()
    assert len(window.campaigns()) == 47
    dialog.confirm = lambda b: True  # the question box is modal; the answer is "Yes"
    dialog.table.selectRow(0)
    dialog.restore_selected()
    ok = len(window.campaigns()) == 52 and any(
        p.name.startswith("campaigns.set-aside-") for p in window.db_path.parent.iterdir())
    tally.trial(ok)
    assert ok
    dialog.close()


def test_export_shown_campaigns(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV file (*.csv)")))
    assert export_campaigns_dialog(window, everything=False) == target
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(window.shown_campaigns())


def test_damaged_file_offers_and_restores_the_newest_backup(db_path: Path) -> None:
    conn = open_db(db_path)
    load_sample_data(conn)
    backup = make_backup(conn, reason="daily")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db_path.read_bytes())
    ps = page_size(data)
    data[ps:2 * ps] = b"\x13" * ps
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as err:
        open_db(db_path)
    assert err.value.newest_backup == backup
    assert offer_backup(err.value, ask=False) is True
    conn = open_db(db_path)
    assert conn.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 52
    conn.close()
