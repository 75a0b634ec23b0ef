"""What writing an ImportPlan would refuse, found without writing: the dry run's check.

The write checks some figures only once they are joined with what is stored (a summary row
merged onto a stored campaign; a log slice counted with the campaign's earlier messages).
`preview_problems` computes those same combined figures read-only (temporary tables only)
and returns the same problems, in the same order. Runs on the thread that owns `conn`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from smsplanner.domain.campaign import campaign_problems
from smsplanner.domain.errors import FieldProblem
from smsplanner.domain.imports import ImportPlan
from smsplanner.storage.campaigns import get_campaign
from smsplanner.storage.import_figures import (
    FIGURES,
    combined_campaign,
    find_exact,
    merge_figures,
    named_problems,
    new_campaign_problems,
    resolve_targets,
)
from smsplanner.storage.import_messages import VALUE_COLS, load_incoming, stored_owners


def preview_problems(conn: sqlite3.Connection, plan: ImportPlan,
                     check: Callable[[], None] | None = None) -> list[FieldProblem]:
    """The problems `write_plan` would raise as ValidationError for this plan ([]: none).

    `check` is called between chunks of a big log (it raises to cancel).
    """
    if plan.shape == "messages" and plan.messages is not None:
        return _log_problems(conn, plan, check)
    return _summary_problems(conn, plan)


def _summary_problems(conn: sqlite3.Connection, plan: ImportPlan) -> list[FieldProblem]:
    """Each row merged onto the stored campaign it updates, checked as the write checks it."""
    problems: list[FieldProblem] = []
    for pc in plan.campaigns:
        existing = find_exact(conn, pc.campaign)
        if existing is None:
            found = campaign_problems(pc.campaign)
            problems.extend(named_problems(pc.campaign, found, joined=False))
            continue
        merged = merge_figures(get_campaign(conn, existing), pc.campaign)
        problems.extend(named_problems(merged, campaign_problems(merged)))
    return problems


def _log_problems(conn: sqlite3.Connection, plan: ImportPlan,
                  check: Callable[[], None] | None) -> list[FieldProblem]:
    """Each stored campaign the log joins, with all its messages as the write would leave
    them (stored ones, overlapping ones with the file's values, the file's new ones)."""
    overlap = conn.execute("SELECT 1 FROM import_messages WHERE provider = ? LIMIT 1",
                           (plan.provider,)).fetchone() is not None
    loaded = False
    try:
        owners: dict[int, int] = {}
        if overlap:
            loaded = True  # (set first: a cancel inside still drops what was made)
            load_incoming(conn, plan, check)
            owners = stored_owners(conn)
        targets = resolve_targets(conn, plan, owners)
        problems = new_campaign_problems(list(plan.campaigns), targets)
        joined = sorted({t for t in targets if t is not None})
        if problems or not joined:
            return problems
        if not loaded:
            loaded = True
            load_incoming(conn, plan, check)
        conn.execute("DROP TABLE IF EXISTS temp.camp")
        conn.execute("CREATE TEMP TABLE camp (code INTEGER PRIMARY KEY, campaign_id INTEGER)")
        conn.executemany("INSERT INTO temp.camp VALUES (?, ?)",
                         [(k, t) for k, t in enumerate(targets) if t is not None])
        figures = {int(r[0]): tuple(r[1:]) for r in conn.execute(_COMBINED)}
        for campaign_id in joined:
            if campaign_id not in figures:
                continue
            merged = combined_campaign(get_campaign(conn, campaign_id), figures[campaign_id])
            if merged is not None:
                problems.extend(named_problems(merged, campaign_problems(merged)))
        return problems
    finally:
        if loaded:
            conn.execute("DROP TABLE IF EXISTS temp.incoming")
            conn.execute("DROP TABLE IF EXISTS temp.camp")


_STORED_VALUES = ", ".join(f"CASE WHEN t.message_id IS NULL THEN m.{c} ELSE t.{c} END AS {c}"
                           for c in VALUE_COLS)
# The joined campaigns' messages after the write: stored rows (with the file's values where
# the file has the same message) and the file's new rows; then the figures, grouped.
_COMBINED = f"""SELECT cid, {FIGURES} FROM (
    SELECT m.campaign_id AS cid, m.outbound AS outbound, {_STORED_VALUES}
    FROM import_messages m LEFT JOIN temp.incoming t
      ON t.provider = m.provider AND t.message_id = m.message_id
    WHERE m.campaign_id IN (SELECT campaign_id FROM temp.camp)
    UNION ALL
    SELECT c.campaign_id, t.outbound, {', '.join('t.' + c for c in VALUE_COLS)}
    FROM temp.incoming t JOIN temp.camp c ON c.code = t.campaign
    WHERE NOT EXISTS (SELECT 1 FROM import_messages m
                      WHERE m.provider = t.provider AND m.message_id = t.message_id)
) GROUP BY cid"""
