"""Planner commands: plan a send, the calendar (and its .ics export), forecasts kept."""

from __future__ import annotations

import argparse
import calendar as _cal
import datetime as dt
from pathlib import Path

from smsplanner.cli.common import (
    CliError,
    add_db_option,
    amount,
    open_database,
    print_json,
    whole_number_type,
)
from smsplanner.domain.campaign import Campaign, parse_date
from smsplanner.domain.words import counted

_audience = whole_number_type(10**9, what="a whole number of people",
                              too_large="is more than 1,000,000,000 people")


def _month(text: str) -> tuple[int, int]:
    try:
        first = dt.date.fromisoformat(text.strip() + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month like 2026-05") from None
    return first.year, first.month


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="plan a send: keep it with its forecast and warnings")
    add_db_option(p)
    p.add_argument("--name", required=True, help="the planned send's name")
    p.add_argument("--date", required=True, help="send day, YYYY-MM-DD")
    p.add_argument("--audience", type=_audience, required=True, metavar="N",
                   help="people you will text")
    p.add_argument("--time", help="send time, HH:MM (24-hour, local)")
    p.add_argument("--segment", help="the customer group it will go to")
    p.add_argument("--offer", help="what it will offer, e.g. \"20%% off\"")
    p.add_argument("--channel", default="sms", help="sms (default), or e.g. email")
    p.add_argument("--message", metavar="TEXT", help="the text to send")
    p.add_argument("--notes", metavar="TEXT", help="your own notes")
    p.add_argument("--cost-per-message", type=amount, metavar="X",
                   help="price of one message part (default: Preferences, else past costs)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser("forecasts", help="kept forecasts against what happened")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_forecasts)

    p = sub.add_parser("calendar", help="a month's sends and plans, or export plans as .ics")
    add_db_option(p)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    what.add_argument("--ics", metavar="FILE", help="write planned sends to an .ics file")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="with --ics: plans from this day (default: today)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_calendar)


def cmd_plan(args: argparse.Namespace) -> int:
    from smsplanner.services.plans import PlanRefused, plan_send

    if args.audience == 0:
        raise CliError("The audience is 0: say how many people the send will text.")
    plan = Campaign(name=args.name.strip(), date=parse_date(args.date), time=args.time,
                    channel=args.channel.strip().lower(), segment=args.segment,
                    offer=args.offer, message=args.message, notes=args.notes,
                    status="planned", audience=args.audience)
    try:
        conn = open_database(args, creates=True)
        out = plan_send(conn, plan, price_per_part=args.cost_per_message)
    except PlanRefused as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(out.to_dict())
        return 0
    c, f = out.campaign, out.forecast
    print(f"Planned campaign {c.id}: {c.name} on {c.date:%A %d %B %Y}"
          f"{' at ' + c.time if c.time else ''}, {counted(int(c.audience or 0), 'person')}.")
    if f is None:
        print("  No forecast: there is no past campaign with results to learn from.")
    else:
        print(f"  Forecast: {f.summary} (80% range); 95% range {f.low_95:,}-{f.high_95:,}; "
              f"{f.basis}.")
        if f.cost is not None:
            print(f"  Expected cost {f.cost:,.2f}"
                  + (f"; revenue {f.revenue_low:,.2f} to {f.revenue_high:,.2f}"
                     if f.revenue_low is not None and f.revenue_high is not None else ""))
    for w in out.warnings:
        print(f"  Warning: {w.message}")
    return 0


def cmd_forecasts(args: argparse.Namespace) -> int:
    from smsplanner.services.calendar import forecast_checks

    checks, cal = forecast_checks(open_database(args))
    if args.json:
        print_json({"forecasts": [c.to_dict() for c in checks], "calibration": cal.to_dict()})
        return 0
    for c in checks:
        f = c.forecast
        mark = "inside 80%" if c.inside_80 else "inside 95%" if c.inside_95 else "outside"
        print(f"{c.date}  {c.name[:34]:34} forecast {f.low_80:,}-{f.high_80:,} "
              f"(95%: {f.low_95:,}-{f.high_95:,})  actual {c.actual:,}  {mark}")
    print(cal.text)
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from smsplanner.services.calendar import export_ics, month_calendar

    conn = open_database(args)
    if args.ics:
        start = parse_date(args.start) if args.start else dt.date.today()
        path = Path(args.ics).expanduser()
        if path.is_dir():
            raise CliError(f"{path} is a folder: give a file name like plans.ics.")
        if not path.parent.exists():
            raise CliError(f"The folder {path.parent} does not exist.")
        n = export_ics(conn, path, start)
        if args.json:
            print_json({"file": str(path), "events": n})
        else:
            print(f"Wrote {n} planned send{'s' if n != 1 else ''} to {path}.")
        return 0
    if args.start:
        raise CliError("--from goes with --ics.")
    today = dt.date.today()
    year, month = args.month or (today.year, today.month)
    view = month_calendar(conn, year, month)
    if args.json:
        print_json(view.to_dict())
        return 0
    t = view.totals
    print(f"{_cal.month_name[month]} {year}: {t.sends} send{'s' if t.sends != 1 else ''} "
          f"({t.planned} planned); cost {t.cost:,.2f}"
          + (f" of a {t.budget:,.2f} budget" if t.budget is not None else "")
          + (f"; planned sends expected to bring {t.expected_low:,}-{t.expected_high:,} orders"
             if t.planned else ""))
    for day in sorted(set(view.days) | set(view.holidays)):
        head = f"{day:%a %d}"
        if day in view.holidays:
            print(f"{head}  (holiday: {view.holidays[day]})")
            head = " " * len(head)
        for e in view.days.get(day, []):
            c = e.campaign
            what = (e.forecast.summary if c.is_planned and e.forecast else
                    f"{c.conversions:,} orders" if c.conversions is not None else "")
            print(f"{head}  {'planned' if c.is_planned else 'sent   '} {c.name[:34]:34} {what}")
            for w in e.warnings:
                print(f"{' ' * len(head)}    ! {w.message}")
            head = " " * len(head)
    return 0
