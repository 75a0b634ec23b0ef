"""The trend verdict, its chance line and its figures in the user's language (Trends, report).

Worded from the Verdict's structured fields (kind, metric, rates, dates, p-value), never from
its English `text`, which the command line prints. Each case is one whole sentence, so a
translation can put the words in its own order. Any thread (QLocale and tr are reentrant).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from smsplanner.domain.breakdown import Group
from smsplanner.domain.trend import TrendSeries
from smsplanner.domain.verdict import MIN_CAMPAIGNS, Verdict, span_unit
from smsplanner.ui.common.formatting import fmt_count, fmt_number, fmt_percent, fmt_signed
from smsplanner.ui.common.plan_words import TrContext

# English forms for numerus strings when no translator is installed (the source language):
# "(s)" and these pairs are resolved for n; a translation contains none of them.
_ENGLISH_PAIRS = (("person(s)", "person", "people"), ("it is/they are", "it is", "they are"),
                  ("has/have", "has", "have"))


def english(text: str, n: int) -> str:
    """A numerus text with its English plural markers resolved for n (translations: as is)."""
    for marker, one, many in _ENGLISH_PAIRS:
        text = text.replace(marker, one if n == 1 else many)
    return text.replace("(s)", "" if n == 1 else "s")


class VerdictWords(TrContext):
    """Translation context for the trend verdict, metric names and left-out counts."""


def metric_label(key: str) -> str:
    """The rate's name: "Conversion rate"."""
    return {
        "conversion": VerdictWords.tr("Conversion rate"),
        "click": VerdictWords.tr("Click-through rate"),
        "response": VerdictWords.tr("Response rate"),
        "delivery": VerdictWords.tr("Delivery rate"),
    }.get(key, key)


def month_year(d: dt.date, long: bool = False) -> str:
    """"Mar 2026" (or "March 2026") with the locale's month name."""
    return QLocale().toString(QDate(d.year, d.month, d.day), "MMMM yyyy" if long else "MMM yyyy")


def span_text(days: int) -> str:
    """How long the shown period is: "9 days", "6 weeks", "5 months", "2.5 years"."""
    unit, n = span_unit(days)
    if unit == "days":
        return english(VerdictWords.tr("%n day(s)", "", int(n)), int(n))
    if unit == "weeks":
        return english(VerdictWords.tr("%n week(s)", "", int(n)), int(n))
    if unit == "months":
        return english(VerdictWords.tr("%n month(s)", "", int(n)), int(n))
    years = fmt_number(n, 0 if float(n).is_integer() else 1)
    return VerdictWords.tr("{years} years").format(years=years)


def _moved(v: Verdict) -> str:
    """The sentence for a rise or fall the test calls real."""
    up = v.kind == "up"
    texts = {
        ("conversion", True): VerdictWords.tr(
            "Conversion rate rose from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
        ("conversion", False): VerdictWords.tr(
            "Conversion rate fell from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
        ("click", True): VerdictWords.tr(
            "Click-through rate rose from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
        ("click", False): VerdictWords.tr(
            "Click-through rate fell from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
        ("response", True): VerdictWords.tr(
            "Response rate rose from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
        ("response", False): VerdictWords.tr(
            "Response rate fell from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
        ("delivery", True): VerdictWords.tr(
            "Delivery rate rose from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
        ("delivery", False): VerdictWords.tr(
            "Delivery rate fell from {start} to {end} over {span} ({first} – {last}); "
            "a change this size is unlikely to be chance."),
    }
    assert v.start is not None and v.end is not None
    return texts[(v.metric, up)].format(
        start=fmt_percent(v.start_rate), end=fmt_percent(v.end_rate),
        span=span_text((v.end - v.start).days), first=month_year(v.start),
        last=month_year(v.end))


def _all_or_none(v: Verdict) -> str:
    """Every campaign shown counted nobody (or everybody): no trend to see."""
    none = v.kind == "none_counted"
    texts = {
        ("conversion", True): VerdictWords.tr(
            "No change: none of the people reached is counted in conversions in every "
            "campaign shown, so there is no trend to see."),
        ("conversion", False): VerdictWords.tr(
            "No change: every one of the people reached is counted in conversions in every "
            "campaign shown, so there is no trend to see."),
        ("click", True): VerdictWords.tr(
            "No change: none of the people reached is counted in clicks in every campaign "
            "shown, so there is no trend to see."),
        ("click", False): VerdictWords.tr(
            "No change: every one of the people reached is counted in clicks in every "
            "campaign shown, so there is no trend to see."),
        ("response", True): VerdictWords.tr(
            "No change: none of the people reached is counted in replies in every campaign "
            "shown, so there is no trend to see."),
        ("response", False): VerdictWords.tr(
            "No change: every one of the people reached is counted in replies in every "
            "campaign shown, so there is no trend to see."),
        ("delivery", True): VerdictWords.tr(
            "No change: none of the people reached is counted in delivered in every campaign "
            "shown, so there is no trend to see."),
        ("delivery", False): VerdictWords.tr(
            "No change: every one of the people reached is counted in delivered in every "
            "campaign shown, so there is no trend to see."),
    }
    return texts[(v.metric, none)]


def verdict_text(v: Verdict) -> str:
    """The verdict's headline: risen, fallen, no clear change, or why there is none."""
    if v.kind in ("up", "down"):
        return _moved(v)
    if v.kind in ("none_counted", "all_counted"):
        return _all_or_none(v)
    if v.kind == "too_few":
        return VerdictWords.tr(
            "Too few campaigns to judge a trend: at least {count} on different days are "
            "needed (per segment shown, one more).").format(count=MIN_CAMPAIGNS)
    if v.kind == "no_fit":
        return VerdictWords.tr("The trend could not be worked out from these figures.")
    return VerdictWords.tr(
        "No clear change: the ups and downs are within what chance produces.")


def _how_often(p: float) -> tuple[str, int]:
    """The p-value's band as verdict.how_often has it: (band, times in the base)."""
    if p < 0.001:
        return "1000", 0
    if p < 0.01:
        return "100", 0
    if p >= 0.95:
        return "nearly", 0
    if p < 0.095:
        return "in100", round(p * 100)
    return "in10", round(p * 10)


def _could_be_chance(drop: bool, band: str, per: int) -> str:
    """The chance line for a change the test cannot tell from chance (p >= 0.05)."""
    if band == "nearly":
        return (VerdictWords.tr("Could be chance: even with nothing really changing, a drop "
                                "this size happens by chance nearly every time.") if drop else
                VerdictWords.tr("Could be chance: even with nothing really changing, a rise "
                                "this size happens by chance nearly every time."))
    if band == "in10":
        if per == 1:
            return (VerdictWords.tr("Could be chance: even with nothing really changing, a "
                                    "drop this size happens by chance about once in 10.")
                    if drop else
                    VerdictWords.tr("Could be chance: even with nothing really changing, a "
                                    "rise this size happens by chance about once in 10."))
        text = (VerdictWords.tr("Could be chance: even with nothing really changing, a drop "
                                "this size happens by chance about %n time(s) in 10.", "", per)
                if drop else
                VerdictWords.tr("Could be chance: even with nothing really changing, a rise "
                                "this size happens by chance about %n time(s) in 10.", "", per))
        return english(text, per)
    text = (VerdictWords.tr("Could be chance: even with nothing really changing, a drop this "
                            "size happens by chance about %n time(s) in 100.", "", per)
            if drop else
            VerdictWords.tr("Could be chance: even with nothing really changing, a rise this "
                            "size happens by chance about %n time(s) in 100.", "", per))
    return english(text, per)


def _likely_real(drop: bool, band: str, per: int) -> str:
    """The chance line for a change the test calls real (p < 0.05)."""
    if band == "1000":
        return (VerdictWords.tr("Likely real: if nothing had really changed, a drop this size "
                                "would happen by chance less than once in 1,000.") if drop else
                VerdictWords.tr("Likely real: if nothing had really changed, a rise this size "
                                "would happen by chance less than once in 1,000."))
    if band == "100":
        return (VerdictWords.tr("Likely real: if nothing had really changed, a drop this size "
                                "would happen by chance less than once in 100.") if drop else
                VerdictWords.tr("Likely real: if nothing had really changed, a rise this size "
                                "would happen by chance less than once in 100."))
    if per == 1:
        return (VerdictWords.tr("Likely real: if nothing had really changed, a drop this size "
                                "would happen by chance only about once in 100.") if drop else
                VerdictWords.tr("Likely real: if nothing had really changed, a rise this size "
                                "would happen by chance only about once in 100."))
    text = (VerdictWords.tr("Likely real: if nothing had really changed, a drop this size "
                            "would happen by chance only about %n time(s) in 100.", "", per)
            if drop else
            VerdictWords.tr("Likely real: if nothing had really changed, a rise this size "
                            "would happen by chance only about %n time(s) in 100.", "", per))
    return english(text, per)


def chance_text(v: Verdict) -> str:
    """The p-value in plain words, under the verdict ("" when there is no change to judge)."""
    if v.p_value is None or v.change is None or v.change == 0:
        return ""
    band, per = _how_often(v.p_value)
    drop = v.change < 0
    if v.direction == "flat":
        if band in ("1000", "100"):  # cannot happen with p >= 0.05; said as the nearest
            band, per = "in100", 5
        return _could_be_chance(drop, band, per)
    if band in ("nearly", "in10"):  # cannot happen with p < 0.05
        band, per = "in100", 5
    return _likely_real(drop, band, per)


def figures_text(v: Verdict) -> str:
    """The fitted change with its interval and p-value, for whoever wants the figures."""
    if v.change is None or v.change_low is None or v.change_high is None or v.p_value is None:
        return ""
    p = ("p < " + fmt_number(0.000001, 6)) if v.p_value < 1e-6 else (
        "p = " + QLocale().toString(float(f"{v.p_value:.2g}"), "g", 2))
    values = {"change": fmt_signed(v.change * 100), "low": fmt_signed(v.change_low * 100),
              "high": fmt_signed(v.change_high * 100), "p": p}
    if v.segments > 1:
        return VerdictWords.tr(
            "The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), "
            "allowing for differences between segments and campaign-to-campaign "
            "variation.").format(**values)
    return VerdictWords.tr(
        "The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), "
        "allowing for campaign-to-campaign variation.").format(**values)


def _no_count(metric: str, n: int) -> str:
    """Campaigns without the rate's own count."""
    text = {
        "conversion": VerdictWords.tr("{count} campaign(s) has/have no conversion count(s), "
                                      "so it is/they are left out.", "", n),
        "click": VerdictWords.tr("{count} campaign(s) has/have no click count(s), so "
                                 "it is/they are left out.", "", n),
        "response": VerdictWords.tr("{count} campaign(s) has/have no reply count(s), so "
                                    "it is/they are left out.", "", n),
        "delivery": VerdictWords.tr("{count} campaign(s) has/have no delivered count(s), so "
                                    "it is/they are left out.", "", n),
    }[metric]
    return english(text, n).format(count=fmt_count(n))


def left_out_text(series: TrendSeries) -> str:
    """Why campaigns are missing from the chart, one sentence per reason ("" when none are)."""
    out = []
    if series.no_numerator:
        out.append(_no_count(series.metric, series.no_numerator))
    n = series.no_denominator
    if n:
        text = (VerdictWords.tr("{count} campaign(s) has/have no sent count(s), so "
                                "it is/they are left out.", "", n)
                if series.metric == "delivery" else
                VerdictWords.tr("{count} campaign(s) has/have no sent or delivered count(s), "
                                "so it is/they are left out.", "", n))
        out.append(english(text, n).format(count=fmt_count(n)))
    n = series.reached_nobody
    if n:
        # Known and zero is not unknown: sent 1,000 and delivered 0 reached nobody.
        text = (VerdictWords.tr("{count} campaign(s) reached nobody (0 sent), so "
                                "it is/they are left out.", "", n)
                if series.metric == "delivery" else
                VerdictWords.tr("{count} campaign(s) reached nobody (0 delivered), so "
                                "it is/they are left out.", "", n))
        out.append(english(text, n).format(count=fmt_count(n)))
    return " ".join(out)


def group_label(by: str, group: Group) -> str:
    """A breakdown group's name: the segment or offer (data), the weekday in the user's
    language, or the hour."""
    if by == "weekday" and 0 <= group.key <= 6:
        return QLocale().standaloneDayName(group.key + 1, QLocale.FormatType.LongFormat)
    if group.unnamed:
        return (VerdictWords.tr("No offer") if by == "offer" else
                VerdictWords.tr("No segment"))
    return group.label
