"""A summary file's campaigns written as one batch: the new ones many a statement.

Runs on the thread that owns the connection, inside the batch's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.imports import ImportPlan, PlannedCampaign, PlannedColumns
from smsplanner.storage.batch_writer import BatchWriter
from smsplanner.storage.campaigns import COLUMNS

SUMMARY_CHUNK = 10_000  # campaigns a statement batch: between batches, cancelling
NUMBERS = {"sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue",
           "cost", "audience"}


def _stored_ids(conn: sqlite3.Connection, columns: dict[str, list[Any]],
               days: list[str]) -> dict[int, int]:
    """Plan index -> stored campaign with the same name, date and channel, in one join."""
    if conn.execute("SELECT 1 FROM campaigns LIMIT 1").fetchone() is None:
        return {}  # a new campaign file: nothing to look up
    conn.execute("DROP TABLE IF EXISTS temp.planned")
    conn.execute("CREATE TEMP TABLE planned (k INTEGER PRIMARY KEY, name, date, channel)")
    conn.executemany("INSERT INTO temp.planned VALUES (?, ?, ?, ?)",
                     zip(range(len(days)), columns["name"], days, columns["channel"],
                         strict=True))
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


def _iso_days(dates: list[Any]) -> list[str]:
    """Each campaign's date as ISO text, each distinct day formatted once."""
    memo: dict[object, str] = {}
    return [memo.get(d) or memo.setdefault(d, d.isoformat()) for d in dates]


def _plan_columns(campaigns: Sequence[PlannedCampaign]) -> dict[str, list[Any]]:
    """The planned campaigns' stored columns, one list each (a summary's are columns already)."""
    if isinstance(campaigns, PlannedColumns):
        held = campaigns.campaign_columns()
        n = len(campaigns)
        return {name: held[name] if name in held else [getattr(Campaign, name, None)] * n
                for name in COLUMNS}
    rows = [pc.campaign for pc in campaigns]
    if not rows:
        return {name: [] for name in COLUMNS}
    return {name: list(col) for name, col in zip(
        COLUMNS, zip(*map(attrgetter(*COLUMNS), rows), strict=True), strict=True)}


# Secondary indexes rebuilt once after a big insert instead of updated row by row.
_INDEXES = ("campaigns_date", "campaigns_status")


def _insert_new(w: BatchWriter, file_name: str, columns: dict[str, list[Any]],
                days: list[str], first: int) -> None:
    """The new campaigns with ids first.., many a statement with few values bound per row
    (storage.bulk_rows: counts packed into one integer, few-valued texts coded)."""
    import numpy as np

    from smsplanner.storage.bulk_rows import BulkInsert
    from smsplanner.storage.import_stage import ROWS_PER_STATEMENT

    conn = w.conn
    n = len(days)
    cols: dict[str, np.ndarray] = {"id": np.arange(first, first + n, dtype=np.int64)}
    for name in COLUMNS:
        values: Sequence[Any] = days if name == "date" else columns[name]
        if name in NUMBERS:
            cols[name] = np.array([np.nan if v is None else v for v in values], dtype=float)
        else:
            arr = np.empty(n, dtype=object)
            arr[:] = values
            cols[name] = arr
    stored = int(conn.execute("SELECT count(*) FROM campaigns").fetchone()[0])
    rebuild: dict[str, str] = {}
    if stored < n:  # then one sort per index beats updating it row by row
        rebuild = {name: sql for name in _INDEXES if (sql := _index_sql(conn, name))}
    for name in rebuild:
        conn.execute(f"DROP INDEX {name}")
    now = conn.execute("SELECT quote(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))").fetchone()[0]
    bulk = BulkInsert(conn, "campaigns", {"created_at": now, "updated_at": now}, cols,
                      rows_per_statement=ROWS_PER_STATEMENT)
    for start in range(0, n, SUMMARY_CHUNK):
        w.check(file_name)
        bulk.insert(slice(start, min(n, start + SUMMARY_CHUNK)))
    for sql in rebuild.values():
        conn.execute(sql)


def write_summaries(w: BatchWriter, plan: ImportPlan, file_name: str) -> None:
    """A summary file's campaigns: the new ones inserted many a statement, with ids given in
    file order as one-at-a-time inserts would; those already stored merged one by one.

    New campaigns were checked once, when the plan was built (a row that breaks a rule is
    never planned); the table's CHECK constraints still stand behind that.
    """
    conn = w.conn
    columns = _plan_columns(plan.campaigns)
    days = _iso_days(columns["date"])
    stored = _stored_ids(conn, columns, days)
    n_new = len(days) - len(stored)
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM campaigns").fetchone()[0])
    if n_new:
        if stored:
            new = [k for k in range(len(days)) if k not in stored]
            columns = {name: [col[k] for k in new] for name, col in columns.items()}
            days = [days[k] for k in new]
        _insert_new(w, file_name, columns, days, first)
    ids = range(first, first + n_new)
    conn.execute("INSERT INTO import_batch_campaigns (batch_id, campaign_id, created, before) "
                 "SELECT ?, id, 1, NULL FROM campaigns WHERE id BETWEEN ? AND ?",
                 (w.batch_id, first, first + n_new - 1))
    w.touched.update(ids)
    w.created_ids.update(ids)
    w.created += n_new
    for n, k in enumerate(sorted(stored)):
        if n % 500 == 0:
            w.check(file_name)
        w.upsert(plan.campaigns[k].campaign)
