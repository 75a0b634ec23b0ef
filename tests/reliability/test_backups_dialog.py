"""File > Backups, File > Export and the damaged-file offer, on real files and real widgets."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from smsplanner.services.sample import load_sample_data
from smsplanner.storage import restore
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


def test_back_up_now_then_restore_from_the_dialog(qtbot, window, tally, monkeypatch,
                                                 tmp_path: Path) -> None:
    tally.name("restore a backup from File > Backups (GUI)")
    threads: list[threading.Thread] = []
    monkeypatch.setattr(restore, "_step_done",
                        lambda step: threads.append(threading.current_thread()))
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Backed up by you"
    assert dialog.table.item(0, 2).text() == "52"
    dialog.resize(720, 420)
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "backups_dialog.png"))  # the dialog paints
    delete_campaigns(window.conn, [c.id for c in window.campaigns()[:5]])
    window.reload()
    assert len(window.campaigns()) == 47
    dialog.confirm = lambda b: True  # the question box is modal; the answer is "Yes"
    dialog.table.selectRow(0)
    undo_before = window.undo_stack.count()
    dialog.restore_selected()
    # The copy runs on the runner: the window stays painted and the views wait for the change.
    assert window.ops.wait_idle()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.undo_stack.count() == 0 or undo_before == 0
    assert dialog.restore_button.isEnabled()
    assert "Restored the backup from" in window.statusBar().currentMessage()
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


def test_damaged_file_offers_and_restores_the_newest_backup(qapp, db_path: Path,
                                                             monkeypatch) -> None:
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
    threads: list[threading.Thread] = []
    monkeypatch.setattr(restore, "_step_done",
                        lambda step: threads.append(threading.current_thread()))
    assert offer_backup(err.value, ask=False) is True
    assert threads and all(t is not threading.main_thread() for t in threads)
    conn = open_db(db_path)
    assert conn.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 52
    conn.close()


def test_a_failed_restore_leaves_the_open_file_and_says_why(qtbot, window, tmp_path: Path) -> None:
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_bytes(b"not a database at all" * 100)
    errors: list[BaseException | str] = []
    window.report_error = errors.append  # type: ignore[method-assign]
    from smsplanner.ui.backups.dialog import restore_into_window

    restore_into_window(window, not_a_backup)
    assert window.ops.wait_idle()
    assert errors, "the refusal reaches the user"
    assert len(window.campaigns()) == 52
    assert window.statusBar().currentMessage() == "The backup was not restored."
