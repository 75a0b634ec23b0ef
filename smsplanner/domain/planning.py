"""Which past campaigns a plan may learn from: the rules both front ends follow.

A forecast (of a what-if or of a planned send), a typical audience or an A/B side uses SMS
campaigns only (other channels convert differently), and of those only sends with conversions
and recipients known: a campaign whose conversions were never recorded says nothing about the
rate, and is not a zero; a planned send has no results yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from smsplanner.domain.abtest import Arm
from smsplanner.domain.campaign import Campaign

PLANNING_CHANNEL = "sms"


def sms_only(campaigns: Iterable[Campaign]) -> list[Campaign]:
    """The campaigns a plan may learn from: the SMS ones."""
    return [c for c in campaigns if c.channel == PLANNING_CHANNEL]


def has_known_rate(c: Campaign) -> bool:
    """True when a campaign's conversion rate is known: a send (not a plan) with conversions
    and recipients recorded."""
    return not c.is_planned and c.conversions is not None and (c.recipients or 0) > 0


def with_known_rate(campaigns: Iterable[Campaign], segment: str | None = None) -> list[Campaign]:
    """The campaigns that can feed a conversion forecast, optionally of one segment."""
    return [c for c in campaigns if has_known_rate(c)
            and (segment is None or c.segment == segment)]


def pooled_arm(name: str, campaigns: Sequence[Campaign]) -> Arm | None:
    """Campaigns pooled into one side of an A/B comparison; None when none has a known rate.

    Each campaign's counts go along, so compare() can allow for how much their rates vary.
    """
    usable = with_known_rate(campaigns)
    if not usable:
        return None
    parts = tuple((int(c.conversions or 0), int(c.recipients or 0)) for c in usable)
    return Arm(name, sum(k for k, _ in parts), sum(n for _, n in parts), parts)
