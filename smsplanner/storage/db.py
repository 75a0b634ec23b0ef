"""Opening the database file: where it lives, pragmas, migrations and write transactions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from smsplanner.domain.errors import DatabaseError
from smsplanner.storage.migrations import MIGRATION_NAMES, MIGRATION_SET, build_migrations

ENV_VAR = "SMSPLANNER_DB"
DB_FILENAME = "campaigns.sqlite"
BUSY_TIMEOUT_MS = 10_000


def user_data_dir() -> Path:
    """The platform's per-user data folder for the app (platformdirs)."""
    from platformdirs import user_data_dir as _udd

    return Path(_udd("SMS Planner", appauthor=False, roaming=False))


def default_db_path() -> Path:
    return user_data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then $SMSPLANNER_DB, then the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def _applied_migrations(conn: sqlite3.Connection) -> set[str]:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    if not has_table:
        return set()
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
    )
    return {r[0] for r in rows}


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of migrations not yet applied, read with plain sqlite3 (no pandas import)."""
    applied = _applied_migrations(conn)
    return [n for n in MIGRATION_NAMES if n not in applied]


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of the open database with the SQLite backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return bool(row[0])


def _migrate(conn: sqlite3.Connection, path: Path | None) -> None:
    pending = pending_migrations(conn)
    if not pending:
        return
    if path is not None and _has_user_tables(conn):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_to(conn, path.with_name(f"{path.stem}.before-migration-{stamp}{path.suffix}"))
    from sqlite_utils import Database

    db = Database(conn)
    with write_transaction(conn):
        # Re-check inside the write lock: another process may have migrated meanwhile.
        if pending_migrations(conn):
            build_migrations().apply(db)


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with our pragmas but no migrations (used by open_db and backups)."""
    try:
        conn = sqlite3.connect(
            str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} could not be opened as an SMS Planner database ({exc})."
        ) from exc
    conn.row_factory = sqlite3.Row
    return conn


def open_db(path: Path | str | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the campaign database and bring its schema up to date.

    Safe to call from any thread; use the returned connection on one thread at a time.
    """
    target = resolve_db_path(path) if path != ":memory:" else None
    if target is not None:
        if target.is_dir():
            raise DatabaseError(f"{target} is a folder, not a database file.")
        target.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(target if target is not None else ":memory:")
    try:
        _migrate(conn, target)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"{target} could not be prepared for use ({exc}).") from exc
    return conn


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One BEGIN IMMEDIATE ... COMMIT; rolls back on any error. Nesting is not allowed."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise DatabaseError(
            "The database is busy: another copy of SMS Planner is saving. "
            "Try again in a moment."
            if "locked" in str(exc) or "busy" in str(exc)
            else f"The database cannot be written ({exc})."
        ) from exc
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
