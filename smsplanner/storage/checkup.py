"""Before a campaign file is opened: is it a sound SQLite database, and if not, which backup
to offer. Only reads; runs on the calling thread (a big store's whole check: its own thread).
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


# Files up to this size get the whole check before they open (under a quarter of a second).
# A bigger store (a year of messages is hundreds of MB) gets a check of every table but the
# per-message ones before it opens, and the whole check off the start-up path: in the
# background, finished before the first write or backup (see wait_full_check).
INLINE_CHECK_BYTES = 64 << 20
MESSAGE_TABLES = ("import_messages", "import_message_changes", "messages", "message_changes")


def _refuse(path: Path, result: str) -> None:
    """Raise the refusal a check's answer calls for (nothing when it is fine)."""
    health.refuse(path, result, newest_good_backup)


# The whole check of a big store runs once per file and process on a background thread
# (storage.health keeps it, so that backups can wait for it too).
full_check_started = health.full_check_started
full_check_done = health.full_check_done


def wait_full_check(path: Path) -> None:
    """Wait for the whole check of a file (starting it if needed); raise the same refusal as
    opening a damaged file would. Called before the first write or backup of a big store."""
    _refuse(path, health.full_check_result(path))


def ensure_healthy(path: Path, *, defer_big: bool = True) -> bool:
    """Raise NotADatabaseError / DamagedDatabaseError unless path is missing, new or sound.

    Small files get the full integrity check, larger ones the quick check. An empty file with
    a backup beside it is not taken for a new one (EmptyDatabaseError); a full disk is said
    as such, never called damage. A store bigger than INLINE_CHECK_BYTES (with defer_big) gets
    the quick check of its small tables only and True is returned: the caller must
    wait_full_check before writing.
    """
    check_header(path)
    if not path.exists():
        return False
    if path.stat().st_size == 0:
        _refuse_if_emptied(path)
        return False
    if defer_big and path.stat().st_size > INLINE_CHECK_BYTES:
        known = health.known_full_check(path)
        if known is not None:  # this process checked the whole file already
            _refuse(path, known)
            return False
        _refuse(path, health.quick_check_tables(path, skip=MESSAGE_TABLES))
        return True
    small = path.stat().st_size <= health.FULL_CHECK_BYTES
    result = health.full_check_file(path) if small else health.quick_check_file(path)
    if small and result != "ok" and ("readonly" in result or "unable to open" in result):
        result = health.quick_check_file(path)  # the read-only-folder fallback lives there
    if result == "ok":
        return False
    if health.disk_is_full(path, result):
        raise health.disk_full_error("open the campaign file")
    newest = newest_good_backup(path)
    if "not a database" in result or "file is encrypted" in result:
        raise health.not_a_database_error(path, newest)
    if "unable to open" in result or "readonly" in result:
        # e.g. a read-only folder without the WAL index: decided later, not damage.
        return False
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
