"""An imported campaign that is really a planned send: its results move into the plan.

Done inside one transaction so that undoing the import later puts the plan back as it was
(planned, no results) and removes the messages, as for any campaign the import changed.
"""

from __future__ import annotations

import json
import sqlite3

from smsplanner.domain.errors import SmsPlannerError
from smsplanner.storage.campaigns import COLUMNS, get_campaign, update_campaign_in_tx
from smsplanner.storage.db import write_transaction
from smsplanner.storage.message_totals import Totals, counted, save

_FULL_COLS = ("id", *COLUMNS, "created_at", "updated_at")
_FIGURES = ("sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue",
            "cost")
_TEXTS = ("time", "offer", "message", "notes")


def adopt_into_plan(conn: sqlite3.Connection, batch_id: int, new_id: int, plan_id: int) -> int:
    """Move the results of campaign `new_id` (created by import `batch_id`) into the planned
    campaign `plan_id`, which becomes sent and keeps its forecasts; returns plan_id."""
    with write_transaction(conn):
        plan = get_campaign(conn, plan_id)
        new = get_campaign(conn, new_id)
        made = conn.execute("SELECT created FROM import_batch_campaigns WHERE batch_id = ? AND "
                            "campaign_id = ?", (batch_id, new_id)).fetchone()
        if not plan.is_planned or made is None or not made[0]:
            raise SmsPlannerError(f"'{new.name}' cannot be joined to the plan '{plan.name}': "
                                  "the plan has results already, or the import did not "
                                  "create that campaign.")
        row = conn.execute(f"SELECT {', '.join(_FULL_COLS)} FROM campaigns WHERE id = ?",
                           (plan_id,)).fetchone()
        before = json.dumps(dict(zip(_FULL_COLS, tuple(row), strict=True)))
        conn.execute("UPDATE messages SET campaign_id = ? WHERE campaign_id = ?",
                     (plan_id, new_id))
        fresh = counted(conn, [plan_id, new_id])
        save(conn, {c: fresh.get(c, Totals()) for c in (plan_id, new_id)})
        changes: dict[str, object] = {f: getattr(new, f) for f in _FIGURES}
        changes.update({f: getattr(new, f) for f in _TEXTS
                        if getattr(plan, f) is None and getattr(new, f) is not None})
        conn.execute("DELETE FROM campaigns WHERE id = ?", (new_id,))
        update_campaign_in_tx(conn, plan.with_changes(**changes))
        conn.execute("UPDATE import_batch_campaigns SET campaign_id = ?, created = 0, before = ? "
                     "WHERE batch_id = ? AND campaign_id = ?", (plan_id, before, batch_id, new_id))
        conn.execute("UPDATE import_batches SET campaigns_created = campaigns_created - 1, "
                     "campaigns_updated = campaigns_updated + 1 WHERE id = ?", (batch_id,))
    return plan_id
