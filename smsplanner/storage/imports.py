"""Writing an ImportPlan as one batch, listing batches, and undoing one exactly.

One BEGIN IMMEDIATE transaction per write; message rows go through plain executemany of
tuples into a temporary table, then set-based SQL. Runs on the thread that owns `conn`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from smsplanner.domain.campaign import Campaign, validate_campaign
from smsplanner.domain.errors import NotFoundError, SmsPlannerError
from smsplanner.domain.imports import (
    MESSAGE_COLUMNS,
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
from smsplanner.storage.db import write_transaction

CHUNK = 50_000
_VALUE_COLS = ("status", "sent_at", "delivered", "clicked", "replied", "converted", "opt_out",
               "order_value", "cost", "segments")
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


def _find(conn: sqlite3.Connection, c: Campaign) -> int | None:
    row = conn.execute("SELECT id FROM campaigns WHERE name = ? AND date = ? AND channel = ?",
                       (c.name, c.date.isoformat(), c.channel)).fetchone()
    return None if row is None else int(row[0])


def _merge(old: Campaign, new: Campaign) -> Campaign:
    """The stored campaign with every figure the file knows replaced."""
    changes = {f: getattr(new, f) for f in ("time", "segment", "offer", "message", "notes",
                                            "sent", "delivered", "clicks", "replies",
                                            "opt_outs", "conversions", "revenue", "cost")
               if getattr(new, f) is not None}
    return old.with_changes(**changes)


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

    def upsert(self, c: Campaign) -> int:
        existing = _find(self.conn, c)
        if existing is None:
            new_id = insert_campaign_in_tx(self.conn, c)
            self.record(new_id, created=True)
            return new_id
        self.record(existing, created=False)
        update_campaign_in_tx(self.conn, _merge(get_campaign(self.conn, existing), c)
                              .with_changes(id=existing))
        return existing


def _chunks(plan: ImportPlan, provider: str, start: int, end: int) -> Iterator[tuple[Any, ...]]:
    cols = plan.messages or {}
    lists = []
    for name in MESSAGE_COLUMNS:
        a = cols.get(name)
        lists.append([None] * (end - start) if a is None else a[start:end].tolist())
    yield from zip([provider] * (end - start), *lists, strict=True)


def write_plan(conn: sqlite3.Connection, plan: ImportPlan, *, file_name: str, file_size: int,
               sha256: str, progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> WriteOutcome:
    """Write the plan's campaigns (and messages) as one batch, all or nothing."""
    return _write_plan(conn, plan, file_name=file_name, file_size=file_size, sha256=sha256,
                       progress=progress, is_cancelled=is_cancelled)


def _write_plan(conn: sqlite3.Connection, plan: ImportPlan, *, file_name: str, file_size: int,
                sha256: str, progress: Callable[[int, int], None] | None,
                is_cancelled: Callable[[], bool] | None) -> WriteOutcome:
    with write_transaction(conn):
        dup = find_batch_by_sha(conn, sha256)
        if dup is not None:
            raise AlreadyImported(file_name, dup)
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        cur = conn.execute(
            "INSERT INTO import_batches (file_name, file_size, sha256, imported_at, shape, "
            "provider, mapping, rows_read, rows_skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (file_name, file_size, sha256, now, plan.shape, plan.provider or None,
             json.dumps(plan.mapping.to_dict()), plan.rows_read, plan.rows_skipped))
        batch_id = int(cur.lastrowid or 0)
        w = _Writer(conn, batch_id, is_cancelled)
        added = changed = 0
        if plan.shape == "messages" and plan.messages is not None:
            added, changed = _write_messages(w, plan, progress)
        else:
            for k, pc in enumerate(plan.campaigns):
                if k % 500 == 0:
                    w.check(file_name)
                w.upsert(pc.campaign)
        conn.execute(
            "UPDATE import_batches SET rows_imported = ?, campaigns_created = ?, "
            "campaigns_updated = ?, messages_added = ?, messages_updated = ? WHERE id = ?",
            (plan.rows_imported, w.created, w.updated, added, changed, batch_id))
        w.check(file_name)
    return WriteOutcome(batch_id, w.created, w.updated, added, changed)


def _key_order(ids: Any) -> Any:
    """Row order that writes message ids in key order; None when they already come so.

    Rows keyed by random ids (Twilio's SM + 32 hex) inserted as they come land on random
    pages of a table bigger than the page cache: several times slower than in key order.
    """
    import numpy as np

    if len(ids) < 2:
        return None
    try:
        if bool((ids[1:] > ids[:-1]).all()):
            return None
        # numpy's fixed-width text sorts by code point, as SQLite does UTF-8 text.
        return np.argsort(ids.astype("U"), kind="stable")
    except (TypeError, ValueError):
        return None


_CAMPAIGN_INDEX = "import_messages_campaign"
ROWS_PER_STATEMENT = 50


def _stored_rows(conn: sqlite3.Connection, limit: int) -> int:
    """How many message rows are stored, counting no further than `limit`."""
    return int(conn.execute("SELECT count(*) FROM (SELECT 1 FROM import_messages LIMIT ?)",
                            (limit,)).fetchone()[0])


def _index_sql(conn: sqlite3.Connection, name: str) -> str | None:
    """The CREATE INDEX statement of an index as the migrations made it (None if absent)."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                       (name,)).fetchone()
    return None if row is None else str(row[0])


def _insert_blocks(conn: sqlite3.Connection, head: str, row: str, columns: list[Any]) -> None:
    """Insert column arrays as rows, ROWS_PER_STATEMENT rows to a statement.

    The sqlite3 module's per-row overhead (reset, step, one Python sequence a row) is about
    a third of a million-row insert; 50 rows a statement takes most of it away.
    """
    import numpy as np

    m, k = len(columns[0]), len(columns)
    block = np.empty((m, k), dtype=object)
    for j, a in enumerate(columns):
        block[:, j] = a
    full = m - m % ROWS_PER_STATEMENT
    if full:
        conn.executemany(head + ", ".join([row] * ROWS_PER_STATEMENT),
                         block[:full].reshape(-1, k * ROWS_PER_STATEMENT).tolist())
    if full < m:
        conn.executemany(head + row, block[full:].tolist())


def _write_new_messages(w: _Writer, plan: ImportPlan,
                        progress: Callable[[int, int], None] | None) -> int:
    """First log from this provider: no overlap possible, so insert straight into the table.

    Per row only what varies is bound (provider and batch are literals; columns the file does
    not have stay NULL), in key order: binding and tree order are most of the write's cost.
    """
    import numpy as np

    conn = w.conn
    n = plan.message_count
    cols = plan.messages or {}
    ids = np.array([w.upsert(pc.campaign) for pc in plan.campaigns] or [0], dtype=np.int64)
    present = [c for c in _VALUE_COLS if cols.get(c) is not None]
    arrays = [cols["message_id"], ids[cols["campaign"]], cols["outbound"],
              *(cols[c] for c in present)]
    provider = conn.execute("SELECT quote(?)", (plan.provider,)).fetchone()[0]
    names = ("provider", "batch_id", "message_id", "campaign_id", "outbound", *present)
    head = f"INSERT INTO import_messages ({', '.join(names)}) VALUES "
    row = f"({provider}, {int(w.batch_id)}, {', '.join('?' * len(arrays))})"
    order = _key_order(cols["message_id"])
    # Fewer rows stored than coming in: build the campaign index once, afterwards, from
    # sorted keys (SQLite's sorter), instead of updating it a million times.
    rebuild = _index_sql(conn, _CAMPAIGN_INDEX) if _stored_rows(conn, n) < n else None
    if rebuild:
        conn.execute(f"DROP INDEX {_CAMPAIGN_INDEX}")
    for start in range(0, n, CHUNK):
        end = min(n, start + CHUNK)
        w.check(plan.source_name)
        rows = slice(start, end) if order is None else order[start:end]
        if rebuild:
            _insert_blocks(conn, head, row, [a[rows] for a in arrays])
        else:  # many rows a statement is slower while a secondary index is kept up
            conn.executemany(head + row, zip(*(a[rows].tolist() for a in arrays),
                                             strict=True))
        if progress is not None:
            progress(end, n)
    if rebuild:
        w.check(plan.source_name)
        conn.execute(rebuild)
    # Campaigns this batch created hold only this file's messages, whose figures the plan
    # already computed with the same rules; only campaigns that existed need recomputing.
    created = {int(i) for i in ids[:len(plan.campaigns)]} & w.created_ids
    for campaign_id in sorted(w.touched - created):
        recompute_from_messages(conn, campaign_id)
    return n


def _write_messages(w: _Writer, plan: ImportPlan,
                    progress: Callable[[int, int], None] | None) -> tuple[int, int]:
    conn = w.conn
    n = plan.message_count
    stored = conn.execute("SELECT 1 FROM import_messages WHERE provider = ? LIMIT 1",
                          (plan.provider,)).fetchone()
    if stored is None:
        return _write_new_messages(w, plan, progress), 0
    cols = ("provider", *MESSAGE_COLUMNS)
    conn.execute("DROP TABLE IF EXISTS temp.incoming")
    conn.execute(f"CREATE TEMP TABLE incoming ({', '.join(cols)})")
    sql = f"INSERT INTO temp.incoming VALUES ({', '.join('?' * len(cols))})"
    for start in range(0, n, CHUNK):
        w.check(plan.source_name)
        conn.executemany(sql, _chunks(plan, plan.provider, start, min(n, start + CHUNK)))
        if progress is not None:
            progress(min(n, start + CHUNK), n)
    conn.execute("CREATE INDEX temp.incoming_id ON incoming (message_id)")
    w.check(plan.source_name)
    # Which stored campaign each planned campaign is: the owner of messages already stored,
    # else the same name + date + channel, else a new one.
    owners = dict(conn.execute(
        "SELECT t.campaign, min(m.campaign_id) FROM temp.incoming t JOIN import_messages m "
        "ON m.provider = t.provider AND m.message_id = t.message_id GROUP BY t.campaign"
    ).fetchall())
    ids: list[tuple[int, int]] = []
    for code, pc in enumerate(plan.campaigns):
        owner = owners.get(code)
        if owner is not None:
            w.record(int(owner), created=False)
            ids.append((code, int(owner)))
        else:
            ids.append((code, w.upsert(pc.campaign)))
    conn.execute("DROP TABLE IF EXISTS temp.camp")
    conn.execute("CREATE TEMP TABLE camp (code INTEGER PRIMARY KEY, campaign_id INTEGER)")
    conn.executemany("INSERT INTO temp.camp VALUES (?, ?)", ids)
    w.check(plan.source_name)
    differs = " OR ".join(f"m.{c} IS NOT t.{c}" for c in _VALUE_COLS)
    conn.execute(
        f"INSERT INTO import_message_changes (batch_id, provider, message_id, old_batch_id, "
        f"{', '.join(_VALUE_COLS)}) SELECT ?, m.provider, m.message_id, m.batch_id, "
        f"{', '.join('m.' + c for c in _VALUE_COLS)} FROM import_messages m "
        f"JOIN temp.incoming t ON m.provider = t.provider AND m.message_id = t.message_id "
        f"WHERE {differs}", (w.batch_id,))
    changed = int(conn.execute("SELECT changes()").fetchone()[0])
    if changed:
        sets = ", ".join(f"{c} = t.{c}" for c in _VALUE_COLS)
        conn.execute(
            f"UPDATE import_messages AS m SET {sets} FROM temp.incoming t "
            f"JOIN import_message_changes x ON x.batch_id = ? AND x.provider = t.provider "
            f"AND x.message_id = t.message_id "
            f"WHERE m.provider = t.provider AND m.message_id = t.message_id", (w.batch_id,))
    w.check(plan.source_name)
    conn.execute(
        f"INSERT INTO import_messages (provider, message_id, campaign_id, batch_id, outbound, "
        f"{', '.join(_VALUE_COLS)}) SELECT t.provider, t.message_id, c.campaign_id, ?, "
        f"t.outbound, {', '.join('t.' + c for c in _VALUE_COLS)} FROM temp.incoming t "
        f"JOIN temp.camp c ON c.code = t.campaign WHERE NOT EXISTS (SELECT 1 FROM "
        f"import_messages m WHERE m.provider = t.provider AND m.message_id = t.message_id) "
        f"ORDER BY t.message_id",  # key order: see _key_order
        (w.batch_id,))
    added = int(conn.execute("SELECT changes()").fetchone()[0])
    conn.execute("DROP TABLE temp.incoming")
    conn.execute("DROP TABLE temp.camp")
    for campaign_id in sorted(w.touched):
        recompute_from_messages(conn, campaign_id)
    return added, changed


_AGGREGATE = """
SELECT sum(outbound),
       sum(CASE WHEN outbound = 1 THEN delivered END),
       sum(CASE WHEN outbound = 1 THEN clicked END),
       sum(replied),
       sum(CASE WHEN outbound = 1 THEN converted END),
       sum(opt_out),
       sum(order_value),
       sum(cost),
       coalesce(min(CASE WHEN outbound = 1 THEN sent_at END), min(sent_at)),
       count(*)
FROM import_messages WHERE campaign_id = ?
"""


def recompute_from_messages(conn: sqlite3.Connection, campaign_id: int) -> None:
    """Set a log campaign's figures from its stored messages (same rules as the plan)."""
    (sent, delivered, clicks, replies, conversions, opt_outs, revenue, cost, first,
     count) = conn.execute(_AGGREGATE, (campaign_id,)).fetchone()
    if not count:
        return
    old = get_campaign(conn, campaign_id)
    new = Campaign(name=old.name, date=old.date, sent=int(sent or 0), delivered=delivered,
                   clicks=clicks, replies=replies, opt_outs=opt_outs, conversions=conversions,
                   revenue=None if revenue is None else round(revenue, 4),
                   cost=None if cost is None else round(cost, 6))
    merged = _merge(old, new)
    if first:
        t = dt.datetime.fromisoformat(first)
        merged = merged.with_changes(date=t.date(), time=f"{t.hour:02d}:{t.minute:02d}")
    update_campaign_in_tx(conn, validate_campaign(merged, f"Campaign '{old.name}'"))


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
