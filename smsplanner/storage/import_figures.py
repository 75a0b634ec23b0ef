"""Campaign figures of per-message logs, from the totals of all the campaign's stored
messages (message_totals), and which stored campaign a log's campaign belongs to.

A later log of a campaign may hold only part of it (the next morning's STOP replies, a second
day's sends) and share no message id with what was imported before. Its own figures are then
partial; they are never merged onto the stored campaign. The messages are attached to the
campaign and its figures recomputed from the totals of all of them (old + new), and checked
on the whole.
Runs on the thread that owns the connection; nothing here commits.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from smsplanner.domain.campaign import Campaign, campaign_problems
from smsplanner.domain.errors import FieldProblem, ValidationError
from smsplanner.domain.imports import ImportPlan, PlannedCampaign
from smsplanner.storage.campaigns import get_campaign, update_campaign_in_tx

# A log with sends joins a stored log campaign of the same name and channel when its first
# send falls from one day before that campaign's first message to this many days after its
# last one (a campaign sent over two days, imported day by day). Further apart, the same name
# is a new campaign (a weekly "Weekend deal"). Replies alone join the latest campaign of that
# name sent before them, however late they come.
ATTACH_DAYS = 1

def merge_figures(old: Campaign, new: Campaign) -> Campaign:
    """The stored campaign with every figure the file knows replaced."""
    changes = {f: getattr(new, f) for f in ("time", "segment", "offer", "message", "notes",
                                            "sent", "delivered", "clicks", "replies",
                                            "opt_outs", "conversions", "revenue", "cost")
               if getattr(new, f) is not None}
    return old.with_changes(**changes)


def merged_texts(old: Campaign, new: Campaign) -> Campaign:
    """The stored campaign with the texts a later log knows (its figures are recomputed)."""
    changes = {f: getattr(new, f) for f in ("segment", "offer", "message", "notes")
               if getattr(new, f) is not None}
    return old.with_changes(**changes) if changes else old


def named_problems(c: Campaign, problems: list[FieldProblem],
                   joined: bool = True) -> list[FieldProblem]:
    """Problems saying which campaign, and that its figures include earlier imports."""
    where = f"Campaign '{c.name}' ({c.date.isoformat()})"
    if joined:
        where += ", counted with what was imported before"
    return [FieldProblem(p.field, f"{where}: {p.message}") for p in problems]


def combined_campaign(old: Campaign, row: tuple[Any, ...]) -> Campaign | None:
    """The stored campaign with figures from an aggregate row (None: it holds no messages).

    Not validated; the date is the day of the first send across all its messages.
    """
    (sent, delivered, clicks, replies, conversions, opt_outs, revenue, cost, first,
     count) = row
    if not count:
        return None
    new = Campaign(name=old.name, date=old.date, sent=int(sent or 0), delivered=delivered,
                   clicks=clicks, replies=replies, opt_outs=opt_outs, conversions=conversions,
                   revenue=None if revenue is None else round(revenue, 4),
                   cost=None if cost is None else round(cost, 6))
    merged = merge_figures(old, new)
    if first:
        t = dt.datetime.fromisoformat(first)
        merged = merged.with_changes(date=t.date(), time=f"{t.hour:02d}:{t.minute:02d}")
    return merged


def recompute_campaigns(conn: sqlite3.Connection, campaign_ids: list[int]) -> None:
    """Set log campaigns' figures from their message totals (same rules as the plan).

    Raises ValidationError naming every campaign whose combined figures do not add up (the
    caller's transaction is then rolled back). Reads campaign_totals only, never the rows.
    """
    if not campaign_ids:
        return
    from smsplanner.storage import message_totals

    totals = message_totals.load(conn, campaign_ids)
    problems: list[FieldProblem] = []
    for campaign_id in campaign_ids:
        if campaign_id not in totals:
            continue
        merged = combined_campaign(get_campaign(conn, campaign_id),
                                   totals[campaign_id].figures())
        if merged is None:
            continue
        found = campaign_problems(merged)
        if found:
            problems.extend(named_problems(merged, found))
        elif not problems:
            update_campaign_in_tx(conn, merged)
    if problems:
        raise ValidationError(problems)


# -- which stored campaign each planned log campaign is -------------------------------------

def find_exact(conn: sqlite3.Connection, c: Campaign) -> int | None:
    """The stored campaign with the same name, date and channel."""
    row = conn.execute("SELECT id FROM campaigns WHERE name = ? AND date = ? AND channel = ?",
                       (c.name, c.date.isoformat(), c.channel)).fetchone()
    return None if row is None else int(row[0])


def _log_campaigns(conn: sqlite3.Connection, c: Campaign) -> list[tuple[int, dt.date]]:
    """Stored campaigns of this name and channel that hold log messages, oldest first."""
    rows = conn.execute(
        "SELECT id, date FROM campaigns c WHERE name = ? AND channel = ? AND EXISTS "
        "(SELECT 1 FROM campaign_totals m WHERE m.campaign_id = c.id) ORDER BY date, id",
        (c.name, c.channel)).fetchall()
    return [(int(i), dt.date.fromisoformat(d)) for i, d in rows]


def _last_day(conn: sqlite3.Connection, campaign_id: int, first: dt.date) -> dt.date:
    """Day of the campaign's last stored send (late replies do not stretch it)."""
    from smsplanner.storage import message_totals

    totals = message_totals.load(conn, [campaign_id]).get(campaign_id)
    last = None if totals is None else totals.last_send()
    return dt.date.fromisoformat(last[:10]) if last else first


def _attach_to(conn: sqlite3.Connection, c: Campaign) -> int | None:
    """The stored log campaign a slice without shared message ids continues, if any."""
    candidates = _log_campaigns(conn, c)
    if not candidates:
        return None
    day = c.date  # the slice's first send (its first message when it has no sends)
    one = dt.timedelta(days=1)
    if c.sent:
        near = [(cid, first) for cid, first in candidates if first - one <= day
                and day <= _last_day(conn, cid, first) + ATTACH_DAYS * one]
        return near[-1][0] if near else None
    before = [cid for cid, first in candidates if first <= day]
    return before[-1] if before else None


def resolve_targets(conn: sqlite3.Connection, plan: ImportPlan,
                    owners: dict[int, int]) -> list[int | None]:
    """Per planned campaign (by index), the stored campaign it belongs to; None: a new one.

    In order: the owner of its messages already stored (`owners`, overlapping ids), the same
    name + date + channel, a stored log campaign it continues (see ATTACH_DAYS). Read-only.
    """
    out: list[int | None] = []
    for code, pc in enumerate(plan.campaigns):
        target = owners.get(code)
        if target is None:
            target = find_exact(conn, pc.campaign)
        if target is None:
            target = _attach_to(conn, pc.campaign)
        out.append(target)
    return out


def new_campaign_problems(campaigns: list[PlannedCampaign],
                          targets: list[int | None]) -> list[FieldProblem]:
    """What is wrong with the campaigns a log would create on its own figures."""
    problems: list[FieldProblem] = []
    for pc, target in zip(campaigns, targets, strict=True):
        if target is not None:
            continue
        c = pc.campaign
        found = campaign_problems(c)
        if not found:
            continue
        if not c.sent:
            n = (c.replies or 0) + (c.opt_outs or 0)
            problems.append(FieldProblem("sent", (
                f"Campaign '{c.name}': this log holds only replies ({n}) and no sends, and no "
                "earlier log of this campaign was imported to add them to: import the log of "
                "its sends first (with the same campaign name).")))
        else:
            problems.extend(named_problems(c, found, joined=False))
    return problems
