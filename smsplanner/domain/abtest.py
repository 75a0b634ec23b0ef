"""Did B really beat A? Two conversion rates compared honestly, and a test-size planner.

Methods, named in every result:
- rates: Wilson score intervals (Wilson 1927);
- difference B - A: Newcombe's hybrid score interval (Newcombe 1998, method 10);
- p-value: two-sided two-proportion z-test (pooled, no continuity correction, the same as R's
  prop.test(correct = FALSE)); Fisher's exact test (two-sided, R's rule: sum the tables no
  more likely than the one seen) when any expected count is under 5;
- P(B's true rate is higher): Beta(1+k, 1+n-k) posteriors, exact sum (Evan Miller 2015).
Groups of campaigns: their rates differ from campaign to campaign by more than chance, so
pooled counts are not binomial (a pooled z-test on two groups with the same true rate called
a winner ~60% of the time, and a quasi-binomial dispersion still 10-20% when audiences vary
from 200 to 20,000). Groups are compared campaign by campaign (group_test): a random-effects
model of campaign rates with a Hartung-Knapp t test on campaigns - 2 df; the intervals and
P(B better) come from the same t.
Pure Python + numpy; any thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from smsplanner.domain.forecast_fit import gammaln
from smsplanner.domain.group_test import METHOD as GROUP_METHOD
from smsplanner.domain.group_test import GroupTest, compare_groups
from smsplanner.domain.metrics import wilson_interval

_N = NormalDist()
ALPHA = 0.05
PEEKING_WARNING = (
    "Decide the number of recipients before you start and look at the result once. "
    "Checking early and stopping when it looks good turns many chance differences into "
    "false wins."
)
SAMPLE_SIZE_FORMULA = (
    "n per message = [z(1-alpha/2) * sqrt(2 * p * (1 - p)) + z(power) * "
    "sqrt(p1 * (1 - p1) + p2 * (1 - p2))]^2 / (p2 - p1)^2, with p = (p1 + p2) / 2 "
    "(two-sided test of two proportions, normal approximation; Fleiss, Levin & Paik 2003)"
)


@dataclass(frozen=True)
class Arm:
    """One side of the comparison: a campaign or a group of campaigns."""

    name: str
    conversions: int
    recipients: int
    # (conversions, recipients) of each campaign when the side is a group of campaigns.
    parts: tuple[tuple[int, int], ...] = ()

    @property
    def rate(self) -> float:
        return self.conversions / self.recipients

    def interval(self) -> tuple[float, float]:
        return wilson_interval(self.conversions, self.recipients)

    def to_dict(self) -> dict[str, object]:
        low, high = self.interval()
        return {"name": self.name, "conversions": self.conversions,
                "recipients": self.recipients, "rate": self.rate, "low": low, "high": high}


@dataclass(frozen=True)
class Comparison:
    """Everything the A/B panel and `smsplanner compare` show."""

    a: Arm
    b: Arm
    difference: float
    difference_low: float
    difference_high: float
    interval_method: str
    p_value: float
    test: str
    probability_b_better: float
    significant: bool
    more_recipients_needed: int | None
    verdict: str
    dispersion: float = 1.0  # > 1: groups whose campaigns vary by more than chance
    group: GroupTest | None = None  # set when the sides are groups compared campaign by campaign

    @property
    def verdict_kind(self) -> str:
        """Which verdict `verdict` words, for front ends with their own words: "better" (the
        side with the higher rate converts better), "same", "groups_vary", "more_needed"
        (`more_recipients_needed` says how many) or "no_winner"."""
        if self.significant:
            return "better"
        if self.difference == 0:
            return "same"
        if self.group is not None:
            return "groups_vary"
        return "more_needed" if self.more_recipients_needed else "no_winner"

    @property
    def method(self) -> str:
        """The test's name, for the tooltip and the JSON."""
        return self.test

    def side(self, letter: str) -> tuple[float, float, float]:
        """(rate, low, high) of side "A" or "B" as compared: for groups, the campaign-weighted
        rate and its t interval; for campaigns, the rate and its Wilson interval."""
        arm = self.a if letter == "A" else self.b
        g = self.group
        if g is None:
            return (arm.rate, *arm.interval())
        return (g.rate_a, g.low_a, g.high_a) if letter == "A" else (g.rate_b, g.low_b, g.high_b)

    def _side_dict(self, letter: str) -> dict[str, object]:
        arm = self.a if letter == "A" else self.b
        out = arm.to_dict()
        if self.group is not None:
            rate, low, high = self.side(letter)
            out.update({"rate": rate, "low": low, "high": high, "pooled_rate": arm.rate,
                        "campaigns": len(arm.parts)})
        return out

    def to_dict(self) -> dict[str, object]:
        return {
            "a": self._side_dict("A"), "b": self._side_dict("B"),
            "difference": self.difference,
            "difference_low": self.difference_low, "difference_high": self.difference_high,
            "interval_method": self.interval_method, "p_value": self.p_value,
            "test": self.test, "probability_b_better": self.probability_b_better,
            "more_recipients_needed": self.more_recipients_needed, "verdict": self.verdict,
            "dispersion": self.dispersion, "method": self.method,
            "campaigns_a": max(1, len(self.a.parts)), "campaigns_b": max(1, len(self.b.parts)),
        }


def newcombe_interval(a: Arm, b: Arm) -> tuple[float, float]:
    """95% interval for rate(b) - rate(a): Newcombe's hybrid score (method 10)."""
    la, ua = a.interval()
    lb, ub = b.interval()
    d = b.rate - a.rate
    low = d - math.sqrt((b.rate - lb) ** 2 + (ua - a.rate) ** 2)
    high = d + math.sqrt((ub - b.rate) ** 2 + (a.rate - la) ** 2)
    return low, high


def z_test(a: Arm, b: Arm) -> float:
    """Two-sided p-value of the pooled two-proportion z-test."""
    pooled = (a.conversions + b.conversions) / (a.recipients + b.recipients)
    var = pooled * (1 - pooled) * (1 / a.recipients + 1 / b.recipients)
    if var <= 0:
        return 1.0
    z = (b.rate - a.rate) / math.sqrt(var)
    # erfc keeps tiny p-values (1e-300) that 2 * (1 - cdf) would round to exactly 0.
    return math.erfc(abs(z) / math.sqrt(2))


def fisher_exact(a: Arm, b: Arm) -> float:
    """Two-sided p-value of Fisher's exact test on the 2x2 table (conversions / others)."""
    total_k = a.conversions + b.conversions
    lo, hi = max(0, total_k - b.recipients), min(a.recipients, total_k)
    x = np.arange(lo, hi + 1, dtype=float)
    na, nb = float(a.recipients), float(b.recipients)
    # Hypergeometric log pmf of x conversions in A given the margins (constants dropped).
    logp = -(gammaln(x + 1) + gammaln(na - x + 1) + gammaln(total_k - x + 1)
             + gammaln(nb - total_k + x + 1))
    logp -= logp.max()
    p = np.exp(logp)
    p /= p.sum()
    observed = p[a.conversions - lo]
    return float(min(1.0, p[p <= observed * (1 + 1e-7)].sum()))


def probability_b_better(a: Arm, b: Arm) -> float:
    """P(rate_B > rate_A) under Beta(1+k, 1+n-k) posteriors (uniform priors), exact."""
    aa, ba = 1.0 + a.conversions, 1.0 + a.recipients - a.conversions
    ab, bb = 1.0 + b.conversions, 1.0 + b.recipients - b.conversions
    i = np.arange(0, int(ab), dtype=float)

    def lbeta(x: np.ndarray | float, y: np.ndarray | float) -> np.ndarray:
        return gammaln(np.asarray(x, float)) + gammaln(np.asarray(y, float)) - gammaln(
            np.asarray(x, float) + np.asarray(y, float))

    terms = (lbeta(aa + i, ba + bb) - np.log(bb + i) - lbeta(1 + i, bb) - lbeta(aa, ba))
    return float(min(1.0, max(0.0, np.exp(terms).sum())))


def _expected_counts_small(a: Arm, b: Arm) -> bool:
    pooled = (a.conversions + b.conversions) / (a.recipients + b.recipients)
    return any(n * p < 5 for n in (a.recipients, b.recipients) for p in (pooled, 1 - pooled))


def group_dispersion(a: Arm, b: Arm) -> tuple[float, int]:
    """(dispersion, df): Pearson chi2 of each group's campaigns about the group's own rate
    over (campaigns - groups), floored at 1; (1.0, 0) when neither side has 2+ campaigns."""
    chi2, df = 0.0, 0
    for arm in (a, b):
        if len(arm.parts) < 2:
            continue
        df += len(arm.parts) - 1
        p = arm.rate
        if 0 < p < 1:
            chi2 += sum((k - n * p) ** 2 / (n * p * (1 - p)) for k, n in arm.parts if n > 0)
    return (max(1.0, chi2 / df), df) if df else (1.0, 0)


def compare(a: Arm, b: Arm, alpha: float = ALPHA) -> Comparison:
    """Compare B with A: intervals, p-value with the named test, and a plain verdict."""
    if a.recipients <= 0 or b.recipients <= 0:
        raise ValueError("both sides need recipients")
    dispersion, _ = group_dispersion(a, b)
    group = None
    if max(len(a.parts), len(b.parts)) >= 2:
        group = compare_groups(a.parts or ((a.conversions, a.recipients),),
                               b.parts or ((b.conversions, b.recipients),), alpha)
        low, high, p_value = group.difference_low, group.difference_high, group.p_value
        test = f"{GROUP_METHOD}, t on {group.df} df"
        # P(B's typical rate is higher) from the same t: one tail of the two-sided p.
        p_better = 1 - p_value / 2 if group.difference > 0 else p_value / 2
        if group.difference == 0:
            p_better = 0.5
    else:
        low, high = newcombe_interval(a, b)
        if _expected_counts_small(a, b):
            p_value, test = fisher_exact(a, b), "Fisher's exact test"
        else:
            p_value, test = z_test(a, b), "two-proportion z-test"
        p_better = probability_b_better(a, b)
    significant = p_value < alpha
    more = None
    difference = group.difference if group is not None else b.rate - a.rate
    if significant:
        (better, side), (worse, other) = ((b, "B"), (a, "A")) if difference > 0 else \
            ((a, "A"), (b, "B"))
        # "B (Loyal customers) converts better": the verb agrees with the side's letter, not
        # with a group name that reads as plural ("Loyal customers converts" did not).
        verdict = (f"{_side(side, better)} converts better than {_side(other, worse)}; a "
                   "difference this size is unlikely to be chance.")
    elif difference == 0:
        verdict = "Both converted at the same rate: there is no difference to settle."
    elif group is not None:
        # More recipients in the same campaigns would not settle it: their rates vary.
        verdict = ("Not enough data to tell: these campaigns vary so much from one send to "
                   "the next that more campaigns, not just more recipients, would be needed "
                   "to settle a difference this size.")
    else:
        # A side with 0 (or all) conversions has no usable rate for the planner's formula;
        # shift it half a conversion towards the middle (as Jeffreys's prior does).
        pa, pb = _planning_rate(a), _planning_rate(b)
        needed = 0 if pa == pb else sample_size(pa, pb - pa, alpha=alpha).per_arm
        more = max(0, needed - min(a.recipients, b.recipients))
        if more > 0:
            verdict = (f"Not enough data to tell: about {_round_nice(more):,} more recipients "
                       "per message would settle a difference this size.")
        else:
            verdict = ("No clear winner: the difference is small enough to be chance, "
                       "even with this many recipients.")
    method = ("t interval of the difference in campaign-weighted rates" if group is not None
              else "Newcombe hybrid score interval")
    return Comparison(a, b, difference, low, high, method, p_value, test, p_better,
                      significant, more, verdict, dispersion, group)


def _side(letter: str, arm: Arm) -> str:
    """ "B (Loyal customers)", or just "B" when the arm is named "B" (or unnamed)."""
    name = arm.name.strip()
    return letter if not name or name == letter else f"{letter} ({name})"


def _planning_rate(arm: Arm) -> float:
    """The observed rate, or (conversions + 0.5) / (recipients + 1) when it is 0% or 100%."""
    if 0 < arm.conversions < arm.recipients:
        return arm.rate
    return (arm.conversions + 0.5) / (arm.recipients + 1)


def round_nice(x: int) -> int:
    """Two significant figures, as the verdict says a number of recipients."""
    return _round_nice(x)


def _round_nice(x: int) -> int:
    """Two significant figures: 4,637 -> 4,600."""
    if x < 100:
        return x
    digits = math.floor(math.log10(x)) - 1
    return int(round(x, -digits))


@dataclass(frozen=True)
class SampleSize:
    """Recipients needed per message (arm) and in total, with the formula used."""

    per_arm: int
    total: int
    baseline: float
    target: float
    alpha: float
    power: float
    formula: str = SAMPLE_SIZE_FORMULA
    warning: str = PEEKING_WARNING

    def to_dict(self) -> dict[str, object]:
        return {"per_arm": self.per_arm, "total": self.total, "baseline": self.baseline,
                "target": self.target, "alpha": self.alpha, "power": self.power,
                "two_sided": True, "formula": self.formula, "warning": self.warning}


def sample_size(baseline: float, lift: float, alpha: float = ALPHA, power: float = 0.8,
                continuity_correction: bool = False) -> SampleSize:
    """Per-arm recipients to detect an absolute `lift` over `baseline` (two-sided test).

    With continuity_correction, Fleiss's correction n' = n/4 (1 + sqrt(1 + 4/(n |d|)))^2.
    """
    p1, p2 = baseline, baseline + lift
    if not (0 < p1 < 1 and 0 < p2 < 1) or lift == 0:
        raise ValueError("baseline and baseline + lift must be strictly between 0 and 1, "
                         "and the lift cannot be zero")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("significance and power must be between 0 and 1")
    pbar = (p1 + p2) / 2
    za, zb = _N.inv_cdf(1 - alpha / 2), _N.inv_cdf(power)
    d = abs(p2 - p1)
    n = (za * math.sqrt(2 * pbar * (1 - pbar))
         + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / d**2
    if continuity_correction:
        n = n / 4 * (1 + math.sqrt(1 + 4 / (n * d))) ** 2
    per_arm = math.ceil(n - 1e-9)
    return SampleSize(per_arm, 2 * per_arm, p1, p2, alpha, power)
