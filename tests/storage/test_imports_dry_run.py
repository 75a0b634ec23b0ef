"""A dry run reports the problems the real import would, including those the write finds only
once the file's figures are joined with what is stored. Real files, real database files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.services.importer import import_file
from smsplanner.storage.campaigns import add_campaign, list_campaigns
from tests.support import dump_tables as dump

HEAD = "Sid,To,Campaign,SentDate,Status,Direction,Price,Body\n"


def send(sid: str, when: str, status: str = "delivered") -> str:
    return f"{sid},+447700900{sid[-3:]},May drop,{when},{status},outbound-api,-0.0079,Hi\n"


def reply(sid: str, when: str, body: str = "STOP") -> str:
    return f"{sid},+447700900{sid[-3:]},May drop,{when},received,inbound,,{body}\n"




def same_refusal(dry: object, real: object) -> None:
    assert real.refused and real.import_id is None  # type: ignore[attr-defined]
    assert dry.refused, dry.message  # type: ignore[attr-defined]
    assert dry.message == real.message  # type: ignore[attr-defined]
    assert [p.to_dict() for p in dry.problems] == [  # type: ignore[attr-defined]
        p.to_dict() for p in real.problems]  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def two_sends(conn: sqlite3.Connection, tmp_path: Path) -> Path:
    f = tmp_path / "two-sends.csv"
    f.write_text(HEAD + send("SM001", "2026-05-01T10:00:00Z")
                 + send("SM002", "2026-05-01T10:00:01Z"))
    assert not import_file(conn, f).refused
    return f


def test_replies_that_do_not_add_up_with_stored_sends(
        conn: sqlite3.Connection, tmp_path: Path, two_sends: Path) -> None:
    before = dump(conn)
    stops = tmp_path / "three-stops.csv"
    stops.write_text(HEAD + "".join(reply(f"SM10{i}", f"2026-05-02T08:0{i}:00Z")
                                    for i in range(3)))
    dry = import_file(conn, stops, dry_run=True)
    assert dump(conn) == before and not conn.in_transaction
    real = import_file(conn, stops)
    assert dump(conn) == before
    same_refusal(dry, real)
    assert "Opt-outs (3)" in dry.message


def test_overlapping_slice_that_does_not_add_up(
        conn: sqlite3.Connection, tmp_path: Path, two_sends: Path) -> None:
    # SM002 now failed (the file's status wins), so the 2 STOPs outnumber the 1 delivered
    f = tmp_path / "overlap.csv"
    f.write_text(HEAD + send("SM002", "2026-05-01T10:00:01Z", "failed")
                 + reply("SM101", "2026-05-01T12:00:00Z") + reply("SM102", "2026-05-01T12:01:00Z"))
    before = dump(conn)
    dry = import_file(conn, f, dry_run=True)
    real = import_file(conn, f)
    assert dump(conn) == before
    same_refusal(dry, real)
    assert "Opt-outs (2)" in real.message and "(1 delivered)" in real.message


def test_a_slice_that_adds_up_passes_the_dry_run_and_then_imports(
        conn: sqlite3.Connection, tmp_path: Path, two_sends: Path) -> None:
    stops = tmp_path / "one-stop.csv"
    stops.write_text(HEAD + reply("SM101", "2026-05-02T08:00:00Z"))
    before = dump(conn)
    dry = import_file(conn, stops, dry_run=True)
    assert not dry.refused and dry.problems == [] and dump(conn) == before
    assert not import_file(conn, stops).refused
    [c] = list_campaigns(conn)
    assert (c.sent, c.delivered, c.opt_outs) == (2, 2, 1)


def test_replies_with_no_earlier_sends(conn: sqlite3.Connection, tmp_path: Path) -> None:
    stops = tmp_path / "stops-only.csv"
    stops.write_text(HEAD + reply("SM101", "2026-05-02T08:00:00Z"))
    dry = import_file(conn, stops, dry_run=True)
    real = import_file(conn, stops)
    same_refusal(dry, real)
    assert "only replies" in dry.message


def test_summary_export_merged_onto_a_stored_campaign(conn: sqlite3.Connection,
                                                      tmp_path: Path) -> None:
    add_campaign(conn, Campaign(name="Spring", date=dt.date(2026, 3, 1), sent=100))
    f = tmp_path / "delivered-only.csv"
    f.write_text("Campaign,Date,Delivered\nSpring,2026-03-01,150\nSummer,2026-06-01,90\n")
    before = dump(conn)
    dry = import_file(conn, f, dry_run=True)
    real = import_file(conn, f)
    assert dump(conn) == before
    same_refusal(dry, real)
    assert "Spring" in real.message and "cannot be more than sent (100)" in real.message


def test_cli_dry_run_exits_2_with_the_problems(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from smsplanner.cli import main

    db = tmp_path / "cli.sqlite"
    sends, stops = tmp_path / "sends.csv", tmp_path / "stops.csv"
    sends.write_text(HEAD + send("SM001", "2026-05-01T10:00:00Z"))
    stops.write_text(HEAD + reply("SM101", "2026-05-01T11:00:00Z")
                     + reply("SM102", "2026-05-01T11:01:00Z"))
    assert main(["--db", str(db), "import", str(sends)]) == 0
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(stops), "--dry-run", "--json"])
    [obj] = json.loads(capsys.readouterr().out)
    assert code == 2 and obj["shape"] == "messages" and obj["import_id"] is None
    assert any("Opt-outs (2)" in p["message"] for p in obj["problems"])


def test_cancelling_the_dry_runs_check_leaves_nothing_behind(
        conn: sqlite3.Connection, tmp_path: Path, two_sends: Path) -> None:
    from smsplanner.domain.errors import Cancelled

    f = tmp_path / "more.csv"
    f.write_text(HEAD + send("SM002", "2026-05-01T10:00:01Z") + reply("SM101",
                                                                     "2026-05-01T12:00:00Z"))
    before = dump(conn)
    state = {"planned": False}

    def progress(done: int, total: int) -> None:
        state["planned"] = done >= 700  # planning ends at 700/1000; the check comes next

    with pytest.raises(Cancelled):
        import_file(conn, f, dry_run=True, progress=progress,
                    is_cancelled=lambda: state["planned"])
    assert dump(conn) == before and not conn.in_transaction
    temp = conn.execute("SELECT name FROM temp.sqlite_master WHERE type = 'table'").fetchall()
    assert temp == []
