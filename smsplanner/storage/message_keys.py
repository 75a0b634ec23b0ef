"""Message ids whose hashed key another id has already (message_keys): exact dedupe with
64-bit keys.

Two different ids with the same key are found where both are in hand: in the same file, or
a stored row at that key whose check bits differ (message_codec). The second id then gets
another key, recorded here with its full text, and every later log finds it here first.
Such rows are expected to number none to a handful in a store. Runs on the thread that owns
the connection.
"""

from __future__ import annotations

import sqlite3

import numpy as np

from smsplanner.storage import message_codec


def known(conn: sqlite3.Connection, provider: str, ids: np.ndarray,
          keys: np.ndarray) -> np.ndarray:
    """The keys of ids, with those recorded here in place of their hashed ones."""
    recorded = dict(conn.execute("SELECT message_id, key FROM message_keys WHERE provider = ?",
                                 (provider,)).fetchall())
    if not recorded:
        return keys
    hit = np.flatnonzero(np.isin(np.asarray(ids, dtype=object), list(recorded)))
    if len(hit):
        keys = keys.copy()
        keys[hit] = [recorded[i] for i in np.asarray(ids, dtype=object)[hit].tolist()]
    return keys


def _taken(conn: sqlite3.Connection, table: str, key: int) -> bool:
    return any(conn.execute(sql, (key,)).fetchone() for sql in (
        "SELECT 1 FROM messages WHERE key = ?", f"SELECT 1 FROM {table} WHERE key = ?",
        "SELECT 1 FROM message_keys WHERE key = ?"))


def _free_key(conn: sqlite3.Connection, table: str, provider: str, message_id: str) -> int:
    """A key nothing has: the id's hash salted with a counter until one is free."""
    for attempt in range(1, 1_000_000):
        salted = np.array([f"{message_id}\x00{attempt}"], dtype=object)
        key = int(message_codec.HASH(provider, salted)[0][0])
        if not _taken(conn, table, key):
            return key
    raise RuntimeError("no free message key")  # unreachable with any working hash


def resolve(conn: sqlite3.Connection, table: str, provider_sql: str,
            batch_id: int | None) -> int:
    """Give every id in `table` (key, message_id, chk; provider_sql its provider) that shares
    its key with another id a key of its own; returns how many moved.

    The id already stored at the key keeps it (same check bits), else the first id by text.
    """
    clashes = [int(r[0]) for r in conn.execute(
        f"SELECT key FROM {table} GROUP BY key HAVING count(*) > 1 UNION "
        f"SELECT t.key FROM {table} t JOIN messages m ON m.key = t.key "
        f"WHERE (m.state & 255) != t.chk")]
    moved = 0
    for key in clashes:
        rows = conn.execute(f"SELECT message_id, {provider_sql}, chk FROM {table} "
                            "WHERE key = ? ORDER BY 2, 1", (key,)).fetchall()
        stored = conn.execute("SELECT state & 255 FROM messages WHERE key = ?",
                              (key,)).fetchone()
        keeper = None
        if stored is None:
            keeper = rows[0][:2]
        else:
            keeper = next((r[:2] for r in rows if r[2] == stored[0]), None)
        for message_id, provider, _chk in rows:
            if (message_id, provider) == keeper:
                continue
            # Recorded after these rows were staged (a checked file imported later): its key.
            had = conn.execute("SELECT key FROM message_keys WHERE provider = ? AND "
                               "message_id = ?", (provider, message_id)).fetchone()
            new = int(had[0]) if had else _free_key(conn, table, provider, message_id)
            conn.execute(f"UPDATE {table} SET key = ? WHERE key = ? AND message_id = ? "
                         f"AND {provider_sql} = ?", (new, key, message_id, provider))
            if not had:
                conn.execute("INSERT INTO message_keys (provider, message_id, key, batch_id) "
                             "VALUES (?, ?, ?, ?)", (provider, message_id, new, batch_id))
            moved += 1
    return moved
