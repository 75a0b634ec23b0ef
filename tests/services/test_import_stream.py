"""A big per-message log is read in chunks (bounded memory): the same campaigns, messages,
counts and notes as reading it whole, and still nothing written on a refusal or a cancel.

Streaming starts at a file size, and chunks hold 200,000 rows; here both are set small so
ordinary test files stream in chunks of a few rows. Real CSV files, real database files.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from smsplanner.domain.errors import Cancelled
from smsplanner.services import import_stream
from smsplanner.services.importer import import_file
from smsplanner.storage.db import open_db
from tests.support import dump_tables

REALWORLD = Path(__file__).parent.parent / "importing" / "realworld"
HEAD = "Sid,To,Campaign,SentDate,Status,Direction,Price,Body,Clicked\n"


def _row(i: int, campaign: str, *, status: str = "delivered", direction: str = "outbound-api",
         body: str = "Hi there", sid: str | None = None, when: str | None = None) -> str:
    sid = sid or f"SM{i:06d}"
    when = when or f"2026-05-{1 + i % 3:02d}T{9 + i % 5:02d}:{i % 60:02d}:{i % 59:02d}Z"
    price = "" if direction == "inbound" else "-0.0079"
    return (f"{sid},+4477009001{i % 100:02d},{campaign},{when},{status},{direction},{price},"
            f"{body},{'yes' if i % 9 == 0 else 'no'}\n")


def _busy_log(path: Path) -> Path:
    """Sends of three campaigns in no id order, ids sent again later in the file with a new
    status (some in another chunk), automatic answers, STOP replies, a totals row."""
    rows = [_row(i, ("Spring", "Summer", "Autumn")[i % 3], sid=f"SM{(i * 7919) % 1000:06d}")
            for i in range(1000)]
    rows += [_row(i, ("Spring", "Summer", "Autumn")[i % 3], status="undelivered",
                  sid=f"SM{(i * 7919) % 1000:06d}") for i in range(0, 1000, 13)]
    rows += [_row(i, "Spring", direction="outbound-reply", sid=f"SA{i:05d}")
             for i in range(40)]
    rows += [_row(i, "Summer", direction="inbound", status="received", sid=f"SR{i:05d}",
                  body="STOP" if i % 2 else "Thanks") for i in range(60)]
    path.write_text(HEAD + "".join(rows) + "Total,,,,,,,,\n")
    return path


@pytest.fixture
def streaming(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(import_stream, "STREAM_BYTES", 0)
    monkeypatch.setattr(import_stream, "CHUNK_ROWS", 97)
    yield


Both = tuple[list[str], list[str], list[dict], list[dict]]


def _import_both(tmp_path: Path, files: list[Path], monkeypatch: pytest.MonkeyPatch,
                 chunk: int = 97, **options: object) -> Both:
    """Import the files in turn into two databases, whole and streamed: tables and results."""
    out = []
    for stream in (False, True):
        monkeypatch.setattr(import_stream, "STREAM_BYTES", 0 if stream else 1 << 60)
        monkeypatch.setattr(import_stream, "CHUNK_ROWS", chunk)
        conn = open_db(tmp_path / f"{'stream' if stream else 'whole'}.sqlite")
        results = []
        for f in files:
            r = import_file(conn, f, backup=False, **options)
            d = r.to_dict()
            d["notes"] = [str(n) for n in r.notes]
            d["message"] = str(r.message)
            d["refused"] = r.refused
            results.append(d)
        tables = [str(tuple(r)) for r in conn.execute(
            "SELECT m.key, c.name, c.date, m.outbound, m.status, "
            "m.sent_at, m.delivered, m.clicked, m.replied, m.converted, m.opt_out, "
            "m.order_value, m.cost, m.segments FROM message_rows m "
            "JOIN campaigns c ON c.id = m.campaign_id ORDER BY m.key")]
        tables += [str(tuple(r)) for r in conn.execute(
            "SELECT x.key, json_extract(s.sig, '$[0]'), json_extract(s.sig, '$[2]') "
            "FROM message_changes x JOIN message_states s ON s.code = x.state >> 8 "
            "ORDER BY x.key")]
        tables += [str(tuple(r)) for r in conn.execute(
            "SELECT c.name, c.date, t.messages, t.sent, t.delivered, t.replies, t.cost, "
            "t.first_any, t.last_any FROM campaign_totals t JOIN campaigns c "
            "ON c.id = t.campaign_id ORDER BY c.name, c.date")]
        tables += [str(tuple(r)) for r in conn.execute(
            "SELECT shape, provider, rows_read, rows_skipped, rows_imported, "
            "campaigns_created, campaigns_updated, messages_added, messages_updated "
            "FROM import_batches ORDER BY id")]
        camps = [tuple(r) for r in conn.execute(
            "SELECT name, date, time, channel, message, sent, delivered, clicks, replies, "
            "opt_outs, conversions, revenue, cost FROM campaigns ORDER BY name, date")]
        assert conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
        conn.close()
        out.append((tables + [str(c) for c in camps], results))
    (whole_t, whole_r), (stream_t, stream_r) = out
    return whole_t, stream_t, whole_r, stream_r


@pytest.mark.parametrize("chunk", [97, 98])  # 98: the totals row is a chunk of its own
def test_a_streamed_log_stores_what_the_whole_read_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    log = _busy_log(tmp_path / "busy.csv")
    whole_t, stream_t, whole_r, stream_r = _import_both(tmp_path, [log], monkeypatch, chunk)
    assert not whole_r[0]["refused"], whole_r[0]["message"]
    assert any("repeated message ids" in n for n in whole_r[0]["notes"])
    assert any("automatic answers" in n for n in whole_r[0]["notes"])
    assert stream_r == whole_r
    assert stream_t == whole_t


def test_a_second_overlapping_log_streams_into_the_stored_campaigns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "first.csv"
    first.write_text(HEAD + "".join(_row(i, "Spring") for i in range(300)))
    second = tmp_path / "second.csv"  # the last 100 again with new statuses, 200 new ones
    second.write_text(HEAD + "".join(_row(i, "Spring", status="failed" if i % 4 else
                                          "delivered") for i in range(200, 500)))
    whole_t, stream_t, whole_r, stream_r = _import_both(tmp_path, [first, second],
                                                        monkeypatch)
    assert whole_r[1]["campaigns_updated"] == 1
    assert stream_r == whole_r
    assert stream_t == whole_t


@pytest.mark.parametrize("name", ["plivo-mdr-2024.csv", "clicksend-history.csv",
                                  "telnyx-mdr-eur.csv", "textmagic-messages.csv",
                                  "twilio-console-2025-three-directions.csv",
                                  "twilio-log-export-app.csv"])
def test_real_provider_logs_stream_to_the_same_figures(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = REALWORLD / name
    whole_t, stream_t, whole_r, stream_r = _import_both(
        tmp_path, [path], monkeypatch, campaign="Corpus")
    assert stream_r == whole_r
    assert stream_t == whole_t


def test_a_bad_cell_in_a_late_chunk_refuses_and_writes_nothing(
        conn: sqlite3.Connection, tmp_path: Path, streaming: None) -> None:
    log = tmp_path / "late-bad.csv"
    rows = [_row(i, "Spring") for i in range(900)]
    rows.append(_row(900, "Spring", when="the 32nd of May"))
    log.write_text(HEAD + "".join(rows))
    before = dump_tables(conn)
    r = import_file(conn, log)
    assert r.refused
    assert [(p.row, p.column) for p in r.problems if p.row is not None] == [(902, "SentDate")]
    assert "late-bad.csv" in str(r.message) and "nothing was imported" in str(r.message)
    assert dump_tables(conn) == before
    assert conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0


def test_skip_bad_rows_leaves_out_only_the_bad_row(
        conn: sqlite3.Connection, tmp_path: Path, streaming: None) -> None:
    log = tmp_path / "late-bad.csv"
    rows = [_row(i, "Spring") for i in range(900)]
    rows.append(_row(900, "Spring", when="the 32nd of May"))
    log.write_text(HEAD + "".join(rows))
    r = import_file(conn, log, skip_bad_rows=True)
    assert not r.refused, r.message
    assert (r.rows_imported, r.rows_skipped) == (900, 1)
    assert conn.execute("SELECT sum(sent) FROM campaigns").fetchone()[0] == 900


def test_cancelling_while_streaming_writes_nothing(
        conn: sqlite3.Connection, tmp_path: Path, streaming: None) -> None:
    log = _busy_log(tmp_path / "busy.csv")
    before = dump_tables(conn)
    calls = 0

    def cancel_later() -> bool:
        nonlocal calls
        calls += 1
        return calls > 8  # a few chunks in

    with pytest.raises(Cancelled):
        import_file(conn, log, is_cancelled=cancel_later)
    assert dump_tables(conn) == before
    assert conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
    assert not import_file(conn, log).refused  # and the next try goes through


def test_a_big_summary_file_is_still_read_whole(
        conn: sqlite3.Connection, tmp_path: Path, streaming: None) -> None:
    summary = tmp_path / "summary.csv"
    summary.write_text("Campaign,Date,Sent,Delivered,Orders\n" + "".join(
        f"Week {i},2026-03-{1 + i % 28:02d},1000,950,{i % 20}\n" for i in range(300)))
    r = import_file(conn, summary)
    assert not r.refused, r.message
    assert r.shape == "summary" and r.campaigns_created == 300


def test_a_streamed_dry_run_says_what_would_go_in_and_writes_nothing(
        conn: sqlite3.Connection, tmp_path: Path, streaming: None) -> None:
    log = _busy_log(tmp_path / "busy.csv")
    before = dump_tables(conn)
    dry = import_file(conn, log, dry_run=True)
    assert not dry.refused, dry.message
    assert "3 campaigns would be imported" in str(dry.message)
    assert dump_tables(conn) == before
    assert conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
    real = import_file(conn, log)
    assert (real.rows_read, real.rows_imported, real.rows_skipped) == (
        dry.rows_read, dry.rows_imported, dry.rows_skipped)
