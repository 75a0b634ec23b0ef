"""backup --to and export never overwrite a file of another kind: the user's data stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaign
from smsplanner.storage.db import open_db

CSV = "Campaign,Date,Sent\nSpring,2026-03-05,100\n"


def _db(path: Path) -> None:
    conn = open_db(path)
    add_campaign(conn, Campaign("kept", dt.date(2026, 1, 1), sent=10))
    conn.close()


def test_backup_to_an_existing_spreadsheet_is_refused(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _db(db_path)
    sheet = tmp_path / "my results.csv"
    sheet.write_text(CSV)
    code = main(["--db", str(db_path), "backup", "--to", str(sheet)])
    err = capsys.readouterr().err
    assert code == 2 and "my results.csv" in err and "not a backup" in err, err
    assert sheet.read_text() == CSV


def test_backup_to_an_earlier_backup_replaces_it(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _db(db_path)
    target = tmp_path / "weekly.sqlite"
    assert main(["--db", str(db_path), "backup", "--to", str(target)]) == 0
    assert main(["--db", str(db_path), "backup", "--to", str(target)]) == 0
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"


def test_export_onto_a_database_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.csv"  # a campaign file with an unlucky name
    _db(db)
    before = db.read_bytes()
    code = main(["--db", str(db), "export", str(db)])
    err = capsys.readouterr().err
    assert code == 2 and "shop.csv" in err and "database" in err, err
    assert db.read_bytes() == before
    conn = open_db(db)
    assert [r[0] for r in conn.execute("SELECT name FROM campaigns")] == ["kept"]
    conn.close()
