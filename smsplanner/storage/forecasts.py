"""Kept forecast snapshots and the planning preferences. Writes inside the caller's
transaction (`*_in_tx`) or their own BEGIN IMMEDIATE."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable

from smsplanner.domain.plan_forecast import ForecastSnapshot
from smsplanner.domain.plan_rules import PlanningRules
from smsplanner.storage.db import write_transaction

_COLS: tuple[str, ...] = (
    "campaign_id", "made_at", "send_date", "basis", "rate", "history_campaigns", "audience",
    "expected_conversions", "low_80", "high_80", "low_95", "high_95", "parts",
    "price_per_part", "cost", "revenue_low", "revenue_high", "profit_low", "profit_high",
)


def _row(s: ForecastSnapshot) -> tuple[object, ...]:
    return tuple(s.send_date.isoformat() if c == "send_date" else getattr(s, c) for c in _COLS)


def add_snapshot_in_tx(conn: sqlite3.Connection, s: ForecastSnapshot) -> int:
    """Keep one forecast of campaign s.campaign_id (inside an open transaction)."""
    if s.campaign_id is None:
        raise ValueError("a snapshot belongs to a saved campaign")
    cur = conn.execute(f"INSERT INTO forecasts ({', '.join(_COLS)}) "
                       f"VALUES ({', '.join('?' * len(_COLS))})", _row(s))
    return int(cur.lastrowid or 0)


def add_snapshots(conn: sqlite3.Connection, snapshots: Iterable[ForecastSnapshot]) -> None:
    with write_transaction(conn):
        for s in snapshots:
            add_snapshot_in_tx(conn, s)


def _snapshot(row: tuple[object, ...]) -> ForecastSnapshot:
    values = dict(zip(("id", *_COLS), row, strict=True))
    values["send_date"] = dt.date.fromisoformat(str(values["send_date"]))
    return ForecastSnapshot(**values)  # type: ignore[arg-type]


def list_snapshots(conn: sqlite3.Connection,
                   campaign_id: int | None = None) -> list[ForecastSnapshot]:
    """Kept forecasts of live campaigns (one campaign's, or all), oldest first."""
    sql = (f"SELECT f.id, {', '.join('f.' + c for c in _COLS)} FROM forecasts f "
           "JOIN campaigns c ON c.id = f.campaign_id")
    args: tuple[object, ...] = ()
    if campaign_id is not None:
        sql, args = sql + " WHERE f.campaign_id = ?", (campaign_id,)
    cur = conn.execute(sql + " ORDER BY f.made_at, f.id", args)
    cur.row_factory = None
    return [_snapshot(r) for r in cur]


def delete_snapshot_in_tx(conn: sqlite3.Connection, snapshot_id: int) -> None:
    """Drop one kept forecast (only to undo the edit that made it)."""
    conn.execute("DELETE FROM forecasts WHERE id = ?", (snapshot_id,))


_RULE_FIELDS = {f.name: f for f in dataclasses.fields(PlanningRules)}


def load_rules(conn: sqlite3.Connection) -> PlanningRules:
    """The planning preferences, defaults for any not set."""
    values: dict[str, object] = {}
    for key, raw in conn.execute("SELECT key, value FROM planning_settings"):
        if key in _RULE_FIELDS:
            values[key] = json.loads(raw)
    try:
        return PlanningRules(**values)  # type: ignore[arg-type]
    except TypeError:
        return PlanningRules()


def save_rules(conn: sqlite3.Connection, rules: PlanningRules) -> None:
    with write_transaction(conn):
        conn.executemany(
            "INSERT INTO planning_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(k, json.dumps(v)) for k, v in dataclasses.asdict(rules).items()])
