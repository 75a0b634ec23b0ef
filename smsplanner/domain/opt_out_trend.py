"""Is a segment's opt-out rate rising? The trend verdict applied to opt-outs. Any thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.metrics import format_percent
from smsplanner.domain.trend import CampaignTable, TrendSeries, wilson_arrays
from smsplanner.domain.verdict import trend_verdict


def opt_outs_rising(campaigns: Sequence[Campaign]) -> tuple[bool, str]:
    """(rising, words) for the sent campaigns given (one segment), by opt-outs / recipients."""
    rise = opt_out_rise(campaigns)
    return (False, "") if rise is None else (True, rise_words(rise))


def rise_words(rise: dict[str, Any]) -> str:
    """The rise in English words (the command line's warning)."""
    return (f"from {format_percent(rise['start_rate'], 2)} to "
            f"{format_percent(rise['end_rate'], 2)} of recipients "
            f"({rise['start']:%b %Y} – {rise['end']:%b %Y})")


def opt_out_rise(campaigns: Sequence[Campaign]) -> dict[str, Any] | None:
    """The rise as data (start_rate, end_rate, start, end dates), or None when not rising:
    the window words it in the user's language, the command line through opt_outs_rising."""
    usable = sorted((c for c in campaigns if not c.is_planned and c.opt_outs is not None
                     and (c.recipients or 0) > 0), key=lambda c: (c.date, c.id or 0))
    if len(usable) < 3:
        return None
    table = CampaignTable.from_campaigns(usable)
    k = np.array([float(min(c.opt_outs or 0, c.recipients or 0)) for c in usable])
    n = np.array([float(c.recipients or 0) for c in usable])
    low, high = wilson_arrays(k, n)
    # The verdict reads only the counts and rows; its label comes from a metric whose text
    # is replaced below.
    series = TrendSeries("response", np.arange(len(usable)), k, n, k / n, low, high,
                         np.zeros(len(usable), dtype=bool), 0, 0)
    v = trend_verdict(series, table)
    if v.direction != "up" or v.start_rate is None or v.end_rate is None:
        return None
    return {"start_rate": v.start_rate, "end_rate": v.end_rate, "start": v.start,
            "end": v.end}
