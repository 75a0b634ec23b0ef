"""Helpers shared by several test files (importable as `tests.support`)."""

from __future__ import annotations

import sqlite3


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
