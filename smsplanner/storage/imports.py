"""Writing an ImportPlan as one batch, listing batches, and undoing one exactly.

One BEGIN IMMEDIATE transaction per write (per-message rows: import_messages.py). Runs on
the thread that owns `conn`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from contextlib import nullcontext
from operator import attrgetter
from typing import Any

from smsplanner.domain.campaign import Campaign, campaign_problems
from smsplanner.domain.errors import FieldProblem, NotFoundError, SmsPlannerError, ValidationError
from smsplanner.domain.imports import (
    BatchRecord,
    ImportPlan,
    WriteCancelled,
    WriteOutcome,
)
from smsplanner.storage.campaigns import (
    COLUMNS,
    get_campaign,
    insert_campaign_in_tx,
    row_to_campaign,
    update_campaign_in_tx,
)
from smsplanner.storage.db import foreign_keys_checked_by_caller, write_transaction
from smsplanner.storage.import_figures import find_exact, merge_figures, merged_texts
from smsplanner.storage.import_figures import named_problems as _named
from smsplanner.storage.import_messages import VALUE_COLS as _VALUE_COLS
from smsplanner.storage.import_messages import write_messages

_BATCH_COLS = ("id", "file_name", "file_size", "sha256", "imported_at", "shape", "rows_read",
               "rows_imported", "campaigns_created", "campaigns_updated", "messages_added",
               "messages_updated", "mapping")
_FULL_COLS = ("id", *COLUMNS, "created_at", "updated_at")


class AlreadyImported(SmsPlannerError):
    """The same file (same SHA-256) was imported before; nothing changed."""

    def __init__(self, file: str, batch: BatchRecord) -> None:
        self.batch = batch
        super().__init__(f"{file} was already imported on {batch.imported_on} as import "
                         f"#{batch.id}; nothing changed.")


class UndoRefused(SmsPlannerError):
    """A later import touched the same campaigns, so undoing this one would lose its work."""


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


def _full_row(conn: sqlite3.Connection, campaign_id: int) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_FULL_COLS)} FROM campaigns WHERE id = ?",
                       (campaign_id,)).fetchone()
    return dict(zip(_FULL_COLS, tuple(row), strict=True))


class _Writer:
    """State of one batch write inside its transaction."""

    def __init__(self, conn: sqlite3.Connection, batch_id: int,
                 is_cancelled: Callable[[], bool] | None) -> None:
        self.conn = conn
        self.batch_id = batch_id
        self.is_cancelled = is_cancelled
        self.created = 0
        self.updated = 0
        self.touched: set[int] = set()
        self.created_ids: set[int] = set()
        self.problems: list[FieldProblem] = []  # summary rows that do not add up when merged

    def check(self, name: str) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise WriteCancelled(f"{name}: import cancelled; nothing was written.")

    def record(self, campaign_id: int, created: bool) -> None:
        """Remember what undo needs, once per campaign: created, or its values before."""
        if campaign_id in self.touched:
            return
        self.touched.add(campaign_id)
        before = None if created else json.dumps(_full_row(self.conn, campaign_id))
        self.conn.execute("INSERT INTO import_batch_campaigns (batch_id, campaign_id, created, "
                          "before) VALUES (?, ?, ?, ?)",
                          (self.batch_id, campaign_id, int(created), before))
        if created:
            self.created_ids.add(campaign_id)
            self.created += 1
        else:
            self.updated += 1

    def create(self, c: Campaign) -> int:
        new_id = insert_campaign_in_tx(self.conn, c)
        self.record(new_id, created=True)
        return new_id

    def attach(self, campaign_id: int, c: Campaign) -> int:
        """A log's campaign joins a stored one: its texts now, its figures recomputed later
        from all its messages (a later slice's own figures are partial)."""
        self.record(campaign_id, created=False)
        old = get_campaign(self.conn, campaign_id)
        new = merged_texts(old, c)
        if new != old:
            update_campaign_in_tx(self.conn, new.with_changes(id=campaign_id))
        return campaign_id

    def upsert(self, c: Campaign) -> int:
        """A summary row: a new campaign, or the stored one with the file's figures."""
        existing = find_exact(self.conn, c)
        if existing is None:
            found = campaign_problems(c)
            if found:  # collected like merged ones, so every problem is listed at once
                self.problems.extend(_named(c, found, joined=False))
                return 0
            return self.create(c)
        self.record(existing, created=False)
        merged = merge_figures(get_campaign(self.conn, existing), c).with_changes(id=existing)
        found = campaign_problems(merged)
        if found:
            self.problems.extend(_named(merged, found))
        else:
            update_campaign_in_tx(self.conn, merged)
        return existing


def write_plan(conn: sqlite3.Connection, plan: ImportPlan, *, file_name: str, file_size: int,
               sha256: str, progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> WriteOutcome:
    """Write the plan's campaigns (and messages) as one batch, all or nothing."""
    return _write_plan(conn, plan, file_name=file_name, file_size=file_size, sha256=sha256,
                       progress=progress, is_cancelled=is_cancelled)


def _write_plan(conn: sqlite3.Connection, plan: ImportPlan, *, file_name: str, file_size: int,
                sha256: str, progress: Callable[[int, int], None] | None,
                is_cancelled: Callable[[], bool] | None) -> WriteOutcome:
    # Message rows reference campaigns this transaction resolves: checked set-wise there.
    bulk = plan.shape == "messages" and plan.messages is not None
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
        w = _Writer(conn, batch_id, is_cancelled)
        added = changed = 0
        if bulk:
            added, changed = write_messages(w, plan, progress)
        else:
            _write_summaries(w, plan, file_name)
            if w.problems:
                raise ValidationError(w.problems)
        conn.execute(
            "UPDATE import_batches SET rows_imported = ?, campaigns_created = ?, "
            "campaigns_updated = ?, messages_added = ?, messages_updated = ? WHERE id = ?",
            (plan.rows_imported, w.created, w.updated, added, changed, batch_id))
        w.check(file_name)
    return WriteOutcome(batch_id, w.created, w.updated, added, changed)


SUMMARY_CHUNK = 10_000  # campaigns a statement batch: between batches, cancelling


def _stored_ids(conn: sqlite3.Connection, campaigns: list[Campaign]) -> dict[int, int]:
    """Plan index -> stored campaign with the same name, date and channel, in one join."""
    conn.execute("DROP TABLE IF EXISTS temp.planned")
    conn.execute("CREATE TEMP TABLE planned (k INTEGER PRIMARY KEY, name, date, channel)")
    conn.executemany("INSERT INTO temp.planned VALUES (?, ?, ?, ?)",
                     [(k, c.name, c.date.isoformat(), c.channel)
                      for k, c in enumerate(campaigns)])
    found = {int(k): int(i) for k, i in conn.execute(
        "SELECT p.k, c.id FROM temp.planned p JOIN campaigns c "
        "ON c.name = p.name AND c.date = p.date AND c.channel = p.channel")}
    conn.execute("DROP TABLE temp.planned")
    return found


def _write_summaries(w: _Writer, plan: ImportPlan, file_name: str) -> None:
    """A summary file's campaigns: the new ones inserted many a statement, with ids given in
    file order as one-at-a-time inserts would; those already stored merged one by one.

    New campaigns were checked once, when the plan was built (a row that breaks a rule is
    never planned); the table's CHECK constraints still stand behind that.
    """
    conn = w.conn
    campaigns = [pc.campaign for pc in plan.campaigns]
    stored = _stored_ids(conn, campaigns)
    new = [c for k, c in enumerate(campaigns) if k not in stored]
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM campaigns").fetchone()[0])
    date_at = COLUMNS.index("date")
    values = attrgetter(*COLUMNS)
    insert = (f"INSERT INTO campaigns (id, {', '.join(COLUMNS)}) "
              f"VALUES ({', '.join('?' * (len(COLUMNS) + 1))})")
    for start in range(0, len(new), SUMMARY_CHUNK):
        w.check(file_name)
        rows = []
        for k, c in enumerate(new[start:start + SUMMARY_CHUNK], start=first + start):
            row = list(values(c))
            row[date_at] = c.date.isoformat()
            rows.append((k, *row))
        conn.executemany(insert, rows)
    ids = range(first, first + len(new))
    conn.executemany("INSERT INTO import_batch_campaigns (batch_id, campaign_id, created, "
                     "before) VALUES (?, ?, 1, NULL)", [(w.batch_id, i) for i in ids])
    w.touched.update(ids)
    w.created_ids.update(ids)
    w.created += len(new)
    for n, k in enumerate(sorted(stored)):
        if n % 500 == 0:
            w.check(file_name)
        w.upsert(campaigns[k])


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
        sets = ", ".join(f"{c} = x.{c}" for c in _VALUE_COLS)
        conn.execute(
            f"UPDATE import_messages AS m SET {sets}, batch_id = x.old_batch_id "
            f"FROM import_message_changes x WHERE x.batch_id = ? "
            f"AND m.provider = x.provider AND m.message_id = x.message_id", (batch_id,))
        conn.execute("DELETE FROM import_messages WHERE batch_id = ?", (batch_id,))
        rows = conn.execute("SELECT campaign_id, created, before FROM import_batch_campaigns "
                            "WHERE batch_id = ?", (batch_id,)).fetchall()
        for campaign_id, created, before in rows:
            if created:
                conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))
            else:
                _restore(conn, json.loads(before))
        conn.execute("DELETE FROM import_batches WHERE id = ?", (batch_id,))
    return batch


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
