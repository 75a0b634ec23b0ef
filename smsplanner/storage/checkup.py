"""Before a campaign file is opened: is it a sound SQLite database, and if not, which backup
to offer. Only reads; runs on the calling thread.
"""

from __future__ import annotations

from pathlib import Path

from smsplanner.domain.errors import DatabaseError
from smsplanner.storage import health
from smsplanner.storage.backups import newest_good_backup


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
    """Raise NotADatabaseError / DamagedDatabaseError unless path is missing, empty or sound."""
    check_header(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    result = health.quick_check_file(path)
    if result == "ok":
        return
    newest = newest_good_backup(path)
    if "not a database" in result or "file is encrypted" in result:
        raise health.not_a_database_error(path, newest)
    if "unable to open" in result or "readonly" in result:
        # e.g. a read-only folder without the WAL index: decided later, not damage.
        return
    raise health.DamagedDatabaseError(path, result, newest)
