"""A big log's message rows staged chunk by chunk in the connection's temp.incoming table, so
no more than one chunk is ever in memory: repeated ids resolved by SQLite (the last row
wins), campaign figures added up in SQL, and the writer copying the rows from there.

Only the temp database is written (nothing of the campaign file changes until the batch's
own transaction), so a refusal found in a late chunk leaves nothing behind but this table,
which `drop_stage` removes. Runs on the thread that owns the connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from smsplanner.domain.imports import MESSAGE_COLUMNS, ImportPlan
from smsplanner.storage.batch_writer import BatchWriter
from smsplanner.storage.bulk_rows import BulkInsert
from smsplanner.storage.import_figures import FIGURES

STAGE_ROWS = 10_000  # rows a statement batch: between batches, cancelling
# The temp database's page cache while staging: big enough to keep the upper levels of the
# id tree cached (SQLite's default of 2 MB made a 5M-row stage seek), small enough to stay
# well inside the import's memory budget.
STAGE_CACHE_KB = 32_768


def start_stage(conn: sqlite3.Connection) -> None:
    """An empty temp.incoming keyed by message id (the key order the writer copies in)."""
    drop_stage(conn)
    conn.execute(f"PRAGMA temp.cache_size = -{STAGE_CACHE_KB}")
    rest = ", ".join(c for c in MESSAGE_COLUMNS if c != "message_id")
    conn.execute(f"CREATE TEMP TABLE incoming (provider, message_id PRIMARY KEY, {rest}) "
                 "WITHOUT ROWID")


def drop_stage(conn: sqlite3.Connection) -> None:
    """Remove what staging left (also after a refusal or a cancel)."""
    conn.execute("DROP TABLE IF EXISTS temp.incoming")


def stage_rows(conn: sqlite3.Connection, provider: str, cols: dict[str, Any],
               check: Callable[[], None]) -> None:
    """Add one chunk's message rows (MESSAGE_COLUMNS arrays; campaign codes already the
    whole file's). A message id staged by an earlier chunk is replaced: the last row wins,
    as within one chunk. Rows go in about key order (see import_messages._key_order)."""
    from smsplanner.storage.import_messages import ROWS_PER_STATEMENT, _key_order

    n = len(cols["message_id"])
    if n == 0:
        return
    present = {c: np.asarray(cols[c]) for c in MESSAGE_COLUMNS if cols.get(c) is not None}
    literal = conn.execute("SELECT quote(?)", (provider,)).fetchone()[0]
    bulk = BulkInsert(conn, "temp.incoming", {"provider": literal}, present,
                      rows_per_statement=ROWS_PER_STATEMENT, verb="INSERT OR REPLACE")
    order = _key_order(present["message_id"])
    for start in range(0, n, STAGE_ROWS):
        end = min(n, start + STAGE_ROWS)
        check()
        bulk.insert(slice(start, end) if order is None else order[start:end])


def staged_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM temp.incoming").fetchone()[0])


def staged_figures(conn: sqlite3.Connection) -> dict[int, tuple[Any, ...]]:
    """Campaign code -> the figures of its staged messages, by the rules storage recomputes
    stored campaigns with (import_figures.FIGURES): sent, delivered, clicks, replies,
    conversions, opt-outs, revenue, cost, first send, row count."""
    return {int(r[0]): tuple(r[1:]) for r in conn.execute(
        f"SELECT campaign, {FIGURES} FROM temp.incoming GROUP BY campaign")}


def drop_campaigns(conn: sqlite3.Connection, codes: list[int]) -> int:
    """Remove the staged rows of these campaign codes and renumber the rest 0..k-1 in code
    order; returns how many rows went."""
    import json

    if not codes:
        return 0
    conn.execute("DELETE FROM temp.incoming WHERE campaign IN (SELECT value FROM json_each(?))",
                 (json.dumps(codes),))
    gone = int(conn.execute("SELECT changes()").fetchone()[0])
    conn.execute(
        "UPDATE temp.incoming SET campaign = campaign - (SELECT count(*) FROM json_each(?) "
        "WHERE value < campaign)", (json.dumps(codes),))
    return gone


def drop_money(conn: sqlite3.Connection) -> None:
    """Revenue and cost left out of the staged rows (money in another currency)."""
    conn.execute("UPDATE temp.incoming SET order_value = NULL, cost = NULL")


@contextmanager
def interruptible(conn: sqlite3.Connection, check: Callable[[], None],
                  cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Let one long statement (a whole staged log copied) stop within a fraction of a second
    when the user cancels: SQLite checks `cancelled` every few hundred thousand steps and
    the interrupted statement raises Cancelled through `check`."""
    if cancelled is None:
        yield
        return
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, 200_000)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            check()
        raise
    finally:
        conn.set_progress_handler(None, 0)


def first_log_of(conn: sqlite3.Connection, provider: str) -> bool:
    """No message of this provider is stored yet (then no staged id can overlap)."""
    return conn.execute("SELECT 1 FROM import_messages WHERE provider = ? LIMIT 1",
                        (provider,)).fetchone() is None


def copy_staged(w: BatchWriter, plan: ImportPlan) -> int:
    """First log from this provider, streamed: its staged rows copied in one statement, in
    key order (temp.incoming is keyed by message id), the campaign index rebuilt after."""
    from smsplanner.storage.import_figures import recompute_campaigns
    from smsplanner.storage.import_messages import (
        _CAMPAIGN_INDEX,
        VALUE_COLS,
        _index_sql,
        _stored_rows,
        campaign_ids,
        check_campaigns_exist,
    )

    conn = w.conn
    n = plan.message_count
    ids = campaign_ids(w, plan, {})
    _code_table(conn, ids)
    rebuild = _index_sql(conn, _CAMPAIGN_INDEX) if _stored_rows(conn, n) < n else None
    if rebuild:
        conn.execute(f"DROP INDEX {_CAMPAIGN_INDEX}")
    w.check(plan.source_name)
    with interruptible(conn, lambda: w.check(plan.source_name), w.is_cancelled):
        conn.execute(
            f"INSERT INTO import_messages (provider, message_id, campaign_id, batch_id, "
            f"outbound, {', '.join(VALUE_COLS)}) SELECT t.provider, t.message_id, "
            f"c.campaign_id, ?, t.outbound, {', '.join('t.' + c for c in VALUE_COLS)} "
            f"FROM temp.incoming t JOIN temp.camp c ON c.code = t.campaign "
            f"ORDER BY t.message_id", (w.batch_id,))
        if rebuild:
            w.check(plan.source_name)
            conn.execute(rebuild)
    conn.execute("DROP TABLE temp.incoming")
    conn.execute("DROP TABLE temp.camp")
    check_campaigns_exist(conn, ids)
    created = set(ids) & w.created_ids
    recompute_campaigns(conn, sorted(w.touched - created), scan=False)
    return n


def _code_table(conn: sqlite3.Connection, ids: list[int]) -> None:
    """temp.camp: planned campaign code -> stored campaign id."""
    conn.execute("DROP TABLE IF EXISTS temp.camp")
    conn.execute("CREATE TEMP TABLE camp (code INTEGER PRIMARY KEY, campaign_id INTEGER)")
    conn.executemany("INSERT INTO temp.camp VALUES (?, ?)", list(enumerate(ids)))
