"""Before a campaign file is opened: is it a sound SQLite database, and if not, which backup
to offer. Only reads; runs on the calling thread.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from smsplanner.domain.errors import DatabaseError
from smsplanner.storage import health
from smsplanner.storage.backups import database_file, newest_good_backup


def check_header(path: Path) -> None:
    """Raise NotADatabaseError when a non-empty file does not start with SQLite's magic bytes."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(health.SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read ({exc.strerror}).") from exc
    if head and head != health.SQLITE_MAGIC:
        raise health.not_a_database_error(path, newest_good_backup(path))


def ensure_healthy(path: Path) -> None:
    """Raise NotADatabaseError / DamagedDatabaseError unless path is missing, new or sound.

    Small files get the full integrity check, larger ones the quick check. An empty file with
    a backup beside it is not taken for a new one (EmptyDatabaseError); a full disk is said
    as such, never called damage.
    """
    check_header(path)
    if not path.exists():
        return
    if path.stat().st_size == 0:
        _refuse_if_emptied(path)
        return
    small = path.stat().st_size <= health.FULL_CHECK_BYTES
    result = health.full_check_file(path) if small else health.quick_check_file(path)
    if small and result != "ok" and ("readonly" in result or "unable to open" in result):
        result = health.quick_check_file(path)  # the read-only-folder fallback lives there
    if result == "ok":
        return
    if health.disk_is_full(path, result):
        raise health.disk_full_error("open the campaign file")
    newest = newest_good_backup(path)
    if "not a database" in result or "file is encrypted" in result:
        raise health.not_a_database_error(path, newest)
    if "unable to open" in result or "readonly" in result:
        # e.g. a read-only folder without the WAL index: decided later, not damage.
        return
    raise health.DamagedDatabaseError(path, result, newest)


def _refuse_if_emptied(path: Path) -> None:
    newest = newest_good_backup(path)
    if newest is None:
        return  # nothing was ever kept: an empty file is a new one
    err = health.EmptyDatabaseError(path, "", newest)
    err.summary = (f"The campaign file {path} is empty (0 bytes), so SMS Planner will not "
                   "start it as a new file.")
    err.args = (f"{err.summary} {health.backup_advice(newest)}",)
    raise err


def damaged_in_use(conn: sqlite3.Connection, detail: str) -> health.DamagedDatabaseError:
    """The damage error for an open connection's file (found by a write that failed)."""
    path = database_file(conn) or Path("the campaign file")
    return health.DamagedDatabaseError(path, detail, newest_good_backup(path))


def constraint_damage(conn: sqlite3.Connection, exc: sqlite3.IntegrityError
                      ) -> health.DamagedDatabaseError | None:
    """A constraint error the code did not expect: damage when the full check finds some."""
    found = health.full_check_connection(conn)
    return None if found == "ok" else damaged_in_use(conn, f"{exc}; {found}")


def check_before_write(conn: sqlite3.Connection) -> None:
    """Full integrity check of a small open file before a big write (an import); any thread."""
    path = database_file(conn)
    try:
        if path is None or path.stat().st_size > health.FULL_CHECK_BYTES:
            return
    except OSError:
        return
    found = health.full_check_connection(conn)
    if found != "ok":
        raise damaged_in_use(conn, found)
