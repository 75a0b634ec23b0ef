"""Append-only schema migrations (sqlite-utils `Migrations`).

Never edit or reorder a migration that has shipped: add a new `@migration` function at the
end (the decorator records it, in order, in MIGRATION_NAMES). `import sqlite_utils` loads
pandas, so this module imports it only when a migration actually has to run, keeping start-up
fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "smsplanner"

_FUNCTIONS: list[tuple[str, Callable[[Database], None]]] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register a migration, in source order; its function name is its permanent id."""
    _FUNCTIONS.append((fn.__name__, fn))
    return fn


@migration
def m0001_campaigns(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
            channel TEXT NOT NULL DEFAULT 'sms',
            segment TEXT,
            offer TEXT,
            message TEXT,
            notes TEXT,
            sent INTEGER CHECK (sent IS NULL OR sent >= 0),
            delivered INTEGER CHECK (delivered IS NULL OR delivered >= 0),
            clicks INTEGER CHECK (clicks IS NULL OR clicks >= 0),
            replies INTEGER CHECK (replies IS NULL OR replies >= 0),
            opt_outs INTEGER CHECK (opt_outs IS NULL OR opt_outs >= 0),
            conversions INTEGER CHECK (conversions IS NULL OR conversions >= 0),
            revenue REAL CHECK (revenue IS NULL OR revenue >= 0),
            cost REAL CHECK (cost IS NULL OR cost >= 0),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            UNIQUE (name, date, channel)
        )
        """
    )
    db.execute("CREATE INDEX campaigns_date ON campaigns (date, name)")


@migration
def m0002_import_batches(db: Database) -> None:
    """Import batches, the per-message rows of logs (no phone column), and undo records."""
    db.execute(
        """
        CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            shape TEXT NOT NULL CHECK (shape IN ('summary', 'messages')),
            provider TEXT,
            mapping TEXT NOT NULL DEFAULT '{}',
            rows_read INTEGER NOT NULL DEFAULT 0,
            rows_imported INTEGER NOT NULL DEFAULT 0,
            rows_skipped INTEGER NOT NULL DEFAULT 0,
            campaigns_created INTEGER NOT NULL DEFAULT 0,
            campaigns_updated INTEGER NOT NULL DEFAULT 0,
            messages_added INTEGER NOT NULL DEFAULT 0,
            messages_updated INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX import_batches_sha256 ON import_batches (sha256)")
    db.execute(
        """
        CREATE TABLE import_batch_campaigns (
            batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
            campaign_id INTEGER NOT NULL,
            created INTEGER NOT NULL CHECK (created IN (0, 1)),
            before TEXT,
            PRIMARY KEY (batch_id, campaign_id)
        )
        """
    )
    db.execute("CREATE INDEX import_batch_campaigns_campaign "
               "ON import_batch_campaigns (campaign_id, batch_id)")
    db.execute(
        """
        CREATE TABLE import_messages (
            provider TEXT NOT NULL,
            message_id TEXT NOT NULL,
            campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            batch_id INTEGER NOT NULL,
            outbound INTEGER NOT NULL,
            status TEXT,
            sent_at TEXT,
            delivered INTEGER,
            clicked INTEGER,
            replied INTEGER,
            converted INTEGER,
            opt_out INTEGER,
            order_value REAL,
            cost REAL,
            segments INTEGER,
            PRIMARY KEY (provider, message_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX import_messages_campaign ON import_messages (campaign_id)")
    db.execute("CREATE INDEX import_messages_batch ON import_messages (batch_id)")
    db.execute(
        """
        CREATE TABLE import_message_changes (
            batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
            provider TEXT NOT NULL,
            message_id TEXT NOT NULL,
            old_batch_id INTEGER NOT NULL,
            status TEXT,
            sent_at TEXT,
            delivered INTEGER,
            clicked INTEGER,
            replied INTEGER,
            converted INTEGER,
            opt_out INTEGER,
            order_value REAL,
            cost REAL,
            segments INTEGER,
            PRIMARY KEY (batch_id, provider, message_id)
        )
        """
    )


@migration
def m0003_messages_without_batch_index(db: Database) -> None:
    """Per-message rows lose their batch index: keeping it up to date cost about a fifth of
    writing a big log, and only undo looks rows up by batch (one scan there is cheap)."""
    db.execute("DROP INDEX IF EXISTS import_messages_batch")


@migration
def m0004_import_numbers(db: Database) -> None:
    """Import numbers are never given twice: undoing import #7 deleted its row, and the next
    import was #7 again. AUTOINCREMENT keeps the highest number handed out (in
    sqlite_sequence) even after its batch is gone; it starts after the batches already here."""
    db.execute("CREATE TABLE import_numbers (id INTEGER PRIMARY KEY AUTOINCREMENT)")
    db.execute("INSERT INTO sqlite_sequence (name, seq) "
               "SELECT 'import_numbers', coalesce(max(id), 0) FROM import_batches")


@migration
def m0005_planned_campaigns(db: Database) -> None:
    """Planned sends and their forecasts. A campaign is planned (no results yet) or sent;
    every campaign already stored was sent. A forecast row is a snapshot taken when a plan
    was made or edited; the last one made on or before the send day is the one that counts.
    Forecasts have no foreign key: undoing a campaign's delete brings its forecasts back
    (a new campaign given a freed id clears them). Planning preferences live here too, so the
    command line and the window apply the same warnings."""
    db.execute("ALTER TABLE campaigns ADD COLUMN status TEXT NOT NULL DEFAULT 'sent' "
               "CHECK (status IN ('planned', 'sent'))")
    db.execute("ALTER TABLE campaigns ADD COLUMN audience INTEGER "
               "CHECK (audience IS NULL OR audience >= 0)")
    db.execute("CREATE INDEX campaigns_status ON campaigns (status, date)")
    db.execute(
        """
        CREATE TABLE forecasts (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL,
            made_at TEXT NOT NULL,
            send_date TEXT NOT NULL,
            basis TEXT NOT NULL,
            rate REAL NOT NULL,
            history_campaigns INTEGER NOT NULL,
            audience INTEGER NOT NULL CHECK (audience >= 0),
            expected_conversions REAL NOT NULL,
            low_80 INTEGER NOT NULL,
            high_80 INTEGER NOT NULL,
            low_95 INTEGER NOT NULL,
            high_95 INTEGER NOT NULL,
            parts INTEGER,
            price_per_part REAL,
            cost REAL,
            revenue_low REAL,
            revenue_high REAL,
            profit_low REAL,
            profit_high REAL
        )
        """
    )
    db.execute("CREATE INDEX forecasts_campaign ON forecasts (campaign_id, made_at)")
    db.execute("CREATE TABLE planning_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration
def m0006_compact_messages(db: Database) -> None:
    """Messages in about 30 bytes instead of about 130: a 64-bit key for the provider's id,
    one code for status and flags, whole minutes and money units, and campaign totals kept
    as messages come instead of an index by campaign (storage/compact_store.py). Rows are
    converted here; the file is rewritten smaller once the migrations committed."""
    from smsplanner.storage.compact_store import convert
    from smsplanner.storage.update_progress import current

    convert(db.conn, current())


# ---- append new migrations above this line, never edit the ones before ----

MIGRATION_NAMES: tuple[str, ...] = tuple(name for name, _ in _FUNCTIONS)


def build_migrations() -> Any:
    """The sqlite-utils Migrations object holding every migration, in order."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in _FUNCTIONS:
        migrations(name=name)(fn)
    return migrations
