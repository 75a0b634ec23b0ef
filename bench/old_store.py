"""A campaign file as the release before the compact store left it (migrations up to m0005,
per-message rows in import_messages), with as many messages as a bench asks for.

Built with plain sqlite3 and the old migrations, in 200k-row steps; 1M messages take about
half a minute and some 130 MB. Used to time the update (m0006) and what reporting it costs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

PROVIDER = "twilio"
CAMPAIGNS = 40
STEP = 200_000
_STATUSES = ("delivered", "delivered", "delivered", "undelivered", "failed", "sent")


def _rows(rng: np.random.Generator, start: int, n: int) -> list[tuple[object, ...]]:
    """n old rows: Twilio-like ids, a few campaigns, text times, REAL money."""
    ids = rng.integers(0, 2**62, n)
    campaign = rng.integers(1, CAMPAIGNS + 1, n)
    status = rng.integers(0, len(_STATUSES), n)
    minute = rng.integers(0, 60 * 24 * 365, n)
    clicked = rng.random(n) < 0.04
    out = []
    for k in range(n):
        s = _STATUSES[status[k]]
        m = int(minute[k])
        day, rest = divmod(m, 60 * 24)
        sent_at = (f"2025-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}"
                   f"T{rest // 60:02d}:{rest % 60:02d}:17")
        out.append((PROVIDER, f"SM{int(ids[k]):032x}", int(campaign[k]), 1 + (start + k) // 250_000,
                    1, s, sent_at, int(s == "delivered"), 1 if clicked[k] else None, 0, None, 0,
                    None, 0.0079, 1 + k % 3 // 2))
    return out


def make_old_file(path: Path, messages: int, seed: int = 7) -> Path:
    """Write an old-schema campaign file of `messages` per-message rows at path (replaced)."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from smsplanner.storage import migrations

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    older = Migrations(migrations.MIGRATION_SET)
    for name, fn in migrations._FUNCTIONS:
        if name < "m0006":
            older(name=name)(fn)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 16384")  # as open_db made them in that release
    conn.execute("PRAGMA journal_mode = WAL")
    older.apply(Database(conn))
    batches = 1 + max(0, messages - 1) // 250_000
    with conn:
        conn.executemany("INSERT INTO campaigns (id, name, date, sent) VALUES (?, ?, ?, ?)",
                         [(i, f"Campaign {i}", f"2025-{1 + i % 12:02d}-01", 1000)
                          for i in range(1, CAMPAIGNS + 1)])
        conn.executemany(
            "INSERT INTO import_batches (id, file_name, file_size, sha256, imported_at, shape, "
            "provider) VALUES (?, ?, 1, ?, '2026-01-02T00:00:00Z', 'messages', ?)",
            [(b, f"log{b}.csv", f"sha{b}", PROVIDER) for b in range(1, batches + 1)])
        conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'import_numbers'",
                     (batches,))
    rng = np.random.default_rng(seed)
    for start in range(0, messages, STEP):
        with conn:
            conn.executemany(
                f"INSERT OR IGNORE INTO import_messages VALUES ({', '.join('?' * 15)})",
                _rows(rng, start, min(STEP, messages - start)))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path
