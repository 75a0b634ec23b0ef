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
        out.extend(f"{t}: {tuple(r)}" for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2"))
    return out
