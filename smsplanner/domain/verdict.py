"""The verdict on a trend: is the rate going up or down, and could that be chance?

A logistic regression of successes/trials on time (IRLS, bigger campaigns weigh more), with one
level per segment so a change in the segment mix is not read as a trend. Campaigns differ by
more than binomial chance (offer, weather, list mood), which makes a plain binomial fit
overconfident: we estimate that extra logit-scale variance (DerSimonian-Laird), refit with it in
the weights, scale the variance by the Pearson dispersion (chi2 / df, floored at 1, as in
quasi-binomial), and test the slope with Student's t on n - p df (Knapp-Hartung). On simulated
histories with no change this says "no clear change" about 95% of the time.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

import numpy as np

from smsplanner.domain.metrics import METRICS, format_percent
from smsplanner.domain.trend import CampaignTable, TrendSeries, day_to_date

ALPHA = 0.05
MIN_CAMPAIGNS = 3
FLAT_TEXT = "No clear change: the ups and downs are within what chance produces."


@dataclass(frozen=True)
class Verdict:
    """Direction and size of the change over the shown period, and how sure we are."""

    direction: str  # "up" | "down" | "flat"
    change: float | None  # fitted rate at the last day minus at the first day
    change_low: float | None  # 95% interval of that change
    change_high: float | None
    p_value: float | None
    text: str
    start_rate: float | None = None  # fitted rate on the first and last day shown
    end_rate: float | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    dispersion: float | None = None  # 1 = plain binomial noise; 3 = three times the variance
    campaigns: int = 0
    segments: int = 0  # segments fitted with their own level
    # What the text says, for front ends that word it themselves: "too_few", "none_counted",
    # "all_counted", "no_fit", "flat", "up" or "down"; `metric` is the rate's METRICS key.
    kind: str = "flat"
    metric: str = "conversion"

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of the CLI's `verdict` object."""
        return {"direction": self.direction, "change": self.change,
                "change_low": self.change_low, "change_high": self.change_high,
                "p_value": self.p_value, "text": self.text}


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction for the incomplete beta function (Lentz's method)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c if abs(1.0 + aa / c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c if abs(1.0 + aa / c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-14:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    lbeta = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
    front = math.exp(lbeta + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_two_sided_p(t: float, df: float) -> float:
    """P(|T| >= |t|) for Student's t with df degrees of freedom."""
    if not math.isfinite(t):
        return 0.0
    return _betainc(df / 2.0, 0.5, df / (df + t * t))


@functools.lru_cache(maxsize=512)  # the same few df recur; bisection costs ~5 ms
def t_quantile(df: float, alpha: float = ALPHA) -> float:
    """The t with two-sided tail probability alpha (bisection; 2.228 for df=10)."""
    lo, hi = 0.0, 1e4
    for _ in range(48):  # 1e4 / 2**48: far below the precision anyone reads
        mid = (lo + hi) / 2
        if t_two_sided_p(mid, df) > alpha:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _expit(x: np.ndarray | float) -> np.ndarray | float:
    with np.errstate(over="ignore"):  # far out exp overflows to inf: the result is then 0
        return 1.0 / (1.0 + np.exp(-x))


def fit_logistic(X: np.ndarray, k: np.ndarray, n: np.ndarray,
                 tau2: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Logistic regression logit(p) = X beta by IRLS, campaigns weighted by recipients.

    tau2 is extra campaign-to-campaign variance on the logit scale: with it, each campaign's
    weight is 1 / (1/(n p (1-p)) + tau2), so one huge campaign cannot outvote many small ones.
    Returns (coefficients, final weights, working residuals on the logit scale).
    """
    eta = np.log((k + 0.5) / (n - k + 0.5))
    beta = np.zeros(X.shape[1])
    for _ in range(100):
        p = np.clip(_expit(eta), 1e-12, 1 - 1e-12)
        info = n * p * (1 - p)
        w = 1.0 / (1.0 / info + tau2)
        z = eta + (k - n * p) / info
        xtw = X.T * w
        new = np.linalg.solve(xtw @ X, xtw @ z)
        done = np.max(np.abs(new - beta)) < 1e-10
        beta, eta = new, X @ new
        if done:
            break
    p = np.clip(_expit(eta), 1e-12, 1 - 1e-12)
    info = n * p * (1 - p)
    return beta, 1.0 / (1.0 / info + tau2), (k - n * p) / info


def between_campaign_variance(X: np.ndarray, w: np.ndarray, resid: np.ndarray) -> float:
    """DerSimonian-Laird moment estimate of the extra logit-scale variance (0 when none)."""
    q = float(np.sum(w * resid**2))
    xtw = X.T * w
    c = float(np.sum(w) - np.trace(np.linalg.solve(xtw @ X, (X.T * w**2) @ X)))
    df = len(w) - X.shape[1]
    return max(0.0, (q - df) / c) if c > 0 else 0.0


def span_unit(days: int) -> tuple[str, float]:
    """How a span of days is said: ("days", 9), ("weeks", 6), ("months", 5), ("years", 2.5)."""
    if days < 14:
        return "days", days
    if days <= 91:
        return "weeks", round(days / 7)
    if days < 730:
        return "months", round(days / 30.44)
    return "years", round(days / 365.25, 1)


def _span_words(days: int) -> str:
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days <= 91:
        return f"{round(days / 7)} weeks"
    if days < 730:
        return f"{round(days / 30.44)} months"
    return f"{days / 365.25:.1f} years".replace(".0 ", " ")


def _flat(text: str, campaigns: int, kind: str, metric: str,
          change: float | None = None) -> Verdict:
    return Verdict("flat", change, None, None, None, text, campaigns=campaigns, kind=kind,
                   metric=metric)


def trend_verdict(series: TrendSeries, table: CampaignTable) -> Verdict:
    """The verdict for a series of the table's campaigns.

    Each segment gets its own level, so a change in the mix of segments is not mistaken for a
    trend; the slope over time is shared. Fitted start/end rates use the shown segment mix.
    """
    m = METRICS[series.metric]
    count = len(series)
    d = table.days[series.rows].astype(float)
    _, seg = np.unique(table.segment_codes[series.rows], return_inverse=True)
    n_seg = int(seg.max()) + 1 if count else 0
    if count < n_seg + 2 or len(np.unique(d)) < 2:
        return _flat(f"Too few campaigns to judge a trend: at least {MIN_CAMPAIGNS} on "
                     "different days are needed (per segment shown, one more).", count,
                     "too_few", series.metric)
    k, n = series.numerator, series.denominator
    if k.sum() == 0 or k.sum() == n.sum():
        what = "none" if k.sum() == 0 else "every one"
        return _flat(f"No change: {what} of the people reached is counted in {m.numerator_label} "
                     "in every campaign shown, so there is no trend to see.", count,
                     "none_counted" if k.sum() == 0 else "all_counted", series.metric, 0.0)
    d0, d1 = d.min(), d.max()
    t = (d - d0) / 365.25  # years since the first campaign shown
    dummies = (seg[:, None] == np.arange(n_seg)[None, :]).astype(float)
    X = np.column_stack([dummies, t])
    beta, w, resid = fit_logistic(X, k, n)
    df = count - X.shape[1]
    if np.all(np.isfinite(beta)):
        tau2 = between_campaign_variance(X, w, resid)
        if tau2 > 0:
            beta, w, resid = fit_logistic(X, k, n, tau2)
    if not np.all(np.isfinite(beta)):
        return _flat("The trend could not be worked out from these figures.", count, "no_fit",
                     series.metric)
    # Quasi-likelihood dispersion (Pearson chi2 / df, floored at 1), tested with t on df.
    dispersion = max(1.0, float(np.sum(w * resid**2)) / df)
    b = float(beta[-1])
    var_b = dispersion * float(np.linalg.inv((X.T * w) @ X)[-1, -1])
    se_b = math.sqrt(var_b)
    p_value = t_two_sided_p(b / se_b, df)
    q = t_quantile(df)
    # Re-centre each segment's level on its weighted mean time: levels and slope are then
    # uncorrelated, and the change below grows with the slope (t0 <= tc <= t1).
    wsum = np.bincount(seg, weights=w)
    tc = np.bincount(seg, weights=w * t) / wsum
    level = beta[:n_seg] + b * tc
    mix = np.bincount(seg, weights=n) / n.sum()
    t0, t1 = -tc, (d1 - d0) / 365.25 - tc

    def rate_at(tt: np.ndarray, slope: float) -> float:
        return float(np.sum(mix * _expit(level + slope * tt)))

    def change(slope: float) -> float:
        return rate_at(t1, slope) - rate_at(t0, slope)

    start_rate, end_rate = rate_at(t0, b), rate_at(t1, b)
    direction = "flat" if p_value >= ALPHA else ("up" if b > 0 else "down")
    start, end = day_to_date(int(d0)), day_to_date(int(d1))
    if direction == "flat":
        text = FLAT_TEXT
    else:
        verb = "rose" if direction == "up" else "fell"
        text = (f"{m.label} {verb} from {format_percent(start_rate)} to "
                f"{format_percent(end_rate)} over {_span_words(int(d1 - d0))} "
                f"({start:%b %Y} – {end:%b %Y}); a change this size is unlikely to be chance.")
    return Verdict(direction, end_rate - start_rate, change(b - q * se_b), change(b + q * se_b),
                   float(p_value), text, start_rate, end_rate, start, end, dispersion, count,
                   n_seg, direction, series.metric)


def change_words(v: Verdict) -> str:
    """A second line with the fitted change and its interval, in percentage points."""
    if v.change is None or v.change_low is None or v.change_high is None or v.p_value is None:
        return ""

    allowing = "campaign-to-campaign variation"
    if v.segments > 1:
        allowing = "differences between segments and " + allowing

    def pts(x: float) -> str:
        return f"{x * 100:+.1f}".replace("-", "−")

    p_text = "p < 0.000001" if v.p_value < 1e-6 else f"p = {v.p_value:.2g}"
    return (f"Fitted change {pts(v.change)} points (95% interval {pts(v.change_low)} to "
            f"{pts(v.change_high)}; {p_text}), allowing for {allowing}.")


def how_often(p: float) -> str:
    """A p-value as a shop owner reads it: "about 2 times in 100"."""
    if p < 0.001:
        return "less than once in 1,000"
    if p < 0.01:
        return "less than once in 100"
    if p >= 0.95:
        return "nearly every time"
    per, base = (round(p * 100), 100) if p < 0.095 else (round(p * 10), 10)
    return f"about {'once' if per == 1 else f'{per} times'} in {base}"


def chance_words(v: Verdict) -> str:
    """The p-value in plain words, for the line under the verdict (change_words has the figures).

    "Likely real: if nothing had really changed, a drop this size would happen by chance only
    about 2 times in 100."
    """
    if v.p_value is None or v.change is None or v.change == 0:
        return ""
    size = ("drop" if v.change < 0 else "rise") + " this size"
    often = how_often(v.p_value)
    if v.direction == "flat":
        return (f"Could be chance: even with nothing really changing, a {size} happens by "
                f"chance {often}.")
    only = "" if often.startswith("less") else "only "
    return (f"Likely real: if nothing had really changed, a {size} would happen by chance "
            f"{only}{often}.")
