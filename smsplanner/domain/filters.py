"""What the user chose to look at: shared by the campaigns table, the trends chart and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from smsplanner.domain.campaign import Campaign


@dataclass(frozen=True)
class CampaignFilter:
    """Segment, channel, date range and free-text search; None means 'any'."""

    segment: str | None = None
    channel: str | None = "sms"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""

    def matches(self, c: Campaign) -> bool:
        if self.segment is not None and c.segment != self.segment:
            return False
        if self.channel is not None and c.channel != self.channel:
            return False
        if self.date_from is not None and c.date < self.date_from:
            return False
        if self.date_to is not None and c.date > self.date_to:
            return False
        if self.text:
            needle = self.text.casefold()
            hay = " ".join(x for x in (c.name, c.segment, c.message, c.offer) if x)
            if needle not in hay.casefold():
                return False
        return True

    def apply(self, campaigns: Iterable[Campaign]) -> list[Campaign]:
        return [c for c in campaigns if self.matches(c)]
