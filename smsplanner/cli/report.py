"""`smsplanner report`: the month's or range's report, as text, JSON or a PDF file."""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import Any

from smsplanner.cli.common import CliError, add_db_option, open_database, print_json
from smsplanner.domain.campaign import parse_date
from smsplanner.domain.metrics import METRICS, format_percent
from smsplanner.domain.words import counted


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if not m or not 1 <= int(m[2]) <= 12:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month like 2026-10")
    return int(m[1]), int(m[2])


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="a one- or two-page report for a month or range of days")
    add_db_option(p)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="first day of the report")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day of the report")
    p.add_argument("--month", type=_month, metavar="YYYY-MM",
                   help="a whole month instead of --from and --to")
    p.add_argument("--pdf", metavar="FILE", help="write the report to this PDF file")
    p.add_argument("--json", action="store_true", help="print the report's figures as JSON")
    p.set_defaults(handler=cmd_report)


def _range(args: argparse.Namespace):  # -> tuple[dt.date, dt.date]
    from smsplanner.services.report import month_range

    if args.month and (args.date_from or args.date_to):
        raise CliError("Give either --month or --from and --to, not both.")
    if args.month:
        return month_range(*args.month)
    if not (args.date_from and args.date_to):
        raise CliError("Say which days: --from YYYY-MM-DD --to YYYY-MM-DD, or --month YYYY-MM.")
    start, end = parse_date(args.date_from), parse_date(args.date_to)
    if start > end:
        raise CliError(f"--from {args.date_from} is after --to {args.date_to}: swap them.")
    return start, end


def _record(data: Any) -> dict[str, Any]:
    def rate(r: Any) -> dict[str, Any] | None:
        return None if r is None else {"rate": r.value, "low": r.low, "high": r.high,
                                       "numerator": r.numerator, "denominator": r.denominator}

    def group(g: Any) -> dict[str, Any] | None:
        return None if g is None else {"label": g.label, "rate": g.rate, "low": g.low,
                                       "high": g.high, "campaigns": g.campaigns}

    return {
        "from": data.date_from.isoformat(), "to": data.date_to.isoformat(),
        "campaigns": len(data.campaigns), "headline": data.verdict.text,
        "headline_plain": data.verdict_plain, "totals": data.totals,
        "rates": {k: rate(v) for k, v in data.rates.items()},
        "best_worst": {e.by: {"best": group(e.best), "worst": group(e.worst),
                              "could_be_chance": e.could_be_chance} for e in data.extremes},
        "largest": [{"id": c.id, "name": c.name, "date": c.date.isoformat(),
                     "recipients": c.recipients, "conversions": c.conversions}
                    for c in data.largest],
    }


def cmd_report(args: argparse.Namespace) -> int:
    from smsplanner.services.report import build_report

    start, end = _range(args)
    if args.pdf and os.path.splitext(args.pdf)[1].lower() not in ("", ".pdf"):
        raise CliError(f"--pdf writes a PDF: give a file name ending in .pdf, not "
                       f"{os.path.basename(args.pdf)}.")
    data = build_report(open_database(args), start, end)
    if args.pdf:
        _write_pdf(data, args.pdf)
    if args.json:
        print_json(_record(data))
        return 0
    print(f"SMS campaign report: {data.title_period} "
          f"({counted(len(data.campaigns), 'campaign')})")
    print(data.verdict.text)
    if data.verdict_plain:
        print(data.verdict_plain)
    for key in ("conversion", "click", "response", "delivery"):
        r = data.rates[key]
        if r is not None:
            print(f"  {METRICS[key].label:16} {format_percent(r.value):>6}  (likely "
                  f"{format_percent(r.low)} to {format_percent(r.high)}; {r.numerator:,} of "
                  f"{r.denominator:,})")
    if args.pdf:
        print(f"Saved the report to {args.pdf}")
    return 0


def _write_pdf(data: Any, path: str) -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from smsplanner.ui.report.document import write_pdf
    from smsplanner.ui.window.app import create_app

    create_app()
    money = None
    try:
        from smsplanner.ui.common.settings import Preferences

        money = Preferences().money  # the currency chosen in the app's Preferences
    except Exception:  # no settings readable: plain amounts
        money = None
    try:
        write_pdf(data, path, money)
    except OSError:
        raise CliError(f"Could not write {path}: check the folder exists and you can write "
                       "there.") from None
