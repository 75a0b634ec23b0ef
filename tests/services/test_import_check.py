"""The import dialog's flow without a window: check a file once, then import the checked plan
without reading or planning the file again."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.errors import Cancelled
from smsplanner.services import import_check, importer
from smsplanner.services.import_check import ImportChoices, check_whole_file, make_mapping
from smsplanner.services.importer import CheckedFile, import_file

LOG = ("Sid,Campaign,SentDate,Status,Price\n"
       + "".join(f"SM{i:07d},{'Spring' if i % 2 else 'Autumn'},2026-04-0{1 + i % 2}T09:{i % 60:02d}"
                 f":00Z,{'undelivered' if i % 7 == 0 else 'delivered'},-0.0079\n"
                 for i in range(300)))


def _checked(path: Path) -> CheckedFile:
    choices = ImportChoices(path)
    preview = import_check.read_preview(choices)
    mapping = make_mapping(preview, choices)
    _raw, check, digest = check_whole_file(choices, mapping, "", None, None,
                                           lambda _d, _t: None, lambda: False)
    assert check.plan is not None and digest is not None
    return CheckedFile(check.plan, *digest)


def _stored(conn: sqlite3.Connection) -> list[tuple]:
    return [tuple(r) for r in conn.execute(
        "SELECT c.name, c.date, c.sent, c.delivered, c.cost, count(m.key) "
        "FROM campaigns c JOIN messages m ON m.campaign_id = c.id "
        "GROUP BY c.id ORDER BY c.name")]


def test_the_checked_plan_is_imported_without_reading_the_file_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG)
    checked = _checked(log)
    from smsplanner.storage.db import open_db

    plain = open_db(tmp_path / "plain.sqlite")
    assert import_file(plain, log, backup=False).import_id == 1

    def no_second_read(*_a: object, **_k: object) -> None:
        raise AssertionError("the file was read again")

    monkeypatch.setattr("smsplanner.importing.read.read_table", no_second_read)
    monkeypatch.setattr(importer, "file_digest", no_second_read)
    reused = open_db(tmp_path / "reused.sqlite")
    result = import_file(reused, log, backup=False, checked=checked)
    assert result.import_id == 1 and not result.refused
    assert _stored(reused) == _stored(plain)
    assert result.rows_imported == 300 and result.shape == "messages"
    sha = reused.execute("SELECT sha256 FROM import_batches").fetchone()[0]
    assert sha == plain.execute("SELECT sha256 FROM import_batches").fetchone()[0]
    plain.close()
    reused.close()


def test_a_file_that_changed_since_the_check_is_read_again(conn: sqlite3.Connection,
                                                           tmp_path: Path) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG)
    checked = _checked(log)
    log.write_text(LOG.replace("Autumn", "Winter"))  # saved again, the same size
    os.utime(log, ns=(checked.mtime_ns + 10**9, checked.mtime_ns + 10**9))
    assert not checked.still_matches(log)
    result = import_file(conn, log, backup=False, checked=checked)
    assert {r[0] for r in _stored(conn)} == {"Spring", "Winter"}
    assert result.import_id == 1


def test_a_checked_plan_with_problems_is_refused_unless_bad_rows_are_skipped(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG + "SM9999999,Spring,not a date,delivered,-0.0079\n")
    checked = _checked(log)
    assert checked.plan.problems
    assert import_file(conn, log, backup=False, checked=checked).refused
    result = import_file(conn, log, backup=False, checked=checked, skip_bad_rows=True)
    assert result.import_id is not None and result.rows_imported == 300


def test_cancelling_the_checked_import_writes_nothing(conn: sqlite3.Connection,
                                                      tmp_path: Path) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG)
    checked = _checked(log)
    with pytest.raises(Cancelled):
        import_file(conn, log, backup=False, checked=checked, is_cancelled=lambda: True)
    assert conn.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 0


def test_leaving_money_out_keeps_the_checked_plan_as_the_dialog_showed_it(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    sheet = tmp_path / "results.csv"
    sheet.write_text("Campaign,Date,Sent,Delivered,Orders,Revenue\n"
                     "Spring,2026-03-02,1000,980,12,340.50\n")
    checked = _checked(sheet)
    result = import_file(conn, sheet, backup=False, checked=checked, money="drop")
    assert result.import_id == 1
    assert tuple(conn.execute("SELECT revenue, conversions FROM campaigns").fetchone()) == (
        None, 12)
    assert checked.plan.campaigns[0].campaign.revenue == 340.5
