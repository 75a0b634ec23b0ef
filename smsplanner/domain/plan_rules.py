"""Warnings while planning a send: fatigue, quiet hours, holidays, opt-out wording, budget.

Each rule is a plain function of the plan, the other campaigns and the user's planning
preferences; none refuses a plan, they only say what to check. Pure Python; any thread.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from smsplanner.domain.campaign import Campaign

WARNING_KINDS: tuple[str, ...] = (
    "fatigue", "quiet_hours", "holiday", "budget", "opt_outs", "opt_out_text")


@dataclass(frozen=True)
class QuietHours:
    """When marketing texts may go out, by the rule the user follows."""

    key: str
    label: str
    start: str  # "08:00": earliest allowed send time
    end: str  # "21:00": latest allowed send time (inclusive)
    max_per_day: int | None = None  # most messages to one person in 24 hours
    no_sundays_or_holidays: bool = False


QUIET_PRESETS: dict[str, QuietHours] = {
    p.key: p for p in (
        QuietHours("us", "United States (federal): 08:00-21:00", "08:00", "21:00"),
        QuietHours("md_wa", "Maryland, Washington: 08:00-20:00", "08:00", "20:00"),
        QuietHours("fl_ok", "Florida, Oklahoma: 08:00-20:00, at most 3 texts in 24 hours",
                   "08:00", "20:00", max_per_day=3),
        QuietHours("fr", "France: 08:00-20:00, no texts on Sundays or public holidays",
                   "08:00", "20:00", no_sundays_or_holidays=True),
    )
}
DEFAULT_STOP_PHRASES: tuple[str, ...] = ("reply stop", "stop to end", "text stop", "stop to opt")


@dataclass(frozen=True)
class PlanningRules:
    """The planning preferences (stored with the campaigns, shared by window and CLI)."""

    fatigue_days: int = 7
    quiet_hours: str = "us"
    opt_out_phrase: str = ""  # the user's own stop wording, besides the usual ones
    country: str = "US"  # public holidays of this country ("" for none)
    monthly_budget: float | None = None
    price_per_part: float | None = None  # price of one message part, for the cost

    @property
    def quiet(self) -> QuietHours:
        return QUIET_PRESETS.get(self.quiet_hours, QUIET_PRESETS["us"])


@dataclass(frozen=True)
class PlanWarning:
    """One warning: `kind` groups it (the JSON contract), `message` is the English sentence
    (the command line), `code` and `fields` let the window word it in the user's language."""

    kind: str
    message: str
    code: str = ""
    fields: dict[str, object] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


def _when(c: Campaign) -> dt.datetime:
    """The send moment; noon when the time is not known."""
    hh, mm = (int(x) for x in (c.time or "12:00").split(":"))
    return dt.datetime.combine(c.date, dt.time(hh, mm))


def fatigue_warning(plan: Campaign, others: Sequence[Campaign],
                    days: int) -> PlanWarning | None:
    """The same segment texted fewer than `days` days before or after this send."""
    if not plan.segment or days <= 0:
        return None
    near = [c for c in others if c.segment == plan.segment and c.id != plan.id
            and abs((c.date - plan.date).days) < days]
    if not near:
        return None
    closest = min(near, key=lambda c: (abs((c.date - plan.date).days), c.date))
    gap = abs((closest.date - plan.date).days)
    when = "the same day" if gap == 0 else f"{gap} day{'s' if gap != 1 else ''} " + (
        "earlier" if closest.date < plan.date else "later")
    code = ("fatigue_same_day" if gap == 0 else
            "fatigue_earlier" if closest.date < plan.date else "fatigue_later")
    within = f"{days} day{'s' if days != 1 else ''}"
    return PlanWarning("fatigue", f"{plan.segment} also get '{closest.name}' {when}: texting "
                       f"the same people within {within} tires them and raises opt-outs.",
                       code, {"segment": plan.segment, "name": closest.name, "gap": gap,
                              "days": days})


def quiet_hours_warnings(plan: Campaign, others: Sequence[Campaign], quiet: QuietHours,
                         holiday: str | None) -> list[PlanWarning]:
    """Send time outside the allowed hours; too many texts in 24 h; Sundays where banned."""
    out: list[PlanWarning] = []
    if plan.time is not None and not quiet.start <= plan.time <= quiet.end:
        rule = quiet.label.split(":")[0]
        out.append(PlanWarning("quiet_hours", f"{plan.time} is outside the hours marketing "
                               f"texts may go out ({quiet.start}-{quiet.end}, {rule}).",
                               "quiet_outside", {"time": plan.time, "start": quiet.start,
                                                 "end": quiet.end, "rule": quiet.key}))
    if quiet.no_sundays_or_holidays:
        if plan.date.weekday() == 6:
            out.append(PlanWarning("quiet_hours", "Marketing texts may not go out on Sundays "
                                   "under the rule you follow (France).", "quiet_sunday",
                                   {"rule": quiet.key}))
        elif holiday:
            out.append(PlanWarning("quiet_hours", f"Marketing texts may not go out on public "
                                   f"holidays under the rule you follow (France): {holiday}.",
                                   "quiet_holiday", {"rule": quiet.key, "holiday": holiday,
                                                     "date": plan.date}))
    if quiet.max_per_day is not None and plan.segment:
        moment = _when(plan)
        day = dt.timedelta(hours=24)
        within = [c for c in others if c.segment == plan.segment and c.id != plan.id
                  and abs(_when(c) - moment) < day]
        if len(within) + 1 > quiet.max_per_day:
            out.append(PlanWarning("quiet_hours", f"{plan.segment} would get {len(within) + 1} "
                                   f"texts within 24 hours; the rule you follow allows at most "
                                   f"{quiet.max_per_day}.", "quiet_per_day",
                                   {"segment": plan.segment, "count": len(within) + 1,
                                    "max": quiet.max_per_day, "rule": quiet.key}))
    return out


def holiday_warning(plan: Campaign, holiday: str | None) -> PlanWarning | None:
    if not holiday:
        return None
    return PlanWarning("holiday", f"{plan.date:%A %d %B} is a public holiday ({holiday}): "
                       "people may be away, and some shops see fewer orders.", "holiday",
                       {"date": plan.date, "holiday": holiday})


def has_opt_out_text(message: str, own_phrase: str = "") -> bool:
    """True when the message tells people how to stop (case and spacing ignored)."""
    text = re.sub(r"\s+", " ", message.lower())
    phrases = [*DEFAULT_STOP_PHRASES, *([own_phrase.strip().lower()] if own_phrase.strip()
                                        else [])]
    return any(re.sub(r"\s+", " ", p) in text for p in phrases)


def opt_out_text_warning(plan: Campaign, own_phrase: str = "") -> PlanWarning | None:
    if not (plan.message or "").strip() or has_opt_out_text(plan.message or "", own_phrase):
        return None
    return PlanWarning("opt_out_text", "The message does not say how to stop getting texts "
                       "(like 'Reply STOP to opt out'): carriers require it.", "opt_out_text")


def opt_outs_warning(segment: str | None, rising: bool, text: str = "",
                     figures: dict[str, object] | None = None) -> PlanWarning | None:
    """`figures`: the rise as data (start_rate, end_rate, start, end) for the window's words."""
    if not rising:
        return None
    who = segment or "your list"
    return PlanWarning("opt_outs", f"Opt-outs in {who} are rising{': ' + text if text else ''}."
                       " Consider texting them less often.", "opt_outs_rising",
                       {"segment": segment, **(figures or {})})


def budget_warning(plan: Campaign, month_cost: float, budget: float | None,
                   money: str = "{:,.2f}") -> PlanWarning | None:
    """The month's spend (sent costs plus planned forecasts) above the monthly budget."""
    if budget is None or month_cost <= budget:
        return None
    return PlanWarning("budget", f"{plan.date:%B %Y} would cost {money.format(month_cost)}, "
                       f"above your monthly budget of {money.format(budget)}.", "budget",
                       {"month": plan.date, "cost": month_cost, "budget": budget})


def plan_warnings(plan: Campaign, others: Sequence[Campaign], rules: PlanningRules, *,
                  holiday: str | None = None, opt_outs_rising: bool = False,
                  opt_outs_text: str = "", month_cost: float = 0.0,
                  opt_outs_figures: dict[str, object] | None = None) -> list[PlanWarning]:
    """Every warning for one plan, in a fixed order."""
    found: list[PlanWarning | None] = [
        fatigue_warning(plan, others, rules.fatigue_days),
        opt_outs_warning(plan.segment, opt_outs_rising, opt_outs_text, opt_outs_figures),
        *quiet_hours_warnings(plan, others, rules.quiet, holiday),
        holiday_warning(plan, holiday),
        opt_out_text_warning(plan, rules.opt_out_phrase),
        budget_warning(plan, month_cost, rules.monthly_budget),
    ]
    return [w for w in found if w is not None]
