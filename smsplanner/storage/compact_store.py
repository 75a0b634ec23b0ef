"""The compact message store: its tables, converting a file from the first schema's
import_messages, and the space that saved.

A message takes about 30 bytes (it took about 110-130): a 64-bit key for its id (no id
text, no provider), its campaign and import, one code for status, direction, flags and
parts (with the key's check bits), minutes and whole money units (message_codec). There is
no index by campaign: campaign_totals keeps each campaign's figures. Runs on the thread that
owns the connection; `convert` inside the migrations' transaction, `finish` after it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import sqlite3
from collections.abc import Iterable
from typing import Any

import numpy as np

from smsplanner.storage import message_codec as codec
from smsplanner.storage import message_keys, message_totals
from smsplanner.storage.update_progress import ReportUpdate, UpdateStage, say

log = logging.getLogger(__name__)

CONVERT_ROWS = 200_000  # old rows read a step: bounded memory for any store
# Rows written to the conversion table between progress reports: a 200k step takes some
# seconds, and the writes are half of it (about 20 reports a second on a 1M file).
REPORT_ROWS = 25_000
_OLD_COLS = ("provider", "message_id", "campaign_id", "batch_id", "outbound", "status",
             "sent_at", "delivered", "clicked", "replied", "converted", "opt_out",
             "order_value", "cost", "segments")
_CHANGE_COLS = ("batch_id", "provider", "message_id", "old_batch_id", "status", "sent_at",
                "delivered", "clicked", "replied", "converted", "opt_out", "order_value",
                "cost", "segments")


def create_tables(conn: sqlite3.Connection) -> None:
    """The compact store's tables (empty)."""
    # batch_id: the import that first stored a state (undoing it removes the state if unused)
    conn.execute("CREATE TABLE message_states (code INTEGER PRIMARY KEY, "
                 "sig TEXT NOT NULL UNIQUE, batch_id INTEGER)")
    # A rowid table keyed by the 64-bit key itself: measured against WITHOUT ROWID, the
    # same 28-byte cells, but rows added in key order fill whole pages (27.9 against 30.6
    # bytes a message at 1M) and inner pages hold keys, not whole rows.
    conn.execute(
        "CREATE TABLE messages (key INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL, "
        "batch_id INTEGER NOT NULL, state INTEGER NOT NULL, sent_at INTEGER, "
        "order_value INTEGER, cost INTEGER)")
    conn.execute(
        "CREATE TABLE message_keys (provider TEXT NOT NULL, message_id TEXT NOT NULL, "
        "key INTEGER NOT NULL UNIQUE, batch_id INTEGER, PRIMARY KEY (provider, message_id)) "
        "WITHOUT ROWID")
    conn.execute(
        "CREATE TABLE message_changes (batch_id INTEGER NOT NULL REFERENCES import_batches (id) "
        "ON DELETE CASCADE, key INTEGER NOT NULL, old_batch_id INTEGER NOT NULL, "
        "state INTEGER NOT NULL, sent_at INTEGER, order_value INTEGER, cost INTEGER, "
        "PRIMARY KEY (batch_id, key)) WITHOUT ROWID")
    message_totals.create_table(conn)
    # The rows as the app means them, for people and tests reading the file (no storage).
    conn.execute(
        "CREATE VIEW message_rows AS SELECT m.key, m.campaign_id, m.batch_id, "
        "json_extract(s.sig, '$[0]') AS status, json_extract(s.sig, '$[1]') AS outbound, "
        "json_extract(s.sig, '$[2]') AS delivered, json_extract(s.sig, '$[3]') AS clicked, "
        "json_extract(s.sig, '$[4]') AS replied, json_extract(s.sig, '$[5]') AS converted, "
        "json_extract(s.sig, '$[6]') AS opt_out, json_extract(s.sig, '$[7]') AS segments, "
        "strftime('%Y-%m-%dT%H:%M:%S', 1577836800 + 60 * m.sent_at, 'unixepoch') AS sent_at, "
        f"m.order_value / {float(codec.ORDER_SCALE)} AS order_value, "
        f"m.cost / {float(codec.COST_SCALE)} AS cost "
        "FROM messages m JOIN message_states s ON s.code = m.state >> 8")
    conn.execute("CREATE TABLE store_compactions (done_at TEXT NOT NULL, messages INTEGER "
                 "NOT NULL, bytes_before INTEGER NOT NULL, bytes_after INTEGER)")


def _file_bytes(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_count").fetchone()[0]) * int(
        conn.execute("PRAGMA page_size").fetchone()[0])


def _arrays(rows: list[tuple[Any, ...]], names: tuple[str, ...]) -> dict[str, np.ndarray]:
    cols = list(zip(*rows, strict=True))
    out: dict[str, np.ndarray] = {}
    for name, values in zip(names, cols, strict=True):
        a = np.empty(len(values), dtype=object)
        a[:] = values
        out[name] = a
    return out


def _codes(conn: sqlite3.Connection, states: list[codec.State]) -> np.ndarray:
    """message_states codes of these states, new ones added."""
    have = dict(conn.execute("SELECT sig, code FROM message_states").fetchall())
    out = []
    for state in states:
        sig = codec.signature(state)
        if sig not in have:
            have[sig] = max(have.values(), default=0) + 1
            conn.execute("INSERT INTO message_states (code, sig) VALUES (?, ?)",
                         (have[sig], sig))
        out.append(have[sig])
    return np.array(out, dtype=np.int64)


def _encode(conn: sqlite3.Connection, cols: dict[str, np.ndarray],
            provider: str) -> dict[str, Any]:
    """Old rows of one provider as stored columns (key with recorded keys applied)."""
    n = len(cols["message_id"])
    flags = {c: np.array([np.nan if v is None else float(v) for v in cols[c]])
             for c in (*codec.FLAGS, "segments")}
    money = {c: np.array([np.nan if v is None else float(v) for v in cols[c]])
             for c in ("order_value", "cost")}
    keys, chk = codec.HASH(provider, cols["message_id"])
    keys = message_keys.known(conn, provider, cols["message_id"], keys)
    index, states = codec.state_of_rows(
        {"status": cols["status"], "outbound": cols["outbound"].astype(np.int64), **flags}, n)
    state = (_codes(conn, states)[index] << 8) | chk
    return {"key": keys, "chk": chk, "state": state,
            "sent_at": codec.minutes(cols["sent_at"], n),
            "order_value": codec.scaled(money["order_value"], codec.ORDER_SCALE, n),
            "cost": codec.scaled(money["cost"], codec.COST_SCALE, n)}


def _py(a: np.ndarray) -> list[Any]:
    """Values to bind: NaN -> None, whole floats -> int."""
    return [None if v != v else int(v) for v in a.tolist()]


def _insert_reporting(conn: sqlite3.Connection, sql: str, rows: Iterable[tuple[Any, ...]],
                      n: int, done: int, report: ReportUpdate | None, total: int) -> int:
    """executemany of n rows; with a report, in REPORT_ROWS steps, each reported as that many
    more messages converted (done before this call, of total). Returns done + n."""
    if report is None:
        conn.executemany(sql, rows)
        return done + n
    it = iter(rows)
    for start in range(0, n, REPORT_ROWS):
        step = min(REPORT_ROWS, n - start)
        conn.executemany(sql, itertools.islice(it, step))
        done += step
        say(report, UpdateStage.CONVERTING, done, total)
    return done


def _convert_messages(conn: sqlite3.Connection, report: ReportUpdate | None) -> None:
    """Old message rows into temp.convert, then into messages in key order."""
    conn.execute("CREATE TEMP TABLE convert (key INTEGER NOT NULL, provider TEXT NOT NULL, "
                 "message_id TEXT NOT NULL, chk INTEGER NOT NULL, campaign_id INTEGER, "
                 "batch_id INTEGER, state INTEGER, sent_at INTEGER, order_value INTEGER, "
                 "cost INTEGER, PRIMARY KEY (key, provider, message_id)) WITHOUT ROWID")
    # count(*) reads the small index by campaign, not the rows: cheap next to converting.
    total = 0 if report is None else int(
        conn.execute("SELECT count(*) FROM import_messages").fetchone()[0])
    say(report, UpdateStage.CONVERTING, 0, total)
    done = 0
    cur = conn.execute(f"SELECT {', '.join(_OLD_COLS)} FROM import_messages")
    while rows := cur.fetchmany(CONVERT_ROWS):
        cols = _arrays(rows, _OLD_COLS)
        for provider in sorted(set(cols["provider"].tolist())):
            pick = cols["provider"] == provider
            part = {k: v[pick] for k, v in cols.items()}
            enc = _encode(conn, part, provider)
            done = _insert_reporting(
                conn, "INSERT INTO temp.convert VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                zip(enc["key"].tolist(), part["provider"].tolist(),
                    part["message_id"].tolist(), enc["chk"].tolist(),
                    part["campaign_id"].tolist(), part["batch_id"].tolist(),
                    enc["state"].tolist(), _py(enc["sent_at"]), _py(enc["order_value"]),
                    _py(enc["cost"]), strict=True),
                len(part["message_id"]), done, report, total)
    say(report, UpdateStage.SAVING)
    message_keys.resolve(conn, "temp.convert", "provider", None)
    conn.execute("INSERT INTO messages SELECT key, campaign_id, batch_id, "
                 "(state & ~255) | chk, sent_at, order_value, cost FROM temp.convert "
                 "ORDER BY key")
    conn.execute("DROP TABLE temp.convert")


def _convert_changes(conn: sqlite3.Connection) -> None:
    """Old undo records (values a later import replaced) as message_changes rows."""
    cur = conn.execute(f"SELECT {', '.join(_CHANGE_COLS)} FROM import_message_changes")
    while rows := cur.fetchmany(CONVERT_ROWS):
        cols = _arrays(rows, _CHANGE_COLS)
        for provider in sorted(set(cols["provider"].tolist())):
            pick = cols["provider"] == provider
            part = {k: v[pick] for k, v in cols.items()}
            # The direction of a changed message never changed: it is the stored one's.
            keys, _chk = codec.HASH(provider, part["message_id"])
            keys = message_keys.known(conn, provider, part["message_id"], keys)
            out = dict(conn.execute(
                "SELECT key, (SELECT json_extract(s.sig, '$[1]') FROM message_states s "
                "WHERE s.code = m.state >> 8) FROM messages m WHERE key IN "
                "(SELECT value FROM json_each(?))", (str(keys.tolist()),)).fetchall())
            part["outbound"] = np.array([out.get(k, 1) for k in keys.tolist()], dtype=object)
            enc = _encode(conn, part, provider)
            conn.executemany(
                "INSERT INTO message_changes VALUES (?, ?, ?, ?, ?, ?, ?)",
                zip(part["batch_id"].tolist(), enc["key"].tolist(),
                    part["old_batch_id"].tolist(), enc["state"].tolist(),
                    _py(enc["sent_at"]), _py(enc["order_value"]), _py(enc["cost"]),
                    strict=True))


def convert(conn: sqlite3.Connection, report: ReportUpdate | None = None) -> None:
    """The migration's work: new tables, old rows converted, old tables dropped, totals
    counted, and what the file took before recorded (finish records what it takes after).
    `report` hears how far it is (storage.update_progress); the opening thread."""
    before = _file_bytes(conn)
    create_tables(conn)
    old = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'import_messages'").fetchone()
    if old is None:
        return
    _convert_messages(conn, report)
    _convert_changes(conn)
    conn.execute("DROP TABLE import_message_changes")
    conn.execute("DROP TABLE import_messages")
    say(report, UpdateStage.TOTALS)
    message_totals.recount_all(conn)
    count = int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
    conn.execute("INSERT INTO store_compactions (done_at, messages, bytes_before) "
                 "VALUES (?, ?, ?)",
                 (dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), count, before))


def finish(conn: sqlite3.Connection, report: ReportUpdate | None = None) -> str | None:
    """After the migrations committed: a file just converted is rewritten without the space
    its old rows took (VACUUM), and the saving recorded; returns the sentence logged.
    `report` hears that this step started (VACUUM cannot say how far it is)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'store_compactions'"
                    ).fetchone() is None:
        return None  # a file stopped at an older migration (tests of older releases)
    row = conn.execute("SELECT rowid, messages, bytes_before FROM store_compactions "
                       "WHERE bytes_after IS NULL").fetchone()
    if row is None:
        return None
    say(report, UpdateStage.COMPACTING)
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file itself shrinks now
    except sqlite3.Error as exc:
        # The store works as it is (its free pages are reused); the next open tries again.
        log.warning("The converted message store could not be rewritten smaller (%s).", exc)
        return None
    after = _file_bytes(conn)
    conn.execute("UPDATE store_compactions SET bytes_after = ? WHERE rowid = ?",
                 (after, row[0]))
    return _logged(int(row[1]), int(row[2]), after)


def _logged(messages: int, before: int, after: int) -> str:
    said = (f"Message store made compact: {messages:,} messages, {before / 1e6:,.1f} MB -> "
            f"{after / 1e6:,.1f} MB ({(before - after) / 1e6:,.1f} MB saved).")
    log.info(said)
    return said


def last_compaction(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The last conversion of this file: when, messages, bytes before and after."""
    row = conn.execute("SELECT done_at, messages, bytes_before, bytes_after FROM "
                       "store_compactions ORDER BY rowid DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return dict(zip(("done_at", "messages", "bytes_before", "bytes_after"), tuple(row),
                    strict=True))
