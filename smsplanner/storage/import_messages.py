"""Per-message rows of log imports: written inside the batch's transaction, and campaign
figures kept from what each import adds or changes.

Every log's rows are staged in temp.incoming first (import_stage: small logs here at once,
big ones chunk by chunk while reading); then set-based SQL moves ids that share a key,
records the values of changed messages for undo, applies them and adds the new messages in
key order. The touched campaigns' totals change by the staged rows only, so a small log
costs the same in a big store as in an empty one. Runs on the thread that owns the
connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from smsplanner.domain.errors import ValidationError
from smsplanner.domain.imports import MESSAGE_COLUMNS, ImportPlan
from smsplanner.domain.progress import Progress
from smsplanner.storage import message_totals
from smsplanner.storage.batch_writer import BatchWriter
from smsplanner.storage.import_figures import (
    new_campaign_problems,
    recompute_campaigns,
    resolve_targets,
)
from smsplanner.storage.import_stage import (
    ROWS_PER_STATEMENT,
    drop_stage,
    interruptible,
    stage_rows,
    start_stage,
)
from smsplanner.storage.message_keys import resolve

# What a later log may change of a stored message (the campaign it belongs to stays).
VALUE_COLS = ("state", "sent_at", "order_value", "cost")
# A staged row and the stored message it is: same key and same check bits.
SAME = "m.key = t.key AND (m.state & 255) = t.chk"
_DIFFERS = ("(m.state >> 8) IS NOT s.perm OR m.sent_at IS NOT t.sent_at "
            "OR m.order_value IS NOT t.order_value OR m.cost IS NOT t.cost")

__all__ = ["ROWS_PER_STATEMENT", "VALUE_COLS", "write_messages"]


def load_incoming(conn: sqlite3.Connection, plan: ImportPlan,
                  check: Callable[[], None] | None = None,
                  progress: Progress | None = None) -> None:
    """The plan's messages into temp.incoming. Only the temp database is written, so a dry
    run may call this too. A streamed plan's rows are there already."""
    if plan.staged:
        return
    cols = plan.messages or {}
    start_stage(conn)
    stage_rows(conn, plan.provider, {c: cols.get(c) for c in MESSAGE_COLUMNS},
               check or (lambda: None), progress)


def map_states(conn: sqlite3.Connection, batch_id: int | None) -> None:
    """temp.state_map: the stage's state codes -> message_states codes; with a batch, states
    never stored before get codes, else their code is NULL (a dry run writes nothing)."""
    conn.execute("DROP TABLE IF EXISTS temp.state_map")
    conn.execute("CREATE TEMP TABLE state_map (temp INTEGER PRIMARY KEY, perm INTEGER)")
    stored = dict(conn.execute("SELECT sig, code FROM message_states").fetchall())
    top = max(stored.values(), default=0)
    pairs = []
    for code, sig in conn.execute("SELECT code, sig FROM temp.state_codes").fetchall():
        if sig not in stored and batch_id is not None:
            top += 1
            stored[sig] = top
            conn.execute("INSERT INTO message_states (code, sig, batch_id) VALUES (?, ?, ?)",
                         (top, sig, batch_id))
        pairs.append((code, stored.get(sig)))
    conn.executemany("INSERT INTO temp.state_map VALUES (?, ?)", pairs)


def check_campaigns_exist(conn: sqlite3.Connection, campaign_ids: list[int]) -> None:
    """The reference check of message rows, once per distinct campaign instead of per row;
    raises IntegrityError as SQLite's foreign key would."""
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
        f"SELECT t.campaign, min(m.campaign_id) FROM temp.incoming t JOIN messages m ON {SAME} "
        "GROUP BY t.campaign")}


def campaign_ids(w: BatchWriter, plan: ImportPlan, owners: dict[int, int]) -> list[int]:
    """The stored campaign of each planned one: attached to an existing campaign (recorded
    for undo; its figures are recomputed later from its totals) or created.

    Raises ValidationError before anything is written when a new campaign does not add up
    on its own (e.g. a log of replies whose sends were never imported).
    """
    targets = resolve_targets(w.conn, plan, owners)
    problems = new_campaign_problems(list(plan.campaigns), targets)
    if problems:
        raise ValidationError(problems)
    return [w.create(pc.campaign) if t is None else w.attach(t, pc.campaign)
            for pc, t in zip(plan.campaigns, targets, strict=True)]


def code_table(conn: sqlite3.Connection, ids: list[tuple[int, int]]) -> None:
    """temp.camp: planned campaign code -> stored campaign id."""
    conn.execute("DROP TABLE IF EXISTS temp.camp")
    conn.execute("CREATE TEMP TABLE camp (code INTEGER PRIMARY KEY, campaign_id INTEGER)")
    conn.executemany("INSERT INTO temp.camp VALUES (?, ?)", ids)


def _partials(select: str, source: str, times: str = "sent_at") -> str:
    """Partial totals (group, state, partials) of rows `select`ed as cid, st, sent_at,
    order_value, cost (and moved) from `source`."""
    return (f"SELECT cid, st, {message_totals.partials(times)} FROM (SELECT {select} "
            f"FROM {source}) GROUP BY cid, st")


def delta(conn: sqlite3.Connection, overlap: bool) -> dict[int, message_totals.Totals]:
    """What writing the stage (temp.incoming, temp.camp, temp.state_map) changes in each
    campaign's totals: its new messages added, changed ones taken away and added again.
    Without overlap (no staged message is stored: stored_owners found none) every staged
    row is new and no stored row is looked up."""
    staged = message_totals.states(conn, "temp.state_codes")
    if not overlap:
        return message_totals.fold(conn.execute(_partials(
            "c.campaign_id AS cid, t.state AS st, t.sent_at AS sent_at, "
            "t.order_value AS order_value, t.cost AS cost",
            "temp.incoming t JOIN temp.camp c ON c.code = t.campaign")), staged)
    perm = message_totals.states(conn)
    changed = (f"temp.incoming t JOIN messages m ON {SAME} JOIN temp.state_map s "
               f"ON s.temp = t.state WHERE {_DIFFERS}")
    out = message_totals.fold(conn.execute(_partials(
        "m.campaign_id AS cid, m.state >> 8 AS st, m.sent_at AS sent_at, "
        "m.order_value AS order_value, m.cost AS cost, "
        "CASE WHEN m.sent_at IS NOT t.sent_at THEN m.sent_at END AS moved", changed,
        "moved")), perm, -1)
    message_totals.fold(conn.execute(_partials(
        "m.campaign_id AS cid, t.state AS st, t.sent_at AS sent_at, "
        "t.order_value AS order_value, t.cost AS cost", changed)), staged, 1, out)
    new = ("temp.incoming t JOIN temp.camp c ON c.code = t.campaign WHERE NOT EXISTS "
           f"(SELECT 1 FROM messages m WHERE {SAME})")
    message_totals.fold(conn.execute(_partials(
        "c.campaign_id AS cid, t.state AS st, t.sent_at AS sent_at, "
        "t.order_value AS order_value, t.cost AS cost", new)), staged, 1, out)
    return out


def write_messages(w: BatchWriter, plan: ImportPlan,
                   progress: Progress | None) -> tuple[int, int]:
    """Write a log's message rows in the batch's transaction: (messages added, updated).

    Also upserts the campaigns (through w), keeps their totals and recomputes the figures
    of those that existed. Raises Cancelled (via w.check) between steps, and ValidationError
    when a campaign's figures, counted with all its messages, do not add up.
    """
    conn = w.conn
    check = lambda: w.check(plan.source_name)  # noqa: E731
    try:
        load_incoming(conn, plan, check, progress)
        check()
        provider = conn.execute("SELECT quote(?)", (plan.provider,)).fetchone()[0]
        resolve(conn, "temp.incoming", provider, w.batch_id)
        map_states(conn, w.batch_id)
        owners = stored_owners(conn)
        ids = campaign_ids(w, plan, owners)
        check_campaigns_exist(conn, ids)
        code_table(conn, list(enumerate(ids)))
        check()
        with interruptible(conn, check, w.is_cancelled):
            changes = delta(conn, bool(owners))
            added, changed = _apply(conn, w.batch_id, bool(owners))
    finally:
        drop_stage(conn)
    totals = message_totals.load(conn, changes)
    for campaign_id, d in changes.items():
        totals[campaign_id] = message_totals.combine(totals.get(campaign_id), d)
    message_totals.save(conn, totals)
    # A campaign this batch created holds only this file's messages, whose figures the plan
    # already computed with the same rules: only campaigns that existed before are recomputed.
    recompute_campaigns(conn, sorted(w.touched - w.created_ids))
    return added, changed


_INSERT_NEW = (
    "INSERT INTO messages (key, campaign_id, batch_id, state, sent_at, order_value, cost) "
    "SELECT t.key, c.campaign_id, ?, (s.perm << 8) | t.chk, t.sent_at, t.order_value, "
    "t.cost FROM temp.incoming t JOIN temp.camp c ON c.code = t.campaign "
    "JOIN temp.state_map s ON s.temp = t.state {new} ORDER BY t.key")


def _apply(conn: sqlite3.Connection, batch_id: int, overlap: bool) -> tuple[int, int]:
    """Changed messages recorded (for undo) and updated, new ones added in key order."""
    new = f"WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE {SAME})" if overlap else ""
    if not overlap:
        conn.execute(_INSERT_NEW.format(new=new), (batch_id,))
        return int(conn.execute("SELECT changes()").fetchone()[0]), 0
    conn.execute(
        "INSERT INTO message_changes (batch_id, key, old_batch_id, state, sent_at, "
        "order_value, cost) SELECT ?, m.key, m.batch_id, m.state, m.sent_at, m.order_value, "
        f"m.cost FROM temp.incoming t JOIN messages m ON {SAME} JOIN temp.state_map s "
        f"ON s.temp = t.state WHERE {_DIFFERS}", (batch_id,))
    changed = int(conn.execute("SELECT changes()").fetchone()[0])
    if changed:
        conn.execute(
            "UPDATE messages AS m SET state = (s.perm << 8) | t.chk, sent_at = t.sent_at, "
            "order_value = t.order_value, cost = t.cost FROM message_changes x "
            "JOIN temp.incoming t ON t.key = x.key JOIN temp.state_map s ON s.temp = t.state "
            "WHERE x.batch_id = ? AND m.key = x.key", (batch_id,))
    conn.execute(_INSERT_NEW.format(new=new), (batch_id,))
    added = int(conn.execute("SELECT changes()").fetchone()[0])
    return added, changed


