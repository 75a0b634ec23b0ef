"""The verdict: calibrated on simulated histories, and a strong decline reads as "down"."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.sample import sample_campaigns
from smsplanner.domain.trend import CampaignTable, trend_series
from smsplanner.domain.verdict import (
    FLAT_TEXT,
    change_words,
    t_quantile,
    t_two_sided_p,
    trend_verdict,
)

START = dt.date(2025, 1, 1)


def _history(rng: np.random.Generator, *, slope: float = 0.0, campaigns: int = 24,
             noise: float = 0.25, segments: int = 1) -> list[Campaign]:
    """Campaigns over a year: logit rate = level + slope * years + campaign noise."""
    out = []
    for i in range(campaigns):
        day = START + dt.timedelta(days=int(rng.integers(0, 365)))
        n = int(rng.integers(300, 5000))
        seg = i % segments
        years = (day - START).days / 365
        logit = np.log(0.04 / 0.96) + 0.5 * seg + slope * years + rng.normal(0, noise)
        k = int(rng.binomial(n, 1 / (1 + np.exp(-logit))))
        out.append(Campaign(name=f"c{i}", date=day, sent=n, conversions=k, segment=f"S{seg}"))
    return out


def _verdict(campaigns: list[Campaign], metric: str = "conversion"):
    table = CampaignTable.from_campaigns(campaigns)
    return trend_verdict(trend_series(table, metric), table)


def test_t_distribution_against_table_values() -> None:
    assert t_quantile(10) == pytest.approx(2.228139, abs=1e-5)
    assert t_quantile(1) == pytest.approx(12.706205, abs=1e-4)
    assert t_quantile(30) == pytest.approx(2.042272, abs=1e-5)
    assert t_two_sided_p(2.0, 5) == pytest.approx(0.101939, abs=1e-5)
    assert t_two_sided_p(0.0, 7) == pytest.approx(1.0)


@pytest.mark.parametrize("segments", [1, 3])
def test_no_change_histories_mostly_say_no_clear_change(segments: int) -> None:
    rng = np.random.default_rng(20260101 + segments)
    runs = 250
    flat = sum(_verdict(_history(rng, segments=segments)).direction == "flat"
               for _ in range(runs))
    assert 0.90 <= flat / runs <= 0.99


def test_no_change_without_extra_noise_is_not_over_cautious() -> None:
    rng = np.random.default_rng(7)
    runs = 200
    flat = sum(_verdict(_history(rng, noise=0.0)).direction == "flat" for _ in range(runs))
    assert 0.90 <= flat / runs <= 0.995


def test_strong_decline_says_down_with_its_size() -> None:
    rng = np.random.default_rng(11)
    verdicts = [_verdict(_history(rng, slope=-1.0)) for _ in range(40)]
    assert sum(v.direction == "down" for v in verdicts) >= 36
    v = verdicts[0]
    assert v.change is not None and v.change_low is not None and v.change_high is not None
    assert v.change_low <= v.change <= v.change_high < 0
    assert v.start_rate is not None and v.end_rate is not None
    assert v.change == pytest.approx(v.end_rate - v.start_rate)
    assert v.text.startswith("Conversion rate fell from ")
    assert "unlikely to be chance" in v.text
    assert v.p_value is not None and v.p_value < 0.05


def test_strong_rise_says_up() -> None:
    rng = np.random.default_rng(12)
    v = _verdict(_history(rng, slope=1.2, campaigns=40))
    assert v.direction == "up" and "rose" in v.text and v.change_low > 0  # type: ignore[operator]


def test_flat_verdict_interval_includes_zero() -> None:
    rng = np.random.default_rng(3)
    v = next(v for v in (_verdict(_history(rng)) for _ in range(20)) if v.direction == "flat")
    assert v.text == FLAT_TEXT
    assert v.change_low <= 0 <= v.change_high  # type: ignore[operator]
    assert v.p_value >= 0.05  # type: ignore[operator]
    assert "95% interval" in change_words(v)


def test_sample_history_declines() -> None:
    v = _verdict(sample_campaigns())
    assert v.direction == "down"
    assert v.segments == 3


def test_too_few_campaigns_is_said_plainly() -> None:
    cs = [Campaign(name="a", date=START, sent=100, conversions=3),
          Campaign(name="b", date=START + dt.timedelta(days=9), sent=100, conversions=5)]
    v = _verdict(cs)
    assert v.direction == "flat" and v.p_value is None and "Too few campaigns" in v.text
    assert v.to_dict()["change"] is None


def test_no_conversions_at_all_is_flat_without_a_fit() -> None:
    cs = [Campaign(name=f"c{i}", date=START + dt.timedelta(days=i * 10), sent=200, conversions=0)
          for i in range(6)]
    v = _verdict(cs)
    assert v.direction == "flat" and v.change == 0.0 and "none of the people" in v.text


def test_to_dict_has_the_cli_keys() -> None:
    v = _verdict(sample_campaigns())
    assert set(v.to_dict()) == {"direction", "change", "change_low", "change_high",
                                "p_value", "text"}


# -- the p-value in plain words (the line under the verdict) --------------------------------
@pytest.mark.parametrize(("p", "words"), [
    (0.0004, "less than once in 1,000"), (0.0081, "less than once in 100"),
    (0.012, "about once in 100"), (0.021, "about 2 times in 100"),
    (0.094, "about 9 times in 100"), (0.13, "about once in 10"),
    (0.43, "about 4 times in 10"), (0.97, "nearly every time"),
])
def test_chance_words_say_how_often_chance_alone_does_it(p: float, words: str) -> None:
    from smsplanner.domain.verdict import Verdict, chance_words

    direction = "down" if p < 0.05 else "flat"
    line = chance_words(Verdict(direction, -0.011, -0.02, -0.002, p, "t"))
    if direction == "down":
        only = "" if words.startswith("less") else "only "
        assert line == ("Likely real: if nothing had really changed, a drop this size would "
                        f"happen by chance {only}{words}.")
    else:
        assert line == ("Could be chance: even with nothing really changing, a drop this size "
                        f"happens by chance {words}.")
    rise = chance_words(Verdict(direction, 0.02, 0.01, 0.03, p, "t"))
    assert "a rise this size" in rise


def test_chance_words_are_empty_without_a_fit() -> None:
    from smsplanner.domain.verdict import Verdict, chance_words

    assert chance_words(Verdict("flat", None, None, None, None, "Too few")) == ""
    assert chance_words(Verdict("flat", 0.0, None, None, None, "No change")) == ""
