"""Two copies of the app on one file: writes wait their turn, or are refused with a sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaign, count_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DatabaseBusyError


def test_processes_writing_at_once_all_land(db_path: Path, child, event, tally) -> None:
    tally.name("two processes writing at once")
    open_db(db_path).close()
    rounds = tally.repeat(3, scale=0.1)
    per_worker = 60
    for r in range(rounds):
        procs = [child("contend", db_path, f"{r}-{w}", per_worker) for w in range(2)]
        results = [event(p) for p in procs]
        for p in procs:
            p.wait(60)
        conn = open_db(db_path)
        landed = conn.execute("SELECT count(*) FROM campaigns WHERE name LIKE ?",
                              (f"worker {r}-%",)).fetchone()[0]
        conn.close()
        crashed = [c for res in results for c in res["crashed"]]
        survived = not crashed and landed == sum(res["ok"] for res in results) == 2 * per_worker
        tally.trial(survived)
        assert not crashed
        assert landed == 2 * per_worker
    tally.note(f"{rounds} rounds x 2 processes x {per_worker} writes: every write landed")


def test_write_refused_with_a_sentence_while_another_holds_the_lock(
    db_path: Path, child, event, tally
) -> None:
    tally.name("write while another process holds the lock")
    open_db(db_path).close()
    holder = child("hold-lock", db_path, 3)
    assert event(holder)["event"] == "locked"
    conn = open_db(db_path)
    conn.execute("PRAGMA busy_timeout = 300")  # the app waits 10 s; the test need not
    with pytest.raises(DatabaseBusyError) as err:
        add_campaign(conn, Campaign("refused", dt.date(2026, 3, 2), sent=1))
    assert "another copy of SMS Planner" in str(err.value)
    assert "locked" not in str(err.value)
    # Reading still works while the other process writes, and after it finishes we can save.
    assert count_campaigns(conn) == 0
    assert event(holder)["event"] == "released"
    conn.execute("PRAGMA busy_timeout = 10000")
    add_campaign(conn, Campaign("saved after", dt.date(2026, 3, 2), sent=1))
    names = sorted(r[0] for r in conn.execute("SELECT name FROM campaigns"))
    conn.close()
    ok = names == ["held", "saved after"]
    tally.trial(ok)
    assert ok, names
