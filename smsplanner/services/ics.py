"""Planned sends as an iCalendar file (RFC 5545, the `icalendar` package). Any thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.plan_forecast import ForecastSnapshot

PRODID = "-//SMS Planner//Planned sends//EN"


def event_uid(c: Campaign) -> str:
    """The same for a campaign on every export, so calendar apps update instead of doubling."""
    return f"smsplanner-campaign-{c.id}@sms-planner"


def description(c: Campaign, f: ForecastSnapshot | None) -> str:
    lines = []
    who = f"{c.audience:,} people" if c.audience else "audience not set"
    lines.append(f"Planned SMS send to {c.segment or 'your list'} ({who}).")
    if c.offer:
        lines.append(f"Offer: {c.offer}")
    if f is not None:
        lines.append(f"Forecast: {f.summary} (80% range); 95% range {f.low_95:,}-{f.high_95:,}.")
        if f.cost is not None:
            lines.append(f"Expected cost: {f.cost:,.2f}")
        lines.append(f"Forecast {f.basis}.")
    if c.message:
        lines += ["", "Message:", c.message]
    if c.notes:
        lines += ["", "Notes:", c.notes]
    return "\n".join(lines)


def calendar_bytes(plans: Sequence[tuple[Campaign, ForecastSnapshot | None]],
                   now: dt.datetime | None = None) -> bytes:
    """One VEVENT per planned send, with a reminder the day before."""
    from icalendar import Alarm, Calendar, Event

    now = now or dt.datetime.now(dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "SMS Planner: planned sends")
    for c, f in plans:
        ev = Event()
        ev.add("uid", event_uid(c))
        ev.add("dtstamp", now)
        ev.add("summary", f"SMS: {c.name}")
        if c.time:
            hh, mm = (int(x) for x in c.time.split(":"))
            start = dt.datetime.combine(c.date, dt.time(hh, mm))  # local (floating) time
            ev.add("dtstart", start)
            ev.add("dtend", start + dt.timedelta(minutes=30))
        else:
            ev.add("dtstart", c.date)
            ev.add("dtend", c.date + dt.timedelta(days=1))
        ev.add("description", description(c, f))
        ev.add("categories", ["SMS"])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Tomorrow: SMS send '{c.name}'")
        alarm.add("trigger", dt.timedelta(days=-1))
        ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()
