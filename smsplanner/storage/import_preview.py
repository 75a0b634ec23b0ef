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
from smsplanner.storage import message_totals
from smsplanner.storage.campaigns import get_campaign
from smsplanner.storage.import_figures import (
    combined_campaign,
    find_exact,
    merge_figures,
    named_problems,
    new_campaign_problems,
    resolve_targets,
)
from smsplanner.storage.import_messages import (
    code_table,
    delta,
    load_incoming,
    map_states,
    stored_owners,
)
from smsplanner.storage.import_stage import drop_stage
from smsplanner.storage.message_totals import Totals


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
    """Each stored campaign the log joins, with its totals as the write would leave them
    (stored messages, overlapping ones with the file's values, the file's new ones)."""
    stored_any = conn.execute("SELECT 1 FROM messages LIMIT 1").fetchone() is not None
    loaded = False
    try:
        owners: dict[int, int] = {}
        if stored_any:
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
        map_states(conn, None)
        code_table(conn, [(k, t) for k, t in enumerate(targets) if t is not None])
        changes = delta(conn, bool(owners))
        totals = message_totals.load(conn, joined)
        for campaign_id in joined:
            if campaign_id not in changes and campaign_id not in totals:
                continue
            # A send time moved off the first or last send (stale) keeps the stored one
            # here: only the write counts the rows again; the figures checked are the same.
            after = message_totals.combine(totals.get(campaign_id),
                                           changes.get(campaign_id, Totals()))
            merged = combined_campaign(get_campaign(conn, campaign_id), after.figures())
            if merged is not None:
                problems.extend(named_problems(merged, campaign_problems(merged)))
        return problems
    finally:
        if loaded and not plan.staged:
            drop_stage(conn)
        conn.execute("DROP TABLE IF EXISTS temp.camp")
        conn.execute("DROP TABLE IF EXISTS temp.state_map")
