"""Is a segment's opt-out rate rising? The trend verdict applied to opt-outs. Any thread."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.metrics import format_percent
from smsplanner.domain.trend import CampaignTable, TrendSeries, wilson_arrays
from smsplanner.domain.verdict import trend_verdict


def opt_outs_rising(campaigns: Sequence[Campaign]) -> tuple[bool, str]:
    """(rising, words) for the sent campaigns given (one segment), by opt-outs / recipients."""
    usable = sorted((c for c in campaigns if not c.is_planned and c.opt_outs is not None
                     and (c.recipients or 0) > 0), key=lambda c: (c.date, c.id or 0))
    if len(usable) < 3:
        return False, ""
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
        return False, ""
    return True, (f"from {format_percent(v.start_rate, 2)} to {format_percent(v.end_rate, 2)} "
                  f"of recipients ({v.start:%b %Y} – {v.end:%b %Y})")
