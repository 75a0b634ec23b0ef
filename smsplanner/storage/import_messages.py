"""Per-message rows of log imports: written fast inside the batch's transaction, and campaign
figures recomputed from them.

A provider's first log goes straight into import_messages in key order; a later, overlapping
one goes through a temporary table, then set-based SQL adds new messages and records and
applies changed statuses. Runs on the thread that owns the connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from smsplanner.domain.errors import ValidationError
from smsplanner.domain.imports import MESSAGE_COLUMNS, ImportPlan
from smsplanner.domain.progress import Progress
from smsplanner.storage.batch_writer import BatchWriter
from smsplanner.storage.bulk_rows import BulkInsert
from smsplanner.storage.import_figures import (
    new_campaign_problems,
    recompute_campaigns,
    resolve_targets,
)

CHUNK = 10_000  # rows bound per executemany: between chunks progress and cancelling
VALUE_COLS = ("status", "sent_at", "delivered", "clicked", "replied", "converted", "opt_out",
              "order_value", "cost", "segments")


def _key_order(ids: Any) -> Any:
    """Row order that writes message ids in (about) key order; None when they already come so.

    Rows keyed by random ids (Twilio's SM + 32 hex) inserted as they come land on random
    pages of a table bigger than the page cache: several times slower than in key order.
    The order only has to be close: ids are ranked by their first 8 bytes after the prefix
    all of them share (SQLite compares text as UTF-8 bytes), one integer sort instead of a
    sort of million strings (1M Twilio ids: 0.08 s against 0.38 s).
    """
    import numpy as np

    n = len(ids)
    if n < 2:
        return None
    try:
        if bool((ids[1:] > ids[:-1]).all()):
            return None
        try:  # ASCII ids (all providers') as fixed-width bytes
            raw = ids.astype("S")
        except UnicodeEncodeError:
            # numpy's fixed-width text sorts by code point, as SQLite does UTF-8 text.
            return np.argsort(ids.astype("U"), kind="stable")
    except (TypeError, ValueError):
        return None
    width = raw.dtype.itemsize
    cells = raw.view(np.uint8).reshape(n, width)
    sample = cells[::max(1, n // 1000)]
    shared = (sample == sample[0]).all(axis=0)
    skip = 0 if shared.all() else int(np.argmin(shared))
    key = np.zeros((n, 8), dtype=np.uint8)
    take = min(8, width - skip)
    key[:, :take] = cells[:, skip:skip + take]
    return np.argsort(key.view(">u8").ravel())


_CAMPAIGN_INDEX = "import_messages_campaign"
# The sqlite3 module's and SQLite's per-statement costs, shared by many rows (1M-row log:
# 0.81 s at 50 rows a statement, 0.69 s at 500; no better beyond).
ROWS_PER_STATEMENT = 500


def _stored_rows(conn: sqlite3.Connection, limit: int) -> int:
    """How many message rows are stored, counting no further than `limit`."""
    return int(conn.execute("SELECT count(*) FROM (SELECT 1 FROM import_messages LIMIT ?)",
                            (limit,)).fetchone()[0])


def _index_sql(conn: sqlite3.Connection, name: str) -> str | None:
    """The CREATE INDEX statement of an index as the migrations made it (None if absent)."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                       (name,)).fetchone()
    return None if row is None else str(row[0])


def _write_new(w: BatchWriter, plan: ImportPlan,
               progress: Progress | None) -> int:
    """First log from this provider: no overlap possible, so insert straight into the table.

    Per row only what varies is bound (provider and batch are literals; columns the file does
    not have stay NULL), in key order: binding and tree order are most of the write's cost.
    """
    import numpy as np

    conn = w.conn
    n = plan.message_count
    cols = plan.messages or {}
    ids = np.array(campaign_ids(w, plan, {}) or [0], dtype=np.int64)
    present = [c for c in VALUE_COLS if cols.get(c) is not None]
    provider = conn.execute("SELECT quote(?)", (plan.provider,)).fetchone()[0]
    order = _key_order(cols["message_id"])
    # Fewer rows stored than coming in: build the campaign index once, afterwards, from
    # sorted keys (SQLite's sorter), instead of updating it a million times.
    rebuild = _index_sql(conn, _CAMPAIGN_INDEX) if _stored_rows(conn, n) < n else None
    if rebuild:
        conn.execute(f"DROP INDEX {_CAMPAIGN_INDEX}")
    # Many rows a statement is slower while a secondary index is kept up.
    bulk = BulkInsert(conn, "import_messages",
                      {"provider": provider, "batch_id": str(int(w.batch_id))},
                      {"message_id": cols["message_id"], "campaign_id": ids[cols["campaign"]],
                       "outbound": cols["outbound"], **{c: cols[c] for c in present}},
                      rows_per_statement=ROWS_PER_STATEMENT if rebuild else 1)
    for start in range(0, n, CHUNK):
        end = min(n, start + CHUNK)
        w.check(plan.source_name)
        bulk.insert(slice(start, end) if order is None else order[start:end])
        if progress is not None:
            progress(end, n)
    if rebuild:
        w.check(plan.source_name)
        conn.execute(rebuild)
    check_campaigns_exist(conn, ids[:len(plan.campaigns)].tolist())
    # Campaigns this batch created hold only this file's messages, whose figures the plan
    # already computed with the same rules; only campaigns that existed need recomputing.
    created = {int(i) for i in ids[:len(plan.campaigns)]} & w.created_ids
    recompute_campaigns(conn, sorted(w.touched - created), scan=False)
    return n


def load_incoming(conn: sqlite3.Connection, plan: ImportPlan,
                  check: Callable[[], None] | None = None,
                  progress: Progress | None = None) -> None:
    """The plan's messages into temp.incoming (indexed by message id), many rows a statement.

    Only the temp database is written, so a dry run may call this too. A streamed plan's
    rows are there already.
    """
    if plan.staged:
        return
    n = plan.message_count
    conn.execute("DROP TABLE IF EXISTS temp.incoming")
    conn.execute(f"CREATE TEMP TABLE incoming (provider, {', '.join(MESSAGE_COLUMNS)})")
    cols = plan.messages or {}
    present = [c for c in MESSAGE_COLUMNS if cols.get(c) is not None]
    provider = conn.execute("SELECT quote(?)", (plan.provider,)).fetchone()[0]
    bulk = BulkInsert(conn, "temp.incoming", {"provider": provider},
                      {c: cols[c] for c in present}, rows_per_statement=ROWS_PER_STATEMENT)
    for start in range(0, n, CHUNK):
        end = min(n, start + CHUNK)
        if check is not None:
            check()
        bulk.insert(slice(start, end))
        if progress is not None:
            progress(end, n)
    conn.execute("CREATE INDEX temp.incoming_id ON incoming (message_id)")


def check_campaigns_exist(conn: sqlite3.Connection, campaign_ids: list[int]) -> None:
    """The foreign-key check of message rows, once per distinct campaign instead of per row
    (see storage.db.foreign_keys_checked_by_caller); raises IntegrityError as SQLite would."""
    import json

    missing = conn.execute(
        "SELECT count(*) FROM json_each(?) j "
        "WHERE NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.id = j.value)",
        (json.dumps(sorted(set(campaign_ids))),)).fetchone()[0]
    if missing:
        raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")


def stored_owners(conn: sqlite3.Connection) -> dict[int, int]:
    """Planned campaign code -> stored campaign already holding some of its messages."""
    return {int(k): int(v) for k, v in conn.execute(
        "SELECT t.campaign, min(m.campaign_id) FROM temp.incoming t JOIN import_messages m "
        "ON m.provider = t.provider AND m.message_id = t.message_id GROUP BY t.campaign")}


def campaign_ids(w: BatchWriter, plan: ImportPlan, owners: dict[int, int]) -> list[int]:
    """The stored campaign of each planned one: attached to an existing campaign (recorded
    for undo; its figures are recomputed later from all its messages) or created.

    Raises ValidationError before anything is written when a new campaign does not add up
    on its own (e.g. a log of replies whose sends were never imported).
    """
    targets = resolve_targets(w.conn, plan, owners)
    problems = new_campaign_problems(list(plan.campaigns), targets)
    if problems:
        raise ValidationError(problems)
    return [w.create(pc.campaign) if t is None else w.attach(t, pc.campaign)
            for pc, t in zip(plan.campaigns, targets, strict=True)]


def write_messages(w: BatchWriter, plan: ImportPlan,
                   progress: Progress | None) -> tuple[int, int]:
    """Write a log's message rows in the batch's transaction: (messages added, updated).

    Also upserts the campaigns (through w) and recomputes the figures of those that hold
    messages from other batches. Raises Cancelled (via w.check) between chunks, and
    ValidationError when a campaign's figures, counted with all its messages, do not add up.
    """
    conn = w.conn
    stored = conn.execute("SELECT 1 FROM import_messages WHERE provider = ? LIMIT 1",
                          (plan.provider,)).fetchone()
    if stored is None:
        return _write_new(w, plan, progress), 0
    load_incoming(conn, plan, lambda: w.check(plan.source_name), progress)
    w.check(plan.source_name)
    owners = stored_owners(conn)
    ids = list(enumerate(campaign_ids(w, plan, owners)))
    check_campaigns_exist(conn, [i for _, i in ids])
    conn.execute("DROP TABLE IF EXISTS temp.camp")
    conn.execute("CREATE TEMP TABLE camp (code INTEGER PRIMARY KEY, campaign_id INTEGER)")
    conn.executemany("INSERT INTO temp.camp VALUES (?, ?)", ids)
    w.check(plan.source_name)
    differs = " OR ".join(f"m.{c} IS NOT t.{c}" for c in VALUE_COLS)
    conn.execute(
        f"INSERT INTO import_message_changes (batch_id, provider, message_id, old_batch_id, "
        f"{', '.join(VALUE_COLS)}) SELECT ?, m.provider, m.message_id, m.batch_id, "
        f"{', '.join('m.' + c for c in VALUE_COLS)} FROM import_messages m "
        f"JOIN temp.incoming t ON m.provider = t.provider AND m.message_id = t.message_id "
        f"WHERE {differs}", (w.batch_id,))
    changed = int(conn.execute("SELECT changes()").fetchone()[0])
    if changed:
        sets = ", ".join(f"{c} = t.{c}" for c in VALUE_COLS)
        conn.execute(
            f"UPDATE import_messages AS m SET {sets} FROM temp.incoming t "
            f"JOIN import_message_changes x ON x.batch_id = ? AND x.provider = t.provider "
            f"AND x.message_id = t.message_id "
            f"WHERE m.provider = t.provider AND m.message_id = t.message_id", (w.batch_id,))
    w.check(plan.source_name)
    conn.execute(
        f"INSERT INTO import_messages (provider, message_id, campaign_id, batch_id, outbound, "
        f"{', '.join(VALUE_COLS)}) SELECT t.provider, t.message_id, c.campaign_id, ?, "
        f"t.outbound, {', '.join('t.' + c for c in VALUE_COLS)} FROM temp.incoming t "
        f"JOIN temp.camp c ON c.code = t.campaign WHERE NOT EXISTS (SELECT 1 FROM "
        f"import_messages m WHERE m.provider = t.provider AND m.message_id = t.message_id) "
        f"ORDER BY t.message_id",  # key order: see _key_order
        (w.batch_id,))
    added = int(conn.execute("SELECT changes()").fetchone()[0])
    conn.execute("DROP TABLE temp.incoming")
    conn.execute("DROP TABLE temp.camp")
    # A campaign this batch created holds only this file's messages (any stored message of
    # it would have made its owner the target), whose figures the plan already computed
    # with the same rules: only campaigns that existed before are recomputed.
    existing = sorted(w.touched - w.created_ids)
    recompute_campaigns(conn, existing, scan=_mostly_these(conn, existing))
    return added, changed


def _mostly_these(conn: sqlite3.Connection, campaign_ids: list[int]) -> bool:
    """Whether these campaigns hold a quarter or more of all stored messages: then one pass
    over the table beats looking each of their rows up through the campaign index.

    Both counts read the campaign index only, and the total stops counting at four times
    the campaigns' own rows, so a small import into a big store never counts the table.
    """
    if not campaign_ids:
        return False
    import json

    theirs = int(conn.execute(
        "SELECT count(*) FROM import_messages WHERE campaign_id IN "
        "(SELECT value FROM json_each(?))", (json.dumps(campaign_ids),)).fetchone()[0])
    limit = 4 * theirs + 1
    return _stored_rows(conn, limit) < limit
