"""Rates of many campaigns as arrays give exactly the numbers of one campaign at a time."""

from __future__ import annotations

import datetime as dt
import random

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.metrics import METRICS, count_unknown, pooled_rate
from smsplanner.domain.rate_arrays import Counts, pooled
from smsplanner.domain.report import campaign_record, campaign_records


def _campaigns(n: int, seed: int = 3) -> list[Campaign]:
    rng = random.Random(seed)

    def maybe(x: int) -> int | None:
        return None if rng.random() < 0.2 else x

    out = []
    for i in range(n):
        sent = rng.choice([0, 1, 7, 250, 9000, 10**9])
        delivered = maybe(rng.randint(0, sent))
        base = delivered if delivered is not None else sent
        out.append(Campaign(
            id=i + 1, name=f"Camp {i}", date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
            segment=rng.choice([None, "Loyal", "New"]), offer=rng.choice([None, "20% off"]),
            sent=maybe(sent), delivered=delivered, clicks=maybe(rng.randint(0, base)),
            replies=maybe(rng.randint(0, base)), opt_outs=maybe(rng.randint(0, base)),
            conversions=maybe(rng.choice([0, base, rng.randint(0, base)])),
            revenue=rng.choice([None, 12.5]), cost=rng.choice([None, 3.0]),
            message=rng.choice([None, "Hello STOP to end"])))
    return out


def test_records_match_one_at_a_time() -> None:
    campaigns = _campaigns(400)
    assert campaign_records(campaigns) == [campaign_record(c) for c in campaigns]
    assert campaign_records([]) == []


def test_pooled_rates_match() -> None:
    campaigns = _campaigns(300, seed=5)
    for part in (campaigns, campaigns[:1], campaigns[5:9], []):
        counts = Counts.of(part)
        for metric in METRICS:
            assert pooled(counts, metric) == (pooled_rate(part, metric),
                                              count_unknown(part, metric))


def test_filter_apply_matches_one_at_a_time() -> None:
    campaigns = _campaigns(300, seed=8)
    filters = [CampaignFilter(text="camp 1"), CampaignFilter(text="STOP", segment="Loyal"),
               CampaignFilter(channel=None, date_from=dt.date(2026, 3, 1),
                              date_to=dt.date(2026, 5, 1), text="20%"),
               CampaignFilter(channel="email")]
    for f in filters:
        assert f.apply(campaigns) == [c for c in campaigns if f.matches(c)]
    renamed = campaigns[0].with_changes(name="Something else")
    assert not CampaignFilter(text="camp 0").matches(renamed)


def test_plain_python_rates_match_the_arrays() -> None:
    from smsplanner.domain.metrics import wilson_lists
    from smsplanner.domain.rate_arrays import rate_arrays

    campaigns = _campaigns(400, seed=13)
    campaigns.append(Campaign(name="Half", date=dt.date(2026, 1, 1), sent=10,
                              conversions=5.7, clicks=-3, replies=11))  # type: ignore[arg-type]
    counts = Counts.of(campaigns)
    recipients = [c.recipients for c in campaigns]
    numerators = {"conversion": "conversions", "click": "clicks", "response": "replies",
                  "delivery": "delivered"}
    for metric, field in numerators.items():
        dens = [c.sent for c in campaigns] if metric == "delivery" else recipients
        got = wilson_lists([getattr(c, field) for c in campaigns], dens)
        want = [[None if x != x else x for x in a.tolist()]
                for a in rate_arrays(counts, metric).wilson()]
        assert [list(g) for g in got] == want, metric  # the same floats, not merely close
