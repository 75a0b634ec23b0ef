"""Helpers shared by several test files (importable as `tests.support`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


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
