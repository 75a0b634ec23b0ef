"""Planning operations: plan a send, edit or move it, fill in its results, its warnings.

Shared by the `plan`, `add` and `calendar` commands and the Calendar tab. Each function is
one user action; runs on the caller's thread (the GUI runs writes on its worker).
"""

from __future__ import annotations

import datetime as dt
import difflib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from smsplanner.domain.campaign import Campaign, validate_campaign
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.domain.forecast import History
from smsplanner.domain.holidays_cal import holiday_on
from smsplanner.domain.opt_out_trend import opt_out_rise, rise_words
from smsplanner.domain.plan_forecast import (
    ForecastSnapshot,
    NoHistoryError,
    counting_snapshot,
    plan_history,
    snapshot,
)
from smsplanner.domain.plan_rules import PlanningRules, PlanWarning, plan_warnings
from smsplanner.domain.sms_segments import count_segments
from smsplanner.storage.campaigns import (
    get_campaign,
    insert_campaign_in_tx,
    list_campaigns,
    update_campaign_in_tx,
)
from smsplanner.storage.db import write_transaction
from smsplanner.storage.forecasts import (
    add_snapshot_in_tx,
    delete_snapshot_in_tx,
    list_snapshots,
    load_rules,
)
from smsplanner.storage.import_figures import find_exact


class PlanRefused(SmsPlannerError):
    """A plan that cannot be kept as given (in the past, nobody to text, unknown segment).

    `code` ("past", "no_audience", "unknown_segment") and `fields` let the window word it;
    the message is the command line's sentence."""

    def __init__(self, message: str, code: str = "", **fields: object) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


@dataclass(frozen=True)
class PlanOutcome:
    """A saved plan with its current forecast (None: no history) and warnings."""

    campaign: Campaign
    forecast: ForecastSnapshot | None
    warnings: list[PlanWarning] = field(default_factory=list)
    snapshot_id: int | None = None  # the snapshot this action added (undo removes it)

    def to_dict(self) -> dict[str, object]:
        """The `plan --json` contract."""
        c = self.campaign
        return {"id": c.id, "name": c.name, "date": c.date.isoformat(), "time": c.time,
                "segment": c.segment, "offer": c.offer, "channel": c.channel,
                "status": c.status, "audience": c.audience,
                "forecast": None if self.forecast is None else self.forecast.contract(),
                "warnings": [w.to_dict() for w in self.warnings]}


def message_parts(message: str | None) -> int:
    """Billed parts of the message (1 when the text is not written yet)."""
    return count_segments(message).segments if message else 1


def price_from_history(campaigns: Sequence[Campaign]) -> float | None:
    """Price of one message part from past costs: cost / (sent x parts), pooled."""
    cost = parts = 0.0
    for c in campaigns:
        if c.cost is not None and c.sent and not c.is_planned:
            cost += c.cost
            parts += c.sent * message_parts(c.message)
    return cost / parts if parts else None


def forecast_for_plan(campaigns: Sequence[Campaign], plan: Campaign, *, made_at: dt.datetime,
                      price_per_part: float | None = None) -> ForecastSnapshot | None:
    """The forecast of one plan from the sent campaigns before its day; None: no history."""
    return forecast_with_history(campaigns, plan, made_at=made_at,
                                 price_per_part=price_per_part)[0]


def forecast_with_history(campaigns: Sequence[Campaign], plan: Campaign, *,
                          made_at: dt.datetime, price_per_part: float | None = None
                          ) -> tuple[ForecastSnapshot | None, History | None]:
    """The plan's forecast and the history it rests on (whose fields the window words);
    (None, None): no history.

    The one place plans call the forecast engine, so a better engine is a one-line change.
    """
    try:
        history = plan_history(campaigns, segment=plan.segment, offer=plan.offer,
                               before=plan.date)
    except NoHistoryError:
        return None, None
    price = price_per_part if price_per_part is not None else price_from_history(
        [c for c in campaigns if c.date < plan.date])
    return snapshot(history, audience=int(plan.audience or 0), send_date=plan.date,
                    made_at=made_at, parts=message_parts(plan.message), price_per_part=price,
                    campaign_id=plan.id), history


def latest_forecast(snapshots: Sequence[ForecastSnapshot],
                    c: Campaign) -> ForecastSnapshot | None:
    """The forecast shown for a campaign: the one that counts, else the last made."""
    mine = [s for s in snapshots if s.campaign_id == c.id]
    return counting_snapshot(mine, c.date) or (mine[-1] if mine else None)


def month_cost(campaigns: Sequence[Campaign], snapshots: Sequence[ForecastSnapshot],
               year: int, month: int) -> float:
    """A month's spend: what sent campaigns cost plus the forecast cost of planned ones."""
    total = 0.0
    for c in campaigns:
        if (c.date.year, c.date.month) != (year, month):
            continue
        if c.is_planned:
            f = latest_forecast(snapshots, c)
            total += f.cost or 0.0 if f is not None else 0.0
        else:
            total += c.cost or 0.0
    return total


def warnings_for(plan: Campaign, campaigns: Sequence[Campaign],
                 snapshots: Sequence[ForecastSnapshot], rules: PlanningRules) -> list[PlanWarning]:
    """Every warning for a plan against the other campaigns (planned and sent)."""
    others = [c for c in campaigns if c.id != plan.id]
    before = [c for c in others if c.segment == plan.segment and c.date < plan.date]
    rise = opt_out_rise(before)  # one fit: its figures for the window, its words for the CLI
    return plan_warnings(
        plan, others, rules, holiday=holiday_on(rules.country, plan.date),
        opt_outs_rising=rise is not None, opt_outs_text=rise_words(rise) if rise else "",
        opt_outs_figures=rise,
        month_cost=month_cost([*others, plan], snapshots, plan.date.year, plan.date.month))


def closest_segment(name: str, known: Sequence[str]) -> str | None:
    lowered = {k.lower(): k for k in known}
    if name.lower() in lowered:
        return lowered[name.lower()]
    match = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.0)
    return lowered[match[0]] if match else None


def check_plan(plan: Campaign, campaigns: Sequence[Campaign], today: dt.date) -> Campaign:
    """The plan as it will be kept, or PlanRefused with one sentence."""
    if plan.date < today:
        raise PlanRefused(f"{plan.date.isoformat()} is in the past: a plan is for a send still "
                          "to come (record a past send with its results instead).",
                          "past", date=plan.date)
    if not plan.audience:
        raise PlanRefused("The audience is 0: say how many people the send will text.",
                          "no_audience")
    if plan.segment:
        known = sorted({c.segment for c in campaigns if c.segment and c.id != plan.id})
        if known and plan.segment not in known:
            guess = closest_segment(plan.segment, known)
            if guess is not None and guess.lower() == plan.segment.lower():
                plan = plan.with_changes(segment=guess)
            else:
                raise PlanRefused(f"There is no segment named '{plan.segment}': did you mean "
                                  f"'{guess}'?", "unknown_segment", segment=plan.segment,
                                  guess=guess)
    return validate_campaign(plan.with_changes(status="planned"))


def _outcome(conn: sqlite3.Connection, campaign_id: int, rules: PlanningRules,
             snapshot_id: int | None) -> PlanOutcome:
    campaigns = list_campaigns(conn)
    snaps = list_snapshots(conn)
    c = get_campaign(conn, campaign_id)
    return PlanOutcome(c, latest_forecast(snaps, c), warnings_for(c, campaigns, snaps, rules),
                       snapshot_id)


def plan_send(conn: sqlite3.Connection, plan: Campaign, *, price_per_part: float | None = None,
              now: dt.datetime | None = None) -> PlanOutcome:
    """Keep a new planned send and its first forecast, in one transaction."""
    now = now or dt.datetime.now()
    rules = load_rules(conn)
    price = price_per_part if price_per_part is not None else rules.price_per_part
    with write_transaction(conn):
        campaigns = list_campaigns(conn)
        plan = check_plan(plan, campaigns, now.date())
        new_id = insert_campaign_in_tx(conn, plan)
        f = forecast_for_plan(campaigns, plan.with_changes(id=new_id), made_at=now,
                              price_per_part=price)
        sid = add_snapshot_in_tx(conn, f) if f is not None else None
    return _outcome(conn, new_id, rules, sid)


def edit_plan(conn: sqlite3.Connection, plan: Campaign, *, now: dt.datetime | None = None,
              price_per_part: float | None = None) -> PlanOutcome:
    """Save a changed plan and keep a new forecast (the old ones stay)."""
    now = now or dt.datetime.now()
    rules = load_rules(conn)
    price = price_per_part if price_per_part is not None else rules.price_per_part
    with write_transaction(conn):
        campaigns = list_campaigns(conn)
        plan = check_plan(plan, campaigns, now.date())
        update_campaign_in_tx(conn, plan)
        f = forecast_for_plan(campaigns, plan, made_at=now, price_per_part=price)
        sid = add_snapshot_in_tx(conn, f) if f is not None else None
    return _outcome(conn, int(plan.id or 0), rules, sid)


def move_plan(conn: sqlite3.Connection, campaign_id: int, day: dt.date, *,
              now: dt.datetime | None = None) -> tuple[Campaign, PlanOutcome]:
    """Move a planned send to another day; returns (before, after) for undo."""
    before = get_campaign(conn, campaign_id)
    if not before.is_planned:
        raise PlanRefused(f"'{before.name}' has been sent: only planned sends can be moved.",
                          "already_sent", name=before.name)
    return before, edit_plan(conn, before.with_changes(date=day), now=now)


def undo_plan_edit(conn: sqlite3.Connection, before: Campaign, snapshot_id: int | None) -> None:
    """Put a plan back as it was before an edit or move, dropping the forecast it added."""
    with write_transaction(conn):
        update_campaign_in_tx(conn, before)
        if snapshot_id is not None:
            delete_snapshot_in_tx(conn, snapshot_id)


def record_results(conn: sqlite3.Connection, c: Campaign) -> tuple[int, bool]:
    """Save a sent campaign; one with the name, date and channel of a plan fills that plan
    in (keeping its forecasts). Returns (id, filled_in_a_plan)."""
    c = validate_campaign(c)
    with write_transaction(conn):
        existing = find_exact(conn, c)
        if existing is not None:
            old = get_campaign(conn, existing)
            if old.is_planned:
                keep = {k: getattr(old, k) for k in ("time", "segment", "offer", "message",
                                                     "notes") if getattr(c, k) is None}
                update_campaign_in_tx(conn, c.with_changes(id=existing, audience=old.audience,
                                                           **keep))
                return existing, True
        return insert_campaign_in_tx(conn, c), False


def plan_matches(conn: sqlite3.Connection,
                 new_ids: Sequence[int]) -> list[tuple[Campaign, Campaign]]:
    """(imported campaign, planned send) pairs on the same day, segment and channel: the
    import dialog offers each as "is this the send you planned?" (the user confirms)."""
    plans = [c for c in list_campaigns(conn, status="planned") if c.segment]
    out = []
    for cid in new_ids:
        new = get_campaign(conn, cid)
        if new.is_planned or not new.segment:
            continue
        for p in plans:
            if (p.date, p.segment, p.channel) == (new.date, new.segment, new.channel):
                out.append((new, p))
                plans.remove(p)
                break
    return out


def fill_plan_from_import(conn: sqlite3.Connection, batch_id: int, new_id: int,
                          plan_id: int) -> int:
    """The user confirmed a match: the import's campaign fills in the plan (one campaign)."""
    from smsplanner.storage.plan_adopt import adopt_into_plan

    return adopt_into_plan(conn, batch_id, new_id, plan_id)
