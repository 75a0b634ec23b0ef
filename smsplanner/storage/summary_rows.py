"""A summary file's campaigns written as one batch: the new ones many a statement.

Runs on the thread that owns the connection, inside the batch's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.imports import ImportPlan
from smsplanner.storage.batch_writer import BatchWriter
from smsplanner.storage.campaigns import COLUMNS

SUMMARY_CHUNK = 10_000  # campaigns a statement batch: between batches, cancelling
NUMBERS = {"sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue",
           "cost", "audience"}


def _stored_ids(conn: sqlite3.Connection, campaigns: list[Campaign],
                days: list[str]) -> dict[int, int]:
    """Plan index -> stored campaign with the same name, date and channel, in one join."""
    if conn.execute("SELECT 1 FROM campaigns LIMIT 1").fetchone() is None:
        return {}  # a new campaign file: nothing to look up
    conn.execute("DROP TABLE IF EXISTS temp.planned")
    conn.execute("CREATE TEMP TABLE planned (k INTEGER PRIMARY KEY, name, date, channel)")
    conn.executemany("INSERT INTO temp.planned VALUES (?, ?, ?, ?)",
                     [(k, c.name, d, c.channel)
                      for k, (c, d) in enumerate(zip(campaigns, days, strict=True))])
    found = {int(k): int(i) for k, i in conn.execute(
        "SELECT p.k, c.id FROM temp.planned p JOIN campaigns c "
        "ON c.name = p.name AND c.date = p.date AND c.channel = p.channel")}
    conn.execute("DROP TABLE temp.planned")
    return found


def _index_sql(conn: sqlite3.Connection, name: str) -> str | None:
    """The CREATE INDEX statement of an index as the migrations made it (None if absent)."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                       (name,)).fetchone()
    return None if row is None else str(row[0])


def _iso_days(campaigns: list[Campaign]) -> list[str]:
    """Each campaign's date as ISO text, each distinct day formatted once."""
    memo: dict[object, str] = {}
    return [memo.get(c.date) or memo.setdefault(c.date, c.date.isoformat()) for c in campaigns]


# Secondary indexes rebuilt once after a big insert instead of updated row by row.
_INDEXES = ("campaigns_date", "campaigns_status")


def _insert_new(w: BatchWriter, file_name: str, new: list[Campaign], days: list[str],
                first: int) -> None:
    """The new campaigns with ids first.., many a statement with few values bound per row
    (storage.bulk_rows: counts packed into one integer, few-valued texts coded)."""
    import numpy as np

    from smsplanner.storage.bulk_rows import BulkInsert
    from smsplanner.storage.import_stage import ROWS_PER_STATEMENT

    conn = w.conn
    cols: dict[str, np.ndarray] = {"id": np.arange(first, first + len(new), dtype=np.int64)}
    by_column = zip(*map(attrgetter(*COLUMNS), new), strict=True)  # one pass over the rows
    for name, column in zip(COLUMNS, by_column, strict=True):
        values: Sequence[Any] = days if name == "date" else column
        if name in NUMBERS:
            cols[name] = np.array([np.nan if v is None else v for v in values], dtype=float)
        else:
            arr = np.empty(len(values), dtype=object)
            arr[:] = values
            cols[name] = arr
    stored = int(conn.execute("SELECT count(*) FROM campaigns").fetchone()[0])
    rebuild: dict[str, str] = {}
    if stored < len(new):  # then one sort per index beats updating it row by row
        rebuild = {name: sql for name in _INDEXES if (sql := _index_sql(conn, name))}
    for name in rebuild:
        conn.execute(f"DROP INDEX {name}")
    now = conn.execute("SELECT quote(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))").fetchone()[0]
    bulk = BulkInsert(conn, "campaigns", {"created_at": now, "updated_at": now}, cols,
                      rows_per_statement=ROWS_PER_STATEMENT)
    for start in range(0, len(new), SUMMARY_CHUNK):
        w.check(file_name)
        bulk.insert(slice(start, min(len(new), start + SUMMARY_CHUNK)))
    for sql in rebuild.values():
        conn.execute(sql)


def write_summaries(w: BatchWriter, plan: ImportPlan, file_name: str) -> None:
    """A summary file's campaigns: the new ones inserted many a statement, with ids given in
    file order as one-at-a-time inserts would; those already stored merged one by one.

    New campaigns were checked once, when the plan was built (a row that breaks a rule is
    never planned); the table's CHECK constraints still stand behind that.
    """
    conn = w.conn
    campaigns = [pc.campaign for pc in plan.campaigns]
    days = _iso_days(campaigns)
    stored = _stored_ids(conn, campaigns, days)
    new = [c for k, c in enumerate(campaigns) if k not in stored]
    new_days = [d for k, d in enumerate(days) if k not in stored] if stored else days
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM campaigns").fetchone()[0])
    if new:
        _insert_new(w, file_name, new, new_days, first)
    ids = range(first, first + len(new))
    conn.execute("INSERT INTO import_batch_campaigns (batch_id, campaign_id, created, before) "
                 "SELECT ?, id, 1, NULL FROM campaigns WHERE id BETWEEN ? AND ?",
                 (w.batch_id, first, first + len(new) - 1))
    w.touched.update(ids)
    w.created_ids.update(ids)
    w.created += len(new)
    for n, k in enumerate(sorted(stored)):
        if n % 500 == 0:
            w.check(file_name)
        w.upsert(campaigns[k])
