"""Kept forecasts: which one counts, calibration counts, and whether the ranges hold."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.opt_out_trend import opt_outs_rising
from smsplanner.domain.plan_forecast import (
    ForecastSnapshot,
    calibration,
    check_forecasts,
    counting_snapshot,
    plan_history,
    snapshot,
)

DAY = dt.date(2026, 5, 20)


def snap(made: str, low80: int = 10, high80: int = 20, cid: int = 1, sid: int = 0,
         low95: int | None = None, high95: int | None = None) -> ForecastSnapshot:
    return ForecastSnapshot(made_at=made, send_date=DAY, basis="b", rate=0.03,
                            history_campaigns=5, audience=500, expected_conversions=15.0,
                            low_80=low80, high_80=high80, low_95=low95 if low95 is not None
                            else low80 - 5, high_95=high95 if high95 is not None
                            else high80 + 5, campaign_id=cid, id=sid)


def test_the_last_snapshot_made_by_the_send_day_counts() -> None:
    first = snap("2026-05-01T09:00:00", sid=1)
    edited = snap("2026-05-19T18:00:00", sid=2)
    same_day = snap("2026-05-20T08:00:00", sid=3)
    after = snap("2026-05-21T10:00:00", sid=4)
    assert counting_snapshot([first, edited], DAY) is edited
    assert counting_snapshot([first, edited, same_day, after], DAY) is same_day
    assert counting_snapshot([after], DAY) is None


def test_calibration_counts_on_a_hand_made_history() -> None:
    campaigns, snaps = [], []
    # 10 forecasts of 10-20 (80%) and 5-25 (95%): actuals 15 x7 inside, 22 x2 only in the
    # 95% range, 40 x1 outside both.
    for i, actual in enumerate([15] * 7 + [22, 22, 40]):
        cid = i + 1
        day = DAY + dt.timedelta(days=7 * i)
        campaigns.append(Campaign(name=f"C{cid}", date=day, sent=500, conversions=actual,
                                  id=cid))
        snaps.append(snap(f"{day - dt.timedelta(days=2)}T09:00:00", cid=cid, sid=cid))
    campaigns.append(Campaign(name="Planned", date=DAY + dt.timedelta(days=99), id=99,
                              status="planned", audience=500))
    snaps.append(snap("2026-05-01T09:00:00", cid=99, sid=99))
    # A sent campaign whose only forecast came after the send does not count.
    campaigns.append(Campaign(name="Late", date=DAY, sent=500, conversions=15, id=50))
    snaps.append(snap("2026-06-30T09:00:00", cid=50, sid=50))
    checks = check_forecasts(campaigns, snaps)
    assert [c.campaign_id for c in checks] == list(range(1, 11))
    cal = calibration(checks)
    assert (cal.n, cal.inside_80, cal.inside_95) == (10, 7, 9)
    assert cal.text.startswith("Of your last 10 forecasts, 7 landed inside the 80% range and "
                               "9 inside the 95% range")
    assert "about as often as promised" in cal.text
    few = calibration(checks[:3])
    assert few.n == 3 and "too early to tell" in few.text
    assert calibration([]).n == 0


def test_calibration_says_when_ranges_are_too_narrow() -> None:
    campaigns = [Campaign(name=f"C{i}", date=DAY + dt.timedelta(days=i), sent=500,
                          conversions=40 if i % 2 else 15, id=i + 1) for i in range(20)]
    snaps = [snap(f"{DAY}T00:00:00", cid=i + 1, sid=i + 1) for i in range(20)]
    cal = calibration(check_forecasts(campaigns, snaps))
    assert (cal.n, cal.inside_80) == (20, 10)
    assert "less often than promised" in cal.text


def _history(rng: np.random.Generator, rate: float, sd: float, count: int,
             next_audience: int) -> tuple[list[Campaign], int]:
    logit = np.log(rate / (1 - rate)) + rng.normal(0.0, sd, count + 1)
    rates = 1 / (1 + np.exp(-logit))
    audiences = np.exp(rng.uniform(np.log(200), np.log(20_000), count)).astype(int)
    conv = rng.binomial(audiences, rates[:count])
    start = dt.date(2025, 1, 6)
    cs = [Campaign(name=f"S{i}", date=start + dt.timedelta(days=10 * i), segment="Loyal",
                   sent=int(a), conversions=int(k), id=i + 1)
          for i, (a, k) in enumerate(zip(audiences, conv, strict=True))]
    return cs, int(rng.binomial(next_audience, rates[count]))


def test_kept_forecasts_land_inside_their_ranges_as_often_as_promised() -> None:
    """Over the realistic spread: audiences 200-20,000, rates 1-8%, campaign-to-campaign
    variation from tight to wide (logit sd 0.15-0.6: rates within about +-15% to +-80% of
    the shop's average), 8-30 past campaigns; seeded. (Tighter than 0.15 with short
    histories, the 80% range is cautious, about 86%: the history cannot show it is tight.)"""
    rng = np.random.default_rng(13)
    sims = 1200
    in80 = in95 = 0
    made = dt.datetime(2026, 1, 1, 9, 0)
    for _ in range(sims):
        rate = rng.uniform(0.01, 0.08)
        sd = rng.uniform(0.15, 0.6)
        audience = int(np.exp(rng.uniform(np.log(200), np.log(20_000))))
        history, actual = _history(rng, rate, sd, int(rng.integers(8, 31)), audience)
        h = plan_history(history, segment="Loyal", offer=None, before=dt.date(2027, 1, 1))
        f = snapshot(h, audience=audience, send_date=dt.date(2027, 1, 1), made_at=made,
                     parts=1, price_per_part=0.05)
        in80 += f.low_80 <= actual <= f.high_80
        in95 += f.low_95 <= actual <= f.high_95
    assert 0.77 <= in80 / sims <= 0.83, in80 / sims
    assert 0.93 <= in95 / sims <= 0.97, in95 / sims


def test_history_is_sent_campaigns_before_the_send_and_the_offer_when_enough() -> None:
    cs = [Campaign(name=f"A{i}", date=DAY - dt.timedelta(days=10 * (i + 1)), segment="L",
                   offer="20% off" if i < 5 else None, sent=1000, conversions=80 if i < 5
                   else 20, id=i + 1) for i in range(10)]
    later = Campaign(name="Later", date=DAY + dt.timedelta(days=3), segment="L", sent=1000,
                     conversions=500, id=20)
    planned = Campaign(name="P", date=DAY - dt.timedelta(days=1), segment="L",
                       status="planned", audience=1000, id=21)
    h = plan_history([*cs, later, planned], segment="L", offer="20% off", before=DAY)
    assert h.campaigns == 5 and "20% off" in h.description
    assert h.model.mean == pytest.approx(0.08, abs=0.01)
    h_all = plan_history([*cs, later], segment="L", offer="New arrivals", before=DAY)
    assert h_all.campaigns == 10


def test_opt_outs_rising_uses_the_trend_verdict() -> None:
    def seg(rates: list[float]) -> list[Campaign]:
        return [Campaign(name=f"O{i}", date=DAY + dt.timedelta(days=14 * i), segment="L",
                         sent=4000, opt_outs=round(4000 * r), conversions=100, id=i + 1)
                for i, r in enumerate(rates)]

    rising, words = opt_outs_rising(seg([0.004, 0.005, 0.006, 0.008, 0.010, 0.013, 0.016]))
    assert rising and "%" in words
    assert opt_outs_rising(seg([0.006, 0.0058, 0.0062, 0.006, 0.0059, 0.0061])) == (False, "")
    assert opt_outs_rising(seg([0.004, 0.02])) == (False, "")


def test_a_plan_follows_a_real_falling_trend_to_its_send_day() -> None:
    # 24 weekly sends of 5,000 whose rate falls steadily from 6% to 2%: a real decline.
    start = dt.date(2026, 1, 5)
    past = [Campaign(name=f"W{i}", date=start + dt.timedelta(weeks=i), sent=5000,
                     conversions=round(5000 * (0.06 - 0.04 * i / 23)), id=i + 1)
            for i in range(24)]
    last = past[-1].date
    soon = plan_history(past, segment=None, offer=None, before=last + dt.timedelta(days=7))
    later = plan_history(past, segment=None, offer=None, before=last + dt.timedelta(days=70))
    assert soon.follows_trend and "falling" in soon.explanation
    # Followed to the send day: ten weeks further down the line is a lower rate.
    assert later.model.mean < soon.model.mean < 0.03
