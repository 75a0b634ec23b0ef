"""Import batches on real database files: re-import, overlap, exact undo, refused undo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import Cancelled
from smsplanner.services.importer import import_file, undo_import
from smsplanner.storage.campaigns import add_campaign, list_campaigns
from smsplanner.storage.imports import UndoRefused, list_batches
from tests.support import dump_tables as dump

HEAD = "Sid,To,Campaign,SentDate,Status,Direction,Price,Body\n"


def _row(sid: str, status: str, when: str, direction: str = "outbound-api",
         body: str = "Hi", campaign: str = "May drop") -> str:
    return f"{sid},+447700900{sid[-3:]},{campaign},{when},{status},{direction},-0.0079,{body}\n"




@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def test_log_import_then_reimport_changes_nothing(conn: sqlite3.Connection,
                                                  tmp_path: Path) -> None:
    f = tmp_path / "log.csv"
    f.write_text(HEAD + _row("SM001", "delivered", "2026-05-01T10:00:00Z")
                 + _row("SM002", "failed", "2026-05-01T10:00:01Z"))
    first = import_file(conn, f)
    assert not first.refused and first.import_id == 1 and first.campaigns_created == 1
    [c] = list_campaigns(conn)
    assert (c.sent, c.delivered, c.replies) == (2, 1, None)  # no incoming texts: unknown
    assert not any("7700900" in line for line in dump(conn))  # no phone number stored
    before = dump(conn)
    again = import_file(conn, f)
    assert again.duplicate_of == 1 and again.import_id is None and not again.refused
    assert "already imported on" in again.message and "import #1" in again.message
    assert dump(conn) == before


def test_overlapping_log_adds_new_messages_and_updates_statuses(conn: sqlite3.Connection,
                                                               tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    a.write_text(HEAD + _row("SM001", "sent", "2026-05-01T10:00:00Z")
                 + _row("SM002", "delivered", "2026-05-01T10:00:01Z"))
    b = tmp_path / "b.csv"
    b.write_text(HEAD + _row("SM001", "delivered", "2026-05-01T10:00:00Z")
                 + _row("SM002", "delivered", "2026-05-01T10:00:01Z")
                 + _row("SM003", "delivered", "2026-05-01T10:00:02Z")
                 + _row("SM004", "x", "2026-05-01T11:00:00Z", "inbound", "STOP"))
    import_file(conn, a)
    after_a = dump(conn)
    r = import_file(conn, b)
    assert r.campaigns_updated == 1 and r.campaigns_created == 0
    [c] = list_campaigns(conn)
    assert (c.sent, c.delivered, c.opt_outs, c.replies) == (3, 3, 1, 0)
    [_, batch_b] = list_batches(conn)
    assert (batch_b.messages_added, batch_b.messages_updated) == (2, 1)
    # the figures match a fresh import of the later file alone
    from smsplanner.storage.db import open_db

    fresh = open_db(tmp_path / "fresh.sqlite")
    import_file(fresh, b)
    [f] = list_campaigns(fresh)
    fresh.close()
    assert f == c
    undo_import(conn, r.import_id)
    assert dump(conn) == after_a


def test_summary_update_and_exact_undo(conn: sqlite3.Connection, tmp_path: Path) -> None:
    add_campaign(conn, Campaign(name="Spring", date=dt.date(2026, 3, 1),
                                sent=900, notes="typed by hand", offer="10% off"))
    before = dump(conn)
    f = tmp_path / "summary.csv"
    f.write_text("Campaign,Date,Sent,Delivered,Orders\nSpring,2026-03-01,1000,980,30\n"
                 "Summer,2026-06-01,500,490,9\n")
    r = import_file(conn, f)
    assert (r.campaigns_created, r.campaigns_updated) == (1, 1)
    spring = {c.name: c for c in list_campaigns(conn)}["Spring"]
    assert (spring.sent, spring.delivered, spring.conversions) == (1000, 980, 30)
    assert spring.notes == "typed by hand" and spring.offer == "10% off"  # kept
    undo_import(conn, r.import_id)
    assert dump(conn) == before
    assert list_batches(conn) == []


def test_undo_refused_when_a_later_import_touched_the_same_campaign(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    a = tmp_path / "march.csv"
    a.write_text("Campaign,Date,Sent\nSpring,2026-03-01,1000\n")
    b = tmp_path / "march-again.csv"
    b.write_text("Campaign,Date,Sent,Orders\nSpring,2026-03-01,1000,31\n")
    ra = import_file(conn, a)
    rb = import_file(conn, b)
    with pytest.raises(UndoRefused, match=rf"import #{rb.import_id} \(march-again.csv"):
        undo_import(conn, ra.import_id)
    undo_import(conn, rb.import_id)
    undo_import(conn, ra.import_id)
    assert list_campaigns(conn) == []


def test_cancel_during_write_leaves_database_unchanged(conn: sqlite3.Connection,
                                                       tmp_path: Path) -> None:
    f = tmp_path / "log.csv"
    f.write_text(HEAD + "".join(_row(f"SM{i:03d}", "delivered", "2026-05-01T10:00:00Z")
                                for i in range(300)))
    before = dump(conn)
    state = {"writing": False}

    def progress(done: int, total: int) -> None:
        state["writing"] = done >= 700  # the write phase starts at 700/1000

    with pytest.raises(Cancelled):
        import_file(conn, f, progress=progress, is_cancelled=lambda: state["writing"])
    assert dump(conn) == before
    assert not conn.in_transaction


def test_problems_write_nothing_and_skip_bad_rows_writes_the_rest(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("Campaign,Date,Sent,Delivered\nGood,2026-03-01,100,90\n"
                 "Bad,2026-03-02,100,120\n")
    before = dump(conn)
    r = import_file(conn, f)
    assert r.refused and r.problems[0].row == 3 and r.import_id is None
    assert dump(conn) == before
    r2 = import_file(conn, f, skip_bad_rows=True)
    assert not r2.refused and r2.rows_imported == 1 and r2.rows_skipped == 1
    assert [c.name for c in list_campaigns(conn)] == ["Good"]


def test_backup_written_before_import(conn: sqlite3.Connection, db_path: Path,
                                      tmp_path: Path) -> None:
    f = tmp_path / "s.csv"
    f.write_text("Campaign,Date,Sent\nA,2026-03-01,10\n")
    r = import_file(conn, f)
    assert r.backup is not None and Path(r.backup).exists()
    assert "before-import" in Path(r.backup).name
    check = sqlite3.connect(r.backup)
    assert check.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 0
    check.close()
