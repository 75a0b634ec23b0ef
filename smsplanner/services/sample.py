"""Loading the sample history into a database idempotently, and taking exactly it out again."""

from __future__ import annotations

import sqlite3

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.sample import sample_campaigns
from smsplanner.storage.campaigns import delete_campaigns, insert_campaign_in_tx
from smsplanner.storage.db import write_transaction

_FIND = "SELECT id FROM campaigns WHERE name = ? AND date = ? AND channel = ?"


def load_sample_data(conn: sqlite3.Connection) -> int:
    """Insert the sample campaigns not already present (by name, date, channel); returns count."""
    added = 0
    with write_transaction(conn):
        for c in sample_campaigns():
            exists = conn.execute(_FIND, (c.name, c.date.isoformat(), c.channel)).fetchone()
            if not exists:
                insert_campaign_in_tx(conn, c)
                added += 1
    return added


def sample_campaign_ids(conn: sqlite3.Connection) -> list[int]:
    """Ids of the sample's campaigns in this file (same name, day and channel), oldest first.

    The sample names ("Nov 2025 Loyal 20% off") carry a month and a segment no shop's own
    campaign shares by chance on that very day, so the match takes out only the sample."""
    ids: list[int] = []
    for c in sample_campaigns():
        row = conn.execute(_FIND, (c.name, c.date.isoformat(), c.channel)).fetchone()
        if row is not None:
            ids.append(int(row[0]))
    return ids


def has_sample_data(conn: sqlite3.Connection) -> bool:
    return bool(sample_campaign_ids(conn))


def remove_sample_data(conn: sqlite3.Connection) -> list[Campaign]:
    """Delete exactly the sample's campaigns in one transaction; returns them (for undo)."""
    return delete_campaigns(conn, sample_campaign_ids(conn))
