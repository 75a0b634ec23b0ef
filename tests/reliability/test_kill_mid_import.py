"""SIGKILL an import at random moments: the file stays sound, every batch whole or absent."""

from __future__ import annotations

import datetime as dt
import os
import random
import select
import signal
import sqlite3
import time
from pathlib import Path

from smsplanner.services.importer import import_file
from smsplanner.storage.db import open_db

ROWS = 600
HEADER = "From,To,Body,Status,SentDate,ApiVersion,NumSegments,ErrorCode,AccountSid,Sid,Direction,Price,PriceUnit\n"  # noqa: E501


def twilio_log(path: Path, tag: str, rows: int = ROWS) -> Path:
    """A Twilio Messaging Logs export of `rows` outbound messages with unique ids."""
    day = dt.datetime(2026, 3, 5, 17, 0)
    lines = [HEADER]
    for i in range(rows):
        when = (day + dt.timedelta(seconds=i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        status = "delivered" if i % 10 else "undelivered"
        lines.append(f"+15005550006,+1555{i:07d},Spring sale today,{status},\"{when}\",2010-04-01,"
                     f"1,,ACxx,SM{tag}{i:08d},outbound-api,-0.00790,USD\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _check(db: Path) -> tuple[bool, str]:
    """integrity ok, and each campaign of the child has all its messages and one batch."""
    c = sqlite3.connect(db)
    try:
        if c.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return False, "integrity"
        rows = c.execute(
            "SELECT c.name, (SELECT count(*) FROM messages m WHERE m.campaign_id = c.id),"
            " (SELECT count(*) FROM import_batch_campaigns b WHERE b.campaign_id = c.id), c.sent"
            " FROM campaigns c WHERE c.name LIKE 'kill %'").fetchall()
        bad = [r for r in rows if r[1:] != (ROWS, 1, ROWS)]
        batches = c.execute("SELECT count(*) FROM import_batches").fetchone()[0]
        if bad or batches != len(rows) + 1:
            return False, f"partial: {bad[:3]} batches={batches} campaigns={len(rows)}"
        return True, f"{len(rows)}"
    finally:
        c.close()


def _child_imports(db: Path, folder: Path, ready_w: int) -> None:
    """Forked child: import new logs one after another until killed.

    Writes b"w" to ready_w each time an import reaches its write phase (progress >= 700/1000).
    """
    try:
        conn = open_db(db)
        n = 0
        while True:
            tag = f"{os.getpid()}x{n}"
            path = twilio_log(folder / f"log-{tag}.csv", tag)
            told = []

            def progress(done: int, total: int, told: list = told) -> None:
                if done >= 700 and not told:
                    told.append(1)
                    os.write(ready_w, b"w")

            import_file(conn, path, campaign=f"kill {tag}", backup=n % 3 == 0,
                        progress=progress)
            n += 1
    finally:
        os._exit(0)


def test_killed_mid_import_keeps_batches_whole(db_path: Path, tmp_path: Path, tally) -> None:
    tally.name("killed mid-import (SIGKILL, per-message log)")
    conn = open_db(db_path)
    marks: list[float] = []
    first = import_file(conn, twilio_log(tmp_path / "first.csv", "first"), campaign="first",
                        progress=lambda d, t: marks.append(time.perf_counter()) if d >= 700
                        else None)
    write_phase = marks[-1] - marks[0]
    assert not first.refused, first.message
    conn.close()
    rng = random.Random(20)
    runs = tally.repeat(20)
    for trial in range(runs):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            _child_imports(db_path, tmp_path, w)
        os.close(w)
        ready, _, _ = select.select([r], [], [], 60)
        assert ready and os.read(r, 1) == b"w", "the child never reached an import's write"
        # Kill during this write (or, now and then, just after it committed).
        time.sleep(rng.uniform(0.0, 1.3 * write_phase))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(r)
        survived, detail = _check(db_path)
        tally.trial(survived)
        assert survived, f"trial {trial}: {detail}"
    conn = open_db(db_path)
    done = conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] - 1
    conn.close()
    tally.note(f"killed in the write phase each time; {done} of {runs} imports had committed")
