"""Later per-message logs of the same campaign that share no message id with the earlier ones:
the next morning's STOP replies, a second day's sends. Real CSV files, real database files.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.services.importer import import_file, undo_import
from smsplanner.storage.campaigns import list_campaigns
from tests.support import dump_tables as dump

HEAD = "Sid,To,Campaign,SentDate,Status,Direction,Price,Body\n"


def send(sid: str, when: str, status: str = "delivered", campaign: str = "May drop") -> str:
    return f"{sid},+447700900{sid[-3:]},{campaign},{when},{status},outbound-api,-0.0079,Hi\n"


def reply(sid: str, when: str, body: str = "STOP", campaign: str = "May drop") -> str:
    return f"{sid},+447700900{sid[-3:]},{campaign},{when},received,inbound,,{body}\n"




def figures(c: Campaign) -> tuple[object, ...]:
    return (c.date.isoformat(), c.time, c.sent, c.delivered, c.replies, c.opt_outs)


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def monday(tmp_path: Path) -> Path:
    """Four sends on Friday 1 May 2026, three delivered."""
    f = tmp_path / "friday.csv"
    f.write_text(HEAD + send("SM001", "2026-05-01T10:00:00Z")
                 + send("SM002", "2026-05-01T10:00:01Z")
                 + send("SM003", "2026-05-01T10:00:02Z", "failed")
                 + send("SM004", "2026-05-01T10:00:03Z"))
    return f


def test_next_mornings_stop_replies_attach_to_the_campaign(
        conn: sqlite3.Connection, tmp_path: Path, monday: Path) -> None:
    import_file(conn, monday)
    after_first = dump(conn)
    replies = tmp_path / "saturday-replies.csv"
    replies.write_text(HEAD + reply("SM101", "2026-05-02T07:30:00Z")
                       + reply("SM102", "2026-05-02T07:31:00Z", "Thanks!")
                       + reply("SM103", "2026-05-02T08:00:00Z", "stop "))
    r = import_file(conn, replies)
    assert not r.refused, r.message
    assert (r.campaigns_created, r.campaigns_updated) == (0, 1)
    [c] = list_campaigns(conn)
    # the date stays the day of the first send, across both files
    assert figures(c) == ("2026-05-01", "10:00", 4, 3, 1, 2)
    undo_import(conn, r.import_id)
    assert dump(conn) == after_first


def test_same_day_replies_without_overlap_are_not_merged_as_partial_figures(
        conn: sqlite3.Connection, tmp_path: Path, monday: Path) -> None:
    import_file(conn, monday)
    later = tmp_path / "friday-afternoon.csv"
    later.write_text(HEAD + reply("SM201", "2026-05-01T15:00:00Z"))
    r = import_file(conn, later)
    assert not r.refused, r.message
    [c] = list_campaigns(conn)
    assert figures(c) == ("2026-05-01", "10:00", 4, 3, 0, 1)


@pytest.mark.parametrize("order", ["day1-first", "day2-first"])
def test_second_days_sends_join_the_campaign_dated_by_its_first_send(
        conn: sqlite3.Connection, tmp_path: Path, monday: Path, order: str) -> None:
    day2 = tmp_path / "saturday.csv"
    day2.write_text(HEAD + send("SM005", "2026-05-02T09:00:00Z")
                    + send("SM006", "2026-05-02T09:00:01Z", "undelivered"))
    files = [monday, day2] if order == "day1-first" else [day2, monday]
    first = import_file(conn, files[0])
    second = import_file(conn, files[1])
    assert not first.refused and not second.refused, second.message
    assert (second.campaigns_created, second.campaigns_updated) == (0, 1)
    [c] = list_campaigns(conn)
    # sends only, no incoming text in either log: replies and opt-outs are unknown, not 0
    assert figures(c) == ("2026-05-01", "10:00", 6, 4, None, None)


def test_same_name_a_week_later_is_a_new_campaign(
        conn: sqlite3.Connection, tmp_path: Path, monday: Path) -> None:
    import_file(conn, monday)
    week2 = tmp_path / "next-week.csv"
    week2.write_text(HEAD + send("SM301", "2026-05-08T10:00:00Z"))
    r = import_file(conn, week2)
    assert (r.campaigns_created, r.campaigns_updated) == (1, 0)
    assert [c.date.isoformat() for c in list_campaigns(conn)] == ["2026-05-01", "2026-05-08"]


def test_replies_that_do_not_add_up_with_the_stored_sends_refuse_the_file(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    small = tmp_path / "two-sends.csv"
    small.write_text(HEAD + send("SM001", "2026-05-01T10:00:00Z")
                     + send("SM002", "2026-05-01T10:00:01Z"))
    import_file(conn, small)
    before = dump(conn)
    stops = tmp_path / "three-stops.csv"
    stops.write_text(HEAD + "".join(reply(f"SM10{i}", f"2026-05-02T08:0{i}:00Z")
                                    for i in range(3)))
    r = import_file(conn, stops)
    assert r.refused and r.import_id is None and r.shape == "messages"
    assert dump(conn) == before
    assert "'May drop'" in r.message and "Opt-outs (3)" in r.message
    assert "imported before" in r.message


def test_replies_with_no_earlier_sends_are_refused_saying_why(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    stops = tmp_path / "stops-only.csv"
    stops.write_text(HEAD + reply("SM101", "2026-05-02T08:00:00Z"))
    before = dump(conn)
    r = import_file(conn, stops)
    assert r.refused and dump(conn) == before
    assert "only replies" in r.message and "import the log of its sends first" in r.message


def test_late_replies_do_not_pull_next_weeks_sends_into_the_campaign(
        conn: sqlite3.Connection, tmp_path: Path, monday: Path) -> None:
    import_file(conn, monday)
    late = tmp_path / "thursday-stop.csv"
    late.write_text(HEAD + reply("SM401", "2026-05-07T20:00:00Z"))
    assert import_file(conn, late).campaigns_updated == 1  # replies join however late
    week2 = tmp_path / "next-friday.csv"
    week2.write_text(HEAD + send("SM402", "2026-05-08T10:00:00Z"))
    r = import_file(conn, week2)
    assert (r.campaigns_created, r.campaigns_updated) == (1, 0)
    first, second = list_campaigns(conn)
    assert figures(first) == ("2026-05-01", "10:00", 4, 3, 0, 1)
    assert figures(second) == ("2026-05-08", "10:00", 1, 1, None, None)  # no incoming texts
