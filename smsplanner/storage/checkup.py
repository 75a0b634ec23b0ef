"""Before a campaign file is opened: is it a sound SQLite database, and if not, which backup
to offer. Only reads; runs on the calling thread (a big store's whole check: its own thread).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
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
    if result == "ok":
        return
    newest = newest_good_backup(path)
    if "not a database" in result or "file is encrypted" in result:
        raise health.not_a_database_error(path, newest)
    if "unable to open" in result or "readonly" in result:
        # e.g. a read-only folder without the WAL index: decided later, not damage.
        return
    raise health.DamagedDatabaseError(path, result, newest)


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
    known = _known_result(path)
    if known is not None:  # this process checked the whole file already
        _refuse(path, known)
        return False
    _refuse(path, health.quick_check_tables(path, skip=MESSAGE_TABLES))
    return True


# -- the whole check of a big store, once per file and process, on a background thread ------

@dataclass
class _FullCheck:
    done: threading.Event = field(default_factory=threading.Event)
    result: str = ""


_checks: dict[tuple[str, int, int], _FullCheck] = {}
_checks_lock = threading.Lock()


def _file_key(path: Path) -> tuple[str, int, int] | None:
    """The file's identity: a restored or replaced file is a new one, checked again (our own
    writes cannot damage it, so they do not call for another whole check)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return str(path.resolve()), st.st_dev, st.st_ino


def _known_result(path: Path) -> str | None:
    key = _file_key(path)
    with _checks_lock:
        check = _checks.get(key) if key else None
    return check.result if check is not None and check.done.is_set() else None


def full_check_started(path: Path) -> None:
    """Start the whole check of a file on a background thread (once per file and process).

    SQLite reads the file without holding Python's lock, so it overlaps with reading an
    import or painting the window. Any thread.
    """
    key = _file_key(path)
    if key is None:
        return
    with _checks_lock:
        if key in _checks:
            return
        check = _checks[key] = _FullCheck()

    def work() -> None:
        try:
            check.result = health.quick_check_file(path)
        except Exception as exc:  # never leave a waiter hanging
            check.result = str(exc) or "the check failed"
        finally:
            check.done.set()

    threading.Thread(target=work, name="smsplanner-full-check", daemon=True).start()


def full_check_done(path: Path) -> bool:
    """Whether the whole check of this file has finished in this process. Any thread."""
    return _known_result(path) is not None


def wait_full_check(path: Path) -> None:
    """Wait for the whole check of a file (starting it if needed); raise the same refusal as
    opening a damaged file would. Called before the first write or backup of a big store."""
    full_check_started(path)
    key = _file_key(path)
    with _checks_lock:
        check = _checks.get(key) if key else None
    if check is None:
        return
    check.done.wait()
    _refuse(path, check.result)
