"""SIGKILL a process at random moments while it writes: the file stays sound, batches whole."""

from __future__ import annotations

import datetime as dt
import random
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaign
from smsplanner.storage.db import open_db

BATCH = 400


def _batches(db: Path) -> Counter[str]:
    """Campaign count per batch written by the child (name prefix before ' #')."""
    c = sqlite3.connect(db)
    try:
        names = [r[0] for r in c.execute("SELECT name FROM campaigns WHERE name LIKE 'child %'")]
    finally:
        c.close()
    return Counter(n.rsplit(" #", 1)[0] for n in names)


def _integrity(db: Path) -> str:
    c = sqlite3.connect(db)
    try:
        return c.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        c.close()


def test_killed_mid_write_keeps_whole_batches(db_path: Path, child, event, tally) -> None:
    tally.name("killed mid-write (SIGKILL, add_campaigns batches)")
    conn = open_db(db_path)
    add_campaign(conn, Campaign("kept from before", dt.date(2025, 1, 1), sent=5))
    conn.close()
    rng = random.Random(8)
    runs = tally.repeat(20)
    committed_total = 0
    for _ in range(runs):
        proc = child("write-batches", db_path, BATCH)
        assert event(proc)["event"] == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        batches = _batches(db_path)
        partial = {k: v for k, v in batches.items() if v != BATCH}
        ok = _integrity(db_path) == "ok"
        check = open_db(db_path)
        kept = check.execute("SELECT count(*) FROM campaigns WHERE name = 'kept from before'")
        survived = ok and not partial and kept.fetchone()[0] == 1
        check.close()
        committed_total = sum(batches.values()) // BATCH
        tally.trial(survived)
        assert survived, f"integrity={ok} partial batches={partial}"
    tally.note(f"{committed_total} batches of {BATCH} committed across the kills, none partial")
