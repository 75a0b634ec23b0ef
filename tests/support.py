"""Helpers shared by several test files (importable as `tests.support`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def dump_tables(conn: sqlite3.Connection) -> list[str]:
    """Every row of every user table, to compare a database before and after."""
    out = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for t in tables:
        width = len(conn.execute(f"SELECT * FROM {t} LIMIT 0").description)
        order = ", ".join(str(i + 1) for i in range(min(2, width)))
        out.extend(f"{t}: {tuple(r)}" for r in conn.execute(f"SELECT * FROM {t} ORDER BY {order}"))
    return out


def page_size(data: bytes) -> int:
    """The page size a SQLite file's header declares (bytes 16-17; 1 means 65536)."""
    size = int.from_bytes(data[16:18], "big")
    return 65_536 if size == 1 else size


def stored_by_id(conn: sqlite3.Connection, ids: Iterable[str],
                 provider: str | None = None) -> dict[str, dict[str, Any]]:
    """The stored message of each id (message_rows' columns and the campaign's name), found
    by its key as the writer keys it; ids not stored are left out. provider: the only one
    that imported logs when not given."""
    import numpy as np

    from smsplanner.storage import message_codec, message_keys

    if provider is None:
        [provider] = {r[0] for r in conn.execute(
            "SELECT provider FROM import_batches WHERE shape = 'messages'")}
    ids = [str(i) for i in ids]
    arr = np.array(ids, dtype=object)
    keys = message_keys.known(conn, provider, arr, message_codec.HASH(provider, arr)[0])
    by_key = dict(zip(keys.tolist(), ids, strict=True))
    cur = conn.execute("SELECT r.*, c.name AS campaign FROM message_rows r JOIN campaigns c "
                       "ON c.id = r.campaign_id WHERE r.key IN (SELECT value FROM json_each(?))",
                       (str(list(by_key)),))
    names = [d[0] for d in cur.description]
    return {by_key[r[0]]: dict(zip(names, tuple(r), strict=True)) for r in cur}


def old_schema_file(path: Path, applied: int, campaigns: int = 3) -> Path:
    """A campaign file as an older version left it: only the first `applied` migrations run
    (the rest are pending), in WAL mode, with a few campaigns in it."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from smsplanner.storage import migrations

    older = Migrations(migrations.MIGRATION_SET)
    for name, fn in migrations._FUNCTIONS[:applied]:
        older(name=name)(fn)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    older.apply(Database(conn))
    conn.executemany("INSERT INTO campaigns (name, date, sent) VALUES (?, ?, ?)",
                     [(f"Older {i}", f"2025-0{i % 9 + 1}-01", 100 + i) for i in range(campaigns)])
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path
