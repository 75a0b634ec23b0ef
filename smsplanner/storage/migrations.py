"""Append-only schema migrations (sqlite-utils `Migrations`).

Never edit or reorder a migration that has shipped: add a new function at the end and
its name to MIGRATION_NAMES. `import sqlite_utils` loads pandas, so this module imports
it only when a migration actually has to run, keeping start-up fast.
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


# ---- append new migrations above this line, never edit the ones before ----

MIGRATION_NAMES: tuple[str, ...] = tuple(name for name, _ in _FUNCTIONS)


def build_migrations() -> Any:
    """The sqlite-utils Migrations object holding every migration, in order."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in _FUNCTIONS:
        migrations(name=name)(fn)
    return migrations
