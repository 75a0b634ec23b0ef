"""Damage the quick check misses (an index that disagrees with its table) is never written on."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.services.importer import import_file
from smsplanner.storage import health
from smsplanner.storage.backups import daily_backup_if_due, list_backups
from smsplanner.storage.campaigns import add_campaign, add_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DamagedDatabaseError


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _index_disagrees(db: Path) -> None:
    """Change one byte of a name in the table's page only: the unique index keeps the old one."""
    conn = open_db(db)
    add_campaigns(conn, [Campaign(f"Campaign {i:03}", dt.date(2026, 1, 1), sent=10)
                         for i in range(20)])
    add_campaign(conn, Campaign("Spring sale", dt.date(2026, 3, 1), sent=100))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    c = sqlite3.connect(db)
    root, = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'campaigns'").fetchone()
    size, = c.execute("PRAGMA page_size").fetchone()
    c.close()
    data = bytearray(db.read_bytes())
    page = data[(root - 1) * size: root * size]
    at = page.index(b"Spring sale")
    data[(root - 1) * size + at] = ord("X")  # "Xpring sale" in the table, "Spring" in the index
    db.write_bytes(bytes(data))
    assert health.quick_check_file(db) == "ok"  # the quick check does not see it
    assert health.full_check_file(db) != "ok"


def test_add_to_a_file_whose_index_disagrees_is_refused(
        db_path: Path, capsys: pytest.CaptureFixture[str], tally) -> None:
    tally.name("damage the quick check misses (index vs table)")
    _index_disagrees(db_path)
    before = _sha(db_path)
    code = main(["--db", str(db_path), "add", "--name", "Xpring sale", "--date", "2026-03-01"])
    err = capsys.readouterr().err
    ok = code == 2 and "is damaged" in err and err.count("\n") == 1 and _sha(db_path) == before
    tally.trial(ok)
    assert ok, err


def test_a_big_file_turns_a_constraint_error_into_the_damage_sentence(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _index_disagrees(db_path)
    monkeypatch.setattr(health, "FULL_CHECK_BYTES", 0)  # as for a file too big to check on open
    conn = open_db(db_path)
    with pytest.raises(DamagedDatabaseError, match="is damaged"):
        add_campaign(conn, Campaign("Spring sale", dt.date(2026, 3, 1), sent=1))
    conn.close()


def test_import_into_a_small_file_runs_the_full_check(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = open_db(db_path)  # opened while sound: the app keeps its connection
    _index_disagrees(db_path)
    src = tmp_path / "results.csv"
    src.write_text("Campaign name,Date,Sent\nXpring sale,2026-03-01,50\n")
    before = conn.execute("SELECT count(*) FROM campaigns").fetchone()[0]
    with pytest.raises(DamagedDatabaseError):
        import_file(conn, src)
    assert conn.execute("SELECT count(*) FROM campaigns").fetchone()[0] == before
    conn.close()


def test_the_daily_backup_copy_gets_the_full_check(db_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _index_disagrees(db_path)
    monkeypatch.setattr(health, "FULL_CHECK_BYTES", 0)
    conn = open_db(db_path)
    with pytest.raises(DamagedDatabaseError):
        daily_backup_if_due(conn)
    conn.close()
    assert list_backups(db_path) == []  # the damaged copy is not kept as a good backup
