"""Backups: made with the backup API, listed, thinned by age, restored without losing anything."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import DatabaseError
from smsplanner.storage.backups import (
    backups_folder,
    backups_to_keep,
    daily_backup_if_due,
    list_backups,
    make_backup,
    thin_backups,
)
from smsplanner.storage.campaigns import add_campaign, count_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.restore import restore_backup

NOW = dt.datetime(2026, 6, 15, 12, 0, 0)


def _add(conn, name: str) -> None:
    add_campaign(conn, Campaign(name, dt.date(2026, 1, 1), sent=10))


def test_backup_is_a_consistent_database_with_a_count(conn: sqlite3.Connection,
                                                      db_path: Path) -> None:
    _add(conn, "a")
    _add(conn, "b")
    path = make_backup(conn, reason="before-import")
    assert path.parent == backups_folder(db_path)
    [info] = list_backups(db_path)
    assert (info.path, info.reason, info.campaigns) == (path, "before-import", 2)
    assert info.size == path.stat().st_size > 0
    assert not list(path.parent.glob("*.partial"))
    c = sqlite3.connect(path)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    c.close()


def test_thinning_keeps_last_ten_daily_for_a_week_monthly_for_a_year() -> None:
    # One backup every 6 hours for two years, newest at NOW.
    stamps = [NOW - dt.timedelta(hours=6 * i) for i in range(4 * 730)]
    keep = backups_to_keep(stamps, NOW)
    newest = sorted(stamps, reverse=True)
    assert set(newest[:10]) <= keep
    week = {s.date() for s in keep if NOW - s <= dt.timedelta(days=7)}
    assert len(week) == 8  # today and the seven days before
    older = [s for s in keep if dt.timedelta(days=7) < NOW - s <= dt.timedelta(days=365)]
    months = {(s.year, s.month) for s in older}
    assert len(older) == len(months)  # one per month
    assert len(months) >= 11
    assert not [s for s in keep if NOW - s > dt.timedelta(days=365)]
    assert len(keep) < 40


def test_thinning_deletes_files_only_of_this_database(conn: sqlite3.Connection, db_path: Path,
                                                      tally) -> None:
    tally.name("backup thinning (fake timestamps)")
    _add(conn, "a")
    folder = backups_folder(db_path)
    for day in range(60):  # two backups a day for 60 days, oldest first
        for hour in (9, 18):
            make_backup(conn, reason="daily", now=NOW - dt.timedelta(days=60 - day, hours=-hour))
    (folder / "someone-elses.sqlite").write_bytes(b"keep me")
    (folder / "other-20260101-000000-000000-daily.sqlite").write_bytes(b"another db")
    make_backup(conn, reason="manual", now=NOW)
    infos = list_backups(db_path)
    kept = {b.created for b in infos}
    assert kept == backups_to_keep(list(kept), NOW)
    assert len(infos) == len(backups_to_keep(list(kept), NOW))
    assert (folder / "someone-elses.sqlite").exists()
    assert (folder / "other-20260101-000000-000000-daily.sqlite").exists()
    assert thin_backups(db_path, now=NOW) == []  # stable: nothing more to remove
    ok = all(b.campaigns == 1 for b in infos)
    tally.trial(ok)
    assert ok


def test_daily_backup_once_a_day(conn: sqlite3.Connection, db_path: Path) -> None:
    _add(conn, "a")
    first = daily_backup_if_due(conn, now=NOW)
    assert first is not None
    assert daily_backup_if_due(conn, now=NOW + dt.timedelta(hours=5)) is None
    assert daily_backup_if_due(conn, now=NOW + dt.timedelta(days=1)) is not None
    assert len(list_backups(db_path)) == 2


def test_restore_sets_the_current_file_aside_and_loses_nothing(conn: sqlite3.Connection,
                                                              db_path: Path, tally) -> None:
    tally.name("restore a backup (current file set aside)")
    _add(conn, "old")
    backup = make_backup(conn, reason="manual")
    _add(conn, "new, only in the current file")  # still in the WAL, not yet checkpointed
    conn.close()
    aside = restore_backup(db_path, backup)
    assert aside is not None and aside.exists()
    restored = open_db(db_path)
    names = [r[0] for r in restored.execute("SELECT name FROM campaigns")]
    restored.close()
    kept = open_db(aside, read_only=True)
    aside_names = [r[0] for r in kept.execute("SELECT name FROM campaigns ORDER BY id")]
    kept.close()
    ok = names == ["old"] and aside_names == ["old", "new, only in the current file"]
    tally.trial(ok)
    assert ok, (names, aside_names)
    assert backup.exists()  # restoring never consumes the backup


def test_restore_refuses_a_damaged_backup(conn: sqlite3.Connection, db_path: Path) -> None:
    _add(conn, "a")
    backup = make_backup(conn, reason="manual")
    backup.write_bytes(backup.read_bytes()[:2000])
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="choose another"):
        restore_backup(db_path, backup)
    assert db_path.read_bytes() == before


def test_migration_backup_goes_to_the_backups_folder(db_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import smsplanner.storage.db as dbmod
    from smsplanner.storage import migrations

    conn = open_db(db_path)
    _add(conn, "kept")
    conn.close()

    def m9999_extra(db) -> None:
        db.execute("ALTER TABLE campaigns ADD COLUMN extra TEXT")

    monkeypatch.setattr(migrations, "_FUNCTIONS", [*migrations._FUNCTIONS,
                                                   ("m9999_extra", m9999_extra)])
    monkeypatch.setattr(dbmod, "MIGRATION_NAMES", (*migrations.MIGRATION_NAMES, "m9999_extra"))
    open_db(db_path).close()
    [info] = list_backups(db_path)
    assert info.reason == "before-migration" and info.campaigns == 1
    conn = open_db(db_path)
    assert count_campaigns(conn) == 1
    conn.close()


def test_a_big_unchanged_store_gets_no_daily_copy(conn: sqlite3.Connection, db_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    from smsplanner.storage import backups

    monkeypatch.setattr(backups, "DAILY_FULL_CHECK_BYTES", 0)  # every file counts as big
    _add(conn, "a")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    past = time.time() - 3600
    for f in (db_path, Path(str(db_path) + "-wal")):
        if f.exists():
            os.utime(f, (past, past))
    first = daily_backup_if_due(conn, now=NOW)
    assert first is not None
    # The next day nothing was saved since: the first copy still holds everything.
    assert daily_backup_if_due(conn, now=NOW + dt.timedelta(days=1)) is None
    assert [b.path for b in list_backups(db_path)] == [first]
    _add(conn, "b")  # a write: the next day's copy is made, and holds it
    second = daily_backup_if_due(conn, now=NOW + dt.timedelta(days=2))
    assert second is not None and second != first
    assert [b.campaigns for b in list_backups(db_path)] == [2, 1]
