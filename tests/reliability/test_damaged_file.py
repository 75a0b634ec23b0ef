"""Damaged files and non-databases: never written to, and the newest good backup is named."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.storage.backups import make_backup
from smsplanner.storage.campaigns import add_campaigns, count_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DamagedDatabaseError, NotADatabaseError
from smsplanner.storage.restore import restore_backup
from tests.support import page_size

NOT_DATABASES = {
    "spreadsheet": b"PK\x03\x04" + b"\x00" * 200,
    "text": b"name,date,sent\nSpring,2026-01-01,100\n",
    "password-protected workbook": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _history(db: Path, n: int = 300) -> Path:
    """A database with n campaigns and one backup of it; returns the backup."""
    conn = open_db(db)
    add_campaigns(conn, [Campaign(f"c{i}", dt.date(2025, 1, 1) + dt.timedelta(days=i % 300),
                                  sent=100 + i, message="hello " * 20) for i in range(n)])
    backup = make_backup(conn, reason="daily")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return backup


@pytest.mark.parametrize("kind", sorted(NOT_DATABASES))
def test_a_file_that_is_not_a_database_is_never_written(kind: str, db_path: Path,
                                                        capsys, tally) -> None:
    tally.name("not a database (zip, text, OLE, png)")
    db_path.write_bytes(NOT_DATABASES[kind])
    digest = _sha(db_path)
    with pytest.raises(NotADatabaseError) as err:
        open_db(db_path)
    assert "is not an SMS Planner campaign file" in str(err.value)
    assert main(["--db", str(db_path), "campaigns"]) == 2
    printed = capsys.readouterr().err
    assert printed.startswith("smsplanner: ") and "not an SMS Planner campaign file" in printed
    assert main(["--db", str(db_path), "add", "--name", "x", "--date", "2026-01-01"]) == 2
    unchanged = _sha(db_path) == digest and sorted(p.name for p in db_path.parent.iterdir()) == [
        db_path.name]
    tally.trial(unchanged)
    assert unchanged


def test_damaged_pages_are_detected_and_the_newest_good_backup_offered(
    db_path: Path, capsys, tally
) -> None:
    tally.name("damaged database file (random pages overwritten)")
    backup = _history(db_path)
    good = db_path.read_bytes()
    conn = open_db(db_path, read_only=True)
    rows = _rows(conn)
    conn.close()
    rng = random.Random(3)
    runs = tally.repeat(8, scale=0.5)
    caught = 0
    for _ in range(runs):
        data = bytearray(good)
        ps = page_size(data)
        page = rng.randrange(1, len(data) // ps)  # never page 0: that is "not a database"
        # Scribble over the page's b-tree header: SQLite keeps no checksums of cell contents,
        # so structure is what quick_check can see.
        start = page * ps + rng.randrange(0, 8)
        data[start:start + 64] = bytes(rng.randrange(256) for _ in range(64))
        db_path.write_bytes(bytes(data))
        digest = _sha(db_path)
        try:
            conn = open_db(db_path)
        except DamagedDatabaseError as exc:
            assert exc.newest_backup == backup
            assert str(backup) in str(exc) and "damaged" in str(exc)
            assert main(["--db", str(db_path), "campaigns"]) == 2
            assert str(backup) in capsys.readouterr().err
            detected = True
            caught += 1
        else:
            # A page that held nothing (free space): then every row must be intact.
            detected = _rows(conn) == rows
            conn.close()
        survived = detected and (_sha(db_path) == digest or not _is_damaged(db_path))
        tally.trial(survived)
        assert survived
    tally.note(f"{caught} refused as damaged, the rest hit free pages: every row intact")


def _rows(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute("SELECT * FROM campaigns ORDER BY id")]


def _is_damaged(path: Path) -> bool:
    from smsplanner.storage.health import quick_check_file

    return quick_check_file(path) != "ok"


def test_restore_the_offered_backup_sets_the_damaged_file_aside(db_path: Path) -> None:
    backup = _history(db_path)
    data = bytearray(db_path.read_bytes())
    ps = page_size(data)
    data[2 * ps:3 * ps] = b"\xee" * ps
    db_path.write_bytes(bytes(data))
    damaged = _sha(db_path)
    with pytest.raises(DamagedDatabaseError) as err:
        open_db(db_path)
    assert err.value.newest_backup == backup
    aside = restore_backup(db_path, backup)
    assert aside is not None and _sha(aside) == damaged  # kept, byte for byte
    conn = open_db(db_path)
    assert count_campaigns(conn) == 300
    conn.close()


def test_damaged_backups_are_not_offered(db_path: Path) -> None:
    first = _history(db_path, 10)
    conn = open_db(db_path)
    newer = make_backup(conn, reason="before-import")
    conn.close()
    newer.write_bytes(newer.read_bytes()[:3000])  # truncated
    db_path.write_bytes(b"garbage" * 100)
    with pytest.raises(NotADatabaseError) as err:
        open_db(db_path)
    assert err.value.newest_backup == first
