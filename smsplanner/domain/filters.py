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
        return not self.text or self.text.casefold() in search_text(c)

    def apply(self, campaigns: Iterable[Campaign]) -> list[Campaign]:
        """The campaigns that match, in order: one test at a time over the survivors (the
        same answer as matches, without a call per campaign and test)."""
        out = list(campaigns)
        if self.segment is not None:
            out = [c for c in out if c.segment == self.segment]
        if self.channel is not None:
            out = [c for c in out if c.channel == self.channel]
        if self.date_from is not None:
            out = [c for c in out if c.date >= self.date_from]
        if self.date_to is not None:
            out = [c for c in out if c.date <= self.date_to]
        if self.text:
            needle = self.text.casefold()
            out = [c for c in out if needle in search_text(c)]
        return out


def search_text(c: Campaign) -> str:
    """The casefolded text a search looks in (name, segment, message, offer), worked out once
    per campaign object and kept while those fields stay the same objects: each keystroke
    searches 20,000 campaigns, once for the table and once for the trends chart."""
    cached = c.__dict__.get("_search_text")
    if (cached is not None and cached[0] is c.name and cached[1] is c.segment
            and cached[2] is c.message and cached[3] is c.offer):
        return cached[4]
    text = " ".join(x for x in (c.name, c.segment, c.message, c.offer) if x).casefold()
    c.__dict__["_search_text"] = (c.name, c.segment, c.message, c.offer, text)
    return text
