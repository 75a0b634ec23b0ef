"""What a forecast rests on, in the user's language: the history it was fitted to, how it
treats a trend, and why its range is wide (Trends' next send; the Plan tab may use it too).

Worded from History's structured fields, never from its English `description`, which the
command line prints. Any thread (QLocale and tr are reentrant).
"""

from __future__ import annotations

from smsplanner.domain.forecast import History
from smsplanner.ui.common.formatting import fmt_count, fmt_date
from smsplanner.ui.common.verdict_words import english, month_year
from smsplanner.ui.common.words_context import WordsContext


class HistoryWords(WordsContext):
    """Translation context for what a forecast's history is and how it is used."""


def basis_text(h: History) -> str:
    """One sentence: "This forecast is based on 14 campaigns to Loyal customers since March
    2026." (the offer's own sends, when a plan used them, named too)."""
    n = h.campaigns
    since = month_year(h.since, long=True) if h.since is not None else ""
    values = {"count": fmt_count(n), "of": fmt_count(h.available), "since": since,
              "segment": h.segment or "", "offer": h.offer or ""}
    if h.available > n:
        text = (HistoryWords.tr("This forecast is based on your last {count} campaign(s) to "
                                "{segment} (of {of}), since {since}.", "", n) if h.segment else
                HistoryWords.tr("This forecast is based on your last {count} campaign(s) "
                                "(of {of}), since {since}.", "", n))
    elif h.last:
        text = (HistoryWords.tr("This forecast is based on your last {count} campaign(s) to "
                                "{segment}, since {since}.", "", n) if h.segment else
                HistoryWords.tr("This forecast is based on your last {count} campaign(s), "
                                "since {since}.", "", n))
    else:
        text = (HistoryWords.tr("This forecast is based on {count} campaign(s) to {segment} "
                                "since {since}.", "", n) if h.segment else
                HistoryWords.tr("This forecast is based on {count} campaign(s) since {since}.",
                                "", n))
    out = english(text, n).format(**values)
    if h.offer:
        out += " " + HistoryWords.tr("Only the sends with the offer '{offer}' are used.").format(
            **values)
    return out


def explanation_text(h: History) -> str:
    """How the forecast treats a rise or fall, and where its spread is learned ("" if no
    send date was given)."""
    out = []
    if h.trend in ("up", "down") and h.on is not None:
        text = (HistoryWords.tr("Your rate has been rising; this forecast follows that trend "
                                "to {date}.") if h.trend == "up" else
                HistoryWords.tr("Your rate has been falling; this forecast follows that trend "
                                "to {date}."))
        out.append(text.format(date=fmt_date(h.on)))
    elif h.trend == "flat":
        out.append(HistoryWords.tr("No clear rise or fall in your rate: this forecast uses its "
                                   "recent level, and its range allows for the small drift "
                                   "chance cannot rule out."))
    elif h.trend == "short":
        n = h.campaigns
        out.append(english(HistoryWords.tr("With {count} campaign(s) a rise or fall cannot be "
                                           "told from chance: this forecast uses your usual "
                                           "level.", "", n), n).format(count=fmt_count(n)))
    if h.borrowed:
        n = h.borrowed
        out.append(english(HistoryWords.tr(
            "How much results vary from send to send is learned together with your other "
            "segments ({count} campaign(s)), as this one has only {own}.", "", n), n).format(
                count=fmt_count(n), own=fmt_count(h.campaigns)))
    return " ".join(out)


def warning_text(h: History) -> str:
    """Why the range is wide ("" when the history is long enough)."""
    if not h.short:
        return ""
    n = h.campaigns
    return english(HistoryWords.tr("The range is wide because history is short: only {count} "
                                   "past campaign(s) to learn how much results vary.", "", n),
                   n).format(count=fmt_count(n))
