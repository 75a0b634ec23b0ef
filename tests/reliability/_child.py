"""A second process for the fault tests: writes, holds locks or fills the disk on command.

Run as `python _child.py MODE DB [ARGS...]`; it prints one JSON line per event on stdout.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import signal
import sys
import time
from pathlib import Path


def say(**event: object) -> None:
    print(json.dumps(event), flush=True)


def batch(prefix: str, size: int) -> list:
    from smsplanner.domain.campaign import Campaign

    day = dt.date(2026, 1, 1)
    return [Campaign(f"{prefix} #{i}", day, sent=1000 + i, delivered=990, conversions=i % 50,
                     message="x" * 200) for i in range(size)]


def write_batches(db: str, size: str) -> None:
    """Add batches of `size` campaigns forever (until killed); each batch is one transaction."""
    from smsplanner.storage.campaigns import add_campaigns
    from smsplanner.storage.db import open_db

    conn = open_db(db)
    say(event="ready")
    n = 0
    while True:
        add_campaigns(conn, batch(f"child {time.time_ns()} batch {n}", int(size)))
        n += 1


def contend(db: str, worker: str, count: str) -> None:
    """Write `count` one-row transactions as fast as possible; report refusals by type."""
    from smsplanner.domain.campaign import Campaign
    from smsplanner.domain.errors import SmsPlannerError
    from smsplanner.storage.campaigns import add_campaign
    from smsplanner.storage.db import open_db

    conn = open_db(db)
    ok, refused, crashed = 0, [], []
    for i in range(int(count)):
        try:
            add_campaign(conn, Campaign(f"worker {worker} #{i}", dt.date(2026, 2, 1), sent=10))
            ok += 1
        except SmsPlannerError as exc:
            refused.append(str(exc))
        except Exception as exc:  # what the test must never see
            crashed.append(f"{type(exc).__name__}: {exc}")
    say(event="done", ok=ok, refused=refused, crashed=crashed)


def hold_lock(db: str, seconds: str) -> None:
    """Take the write lock and keep it for `seconds`."""
    from smsplanner.storage.db import open_db, write_transaction

    conn = open_db(db)
    with write_transaction(conn):
        conn.execute("INSERT INTO campaigns (name, date) VALUES ('held', '2026-03-01')")
        say(event="locked")
        time.sleep(float(seconds))
    say(event="released")


def disk_full(limit: int | None) -> None:
    """Cap the size of files this process may write (None: lift the cap again)."""
    soft = resource.RLIM_INFINITY if limit is None else limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, resource.RLIM_INFINITY))


def fsize_backup(db: str, limit: str, target: str) -> None:
    """Back up with a file-size limit (a full disk), then keep working: read and write."""
    from smsplanner.domain.errors import SmsPlannerError
    from smsplanner.storage.backups import make_backup
    from smsplanner.storage.campaigns import add_campaigns, count_campaigns
    from smsplanner.storage.db import open_db

    conn = open_db(db)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    disk_full(int(limit))
    error = None
    try:
        make_backup(conn, reason="manual", to=Path(target) if target != "-" else None)
    except SmsPlannerError as exc:
        error = {"type": type(exc).__name__, "message": str(exc)}
    disk_full(None)  # space freed: the same connection must carry on
    before = count_campaigns(conn)
    add_campaigns(conn, batch(f"after the full disk {time.time_ns()}", 2))
    say(event="done", error=error, count_before=before, count_after=count_campaigns(conn))


def fsize_write(db: str, limit: str, size: str) -> None:
    """Write one big batch with a file-size limit; it must fail cleanly, then small writes work."""
    from smsplanner.domain.errors import SmsPlannerError
    from smsplanner.storage.campaigns import add_campaigns, count_campaigns
    from smsplanner.storage.db import open_db

    conn = open_db(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    disk_full(int(limit))
    before = count_campaigns(conn)
    error = None
    try:
        add_campaigns(conn, batch("too big", int(size)))
    except SmsPlannerError as exc:
        error = {"type": type(exc).__name__, "message": str(exc)}
    disk_full(None)
    after_fail = count_campaigns(conn)
    add_campaigns(conn, batch(f"small after {time.time_ns()}", 1))
    say(event="done", error=error, count_before=before, count_after_fail=after_fail,
        count_after=count_campaigns(conn))


def restore_kill(db: str, backup: str, step: str) -> None:
    """Restore backup into db and SIGKILL this process when the restore reaches `step`."""
    import os

    from smsplanner.storage import restore

    def die(name: str) -> None:
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    restore._step_done = die
    restore.COPY_PAGES = 1  # a step per page, so "copying" is mid-copy, before the commit
    restore.restore_backup(Path(db), Path(backup))
    say(event="finished")


MODES = {"restore-kill": restore_kill, "write-batches": write_batches, "contend": contend,
         "hold-lock": hold_lock, "fsize-backup": fsize_backup, "fsize-write": fsize_write}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
