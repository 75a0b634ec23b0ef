"""A log's message rows staged in the connection's temp.incoming table, encoded as they will
be stored (message_codec): big logs chunk by chunk, so no more than one chunk is ever in
memory, small ones at once. Repeated ids are resolved by SQLite (the last row wins),
campaign figures added up in SQL, and the writer copies the rows from there in key order.

Only the temp database is written (nothing of the campaign file changes until the batch's
own transaction), so a refusal found in a late chunk leaves nothing behind but these
tables, which `drop_stage` removes. Runs on the thread that owns the connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from smsplanner.storage import message_codec as codec
from smsplanner.storage import message_totals
from smsplanner.storage.bulk_rows import BulkInsert
from smsplanner.storage.message_keys import known

STAGE_ROWS = 10_000  # rows a statement batch: between batches, cancelling
# The temp database's page cache while staging: big enough to keep the upper levels of the
# key tree cached (SQLite's default of 2 MB made a 5M-row stage seek), small enough to stay
# well inside the import's memory budget.
STAGE_CACHE_KB = 32_768
# The sqlite3 module's and SQLite's per-statement costs, shared by many rows (1M-row log:
# 0.81 s at 50 rows a statement, 0.69 s at 500; no better beyond).
ROWS_PER_STATEMENT = 500


def start_stage(conn: sqlite3.Connection) -> None:
    """An empty temp.incoming keyed by (key, message id): the order the writer copies in."""
    drop_stage(conn)
    conn.execute(f"PRAGMA temp.cache_size = -{STAGE_CACHE_KB}")
    conn.execute("CREATE TEMP TABLE state_codes (code INTEGER PRIMARY KEY, "
                 "sig TEXT NOT NULL UNIQUE)")
    conn.execute("CREATE TEMP TABLE incoming (key INTEGER NOT NULL, message_id TEXT NOT NULL, "
                 "chk INTEGER NOT NULL, campaign INTEGER NOT NULL, state INTEGER NOT NULL, "
                 "sent_at INTEGER, order_value INTEGER, cost INTEGER, "
                 "PRIMARY KEY (key, message_id)) WITHOUT ROWID")


def drop_stage(conn: sqlite3.Connection) -> None:
    """Remove what staging left (also after a refusal or a cancel)."""
    for table in ("incoming", "state_codes", "state_map", "camp"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _state_codes(conn: sqlite3.Connection, states: list[codec.State]) -> np.ndarray:
    """The stage's codes of these states, new ones added to temp.state_codes."""
    have = dict(conn.execute("SELECT sig, code FROM temp.state_codes").fetchall())
    out = []
    for state in states:
        sig = codec.signature(state)
        if sig not in have:
            have[sig] = len(have) + 1
            conn.execute("INSERT INTO temp.state_codes VALUES (?, ?)", (have[sig], sig))
        out.append(have[sig])
    return np.array(out, dtype=np.int64)


def encoded(conn: sqlite3.Connection, provider: str,
            cols: dict[str, Any]) -> dict[str, np.ndarray]:
    """One chunk's MESSAGE_COLUMNS arrays as temp.incoming's columns."""
    ids = np.asarray(cols["message_id"], dtype=object)
    n = len(ids)
    keys, chk = codec.HASH(provider, ids)
    index, states = codec.state_of_rows(cols, n)
    return {"key": known(conn, provider, ids, keys), "message_id": ids, "chk": chk,
            "campaign": np.asarray(cols["campaign"], dtype=np.int64),
            "state": _state_codes(conn, states)[index],
            "sent_at": codec.minutes(cols.get("sent_at"), n),
            "order_value": codec.scaled(cols.get("order_value"), codec.ORDER_SCALE, n),
            "cost": codec.scaled(cols.get("cost"), codec.COST_SCALE, n)}


def stage_rows(conn: sqlite3.Connection, provider: str, cols: dict[str, Any],
               check: Callable[[], None], progress: Callable[[int, int], None] | None = None
               ) -> None:
    """Add one chunk's message rows (MESSAGE_COLUMNS arrays; campaign codes already the
    whole file's). A message id staged by an earlier chunk is replaced: the last row wins,
    as within one chunk. Rows go in key order."""
    n = len(cols["message_id"])
    if n == 0:
        return
    rows = encoded(conn, provider, cols)
    bulk = BulkInsert(conn, "temp.incoming", {}, rows, rows_per_statement=ROWS_PER_STATEMENT,
                      verb="INSERT OR REPLACE")
    order = np.argsort(rows["key"], kind="stable")
    for start in range(0, n, STAGE_ROWS):
        end = min(n, start + STAGE_ROWS)
        check()
        bulk.insert(order[start:end])
        if progress is not None:
            progress(end, n)


def staged_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM temp.incoming").fetchone()[0])


def staged_figures(conn: sqlite3.Connection) -> dict[int, tuple[Any, ...]]:
    """Campaign code -> the figures of its staged messages, by the rules storage keeps stored
    campaigns' totals with (message_totals.Totals.figures): sent, delivered, clicks, replies,
    conversions, opt-outs, revenue, cost, first send, row count."""
    rows = conn.execute(f"SELECT campaign, state, {message_totals.PARTIALS} FROM temp.incoming "
                        "GROUP BY campaign, state")
    totals = message_totals.fold(rows, message_totals.states(conn, "temp.state_codes"))
    return {code: t.figures() for code, t in totals.items()}


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


