"""Planning operations on the store: the history for a forecast, and campaigns to compare.

Used by the `whatif` / `compare` commands; the Plan tab applies the same rules
(domain/planning.py) to the campaigns it holds. Runs on the caller's thread.
"""

from __future__ import annotations

import sqlite3

from smsplanner.domain.abtest import Arm
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import AmbiguousCampaignError, NotFoundError, SmsPlannerError
from smsplanner.domain.forecast import History, fit_history
from smsplanner.domain.planning import PLANNING_CHANNEL, pooled_arm
from smsplanner.storage.campaigns import find_campaigns, list_campaigns


def load_history(conn: sqlite3.Connection, segment: str | None = None,
                 last: int | None = None) -> History:
    """Fit the forecast's rate model to the campaigns in the store a plan may learn from."""
    return fit_history(list_campaigns(conn, PLANNING_CHANNEL), segment=segment, last=last)


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
