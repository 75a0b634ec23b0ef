"""Planning operations on the store: the history for a forecast, and campaigns to compare.

Used by the `whatif` / `compare` commands; the Plan tab applies the same rules
(domain/planning.py) to the campaigns it holds. Runs on the caller's thread.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from smsplanner.domain.abtest import ALPHA, Arm, Comparison, compare
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import AmbiguousCampaignError, NotFoundError, SmsPlannerError
from smsplanner.domain.forecast import History, WhatIf, WhatIfInputs, fit_history, what_if
from smsplanner.domain.planning import PLANNING_CHANNEL, pooled_arm, sms_only
from smsplanner.storage.campaigns import find_campaigns, list_campaigns


def load_history(conn: sqlite3.Connection, segment: str | None = None,
                 last: int | None = None, on: dt.date | None = None) -> History:
    """Fit the forecast's rate model to the SMS campaigns in the store (at send date `on`:
    a real trend is followed to it)."""
    return fit_history(list_campaigns(conn, PLANNING_CHANNEL), segment=segment, last=last,
                       on=on)


def forecast_send(source: sqlite3.Connection | Sequence[Campaign], audience: int,
                  date: dt.date, segment: str | None = None, offer: str | None = None,
                  last: int | None = None, delivery_rate: float | None = None,
                  cost_per_message: float | None = None,
                  revenue_per_conversion: float | None = None) -> WhatIf:
    """Forecast one planned send of `audience` people on `date` from past SMS campaigns.

    source: an open store or the campaigns themselves; segment / offer / last narrow the
    history as in the what-if panel. Where the history's rate is really rising or falling
    (the trend verdict's test) the forecast follows that trend to `date`; else it uses the
    history's recent level (its usual level under 8 campaigns). The result's `explanation`
    says which, and `likely_text` words the figure. Raises NoHistoryError when no past
    campaign fits. A few to ~50 ms; any thread.
    """
    campaigns = (list_campaigns(source, PLANNING_CHANNEL)
                 if isinstance(source, sqlite3.Connection) else sms_only(source))
    if offer is not None:
        campaigns = [c for c in campaigns if c.offer == offer]
    history = fit_history(campaigns, segment=segment, last=last, on=date)
    return what_if(WhatIfInputs(audience=audience, history=history,
                                delivery_rate=delivery_rate, cost_per_message=cost_per_message,
                                revenue_per_conversion=revenue_per_conversion))


def resolve_campaign(conn: sqlite3.Connection, ref: str) -> Campaign:
    """The one campaign with this id or exact name; typed errors for none or several."""
    found = find_campaigns(conn, ref.strip())
    if not found:
        raise NotFoundError(f"There is no campaign with the id or name '{ref}'.")
    if len(found) > 1:
        ids = ", ".join(str(c.id) for c in found[:6])
        raise AmbiguousCampaignError(
            f"{len(found)} campaigns are named '{ref}' (ids {ids}): give the id instead."
        )
    return found[0]


def campaign_arm(c: Campaign) -> Arm:
    """One campaign as a side of an A/B comparison (conversions over recipients)."""
    arm = pooled_arm(c.name, [c])
    if arm is None:
        raise SmsPlannerError(
            f"'{c.name}' has no conversions or recipients recorded, so its conversion rate "
            "is unknown and it cannot be compared."
        )
    return arm


def group_arm(name: str, campaigns: Sequence[Campaign]) -> Arm:
    """Several campaigns pooled into one side (sum of conversions over sum of recipients)."""
    arm = pooled_arm(name, campaigns)
    if arm is None:
        raise SmsPlannerError(f"No campaign in '{name}' has conversions and recipients recorded.")
    return arm


GROUP_KINDS = ("segment", "offer")


def group_comparison(campaigns: Sequence[Campaign], kind: str, a: str, b: str,
                     alpha: float = ALPHA) -> Comparison:
    """Compare the SMS campaigns of two segments (kind "segment") or two offers ("offer").

    The one function behind `compare --segment/--offer` and the A/B panel's group modes;
    campaigns without conversions or recipients are left out. Any thread.
    """
    if kind not in GROUP_KINDS:
        raise ValueError(f"cannot group campaigns by {kind!r}")
    if a == b:
        raise SmsPlannerError(f"A and B are the same {kind} ('{a}'): pick two different ones.")
    sms = sms_only(campaigns)
    arms = []
    for value in (a, b):
        chosen = [c for c in sms if getattr(c, kind) == value]
        if not chosen:
            known = sorted({str(getattr(c, kind)) for c in sms if getattr(c, kind)})
            listed = ", ".join(f"'{k}'" for k in known[:8]) or "none recorded"
            raise NotFoundError(f"There is no campaign with the {kind} '{value}' "
                                f"({kind}s: {listed}).")
        arms.append(group_arm(value, chosen))
    return compare(arms[0], arms[1], alpha)


def compare_groups_in_store(conn: sqlite3.Connection, kind: str, a: str,
                            b: str) -> Comparison:
    """group_comparison over the store's campaigns."""
    return group_comparison(list_campaigns(conn, PLANNING_CHANNEL), kind, a, b)
