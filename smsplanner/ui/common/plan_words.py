"""Planning words shared by the Plan and Calendar tabs, worded here from the engine's data.

The engine keeps English sentences for the command line; the window words the same facts
from their codes and fields (a forecast's history, a plan warning, a refused plan), one whole
translatable sentence per case. GUI thread (QLocale and the installed translators).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from smsplanner.domain.forecast import History
from smsplanner.domain.plan_rules import QUIET_PRESETS, PlanWarning
from smsplanner.ui.common.formatting import fmt_count, fmt_percent

Money = Callable[..., str]


class TrContext(QObject):
    """Base of the translation-context classes of module-level wording: `Ctx.tr(...)` is
    what lupdate extracts (context "Ctx"), and this typed class method is what runs."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None,
           n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


class PlanWords(TrContext):
    """Translation context for planning words (forecast basis, plan warnings, refusals)."""


def en(text: str, n: int) -> str:
    """Qt's numerus text with English's form picked when no translator is installed
    ("2 person(s)" -> "2 people"); translations never contain "(s)"."""
    if "(s)" not in text:
        return text
    many = n != 1
    return (text.replace("person(s)", "people" if many else "person")
            .replace("(s)", "s" if many else ""))


def _date(d: dt.date, pattern: str) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), pattern)


def month_year(d: dt.date) -> str:
    """'May 2025' in the user's language."""
    return _date(d, "MMMM yyyy")


def long_day(d: dt.date) -> str:
    """'Friday 25 December' in the user's language."""
    return _date(d, "dddd d MMMM")


def short_day(d: dt.date) -> str:
    """'25 Dec' in the user's language."""
    return _date(d, "d MMM")


def full_date(d: dt.date) -> str:
    """'25 December 2026' in the user's language."""
    return _date(d, "d MMMM yyyy")


def holiday_language() -> str:
    """The language holiday names are asked for: the one the window speaks."""
    # Translators give their language's code (de, fr, es), so the names follow the
    # translation actually installed rather than the system locale.
    return PlanWords.tr("en_US")


# -- the history a forecast rests on ---------------------------------------------------------
def history_basis(h: History) -> str:
    """'Based on 14 campaigns to Loyal customers since March 2026.' (and the offer)."""
    n, since = h.campaigns, month_year(h.since) if h.since else ""
    seg, of = h.segment, fmt_count(h.available)
    if h.available > n:
        text = (PlanWords.tr("Based on your last %n campaign(s) to {segment} (of {available}), "
                             "since {since}.", "", n) if seg else
                PlanWords.tr("Based on your last %n campaign(s) (of {available}), since "
                             "{since}.", "", n))
    elif h.last:
        text = (PlanWords.tr("Based on your last %n campaign(s) to {segment}, since {since}.",
                             "", n) if seg else
                PlanWords.tr("Based on your last %n campaign(s), since {since}.", "", n))
    else:
        text = (PlanWords.tr("Based on %n campaign(s) to {segment} since {since}.", "", n)
                if seg else PlanWords.tr("Based on %n campaign(s) since {since}.", "", n))
    text = en(text, n).format(segment=seg, available=of, since=since)
    if h.offer:
        text += " " + PlanWords.tr("Only sends with the offer “{offer}” are counted.").format(
            offer=h.offer)
    return text


def history_explanation(h: History) -> str:
    """What the range rests on: a trend followed, the recent or usual level, borrowed spread."""
    on = full_date(h.on) if h.on else ""
    parts = []
    if h.trend == "rising":
        parts.append(PlanWords.tr("Your rate has been rising; this forecast follows that trend "
                                  "to {date}.").format(date=on))
    elif h.trend == "falling":
        parts.append(PlanWords.tr("Your rate has been falling; this forecast follows that trend "
                                  "to {date}.").format(date=on))
    elif h.trend == "level":
        parts.append(PlanWords.tr("No clear rise or fall in your rate: this forecast uses its "
                                  "recent level, and its range allows for the small drift "
                                  "chance cannot rule out."))
    elif h.trend == "too_few":
        parts.append(en(PlanWords.tr("With %n campaign(s) a rise or fall cannot be told from "
                                     "chance: this forecast uses your usual level.", "",
                                     h.campaigns), h.campaigns))
    if h.borrowed:
        parts.append(en(PlanWords.tr(
            "How much results vary from send to send is learned together with your other "
            "segments (%n campaign(s)), as this one has only {own}.", "", h.borrowed),
            h.borrowed).format(own=fmt_count(h.campaigns)))
    return " ".join(parts)


def history_warning(h: History) -> str:
    """The short-history warning ('' when the history is long enough)."""
    if not h.short:
        return ""
    return en(PlanWords.tr("The range is wide because history is short: only %n past "
                           "campaign(s) to learn how much results vary.", "", h.campaigns),
              h.campaigns)


def no_history(segment: str | None) -> str:
    """Why there is nothing to forecast from (the engine's NoHistoryError, worded here)."""
    if segment:
        return PlanWords.tr("There are no past campaigns for the segment “{segment}” with both "
                            "conversions and recipients recorded, so there is no history to "
                            "forecast from. Type an expected rate instead.").format(
                                segment=segment)
    return PlanWords.tr("There are no past campaigns with both conversions and recipients "
                        "recorded, so there is no history to forecast from. Type an expected "
                        "rate instead.")


# -- sending-hours rules ----------------------------------------------------------------------
def quiet_rule_name(key: str) -> str:
    """The rule's short name: 'United States (federal)'."""
    names = {
        "us": PlanWords.tr("United States (federal)"),
        "md_wa": PlanWords.tr("Maryland, Washington"),
        "fl_ok": PlanWords.tr("Florida, Oklahoma"),
        "fr": PlanWords.tr("France"),
    }
    preset = QUIET_PRESETS.get(key)
    return names.get(key, preset.label.split(":")[0] if preset else key)


def quiet_rule_label(key: str) -> str:
    """The rule as the preferences list shows it, with its hours."""
    preset = QUIET_PRESETS.get(key)
    if preset is None:
        return key
    labels = {
        "us": PlanWords.tr("United States (federal): {start}–{end}"),
        "md_wa": PlanWords.tr("Maryland, Washington: {start}–{end}"),
        "fl_ok": PlanWords.tr("Florida, Oklahoma: {start}–{end}, at most {most} texts in "
                              "24 hours"),
        "fr": PlanWords.tr("France: {start}–{end}, no texts on Sundays or public holidays"),
    }
    if key not in labels:
        return preset.label
    return labels[key].format(start=preset.start, end=preset.end, most=preset.max_per_day)


# -- plan warnings ----------------------------------------------------------------------------
def plan_warning(w: PlanWarning, money: Money, holiday: str | None = None) -> str:
    """One warning in the user's language (`holiday`: its name in that language, when known);
    a warning without a code (none today) shows its English sentence."""
    f = w.fields
    segment = str(f.get("segment") or "")
    name = str(f.get("name") or "")
    hol = holiday or str(f.get("holiday") or "")
    code = w.code
    if code == "fatigue_same_day":
        days = int(f["days"])  # type: ignore[call-overload]
        return en(PlanWords.tr("{segment} also get “{name}” the same day: texting the same "
                               "people within %n day(s) tires them and raises opt-outs.", "",
                               days), days).format(segment=segment, name=name)
    if code in ("fatigue_earlier", "fatigue_later"):
        gap = int(f["gap"])  # type: ignore[call-overload]
        text = (PlanWords.tr("{segment} also get “{name}” %n day(s) earlier: texting the same "
                             "people within {days} days tires them and raises opt-outs.", "",
                             gap) if code == "fatigue_earlier" else
                PlanWords.tr("{segment} also get “{name}” %n day(s) later: texting the same "
                             "people within {days} days tires them and raises opt-outs.", "",
                             gap))
        return en(text, gap).format(segment=segment, name=name, days=f["days"])
    if code == "quiet_outside":
        return PlanWords.tr("{time} is outside the hours marketing texts may go out "
                            "({start}–{end}, {rule}).").format(
            time=f["time"], start=f["start"], end=f["end"], rule=quiet_rule_name(str(f["rule"])))
    if code == "quiet_sunday":
        return PlanWords.tr("Marketing texts may not go out on Sundays under the rule you "
                            "follow (France).")
    if code == "quiet_holiday":
        return PlanWords.tr("Marketing texts may not go out on public holidays under the rule "
                            "you follow (France): {holiday}.").format(holiday=hol)
    if code == "quiet_per_day":
        count = int(f["count"])  # type: ignore[call-overload]
        return en(PlanWords.tr("{segment} would get %n text(s) within 24 hours; the rule you "
                               "follow allows at most {most}.", "", count), count).format(
            segment=segment, most=f["max"])
    if code == "holiday":
        day = f["date"]
        return PlanWords.tr("{date} is a public holiday ({holiday}): people may be away, and "
                            "some shops see fewer orders.").format(
            date=long_day(day) if isinstance(day, dt.date) else day, holiday=hol)
    if code == "opt_out_text":
        return PlanWords.tr("The message does not say how to stop getting texts (like “Reply "
                            "STOP to opt out”): carriers require it.")
    if code == "opt_outs_rising":
        return _opt_outs(f, segment)
    if code == "budget":
        month = f["month"]
        return PlanWords.tr("{month} would cost {cost}, above your monthly budget of "
                            "{budget}.").format(
            month=month_year(month) if isinstance(month, dt.date) else month,
            cost=money(f["cost"]), budget=money(f["budget"]))
    return w.message


def _opt_outs(f: dict[str, object], segment: str) -> str:
    start, end = f.get("start"), f.get("end")
    if not (isinstance(start, dt.date) and isinstance(end, dt.date)):
        if segment:
            return PlanWords.tr("Opt-outs in {segment} are rising. Consider texting them less "
                                "often.").format(segment=segment)
        return PlanWords.tr("Opt-outs in your list are rising. Consider texting them less "
                            "often.")
    values = {"segment": segment, "start": _date(start, "MMM yyyy"),
              "end": _date(end, "MMM yyyy"),
              "from": fmt_percent(float(f["start_rate"]), 2),  # type: ignore[arg-type]
              "to": fmt_percent(float(f["end_rate"]), 2)}  # type: ignore[arg-type]
    if segment:
        return PlanWords.tr("Opt-outs in {segment} are rising: from {from} to {to} of "
                            "recipients ({start} – {end}). Consider texting them less "
                            "often.").format(**values)
    return PlanWords.tr("Opt-outs in your list are rising: from {from} to {to} of recipients "
                        "({start} – {end}). Consider texting them less often.").format(**values)


def plan_refusal(exc: BaseException) -> str:
    """A refused plan in the user's language (by its code; else its own sentence)."""
    code = getattr(exc, "code", "")
    f: dict[str, object] = getattr(exc, "fields", {}) or {}
    if code == "past":
        day = f.get("date")
        return PlanWords.tr("{date} is in the past: a plan is for a send still to come (record "
                            "a past send with its results instead).").format(
            date=_date(day, "d MMMM yyyy") if isinstance(day, dt.date) else day)
    if code == "no_audience":
        return PlanWords.tr("The audience is 0: say how many people the send will text.")
    if code == "unknown_segment":
        return PlanWords.tr("There is no segment named “{segment}”: did you mean "
                            "“{guess}”?").format(segment=f.get("segment"), guess=f.get("guess"))
    if code == "already_sent":
        return PlanWords.tr("“{name}” has been sent: only planned sends can be moved.").format(
            name=f.get("name"))
    return str(exc)
