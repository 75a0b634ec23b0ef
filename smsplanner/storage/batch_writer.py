"""One import batch being written: which campaigns it created or changed, and what undo needs.

Used by storage/imports.py (summary rows) and storage/import_messages.py (message logs), always
inside the batch's write transaction, on the thread that owns the connection.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from smsplanner.domain.campaign import Campaign, campaign_problems
from smsplanner.domain.errors import FieldProblem
from smsplanner.domain.progress import IsCancelled, check_cancelled
from smsplanner.storage.campaigns import (
    COLUMNS,
    get_campaign,
    insert_campaign_in_tx,
    update_campaign_in_tx,
)
from smsplanner.storage.import_figures import find_exact, merge_figures, merged_texts
from smsplanner.storage.import_figures import named_problems as _named

_FULL_COLS = ("id", *COLUMNS, "created_at", "updated_at")


def _full_row(conn: sqlite3.Connection, campaign_id: int) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_FULL_COLS)} FROM campaigns WHERE id = ?",
                       (campaign_id,)).fetchone()
    return dict(zip(_FULL_COLS, tuple(row), strict=True))


class BatchWriter:
    """State of one batch write inside its transaction."""

    def __init__(self, conn: sqlite3.Connection, batch_id: int,
                 is_cancelled: IsCancelled | None) -> None:
        self.conn = conn
        self.batch_id = batch_id
        self.is_cancelled = is_cancelled
        self.created = 0
        self.updated = 0
        self.touched: set[int] = set()
        self.created_ids: set[int] = set()
        self.problems: list[FieldProblem] = []  # summary rows that do not add up when merged

    def check(self, name: str) -> None:
        check_cancelled(self.is_cancelled, name)

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
