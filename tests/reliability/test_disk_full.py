"""A full disk during a write or a backup: a clear message, nothing half-written, app goes on."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.backups import backups_folder
from smsplanner.storage.campaigns import add_campaigns, count_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DiskFullError


def _campaigns(prefix: str, n: int) -> list[Campaign]:
    return [Campaign(f"{prefix} {i}", dt.date(2026, 4, 1), sent=100, message="m" * 300)
            for i in range(n)]


def _dump(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT * FROM campaigns ORDER BY id").fetchall()


def test_disk_full_during_a_batch_write(db_path: Path, tally) -> None:
    tally.name("disk full during a write (max_page_count)")
    conn = open_db(db_path)
    add_campaigns(conn, _campaigns("before", 20))
    runs = tally.repeat(5, scale=0.5)
    for r in range(runs):
        before = [tuple(row) for row in _dump(conn)]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        # Room for 1-5 more pages, and a write that needs more than 5 pages of any size SQLite
        # may use (new files have 16 KiB pages).
        conn.execute(f"PRAGMA max_page_count = {pages + 1 + r % 5}")
        with pytest.raises(DiskFullError) as err:
            add_campaigns(conn, _campaigns(f"too many {r}", 2000))
        assert "disk is full" in str(err.value) and "Nothing was changed" in str(err.value)
        after = [tuple(row) for row in _dump(conn)]
        intact = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: the app goes on
        add_campaigns(conn, _campaigns(f"after {r}", 2))
        survived = intact and after == before and not conn.in_transaction
        tally.trial(survived)
        assert survived
    assert count_campaigns(conn) == 20 + 2 * runs
    conn.close()


def test_file_size_limit_during_a_write_in_a_child(db_path: Path, child, event, tally) -> None:
    tally.name("disk full during a write (RLIMIT_FSIZE child)")
    conn = open_db(db_path)
    add_campaigns(conn, _campaigns("before", 10))
    conn.close()
    proc = child("fsize-write", db_path, 256 * 1024, 3000)
    res = event(proc)
    assert res["error"]["type"] == "DiskFullError", res
    assert res["count_before"] == res["count_after_fail"] == 10
    assert res["count_after"] == 11
    c = sqlite3.connect(db_path)
    ok = c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    total = c.execute("SELECT count(*) FROM campaigns").fetchone()[0]
    c.close()
    tally.trial(ok and total == 11)
    assert ok and total == 11


def test_disk_full_during_a_backup(db_path: Path, child, event, tally) -> None:
    tally.name("disk full during a backup (RLIMIT_FSIZE child)")
    conn = open_db(db_path)
    add_campaigns(conn, _campaigns("history", 400))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db_path.stat().st_size
    conn.close()
    runs = tally.repeat(2, scale=0.2)
    for r in range(runs):
        target = db_path.parent / f"copy-{r}.sqlite"
        proc = child("fsize-backup", db_path, size // 3, "-" if r % 2 else target)
        res = event(proc)
        leftovers = [p.name for p in db_path.parent.glob("copy-*")]
        if backups_folder(db_path).exists():
            leftovers += [p.name for p in backups_folder(db_path).iterdir()]
        survived = (res["error"] is not None and res["error"]["type"] == "DiskFullError"
                    and not leftovers and res["count_after"] == res["count_before"] + 2)
        tally.trial(survived)
        assert survived, (res, leftovers)
        assert "could not write the backup" in res["error"]["message"]
