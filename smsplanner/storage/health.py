"""Is the database file safe to use? Damaged, read-only, full or busy files, in plain words.

Every check here only reads: a damaged file or a file that is not a database is never
written to. sqlite3 errors are turned into typed DatabaseError subclasses whose sentences
the app shows and the command line prints (exit 2).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from smsplanner.domain.errors import (
    DatabaseBusyError,
    DatabaseError,
    DiskFullError,
    ReadOnlyDatabaseError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


class DamagedDatabaseError(DatabaseError):
    """The file is damaged; `newest_backup` is the newest backup that passed a check, or None."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None) -> None:
        self.path = path
        self.newest_backup = newest_backup
        self.summary = _damaged_sentence(path, detail)  # what is wrong, without the advice
        super().__init__(f"{self.summary} {backup_advice(newest_backup)}")


class NotADatabaseError(DamagedDatabaseError):
    """The file exists but is not a SQLite database at all (a spreadsheet, a picture...)."""


def _damaged_sentence(path: Path, detail: str) -> str:
    # One sentence for the reader; SQLite's own lines (often several) go to the log.
    if detail:
        logging.getLogger("smsplanner").warning("%s is damaged: %s", path, detail)
    return f"The campaign file {path} is damaged, so SMS Planner will not change it."


class EmptyDatabaseError(DamagedDatabaseError):
    """The campaign file is 0 bytes although backups of it exist."""


def backup_advice(backup: Path | None) -> str:
    if backup is None:
        return ("No good backup of it was found. Keep the file as it is and open another "
                "file, or start a new one.")
    return (f"Your newest good backup is {backup}: restore it with File > Backups, or run "
            f"`smsplanner restore \"{backup}\"`.")


def not_a_database_error(path: Path, newest: Path | None) -> NotADatabaseError:
    err = NotADatabaseError(path, "", newest)
    err.summary = (f"{path} is not an SMS Planner campaign file (it is not a SQLite database), "
                   "so SMS Planner will not change it.")
    err.args = (f"{err.summary} {backup_advice(newest)}",)
    return err


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """A `file:` URI opening path read-only (immutable when nothing can change it)."""
    return path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def quick_check_file(path: Path) -> str:
    """PRAGMA quick_check on a read-only connection; returns "ok" or what SQLite found."""
    result = _quick_check(path, immutable=False)
    if ("readonly" in result or "unable to open" in result) and not os.access(
            path.parent, os.W_OK):
        # A WAL file in a read-only folder cannot get its index: nothing here can change
        # the file, so reading it as immutable is safe.
        result = _quick_check(path, immutable=True)
    return result


def _quick_check(path: Path, immutable: bool, skip: tuple[str, ...] = ()) -> str:
    """PRAGMA quick_check of the whole file, or of every table but those in `skip`."""
    try:
        ro = sqlite3.connect(read_only_uri(path, immutable), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        if not skip:
            rows = ro.execute("PRAGMA quick_check").fetchall()
            return "; ".join(str(r[0]) for r in rows[:3]) or "no answer"
        tables = [r[0] for r in ro.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'") if r[0] not in skip]
        for table in tables:
            rows = ro.execute(f"PRAGMA quick_check({_quoted(table)})").fetchall()
            answer = "; ".join(str(r[0]) for r in rows[:3]) or "no answer"
            if answer != "ok":
                return answer
        return "ok"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        ro.close()


def quick_check_tables(path: Path, skip: tuple[str, ...]) -> str:
    """PRAGMA quick_check of every table and its indexes but those in `skip` (read-only)."""
    return _quick_check(path, immutable=False, skip=skip)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def refuse(path: Path, result: str, newest_backup: Callable[[Path], Path | None]) -> None:
    """Raise the refusal a check's answer calls for (nothing when it is fine)."""
    if result == "ok":
        return
    if disk_is_full(path, result):
        raise disk_full_error("open the campaign file")
    if "unable to open" in result or "readonly" in result:
        # e.g. a read-only folder without the WAL index: decided later, not damage.
        return
    newest = newest_backup(path)
    if "not a database" in result or "file is encrypted" in result:
        raise not_a_database_error(path, newest)
    raise DamagedDatabaseError(path, result, newest)


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


def _check_of(path: Path) -> _FullCheck | None:
    key = _file_key(path)
    with _checks_lock:
        return _checks.get(key) if key else None


def known_full_check(path: Path) -> str | None:
    """The answer of this file's whole check in this process (or a passed one of another
    process, the file unchanged since), None while unknown."""
    check = _check_of(path)
    if check is None and _adopt_remembered(path):
        check = _check_of(path)
    return check.result if check is not None and check.done.is_set() else None


def _adopt_remembered(path: Path) -> bool:
    """Register a passed whole check remembered from another process, if it still holds."""
    from smsplanner.storage import check_memo

    key = _file_key(path)
    if key is None or not check_memo.remembered_ok(path):
        return False
    with _checks_lock:
        if key not in _checks:
            done = _checks[key] = _FullCheck(result="ok")
            done.done.set()
    return True


def full_check_done(path: Path) -> bool:
    """Whether the whole check of this file has finished in this process. Any thread."""
    return known_full_check(path) is not None


def full_check_started(path: Path) -> None:
    """Start the whole check of a file on a background thread (once per file and process).

    SQLite reads the file without holding Python's lock, so it overlaps with reading an
    import or painting the window. Any thread.
    """
    key = _file_key(path)
    if key is None or _check_of(path) is not None or _adopt_remembered(path):
        return
    with _checks_lock:
        if key in _checks:
            return
        check = _checks[key] = _FullCheck()

    def work() -> None:
        from smsplanner.storage import check_memo

        try:
            before, began = check_memo.file_state(path), time.time()
            check.result = quick_check_file(path)
            if check.result == "ok" and before is not None:
                check_memo.remember_ok(path, before, began)
        except Exception as exc:  # never leave a waiter hanging
            check.result = str(exc) or "the check failed"
        finally:
            check.done.set()

    threading.Thread(target=work, name="smsplanner-full-check", daemon=True).start()


def full_check_result(path: Path) -> str:
    """The whole check's answer ("ok" or what SQLite found), waiting for it (starting it if
    needed). Any thread; a missing file answers "ok"."""
    full_check_started(path)
    check = _check_of(path)
    if check is None:
        return "ok"
    check.done.wait()
    return check.result


# Below this size the full integrity check (which also compares every index with its table)
# costs little more than the quick check (0.2 s against 0.06 s at 13 MB); above it only the
# quick check runs on open.
FULL_CHECK_BYTES = 8 * 1024 * 1024


def full_check_file(path: Path) -> str:
    """PRAGMA integrity_check on a read-only connection: finds an index that disagrees with
    its table, which the quick check misses. "ok" or what SQLite found."""
    try:
        ro = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = ro.execute("PRAGMA integrity_check(20)").fetchall()
        return "; ".join(str(r[0]) for r in rows) or "no answer"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        ro.close()


def full_check_connection(conn: sqlite3.Connection) -> str:
    """PRAGMA integrity_check on an open connection: "ok" or what SQLite found."""
    try:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)"))
    except sqlite3.Error as exc:
        return str(exc)


def first_line(detail: str) -> str:
    """The first of SQLite's findings, short enough for a sentence (the rest go to the log)."""
    first = detail.split("; ")[0].strip()
    return first if len(first) <= 120 else first[:117] + "..."


def disk_is_full(path: Path, result: str) -> bool:
    """An I/O, 'full' or cannot-open answer on a disk with (almost) no room left: not damage."""
    text = result.lower()
    if "disk i/o error" not in text and "full" not in text and "unable to open" not in text:
        return False
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def read_only_reason(path: Path) -> str | None:
    """Why this file can only be read, or None when it can be written (as far as we can tell)."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path} is read-only"
    if folder.exists() and not os.access(folder, os.W_OK):
        return f"the folder {folder} cannot be written to"
    return None


def read_only_error(reason: str) -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(
        f"SMS Planner can only read this campaign file: {reason}. Your change was not saved. "
        "Copy the file somewhere you can write to, or open another file."
    )


def disk_full_error(action: str = "save") -> DiskFullError:
    return DiskFullError(
        f"The disk is full, so SMS Planner could not {action}. Nothing was changed: free some "
        "space (or choose another drive) and try again."
    )


def busy_error() -> DatabaseBusyError:
    return DatabaseBusyError(
        "The campaign file is busy: another copy of SMS Planner (or the smsplanner command) "
        "is saving to it. Nothing was changed; try again in a moment."
    )


def translate_error(exc: sqlite3.Error, path: Path | None = None,
                    action: str = "save") -> DatabaseError | None:
    """The typed error for a low-level sqlite3 failure, or None when it is not one of ours."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    # A file-size limit (EFBIG) surfaces as SQLITE_IOERR_WRITE, a full disk as SQLITE_FULL.
    if code in ("SQLITE_FULL", "SQLITE_IOERR_WRITE") or "disk is full" in text:
        return disk_full_error(action)
    if code.startswith("SQLITE_READONLY") or "readonly database" in text:
        return read_only_error("the file or its folder is read-only")
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return busy_error()
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        where = path or Path("the campaign file")
        return DamagedDatabaseError(where, str(exc), None)
    if code.startswith("SQLITE_IOERR") or code == "SQLITE_CANTOPEN":
        return DatabaseError(f"SMS Planner could not {action}: the disk reported an error "
                             f"({exc}). Nothing was changed.")
    return None
