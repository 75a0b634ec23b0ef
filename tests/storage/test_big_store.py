"""A big store: opened after a check of its small tables, the whole check before the first
write (same refusal), no second backup of an unchanged file, small imports into it."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from smsplanner.services.importer import import_file
from smsplanner.storage import checkup, health
from smsplanner.storage.campaigns import list_campaigns
from smsplanner.storage.db import open_db
from tests.support import dump_tables as dump

HEAD = "Sid,To,Campaign,SentDate,Status,Direction,Price,Body\n"


def _log(path: Path, campaign: str, first: int, n: int, day: str = "2026-05-01") -> Path:
    rows = "".join(f"SM{first + i:06d},+447700900{i % 1000:03d},{campaign},{day} 09:00:00,"
                   f"delivered,outbound-api,-0.0079,Hi\n" for i in range(n))
    path.write_text(HEAD + rows)
    return path


@pytest.fixture(autouse=True)
def _every_file_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setattr(checkup, "INLINE_CHECK_BYTES", 0)


def _damage_messages_page(db: Path) -> None:
    """Overwrite the page of messages (a small table: its root is its only page)."""
    c = sqlite3.connect(db)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = c.execute("PRAGMA page_size").fetchone()[0]
    root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'messages'"
                     ).fetchone()[0]
    c.close()
    with db.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff" * 64)


def test_damage_in_the_messages_is_refused_at_the_first_write(db_path: Path,
                                                              tmp_path: Path) -> None:
    conn = open_db(db_path)
    import_file(conn, _log(tmp_path / "a.csv", "May drop", 0, 40))
    conn.close()
    _damage_messages_page(db_path)
    with pytest.raises(health.DamagedDatabaseError):
        checkup.ensure_healthy(db_path, defer_big=False)  # the whole check finds it

    conn = open_db(db_path)  # opens: the campaigns are sound
    assert [c.name for c in list_campaigns(conn)] == ["May drop"]
    before = db_path.read_bytes()
    r = None
    with pytest.raises(health.DamagedDatabaseError) as refused:
        r = import_file(conn, _log(tmp_path / "b.csv", "June drop", 100, 10))
    assert r is None and "is damaged" in str(refused.value)
    assert "will not change it" in str(refused.value)
    conn.close()
    assert db_path.read_bytes() == before  # nothing written


def test_a_sound_big_store_is_checked_once_and_written(db_path: Path, tmp_path: Path) -> None:
    conn = open_db(db_path)
    import_file(conn, _log(tmp_path / "a.csv", "May drop", 0, 40))
    conn.close()
    conn = open_db(db_path)
    assert conn.unchecked_path == db_path  # type: ignore[attr-defined]
    other = open_db(db_path)  # e.g. the GUI's import thread
    r = import_file(other, _log(tmp_path / "b.csv", "June drop", 100, 10))
    assert not r.refused and r.campaigns_created == 1
    assert checkup.full_check_done(db_path)
    other.close()
    assert sorted(c.name for c in list_campaigns(conn)) == ["June drop", "May drop"]
    conn.close()


def test_no_second_backup_of_an_unchanged_store(db_path: Path, tmp_path: Path) -> None:
    from smsplanner.storage.backups import list_backups, make_backup

    conn = open_db(db_path)
    import_file(conn, _log(tmp_path / "a.csv", "May drop", 0, 40))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    past = time.time() - 60
    for f in (db_path, Path(str(db_path) + "-wal")):
        if f.exists():
            os.utime(f, (past, past))
    daily = make_backup(conn, reason="daily")
    r = import_file(conn, _log(tmp_path / "b.csv", "June drop", 100, 10))
    assert r.backup == str(daily)
    assert any("No new backup was made" in n for n in r.notes)
    assert len(list_backups(db_path)) == 2  # the first import's and the daily one
    # The store changed since: the next import backs it up first, and the backup holds
    # everything the June import wrote.
    r = import_file(conn, _log(tmp_path / "c.csv", "July drop", 200, 10, "2026-07-01"))
    assert r.backup != str(daily) and "before-import" in Path(r.backup).name
    copy = sqlite3.connect(r.backup)
    assert copy.execute("SELECT count(*) FROM messages").fetchone()[0] == 50
    copy.close()
    conn.close()


def test_small_import_into_a_store_matches_the_same_import_alone(db_path: Path,
                                                                 tmp_path: Path) -> None:
    """New campaigns keep the figures the plan worked out; stored ones are recomputed."""
    conn = open_db(db_path)
    import_file(conn, _log(tmp_path / "a.csv", "May drop", 0, 300))
    # a later slice of May drop (new ids) and a new campaign, from the same provider
    b = tmp_path / "b.csv"
    b.write_text(_log(tmp_path / "x.csv", "May drop", 300, 20).read_text()
                 + _log(tmp_path / "y.csv", "June drop", 500, 30, "2026-05-02")
                 .read_text().split("\n", 1)[1])
    r = import_file(conn, b)
    assert not r.refused and (r.campaigns_created, r.campaigns_updated) == (1, 1)
    got = {c.name: (c.sent, c.delivered, c.cost) for c in list_campaigns(conn)}
    assert got["May drop"][:2] == (320, 320) and got["June drop"][:2] == (30, 30)
    fresh = open_db(tmp_path / "fresh.sqlite")
    import_file(fresh, _log(tmp_path / "z.csv", "June drop", 500, 30, "2026-05-02"))
    alone = {c.name: (c.sent, c.delivered, c.cost) for c in list_campaigns(fresh)}
    assert got["June drop"] == alone["June drop"]
    fresh.close()
    assert dump(conn)  # still readable
    conn.close()
