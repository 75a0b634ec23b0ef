"""Loading the sample history into a database, idempotently: past campaigns with the
forecasts they would have had, and a few planned sends in the coming weeks; and taking exactly
the sample out again."""

from __future__ import annotations

import datetime as dt
import sqlite3

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.sample import sample_campaigns, sample_plans
from smsplanner.services.plans import forecast_for_plan
from smsplanner.storage.campaigns import delete_campaigns, insert_campaign_in_tx, list_campaigns
from smsplanner.storage.db import write_transaction
from smsplanner.storage.forecasts import add_snapshot_in_tx

# Past campaigns that were "not planned in the app" get no forecast: most have one.
UNPLANNED_EVERY = 6


def _exists(conn: sqlite3.Connection, c: Campaign, by_name_only: bool = False) -> bool:
    if by_name_only:
        sql, args = "SELECT 1 FROM campaigns WHERE name = ? AND status = 'planned'", (c.name,)
    else:
        sql = "SELECT 1 FROM campaigns WHERE name = ? AND date = ? AND channel = ?"
        args = (c.name, c.date.isoformat(), c.channel)  # type: ignore[assignment]
    return conn.execute(sql, args).fetchone() is not None


def load_sample_data(conn: sqlite3.Connection, today: dt.date | None = None) -> int:
    """Insert the sample campaigns not already present (by name, date, channel), each past
    one (most of them) with the forecast made the day before from the history before it, and
    the sample plans from `today` on; returns how many campaigns were added."""
    today = today or dt.date.today()
    added = 0
    with write_transaction(conn):
        new_ids: list[int] = []
        for i, c in enumerate(sample_campaigns()):
            if not _exists(conn, c):
                cid = insert_campaign_in_tx(conn, c)
                if i % UNPLANNED_EVERY != UNPLANNED_EVERY - 1:
                    new_ids.append(cid)
                added += 1
        history = list_campaigns(conn)
        by_id = {c.id: c for c in history}
        for cid in new_ids:
            c = by_id[cid]
            plan = c.with_changes(audience=c.sent)
            made = dt.datetime.combine(c.date - dt.timedelta(days=1), dt.time(9, 0))
            f = forecast_for_plan(history, plan, made_at=made)
            if f is not None:
                add_snapshot_in_tx(conn, f)
        for p in sample_plans(today):
            if not _exists(conn, p, by_name_only=True):
                pid = insert_campaign_in_tx(conn, p)
                f = forecast_for_plan(history, p.with_changes(id=pid),
                                      made_at=dt.datetime.combine(today, dt.time(9, 0)))
                if f is not None:
                    add_snapshot_in_tx(conn, f)
                added += 1
    return added


def sample_campaign_ids(conn: sqlite3.Connection) -> list[int]:
    """Ids of the sample's campaigns in this file: its past campaigns (same name, day and
    channel) and its planned sends (same name, still planned), oldest first.

    The sample names ("Nov 2025 Loyal 20% off", "Weekend treat (Loyal)") are the sample's own;
    matched with their day or their planned status they take out only the sample."""
    ids: list[int] = []
    for c in sample_campaigns():
        row = conn.execute("SELECT id FROM campaigns WHERE name = ? AND date = ? AND channel = ?",
                           (c.name, c.date.isoformat(), c.channel)).fetchone()
        if row is not None:
            ids.append(int(row[0]))
    for p in sample_plans(dt.date.today()):
        rows = conn.execute("SELECT id FROM campaigns WHERE name = ? AND status = 'planned'",
                            (p.name,))
        ids.extend(int(r[0]) for r in rows)
    return ids


def has_sample_data(conn: sqlite3.Connection) -> bool:
    return bool(sample_campaign_ids(conn))


def remove_sample_data(conn: sqlite3.Connection) -> list[Campaign]:
    """Delete exactly the sample's campaigns in one transaction; returns them (for undo)."""
    return delete_campaigns(conn, sample_campaign_ids(conn))
