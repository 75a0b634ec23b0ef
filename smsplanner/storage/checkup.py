"""Before a campaign file is opened: is it a sound SQLite database, and if not, which backup
to offer. Only reads; runs on the calling thread (a big store's whole check: its own thread).
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


# Files up to this size get the whole check before they open (under a quarter of a second).
# A bigger store (a year of messages is hundreds of MB) gets a check of every table but the
# per-message ones before it opens, and the whole check off the start-up path: in the
# background, finished before the first write or backup (see wait_full_check).
INLINE_CHECK_BYTES = 64 << 20
MESSAGE_TABLES = ("import_messages", "import_message_changes")


def _refuse(path: Path, result: str) -> None:
    """Raise the refusal a check's answer calls for (nothing when it is fine)."""
    health.refuse(path, result, newest_good_backup)


def ensure_healthy(path: Path, *, defer_big: bool = True) -> bool:
    """Raise NotADatabaseError / DamagedDatabaseError unless path is missing, empty or sound.

    Returns True when only the small tables were checked (a file bigger than
    INLINE_CHECK_BYTES, with defer_big): the caller must wait_full_check before writing.
    """
    check_header(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    if not defer_big or path.stat().st_size <= INLINE_CHECK_BYTES:
        _refuse(path, health.quick_check_file(path))
        return False
    known = health.known_full_check(path)
    if known is not None:  # this process checked the whole file already
        _refuse(path, known)
        return False
    _refuse(path, health.quick_check_tables(path, skip=MESSAGE_TABLES))
    return True


# The whole check of a big store runs once per file and process on a background thread
# (storage.health keeps it, so that backups can wait for it too).
full_check_started = health.full_check_started
full_check_done = health.full_check_done


def wait_full_check(path: Path) -> None:
    """Wait for the whole check of a file (starting it if needed); raise the same refusal as
    opening a damaged file would. Called before the first write or backup of a big store."""
    _refuse(path, health.full_check_result(path))
