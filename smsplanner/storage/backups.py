"""Backups of the database file, always through the SQLite backup API (never a file copy)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from smsplanner.storage.db import backup_to

BACKUP_DIR = "backups"


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection's main database, or None for :memory:."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def backups_folder(db_file: Path) -> Path:
    return db_file.parent / BACKUP_DIR


def make_backup(conn: sqlite3.Connection, reason: str = "manual", to: Path | None = None) -> Path:
    """Write a consistent backup of the open database; returns its path.

    Default location: backups/<stem>-YYYYmmdd-HHMMSS-<reason>.sqlite beside the database.
    Call it outside a write transaction (the backup API reads a consistent snapshot).
    """
    if to is None:
        db_file = database_file(conn)
        if db_file is None:
            raise ValueError("an in-memory database has no backup folder")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        safe_reason = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
        to = backups_folder(db_file) / f"{db_file.stem}-{stamp}-{safe_reason}.sqlite"
    return backup_to(conn, to)
