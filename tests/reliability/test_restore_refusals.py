"""Restoring something that is not a backup is refused in one sentence and changes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaign
from smsplanner.storage.db import open_db


def _db_with_one_campaign(db_path: Path) -> bytes:
    conn = open_db(db_path)
    add_campaign(conn, Campaign("kept", dt.date(2026, 1, 1), sent=10))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db_path.read_bytes()


def _other_apps_database(path: Path) -> None:
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    c.commit()
    c.close()


@pytest.mark.parametrize(("name", "make", "words"), [
    ("empty.sqlite", lambda p: p.write_bytes(b""), "is empty"),
    ("places.sqlite", _other_apps_database, "not an SMS Planner campaign file"),
    ("notes.sqlite", lambda p: p.write_text("hello"), "not a SQLite database"),
])
def test_restore_refuses_files_that_are_not_backups(
        name: str, make, words: str, tmp_path: Path, db_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = _db_with_one_campaign(db_path)
    backup = tmp_path / name
    make(backup)
    backup_bytes = backup.read_bytes()
    code = main(["--db", str(db_path), "restore", str(backup)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and name in err and words in err, err
    assert "backup of it" not in err  # the damaged-campaign-file advice does not fit here
    assert db_path.read_bytes() == before
    assert backup.read_bytes() == backup_bytes
    assert sorted(p.name for p in db_path.parent.iterdir() if "set-aside" in p.name) == []
