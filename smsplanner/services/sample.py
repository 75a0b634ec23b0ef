"""Loading the sample history into a database, idempotently."""

from __future__ import annotations

import sqlite3

from smsplanner.domain.sample import sample_campaigns
from smsplanner.storage.campaigns import insert_campaign_in_tx
from smsplanner.storage.db import write_transaction


def load_sample_data(conn: sqlite3.Connection) -> int:
    """Insert the sample campaigns not already present (by name, date, channel); returns count."""
    added = 0
    with write_transaction(conn):
        for c in sample_campaigns():
            exists = conn.execute(
                "SELECT 1 FROM campaigns WHERE name = ? AND date = ? AND channel = ?",
                (c.name, c.date.isoformat(), c.channel),
            ).fetchone()
            if not exists:
                insert_campaign_in_tx(conn, c)
                added += 1
    return added
