"""Opening the database file: where it lives, pragmas, migrations and write transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from smsplanner.domain.errors import DatabaseError
from smsplanner.storage.migrations import MIGRATION_NAMES, MIGRATION_SET, build_migrations
from smsplanner.storage.update_progress import ReportUpdate, UpdateStage, reporting, say

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


def pending_migrations_of_file(path: Path) -> list[str]:
    """pending_migrations of a file, read through a read-only connection of its own."""
    from smsplanner.storage.health import read_only_uri

    try:
        ro = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return []
    try:
        return pending_migrations(ro)
    except sqlite3.Error:
        return []
    finally:
        ro.close()


def file_bytes(path: Path) -> int:
    """The campaign file's size with its write-ahead log: the disk it takes (an update's
    saving is said from this before and after). Any thread."""
    wal = Path(f"{path}-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def needs_update(path: Path) -> bool:
    """Whether path is an existing campaign file made by an older version, so that opening
    it runs migrations (a backup first; on a big file maybe a minute or two). A new, empty,
    unreadable or current file answers False. Any thread; reads only."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
    except OSError:
        return False
    pending = pending_migrations_of_file(path)
    return bool(pending) and len(pending) < len(MIGRATION_NAMES)


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return bool(row[0])


def _migrate(conn: sqlite3.Connection, path: Path | None,
             report: ReportUpdate | None = None) -> None:
    pending = pending_migrations(conn)
    if not pending:
        return
    if path is not None and _has_user_tables(conn):
        from smsplanner.storage.backups import make_backup

        say(report, UpdateStage.BACKUP)
        make_backup(conn, reason="before-migration", progress=None if report is None else (
            lambda done, total: say(report, UpdateStage.BACKUP, done, total)))
    from sqlite_utils import Database

    db = Database(conn)
    say(report, UpdateStage.MIGRATING)
    with write_transaction(conn):
        # Re-check inside the write lock: another process may have migrated meanwhile.
        if pending_migrations(conn):
            with reporting(report):
                build_migrations().apply(db)
    from smsplanner.storage.compact_store import finish

    finish(conn, report)  # a converted message store: its old rows' space given back


class Connection(sqlite3.Connection):
    """sqlite3 connection that remembers why it may only read (None when it can write)."""

    read_only_reason: str | None = None
    # A big store opens after a check of its small tables; the whole check runs in the
    # background and is waited for before the first write (storage.checkup.wait_full_check).
    unchecked_path: Path | None = None


# Pages of new files. A million-message log is about 100 MB: 16 KiB pages write it to the
# WAL and copy it into the file at checkpoint in a quarter of the system calls of 4 KiB
# (about 0.1 s of that import). Files made with other sizes keep theirs.
NEW_PAGE_SIZE = 16_384


def connect(path: Path | str, read_only_reason: str | None = None) -> sqlite3.Connection:
    """A connection with our pragmas but no migrations (used by open_db and backups).

    With read_only_reason the file is opened with mode=ro and every write_transaction
    refuses with a sentence giving that reason.
    """
    try:
        if read_only_reason is not None and str(path) != ":memory:":
            conn = _connect_read_only(Path(path))
        else:
            conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False, factory=Connection,
            )
        conn.read_only_reason = read_only_reason
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:" and read_only_reason is None:
            if conn.execute("PRAGMA page_count").fetchone()[0] == 0:  # a new file
                conn.execute(f"PRAGMA page_size = {NEW_PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        from smsplanner.storage import health

        typed = health.translate_error(exc, Path(path), action="open the file")
        if isinstance(typed, health.ReadOnlyDatabaseError | health.DamagedDatabaseError):
            raise typed from exc
        raise DatabaseError(
            f"{path} could not be opened as an SMS Planner database ({exc})."
        ) from exc
    conn.row_factory = sqlite3.Row
    return conn


def _connect_read_only(path: Path) -> Connection:
    from smsplanner.storage.health import read_only_uri

    def attempt(immutable: bool) -> Connection:
        c = sqlite3.connect(read_only_uri(path, immutable), uri=True, isolation_level=None,
                            timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                            factory=Connection)
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return c

    try:
        return attempt(immutable=False)
    except sqlite3.OperationalError:
        # A WAL file in a read-only folder cannot get its index (-shm): nothing can change
        # the file there, so reading it as immutable is safe.
        return attempt(immutable=True)


def _open_read_only(target: Path, reason: str) -> sqlite3.Connection:
    from smsplanner.storage.health import read_only_error

    if not target.exists():
        raise read_only_error(reason.replace("the file", "a new file") + " (cannot create it)")
    conn = connect(target, read_only_reason=reason)
    if pending_migrations(conn):
        conn.close()
        raise read_only_error(reason + ", and it needs an update to open in this version")
    return conn


def open_db(path: Path | str | None = None, *, read_only: bool = False,
            report: ReportUpdate | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the campaign database and bring its schema up to date.

    A damaged file or one that is not a database raises DamagedDatabaseError and is never
    written to; a read-only file or folder (or read_only=True) opens for reading only.
    `report` hears how far an update of an older file is (storage.update_progress), on this
    thread. Safe to call from any thread; use the returned connection on one thread at a time.
    """
    from smsplanner.storage import checkup, health

    target = resolve_db_path(path) if path != ":memory:" else None
    if target is None:
        conn = connect(":memory:")
        _migrate(conn, None)
        return conn
    if target.is_dir():
        raise DatabaseError(f"{target} is a folder, not a database file.")
    if not read_only:
        from smsplanner.storage.restore import recover

        recover(target)  # a restore or backup cut short: finish it or tidy up first
    deferred = checkup.ensure_healthy(target)
    if deferred and pending_migrations_of_file(target):
        checkup.wait_full_check(target)  # an update writes: never to a damaged file
        deferred = False
    reason = "it was opened read-only" if read_only else health.read_only_reason(target)
    if reason is None and not target.parent.exists():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"The folder {target.parent} cannot be created "
                                f"({exc.strerror}).") from exc
    if reason is not None:
        return _open_read_only(target, reason)
    try:
        conn = connect(target)
    except health.ReadOnlyDatabaseError:
        return _open_read_only(target, "the file or its folder cannot be written to")
    if deferred:
        conn.unchecked_path = target  # type: ignore[attr-defined]
    try:
        _migrate(conn, target, report)
    except sqlite3.DatabaseError as exc:
        conn.close()
        typed = health.translate_error(exc, target, action="update the file")
        if typed is not None:
            raise typed from exc
        raise DatabaseError(f"{target} could not be prepared for use ({exc}).") from exc
    return conn


def start_full_check(conn: sqlite3.Connection) -> None:
    """Start the whole check of a big store this connection opened unchecked (see open_db),
    so that it is done, or nearly, when the first write waits for it. Any thread."""
    unchecked = getattr(conn, "unchecked_path", None)
    if unchecked is not None:
        from smsplanner.storage import checkup

        checkup.full_check_started(unchecked)


def full_check(conn: sqlite3.Connection) -> None:
    """Wait for the whole check of a store opened unchecked; raises DamagedDatabaseError as
    opening a damaged file does. Runs on the caller's thread (a worker: it may take seconds)."""
    unchecked = getattr(conn, "unchecked_path", None)
    if unchecked is not None:
        from smsplanner.storage import checkup

        checkup.wait_full_check(unchecked)


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One BEGIN IMMEDIATE ... COMMIT; rolls back on any error. Nesting is not allowed.

    Busy, full, read-only and damaged-file failures become typed DatabaseErrors with a
    sentence (see storage.health); nothing is half-written because SQLite rolls back.
    """
    from smsplanner.storage import health

    reason = getattr(conn, "read_only_reason", None)
    if reason:
        raise health.read_only_error(reason)
    unchecked = getattr(conn, "unchecked_path", None)
    if unchecked is not None:
        from smsplanner.storage import checkup

        checkup.wait_full_check(unchecked)  # raises the damaged-file refusal; nothing written
        conn.unchecked_path = None  # type: ignore[attr-defined]
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise (health.translate_error(exc) or DatabaseError(
            f"The database cannot be written ({exc}).")) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back (e.g. after SQLITE_FULL)
        if isinstance(exc, sqlite3.IntegrityError):
            from smsplanner.storage.checkup import constraint_damage

            damage = constraint_damage(conn, exc)
            if damage is not None:
                raise damage from exc
        elif isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
            typed = health.translate_error(exc)
            if typed is not None:
                raise typed from exc
        raise


@contextmanager
def foreign_keys_checked_by_caller(conn: sqlite3.Connection) -> Iterator[None]:
    """Foreign keys off around one bulk write whose caller checks its references set-wise.

    SQLite checks a reference once per inserted row (about 0.15 s of a million-message log,
    always the same few campaigns); the caller checks each distinct one once instead. Only
    for writes that insert and update: with the pragma off, deletes would not cascade. The
    pragma is per connection and cannot change inside a transaction, so it wraps it.
    """
    if conn.in_transaction:
        raise RuntimeError("foreign_keys_checked_by_caller wraps a transaction, not the inside")
    was_on = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    if was_on:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        if was_on and not conn.in_transaction:
            conn.execute("PRAGMA foreign_keys = ON")

