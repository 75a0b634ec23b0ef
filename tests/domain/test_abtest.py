"""A/B comparison and sample sizes against published values, plus a false-win simulation."""

from __future__ import annotations

import numpy as np
import pytest

from smsplanner.domain.abtest import (
    Arm,
    compare,
    fisher_exact,
    newcombe_interval,
    probability_b_better,
    sample_size,
    z_test,
)
from smsplanner.domain.metrics import wilson_interval


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    # Newcombe RG (1998) Two-sided confidence intervals for the single proportion,
    # Stat Med 17:857-872, Table I, method 3 (Wilson score).
    [(81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611),
     (1, 29, 0.0061, 0.1718)],
)
def test_wilson_matches_newcombe_1998(k, n, low, high):
    lo, hi = wilson_interval(k, n)
    assert lo == pytest.approx(low, abs=5e-5)
    assert hi == pytest.approx(high, abs=5e-5)


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    # Newcombe RG (1998) Interval estimation for the difference between independent
    # proportions, Stat Med 17:873-890, Table II, method 10 (hybrid score), for p1 - p2.
    # Here B is p1 and A is p2, so b.rate - a.rate is Newcombe's difference.
    [((48, 80), (56, 70), 0.0524, 0.3339),
     ((3, 10), (9, 10), 0.1705, 0.8090),
     ((0, 29), (5, 56), -0.0381, 0.1926),
     ((0, 20), (0, 10), -0.1611, 0.2775)],
)
def test_difference_interval_matches_newcombe_method_10(a, b, low, high):
    lo, hi = newcombe_interval(Arm("A", *a), Arm("B", *b))
    assert lo == pytest.approx(low, abs=5e-5)
    assert hi == pytest.approx(high, abs=5e-5)


def test_fisher_matches_r_documentation_examples():
    # R ?fisher.test: TeaTasting matrix(c(3, 1, 1, 3)) -> p-value = 0.4857 (two-sided).
    assert fisher_exact(Arm("A", 3, 4), Arm("B", 1, 4)) == pytest.approx(0.4857, abs=5e-5)
    # R ?fisher.test: Convictions matrix(c(2, 10, 15, 3)): dizygotic 2 of 17 convicted,
    # monozygotic 10 of 13; two-sided p-value = 0.0005367.
    p = fisher_exact(Arm("dizygotic", 2, 17), Arm("monozygotic", 10, 13))
    assert p == pytest.approx(0.0005367, rel=1e-3)


def test_z_test_matches_agresti_aspirin_chi_square():
    # Agresti, An Introduction to Categorical Data Analysis: Physicians' Health Study,
    # myocardial infarction 189 of 11,034 on placebo vs 104 of 11,037 on aspirin;
    # Pearson X^2 = 25.01 (df 1). The pooled z-test's z^2 is Pearson's X^2.
    from statistics import NormalDist

    p = z_test(Arm("placebo", 189, 11034), Arm("aspirin", 104, 11037))
    z = NormalDist().inv_cdf(p / 2)
    assert z * z == pytest.approx(25.01, abs=0.006)


def test_small_expected_counts_use_fisher_and_name_it():
    result = compare(Arm("A", 1, 40), Arm("B", 6, 40))
    assert result.test == "Fisher's exact test"
    assert result.p_value == pytest.approx(fisher_exact(Arm("A", 1, 40), Arm("B", 6, 40)))
    large = compare(Arm("A", 100, 2000), Arm("B", 130, 2000))
    assert large.test == "two-proportion z-test"
    assert large.interval_method == "Newcombe hybrid score interval"


def test_sample_size_matches_fleiss_table():
    # Fleiss (1981) Statistical Methods for Rates and Proportions, Table A.4 (with continuity
    # correction): p1 = 0.05, p2 = 0.10, alpha 0.05 two-sided, power 0.80 -> 474 per group.
    assert sample_size(0.05, 0.05, continuity_correction=True).per_arm == 474
    # The same without the correction, by the stated formula: 434.4 -> 435.
    plain = sample_size(0.05, 0.05)
    assert (plain.per_arm, plain.total) == (435, 870)
    assert "Checking early" in plain.warning


def test_sample_size_gives_the_promised_power_by_simulation():
    plan = sample_size(0.04, 0.02)
    rng = np.random.default_rng(11)
    ka = rng.binomial(plan.per_arm, 0.04, 1500)
    kb = rng.binomial(plan.per_arm, 0.06, 1500)
    wins = sum(z_test(Arm("A", int(a), plan.per_arm), Arm("B", int(b), plan.per_arm)) < 0.05
               for a, b in zip(ka, kb, strict=True))
    assert 0.76 <= wins / 1500 <= 0.84


def test_false_win_rate_on_equal_rates_is_about_five_percent():
    rng = np.random.default_rng(5)
    sims, n = 3000, 1500
    ka = rng.binomial(n, 0.04, sims)
    kb = rng.binomial(n, 0.04, sims)
    wins = sum(compare(Arm("A", int(a), n), Arm("B", int(b), n)).significant
               for a, b in zip(ka, kb, strict=True))
    assert 0.04 <= wins / sims <= 0.06


def test_probability_b_better_exact_sum_agrees_with_monte_carlo():
    a, b = Arm("A", 12, 300), Arm("B", 21, 310)
    rng = np.random.default_rng(3)
    draws_a = rng.beta(1 + 12, 1 + 288, 200_000)
    draws_b = rng.beta(1 + 21, 1 + 289, 200_000)
    assert probability_b_better(a, b) == pytest.approx((draws_b > draws_a).mean(), abs=0.005)
    assert probability_b_better(a, a) == pytest.approx(0.5, abs=1e-9)


def test_verdicts_are_plain_sentences():
    win = compare(Arm("Plain text", 100, 2000), Arm("With emoji", 160, 2000))
    assert win.verdict == ("B (With emoji) converts better than A (Plain text); a difference "
                           "this size is unlikely to be chance.")
    assert compare(Arm("A", 160, 2000), Arm("B", 100, 2000)).verdict.startswith(
        "A converts better than B; ")
    unclear = compare(Arm("A", 100, 1000), Arm("B", 120, 1000))
    assert unclear.verdict.startswith("Not enough data to tell: about ")
    assert unclear.more_recipients_needed == sample_size(0.1, 0.02).per_arm - 1000
    assert "2,800 more recipients per message" in unclear.verdict
    same = compare(Arm("A", 50, 1000), Arm("B", 50, 1000))
    assert "same rate" in same.verdict


def test_compare_with_a_side_that_never_converted_still_gives_a_verdict() -> None:
    # 0 of 200 against 3 of 200 is not significant (Fisher, p = 0.25); the planner must not
    # choke on a 0% rate when it says how many more recipients would settle it.
    from smsplanner.domain.abtest import Arm, compare

    r = compare(Arm("A", 0, 200), Arm("B", 3, 200))
    assert r.test == "Fisher's exact test"
    assert not r.significant
    assert r.more_recipients_needed is None or r.more_recipients_needed > 0
    assert "Not enough data" in r.verdict or "No clear winner" in r.verdict
    both_zero = compare(Arm("A", 0, 50), Arm("B", 0, 80))
    assert "same rate" in both_zero.verdict


def _group(rng: np.random.Generator, name: str, mean: float, campaigns: int,
           concentration: float | None) -> Arm:
    """A group of campaigns whose true rates vary as Beta(mean*M, (1-mean)*M) (or not at all)."""
    n = rng.integers(1000, 5000, campaigns)
    p = (np.full(campaigns, mean) if concentration is None
         else rng.beta(mean * concentration, (1 - mean) * concentration, campaigns))
    k = rng.binomial(n, p)
    return Arm(name, int(k.sum()), int(n.sum()), tuple(zip(k.tolist(), n.tolist(), strict=True)))


def test_groups_whose_campaigns_vary_do_not_make_false_wins() -> None:
    # Two groups of 8 campaigns with the same true mean rate, campaigns varying as usual
    # (M = 200: 4% +- 1.4%). Pooling their counts into one binomial z-test called a winner
    # in about 60% of runs; allowing for the variation brings it back to about 5%.
    rng = np.random.default_rng(11)
    runs = 400
    wins = sum(compare(_group(rng, "A", 0.04, 8, 200.0), _group(rng, "B", 0.04, 8, 200.0))
               .significant for _ in range(runs))
    assert 0.02 <= wins / runs <= 0.09


def test_groups_with_only_chance_variation_estimate_close_to_pooled_counts() -> None:
    # With no spread beyond chance the campaign weights follow the audiences, so each
    # group's rate is close to its pooled rate.
    rng = np.random.default_rng(12)
    a, b = _group(rng, "A", 0.04, 6, None), _group(rng, "B", 0.05, 6, None)
    r = compare(a, b)
    assert r.group is not None
    assert r.side("A")[0] == pytest.approx(a.rate, rel=0.05)
    assert r.side("B")[0] == pytest.approx(b.rate, rel=0.05)
    assert r.difference_low < r.difference < r.difference_high


def test_varying_groups_widen_the_interval_and_name_the_method() -> None:
    rng = np.random.default_rng(13)
    a, b = _group(rng, "A", 0.04, 10, 100.0), _group(rng, "B", 0.045, 10, 100.0)
    r = compare(a, b)
    plain = compare(Arm("A", a.conversions, a.recipients), Arm("B", b.conversions, b.recipients))
    assert r.dispersion > 2
    assert r.difference_high - r.difference_low > plain.difference_high - plain.difference_low
    assert r.p_value > plain.p_value
    assert "random-effects" in r.test and "t on 18 df" in r.test
    d = r.to_dict()
    assert d["dispersion"] == r.dispersion and d["method"] == r.test
    assert (d["campaigns_a"], d["campaigns_b"]) == (10, 10)
    if not r.significant:
        assert "more campaigns, not just more recipients" in r.verdict


def test_tiny_p_values_keep_their_size_and_print_as_less_than_a_millionth() -> None:
    from smsplanner.domain.words import format_p

    # z ~ 11.9, p ~ 1e-32: 2 * NormalDist().cdf(-z) (0.5 * (1 + erf)) rounds it to exactly 0.
    mid = compare(Arm("A", 1000, 50_000), Arm("B", 1600, 50_000))
    assert 0 < mid.p_value < 1e-16
    assert format_p(mid.p_value) == "< 0.000001"
    assert format_p(0.0342) == "0.0342"
