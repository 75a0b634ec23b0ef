"""Writing an ImportPlan as one batch, listing batches, and undoing one exactly.

One BEGIN IMMEDIATE transaction per write (per-message rows: import_messages.py). Runs on
the thread that owns `conn`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import nullcontext
from typing import Any

from smsplanner.domain.errors import NotFoundError, SmsPlannerError, UndoRefused, ValidationError
from smsplanner.domain.imports import BatchRecord, ImportPlan, WriteOutcome
from smsplanner.domain.progress import IsCancelled, Progress
from smsplanner.storage.batch_writer import BatchWriter
from smsplanner.storage.campaigns import row_to_campaign
from smsplanner.storage.db import foreign_keys_checked_by_caller, write_transaction
from smsplanner.storage.import_messages import write_messages
from smsplanner.storage.message_totals import Totals, counted, save
from smsplanner.storage.summary_rows import write_summaries

_BATCH_COLS = ("id", "file_name", "file_size", "sha256", "imported_at", "shape", "rows_read",
               "rows_imported", "campaigns_created", "campaigns_updated", "messages_added",
               "messages_updated", "mapping")


class AlreadyImported(SmsPlannerError):
    """The same file (same SHA-256) was imported before; nothing changed."""

    def __init__(self, file: str, batch: BatchRecord) -> None:
        self.batch = batch
        super().__init__(f"{file} was already imported on {batch.imported_on} as import "
                         f"#{batch.id}; nothing changed.")


def _batch(row: sqlite3.Row | tuple[Any, ...]) -> BatchRecord:
    values = dict(zip(_BATCH_COLS, tuple(row), strict=True))
    mapping = json.loads(values.pop("mapping") or "{}")
    return BatchRecord(**values, mapping=mapping)


def find_batch_by_sha(conn: sqlite3.Connection, sha256: str) -> BatchRecord | None:
    row = conn.execute(f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches WHERE sha256 = ? "
                       "ORDER BY id LIMIT 1", (sha256,)).fetchone()
    return None if row is None else _batch(row)


def get_batch(conn: sqlite3.Connection, batch_id: int) -> BatchRecord:
    row = conn.execute(f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches WHERE id = ?",
                       (batch_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no import #{batch_id} (see `smsplanner imports`).")
    return _batch(row)


def list_batches(conn: sqlite3.Connection) -> list[BatchRecord]:
    rows = conn.execute(f"SELECT {', '.join(_BATCH_COLS)} FROM import_batches ORDER BY id")
    return [_batch(r) for r in rows]


def batch_campaign_ids(conn: sqlite3.Connection, batch_id: int) -> list[int]:
    rows = conn.execute("SELECT campaign_id FROM import_batch_campaigns WHERE batch_id = ? "
                        "ORDER BY campaign_id", (batch_id,))
    return [int(r[0]) for r in rows]


def write_plan(conn: sqlite3.Connection, plan: ImportPlan, *, file_name: str, file_size: int,
               sha256: str, progress: Progress | None = None,
               is_cancelled: IsCancelled | None = None) -> WriteOutcome:
    """Write the plan's campaigns (and messages) as one batch, all or nothing."""
    return _write_plan(conn, plan, file_name=file_name, file_size=file_size, sha256=sha256,
                       progress=progress, is_cancelled=is_cancelled)


def _write_plan(conn: sqlite3.Connection, plan: ImportPlan, *, file_name: str, file_size: int,
                sha256: str, progress: Progress | None,
                is_cancelled: IsCancelled | None) -> WriteOutcome:
    # Message rows reference campaigns this transaction resolves: checked set-wise there.
    bulk = plan.shape == "messages" and (plan.messages is not None or plan.staged > 0)
    with (foreign_keys_checked_by_caller(conn) if bulk else nullcontext()), \
            write_transaction(conn):
        dup = find_batch_by_sha(conn, sha256)
        if dup is not None:
            raise AlreadyImported(file_name, dup)
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        batch_id = _next_import_number(conn)
        conn.execute(
            "INSERT INTO import_batches (id, file_name, file_size, sha256, imported_at, shape, "
            "provider, mapping, rows_read, rows_skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (batch_id, file_name, file_size, sha256, now, plan.shape, plan.provider or None,
             json.dumps(plan.mapping.to_dict()), plan.rows_read, plan.rows_skipped))
        w = BatchWriter(conn, batch_id, is_cancelled)
        added = changed = 0
        if bulk:
            added, changed = write_messages(w, plan, progress)
        else:
            write_summaries(w, plan, file_name)
            if w.problems:
                raise ValidationError(w.problems)
        conn.execute(
            "UPDATE import_batches SET rows_imported = ?, campaigns_created = ?, "
            "campaigns_updated = ?, messages_added = ?, messages_updated = ? WHERE id = ?",
            (plan.rows_imported, w.created, w.updated, added, changed, batch_id))
        w.check(file_name)
    return WriteOutcome(batch_id, w.created, w.updated, added, changed)


def _next_import_number(conn: sqlite3.Connection) -> int:
    """A number no import has had, even one undone since (inside the write's transaction)."""
    number = int(conn.execute("INSERT INTO import_numbers DEFAULT VALUES").lastrowid or 0)
    conn.execute("DELETE FROM import_numbers")  # sqlite_sequence keeps the highest
    return number


def later_batches(conn: sqlite3.Connection, batch_id: int) -> list[BatchRecord]:
    """Batches after this one that touched any of its campaigns."""
    rows = conn.execute(
        f"SELECT {', '.join('b.' + c for c in _BATCH_COLS)} FROM import_batches b "
        "WHERE b.id > ? AND EXISTS (SELECT 1 FROM import_batch_campaigns x "
        "JOIN import_batch_campaigns y ON y.campaign_id = x.campaign_id "
        "WHERE x.batch_id = b.id AND y.batch_id = ?) ORDER BY b.id", (batch_id, batch_id))
    return [_batch(r) for r in rows]


def undo_batch(conn: sqlite3.Connection, batch_id: int) -> BatchRecord:
    """Put the database back exactly as before the batch; refuses when a later one overlaps."""
    with write_transaction(conn):
        batch = get_batch(conn, batch_id)
        later = later_batches(conn, batch_id)
        if later:
            b = later[-1]
            raise UndoRefused(
                f"Import #{batch_id} cannot be undone: import #{b.id} ({b.file_name}, "
                f"{b.imported_on}) changed the same campaigns later. Undo import #{b.id} first.")
        conn.execute(
            "UPDATE messages AS m SET state = x.state, sent_at = x.sent_at, "
            "order_value = x.order_value, cost = x.cost, batch_id = x.old_batch_id "
            "FROM message_changes x WHERE x.batch_id = ? AND m.key = x.key", (batch_id,))
        conn.execute("DELETE FROM messages WHERE batch_id = ?", (batch_id,))
        conn.execute("DELETE FROM message_keys WHERE batch_id = ?", (batch_id,))
        _drop_unused_states(conn, batch_id)
        # The batch's campaigns counted again from their rows: undo has read the whole
        # table once already, and a send time taken away cannot be subtracted.
        touched = batch_campaign_ids(conn, batch_id)
        fresh = counted(conn, touched)
        save(conn, {c: fresh.get(c, Totals()) for c in touched})
        rows = conn.execute("SELECT campaign_id, created, before FROM import_batch_campaigns "
                            "WHERE batch_id = ?", (batch_id,)).fetchall()
        for campaign_id, created, before in rows:
            if created:
                conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))
            else:
                _restore(conn, json.loads(before))
        conn.execute("DELETE FROM import_batches WHERE id = ?", (batch_id,))
    return batch


def _drop_unused_states(conn: sqlite3.Connection, batch_id: int) -> None:
    """Message states this batch stored first go with it, unless a message still has one."""
    codes = json.dumps([r[0] for r in conn.execute(
        "SELECT code FROM message_states WHERE batch_id = ?", (batch_id,))])
    if codes == "[]":
        return
    conn.execute(
        "DELETE FROM message_states WHERE code IN (SELECT value FROM json_each(?)) AND code "
        "NOT IN (SELECT state >> 8 FROM messages WHERE state >> 8 IN "
        "(SELECT value FROM json_each(?1)) UNION SELECT state >> 8 FROM message_changes "
        "WHERE batch_id != ?)", (codes, batch_id))


def _restore(conn: sqlite3.Connection, values: dict[str, Any]) -> None:
    """Write a campaign row back exactly as it was, inserting it again if it was deleted."""
    cols = list(values)
    conn.execute(
        f"INSERT INTO campaigns ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT (id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id"),
        [values[c] for c in cols])


__all__ = ["AlreadyImported", "UndoRefused", "list_batches", "row_to_campaign", "undo_batch",
           "write_plan"]
