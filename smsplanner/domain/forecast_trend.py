"""The next campaign's rate when the history's rate is really moving: the trend at a send date.

The trend verdict's model (verdict.py: a logistic regression on time with one level per
segment, campaign-to-campaign variance by DerSimonian-Laird, Pearson dispersion) is carried
forward to the send date. The new campaign's logit rate is uncertain by
- the fitted line's own uncertainty at that date (grows with the distance from the history),
- the campaign-to-campaign variance tau^2 (a new send differs from the line as past ones did),
both scaled by the dispersion and read on Student's t with the model's df (a prediction
interval as in Higgins, Thompson & Spiegelhalter 2009); the binomial noise of the send
itself is added by forecast_counts. Pure Python + numpy; any thread.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.forecast_fit import PRIOR_LOG_M, RateModel, _components, gammaln
from smsplanner.domain.forecast_fit import PRIOR_SD as PRIOR_M_SD
from smsplanner.domain.trend import CampaignTable, trend_series
from smsplanner.domain.verdict import Verdict, fit_logistic, trend_verdict

_M_POINTS, _AB_POINTS = 12, 11  # (log M) x level x slope grid of the trend's posterior
MIN_CAMPAIGNS = 8  # fewer: the slope is too unsure to carry forward; the level is used
GRID = 801  # logit points for the predictive density
BANDS = 24  # Beta components kept (equal probability bands)


@dataclass(frozen=True)
class TrendForecast:
    """The trend's rate model at a send date, and what it rests on."""

    model: RateModel
    verdict: Verdict
    date: dt.date
    rate_at_date: float  # the fitted line's rate at the date (segment mix of the history)
    sentence: str
    real: bool  # the trend verdict calls the rise or fall real


def _t_logpdf(x: np.ndarray, df: float) -> np.ndarray:
    c = (gammaln(np.array([(df + 1) / 2]))[0] - gammaln(np.array([df / 2]))[0]
         - 0.5 * math.log(df * math.pi))
    return c - (df + 1) / 2 * np.log1p(x * x / df)


def _expit(u: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-u))


def logit_t_model(centres: np.ndarray, scales: np.ndarray, mix: np.ndarray, df: float,
                  campaigns: int) -> RateModel:
    """A RateModel for a mixture of logit-t rates (one per segment, weights `mix`).

    The density is tabulated on a logit grid, then cut into BANDS equal-probability bands,
    each replaced by the Beta with its mean and variance (exact in the first two moments),
    so counts use the same beta-binomial code as the history forecast.
    """
    spread = 40.0 if df < 3 else 14.0  # t tails: a few df need a wider table
    lo = float(np.min(centres - spread * scales))
    hi = float(np.max(centres + spread * scales))
    u = np.linspace(lo, hi, GRID)
    dens = np.zeros(GRID)
    for c, s, w in zip(centres, scales, mix, strict=True):
        dens += w * np.exp(_t_logpdf((u - c) / s, df)) / s
    cells = 0.5 * (dens[1:] + dens[:-1]) * (u[1] - u[0])
    cdf = np.concatenate([[0.0], np.cumsum(cells)])
    cdf /= cdf[-1]
    p = np.clip(_expit(u), 1e-15, 1 - 1e-15)
    mid_p = 0.5 * (p[1:] + p[:-1])
    mass = np.diff(cdf)
    band = np.minimum((0.5 * (cdf[1:] + cdf[:-1]) * BANDS).astype(int), BANDS - 1)
    a_list, b_list, w_list = [], [], []
    for j in range(BANDS):
        sel = band == j
        total = float(mass[sel].sum())
        if total < 1e-12:
            continue
        mean = float((mass[sel] * mid_p[sel]).sum() / total)
        var = float((mass[sel] * mid_p[sel] ** 2).sum() / total) - mean**2
        # A band narrower than the grid resolves: a near-point mass, still a proper Beta.
        var = min(max(var, (mean * 1e-4) ** 2), mean * (1 - mean) * (1 - 1e-9))
        s = mean * (1 - mean) / var - 1
        a_list.append(mean * s)
        b_list.append((1 - mean) * s)
        w_list.append(total)
    a, b, wt = np.array(a_list), np.array(b_list), np.array(w_list)
    wt /= wt.sum()
    mean = float((wt * a / (a + b)).sum())
    second = float((wt * a * (a + 1) / ((a + b) * (a + b + 1))).sum())
    return RateModel(a, b, wt, mean, second - mean**2, p, cdf, campaigns, None)


# Prior on the campaign-to-campaign sd of the logit rate: centred on 0.35 (4% +- 1.4%, the
# forecast's usual M = 200), 95% from about 0.03 to 4: it matters only when history is short.
PRIOR_LOG_TAU = math.log(0.35)
PRIOR_SD = 1.25
_LOG_TAU = np.linspace(math.log(0.005), math.log(5.0), 30)


def logit_campaign_variance(X: np.ndarray, k: np.ndarray, n: np.ndarray) -> float:
    """Posterior mean of tau^2 (logit scale) under the restricted likelihood of the working
    logits' linear model and the weak prior above. DerSimonian-Laird's moment estimate is
    often 0 or too small with 12-30 campaigns, and the ranges then missed too often."""
    p = (k + 0.5) / (n + 1.0)
    z = np.log(p) - np.log1p(-p)
    v = 1.0 / (n * p * (1 - p))
    tau2 = np.exp(2 * _LOG_TAU)
    loglik = np.empty(len(tau2))
    for i, t2 in enumerate(tau2):
        w = 1.0 / (v + t2)
        xtw = X.T * w
        info = xtw @ X
        beta = np.linalg.solve(info, xtw @ z)
        r = z - X @ beta
        loglik[i] = -0.5 * (np.log(v + t2).sum() + np.linalg.slogdet(info)[1]
                            + float((w * r * r).sum()))
    logpost = loglik - 0.5 * ((_LOG_TAU - PRIOR_LOG_TAU) / PRIOR_SD) ** 2
    post = np.exp(logpost - logpost.max())
    return float((post * tau2).sum() / post.sum())


def beta_binomial_trend(k: np.ndarray, n: np.ndarray, t: np.ndarray, t_new: float,
                        centre: np.ndarray, se: np.ndarray) -> RateModel:
    """The forecast's beta-binomial model with a trend: campaign rates Beta(mu_t M,
    (1 - mu_t) M) with logit(mu_t) = level + slope (t - t_mean), integrated over a grid of
    (log M, level, slope) as forecast_fit does over (log M, mu), same prior on M.

    Campaign rates are skewed (a few sends far above the rest, many near the bottom); the
    Beta keeps that shape where a symmetric logit model missed low sends at wide spread.
    `centre`/`se`: the logistic fit's (level, slope) and standard errors, to place the grid.
    """
    log_m = np.linspace(math.log(3.0), math.log(1e6), _M_POINTS)
    steps = np.linspace(-5.0, 5.0, _AB_POINTS)
    level = centre[0] + se[0] * steps
    slope = centre[1] + se[1] * steps
    lv, sl = np.meshgrid(level, slope, indexing="ij")
    eta = lv.reshape(-1, 1) + sl.reshape(-1, 1) * t[None, :]  # (cells, campaigns)
    mu = np.clip(_expit(eta), 1e-12, 1 - 1e-12)
    logpost = np.empty((_M_POINTS, mu.shape[0]))
    for i, lm in enumerate(log_m):
        m = math.exp(lm)
        a, b = mu * m, (1 - mu) * m
        ll = (gammaln(k[None, :] + a) + gammaln(n[None, :] - k[None, :] + b)
              - gammaln(a) - gammaln(b)).sum(axis=1)
        ll += len(k) * float(gammaln(np.array([m]))[0]) - float(gammaln(n + m).sum())
        logpost[i] = ll - 0.5 * ((lm - PRIOR_LOG_M) / PRIOR_M_SD) ** 2
    logpost -= logpost.max()
    w = np.exp(logpost)
    w /= w.sum()
    mu_new = np.clip(_expit(lv.reshape(-1) + sl.reshape(-1) * t_new), 1e-12, 1 - 1e-12)
    mus = np.broadcast_to(mu_new[None, :], w.shape)
    ms = np.broadcast_to(np.exp(log_m)[:, None], w.shape)
    return _components(mus, ms, w, campaigns=len(k), concentration=None)


def trend_forecast(chosen: Sequence[Campaign], on: dt.date) -> TrendForecast | None:
    """The forecast from the history's fitted line at `on` (None: too few campaigns to fit
    one, or it cannot be fitted).

    A real trend (the verdict's test) is followed to `on`. Without one the line's recent
    level is used, not the history's overall level: switching between the two on the test
    alone left the next send below the 80% range a quarter of the time after a 60%
    decline (the declines the test missed). `real` says which.
    """
    table = CampaignTable.from_campaigns(chosen)
    series = trend_series(table, "conversion")
    if len(series) < MIN_CAMPAIGNS or len(np.unique(table.days[series.rows])) < 3:
        return None
    verdict = trend_verdict(series, table)
    real = verdict.direction != "flat"
    k, n = series.numerator, series.denominator
    d = table.days[series.rows].astype(float)
    _, seg = np.unique(table.segment_codes[series.rows], return_inverse=True)
    n_seg = int(seg.max()) + 1
    d0 = d.min()
    t = (d - d0) / 365.25
    dummies = (seg[:, None] == np.arange(n_seg)[None, :]).astype(float)
    X = np.column_stack([dummies, t])
    tau2 = logit_campaign_variance(X, k, n)
    beta, w, resid = fit_logistic(X, k, n, tau2)
    if not np.all(np.isfinite(beta)):
        return None
    df = len(k) - X.shape[1]
    dispersion = max(1.0, float(np.sum(w * resid**2)) / df)
    cov = dispersion * np.linalg.inv((X.T * w) @ X)
    t_new = (on.toordinal() - (int(d0) + dt.date(1970, 1, 1).toordinal())) / 365.25
    if not real:
        # A slope the test cannot tell from chance is not carried into the future: the
        # line's recent level is (at most one usual gap past the last campaign), so plans
        # months ahead do not drift on noise. Declines the test missed are still met at
        # their recent level, which the history's overall level was not.
        gaps = np.diff(np.unique(t))
        t_new = min(t_new, float(t.max() + (np.median(gaps) if len(gaps) else 0.0)))
    centres, scales = [], []
    for s in range(n_seg):
        x = np.zeros(X.shape[1])
        x[s], x[-1] = 1.0, t_new
        centres.append(float(x @ beta))
        scales.append(math.sqrt(float(x @ cov @ x) + dispersion * tau2))
    mix = np.bincount(seg, weights=n) / n.sum()
    if n_seg == 1:
        # Centre time on the weighted mean: level and slope are then about uncorrelated.
        tc = float(np.sum(w * t) / np.sum(w))
        Xc = np.column_stack([np.ones_like(t), t - tc])
        bc, wc, _ = fit_logistic(Xc, k, n, tau2)
        se = np.sqrt(np.diag(dispersion * np.linalg.inv((Xc.T * wc) @ Xc)))
        model = beta_binomial_trend(k, n, t - tc, t_new - tc, bc, np.maximum(se, 1e-6))
    else:
        model = logit_t_model(np.array(centres), np.array(scales), mix, df, len(k))
    line = float(np.sum(mix * _expit(np.array(centres))))
    if real:
        verb = "falling" if verdict.direction == "down" else "rising"
        sentence = (f"Your rate has been {verb}; this forecast follows that trend to "
                    f"{on:%d %B %Y}.")
    else:
        sentence = ("No clear rise or fall in your rate: this forecast uses its recent level, "
                    "and its range allows for the small drift chance cannot rule out.")
    return TrendForecast(model, verdict, on, line, sentence, real)
