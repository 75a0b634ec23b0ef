"""What-if forecasts: the issue's worked numbers, exactness checks, and predictive coverage."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.forecast import (
    MAX_HISTORY,
    NoHistoryError,
    WhatIfInputs,
    audience_for,
    fit_history,
    select_history,
    what_if,
)
from smsplanner.domain.forecast_counts import count_distribution, prob_at_least
from smsplanner.domain.forecast_fit import RateModel, gammaln
from smsplanner.domain.forecast_fit import fit_history as fit_model
from smsplanner.domain.sample import sample_campaigns


def _binom_pmf(k: int, n: int, p: float) -> float:
    return math.comb(n, k) * p**k * (1 - p) ** (n - k)


def test_gammaln_matches_math_lgamma():
    xs = np.array([1e-3, 0.5, 1.0, 2.5, 9.999, 10.0, 123.4, 1e6])
    expected = np.array([math.lgamma(x) for x in xs])
    assert np.allclose(gammaln(xs), expected, rtol=1e-12, atol=1e-9)


def test_typed_rate_gives_issue_example_400_conversions():
    r = what_if(WhatIfInputs(audience=10_000, rate=0.04))
    assert r.delivery_rate == 1.0
    assert r.expected_conversions == pytest.approx(400.0)
    assert r.rate_source == "given"


def test_typed_rate_range_is_exact_binomial():
    r = what_if(WhatIfInputs(audience=500, rate=0.05))
    cdf = np.cumsum([_binom_pmf(k, 500, 0.05) for k in range(501)])
    exact_lo = int(np.searchsorted(cdf, 0.025))
    exact_hi = int(np.searchsorted(cdf, 0.975))
    assert (r.conversions_low, r.conversions_high) == (exact_lo, exact_hi)
    d = r.distribution
    assert d.step == 1
    for k, p in zip(d.counts[:40], d.pmf[:40], strict=False):
        assert p == pytest.approx(_binom_pmf(int(k), 500, 0.05), abs=1e-12)


def test_money_outputs_follow_from_conversions():
    r = what_if(WhatIfInputs(audience=10_000, rate=0.03, delivery_rate=0.95,
                             cost_per_message=0.05, revenue_per_conversion=40.0))
    assert r.expected_delivered == pytest.approx(9500)
    assert r.expected_conversions == pytest.approx(285)
    assert r.cost == pytest.approx(500.0)
    assert r.revenue == pytest.approx(285 * 40)
    assert r.profit == pytest.approx(285 * 40 - 500)
    assert r.profit_low == pytest.approx(r.conversions_low * 40 - 500)
    assert r.roi == pytest.approx((285 * 40 - 500) / 500)
    assert r.cost_per_conversion == pytest.approx(500 / 285)
    assert r.break_even_rate == pytest.approx(500 / (40 * 9500))
    assert r.conversions_low < r.conversions_low80 < 285 < r.conversions_high80
    assert r.conversions_high80 < r.conversions_high
    assert r.probability_of_profit == pytest.approx(1.0)


def test_probability_of_profit_near_break_even_is_near_half():
    # Break-even at exactly the expected count: profit needs more than 100 conversions.
    r = what_if(WhatIfInputs(audience=5000, rate=0.02, cost_per_message=0.2,
                             revenue_per_conversion=10.0))
    exact = 1 - sum(_binom_pmf(k, 5000, 0.02) for k in range(101))
    assert r.probability_of_profit == pytest.approx(exact, abs=1e-9)


def test_unknown_revenue_leaves_money_outputs_unknown():
    r = what_if(WhatIfInputs(audience=1000, rate=0.05, cost_per_message=0.05))
    assert r.revenue is None and r.profit is None and r.probability_of_profit is None
    assert r.cost == pytest.approx(50.0)


def _c(i: int, conv: int | None, delivered: int, segment: str = "Loyal customers",
       revenue: float | None = None, sent: int | None = None) -> Campaign:
    return Campaign(name=f"c{i}", date=dt.date(2026, 3, 1) + dt.timedelta(days=7 * i),
                    segment=segment, sent=sent or delivered + 30, delivered=delivered,
                    conversions=conv, revenue=revenue, id=i)


def test_history_description_delivery_and_revenue_come_from_the_campaigns():
    cs = [_c(i, 60 + i, 1500, revenue=(60 + i) * 30.0) for i in range(14)]
    cs.append(_c(99, 30, 1000, segment="New subscribers"))
    h = fit_history(cs, segment="Loyal customers")
    assert h.campaigns == 14
    assert h.description == "based on 14 campaigns to Loyal customers since March 2026"
    assert h.delivery_rate == pytest.approx(1500 / 1530)
    assert h.revenue_per_conversion == pytest.approx(30.0)
    assert not h.short and h.warning == ""
    r = what_if(WhatIfInputs(audience=10_000, history=h, cost_per_message=0.04))
    assert r.rate_source == "history" and r.history_campaigns == 14
    assert r.delivery_rate == pytest.approx(1500 / 1530)
    assert r.revenue_per_conversion == pytest.approx(30.0)


def test_history_last_n_and_unusable_campaigns():
    cs = [_c(i, 50, 1000) for i in range(10)] + [_c(20, None, 1000)]
    chosen = select_history(cs, last=3)
    assert [c.id for c in chosen] == [7, 8, 9]
    h = fit_history(cs, last=3)
    assert h.description == "based on your last 3 campaigns, since April 2026"


def test_no_history_is_a_user_error():
    with pytest.raises(NoHistoryError, match="Type an expected rate"):
        fit_history([_c(1, None, 100)])
    with pytest.raises(NoHistoryError, match="segment 'VIP'"):
        fit_history([_c(1, 5, 100)], segment="VIP")


def test_short_history_says_so_and_is_wider():
    cs = [_c(i, k, 2000) for i, k in enumerate([80, 100, 90, 110, 95, 85, 105, 92])]
    short = fit_history(cs[:2])
    long = fit_history(cs)
    assert short.short and "history is short" in short.warning
    r_short = what_if(WhatIfInputs(audience=5000, history=short))
    r_long = what_if(WhatIfInputs(audience=5000, history=long))
    width = lambda r: r.conversions_high - r.conversions_low  # noqa: E731
    assert width(r_short) > 1.5 * width(r_long)


def test_history_range_is_wider_than_binomial_when_campaigns_vary():
    h = fit_history(sample_campaigns(), segment="Loyal customers")
    r = what_if(WhatIfInputs(audience=10_000, history=h))
    b = what_if(WhatIfInputs(audience=10_000, rate=h.model.mean, delivery_rate=h.delivery_rate))
    assert (r.conversions_high - r.conversions_low) > 3 * (b.conversions_high - b.conversions_low)


def test_count_distribution_large_audience_is_strided_and_normalised():
    model = fit_model([40, 55, 61, 38], [1000, 1200, 1100, 900])
    d = count_distribution(model, 2_000_000)
    assert d.step > 1 and len(d.counts) <= 330
    assert d.pmf.sum() == pytest.approx(1.0)
    mean = float((d.counts * d.pmf).sum())
    assert mean == pytest.approx(2_000_000 * model.mean, rel=0.01)


def test_audience_for_target_conversions_with_90_percent_confidence():
    model = RateModel.fixed(0.04)
    need = audience_for(model, 100, confidence=0.9)
    assert need is not None

    def p_at_least(n: int) -> float:
        return 1 - sum(_binom_pmf(k, n, 0.04) for k in range(100))

    assert p_at_least(need) >= 0.9
    assert p_at_least(int(need * 0.995)) < 0.9  # close to the smallest such audience
    assert audience_for(model, 100, delivery_rate=0.5) == pytest.approx(2 * need, rel=0.01)


def _simulate_coverage(sims: int, seed: int) -> tuple[float, float]:
    """Histories of 20 campaigns whose true rates vary (logit sd 0.3) around 2-8%."""
    rng = np.random.default_rng(seed)
    hits = hits_binomial = 0
    for _ in range(sims):
        base = rng.uniform(0.02, 0.08)
        logits = np.log(base / (1 - base)) + rng.normal(0, 0.3, 21)
        rates = 1 / (1 + np.exp(-logits))
        n = rng.integers(800, 5000, 21)
        k = rng.binomial(n, rates)
        model = fit_model(k[:20], n[:20])
        d = count_distribution(model, int(n[20]))
        hits += d.quantile(0.025) <= k[20] <= d.quantile(0.975)
        pooled = RateModel.fixed(k[:20].sum() / n[:20].sum())
        b = count_distribution(pooled, int(n[20]))
        hits_binomial += b.quantile(0.025) <= k[20] <= b.quantile(0.975)
    return hits / sims, hits_binomial / sims


def test_predictive_range_holds_next_campaign_95_percent_of_the_time():
    coverage, binomial_only = _simulate_coverage(sims=800, seed=2026)
    assert 0.93 <= coverage <= 0.97
    # A binomial-only range from the pooled rate ignores campaign-to-campaign variation.
    assert binomial_only < 0.6


def _betabinom_pmf(k: int, n: int, a: float, b: float) -> float:
    """Reference: the beta-binomial pmf written out with math.lgamma (no numpy)."""
    lg = math.lgamma
    return math.exp(lg(n + 1) - lg(k + 1) - lg(n - k + 1) + lg(k + a) + lg(n - k + b)
                    - lg(n + a + b) + lg(a + b) - lg(a) - lg(b))


def test_history_counts_are_the_exact_beta_binomial_mixture():
    model = fit_model([40, 55, 61, 38, 70], [1000, 1200, 1100, 900, 1300])
    n = 700
    d = count_distribution(model, n)
    assert d.step == 1
    for k, p in zip(d.counts[::7], d.pmf[::7], strict=False):
        exact = sum(w * _betabinom_pmf(int(k), n, a, b)
                    for w, a, b in zip(model.weights, model.a, model.b, strict=True))
        assert p == pytest.approx(exact, rel=1e-6, abs=1e-12)
    # The lower-tail sum behind the inverse question agrees with the same reference.
    exact_tail = 1 - sum(w * _betabinom_pmf(k, n, a, b) for k in range(30)
                         for w, a, b in zip(model.weights, model.a, model.b, strict=True))
    assert prob_at_least(model, n, 30) == pytest.approx(exact_tail, abs=1e-9)


def test_history_distribution_is_smooth_not_a_comb():
    # The rate is a few smooth Beta components, so the count distribution has one peak at any
    # audience (a mixture over a grid of rates gave 28-40 spurious peaks on this history).
    h = fit_history(sample_campaigns(), segment="Loyal customers")
    for n in (9_700, 1_000_000):
        p = count_distribution(h.model, n).pmf
        peaks = int(((p[1:-1] > p[:-2]) & (p[1:-1] > p[2:])).sum())
        assert peaks == 1


def test_strided_quantiles_follow_the_rate_quantiles_at_a_large_audience():
    # At 2 million people the coin-flip noise is tiny next to the rate's own uncertainty, so
    # the count quantiles are n times the rate quantiles (interpolated within a bin).
    model = fit_model([40, 55, 61, 38], [1000, 1200, 1100, 900])
    n = 2_000_000
    d = count_distribution(model, n)
    assert d.step > 1
    for q in (0.025, 0.1, 0.5, 0.9, 0.975):
        assert d.quantile(q) == pytest.approx(n * model.quantile(q), rel=0.01)


def test_audience_for_history_is_the_smallest_that_is_90_percent_sure():
    h = fit_history(sample_campaigns(), segment="Loyal customers")
    for target in (5, 100, 2_000):
        need = audience_for(h.model, target, confidence=0.9, delivery_rate=0.97)
        assert need is not None

        def sure(people: int, target: int = target) -> float:
            return prob_at_least(h.model, round(people * 0.97), target)

        assert sure(need) >= 0.9
        assert sure(int(need * 0.995) - 1) < 0.9


def test_a_long_history_uses_the_most_recent_campaigns_and_says_so():
    cs = [_c(i, 40 + i % 7, 1000) for i in range(MAX_HISTORY + 50)]
    h = fit_history(cs)
    assert h.campaigns == MAX_HISTORY
    first_kept = cs[50].date
    assert h.description == (f"based on your last {MAX_HISTORY} campaigns (of "
                             f"{MAX_HISTORY + 50:,}), since {first_kept:%B %Y}")
    seg = fit_history(cs, segment="Loyal customers", last=10)  # a shorter choice: as asked
    assert seg.description.startswith("based on your last 10 campaigns to Loyal customers,")


def test_edge_histories_give_counts_between_zero_and_the_audience():
    # No conversions yet, every recipient converted, one tiny campaign: ranges stay in 0..n,
    # and bins of a strided distribution hold only counts that can happen.
    for k, n in (([0, 0], [100, 200]), ([100], [100]), ([0], [5])):
        model = fit_model(k, n)
        d = count_distribution(model, 1000)
        assert d.counts[0] >= 0 and d.counts[-1] + d.bin_widths[-1] - 1 <= 1000
        assert 0 <= d.quantile(0.025) <= d.quantile(0.975) <= 1000
        assert d.pmf.sum() == pytest.approx(1.0)


def test_audience_for_is_none_past_the_limit():
    assert audience_for(RateModel.fixed(1e-6), 100) is None  # would need ~113 million
    assert audience_for(RateModel.fixed(1e-6), 100, limit=10**9) == pytest.approx(1.13e8,
                                                                                  rel=0.01)
