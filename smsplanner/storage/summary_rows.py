"""A summary file's campaigns written as one batch: the new ones many a statement.

Runs on the thread that owns the connection, inside the batch's transaction.
"""

from __future__ import annotations

import sqlite3
from operator import attrgetter

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.imports import ImportPlan
from smsplanner.storage.batch_writer import BatchWriter
from smsplanner.storage.campaigns import COLUMNS

SUMMARY_CHUNK = 10_000  # campaigns a statement batch: between batches, cancelling


def _stored_ids(conn: sqlite3.Connection, campaigns: list[Campaign]) -> dict[int, int]:
    """Plan index -> stored campaign with the same name, date and channel, in one join."""
    conn.execute("DROP TABLE IF EXISTS temp.planned")
    conn.execute("CREATE TEMP TABLE planned (k INTEGER PRIMARY KEY, name, date, channel)")
    conn.executemany("INSERT INTO temp.planned VALUES (?, ?, ?, ?)",
                     [(k, c.name, c.date.isoformat(), c.channel)
                      for k, c in enumerate(campaigns)])
    found = {int(k): int(i) for k, i in conn.execute(
        "SELECT p.k, c.id FROM temp.planned p JOIN campaigns c "
        "ON c.name = p.name AND c.date = p.date AND c.channel = p.channel")}
    conn.execute("DROP TABLE temp.planned")
    return found


def write_summaries(w: BatchWriter, plan: ImportPlan, file_name: str) -> None:
    """A summary file's campaigns: the new ones inserted many a statement, with ids given in
    file order as one-at-a-time inserts would; those already stored merged one by one.

    New campaigns were checked once, when the plan was built (a row that breaks a rule is
    never planned); the table's CHECK constraints still stand behind that.
    """
    conn = w.conn
    campaigns = [pc.campaign for pc in plan.campaigns]
    stored = _stored_ids(conn, campaigns)
    new = [c for k, c in enumerate(campaigns) if k not in stored]
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM campaigns").fetchone()[0])
    date_at = COLUMNS.index("date")
    values = attrgetter(*COLUMNS)
    insert = (f"INSERT INTO campaigns (id, {', '.join(COLUMNS)}) "
              f"VALUES ({', '.join('?' * (len(COLUMNS) + 1))})")
    for start in range(0, len(new), SUMMARY_CHUNK):
        w.check(file_name)
        rows = []
        for k, c in enumerate(new[start:start + SUMMARY_CHUNK], start=first + start):
            row = list(values(c))
            row[date_at] = c.date.isoformat()
            rows.append((k, *row))
        conn.executemany(insert, rows)
    ids = range(first, first + len(new))
    conn.executemany("INSERT INTO import_batch_campaigns (batch_id, campaign_id, created, "
                     "before) VALUES (?, ?, 1, NULL)", [(w.batch_id, i) for i in ids])
    w.touched.update(ids)
    w.created_ids.update(ids)
    w.created += len(new)
    for n, k in enumerate(sorted(stored)):
        if n % 500 == 0:
            w.check(file_name)
        w.upsert(campaigns[k])
