"""`smsplanner trend`: is the rate going up or down, and is that real? Text, JSON or a PNG."""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import TYPE_CHECKING, Any

from smsplanner.cli.common import (
    CliError,
    add_db_option,
    known_channel,
    open_database,
    print_json,
)
from smsplanner.domain.campaign import parse_date
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.metrics import METRICS, format_percent

if TYPE_CHECKING:  # numpy comes with these: every command registers, only `trend` needs them
    from smsplanner.domain.trend import CampaignTable

DEFAULT_SIZE = (1280, 800)


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m or not (100 <= int(m[1]) <= 10000 and 100 <= int(m[2]) <= 10000):
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800 "
                                         "(100 to 10000 pixels each way)")
    return int(m[1]), int(m[2])


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trend", help="is the rate going up or down, and is that real?")
    add_db_option(p)
    p.add_argument("--metric", choices=list(METRICS), default="conversion",
                   help="which rate: conversion (default), click, response or delivery")
    p.add_argument("--by", choices=["campaign", "week", "month"], default="campaign",
                   help="one point per campaign (default), or campaigns added up by week "
                   "or month")
    p.add_argument("--segment", help="only this segment")
    p.add_argument("--channel", default="sms", help="sms (default), another channel, or all")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="only campaigns sent on or after this day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                   help="only campaigns sent on or before this day")
    p.add_argument("--json", action="store_true", help="print the points and verdict as JSON")
    p.add_argument("--png", metavar="FILE", help="also draw the chart into this PNG file")
    p.add_argument("--size", type=_size, metavar="WxH", help="PNG size (default 1280x800)")
    p.set_defaults(handler=cmd_trend)


def _filter(args: argparse.Namespace) -> CampaignFilter:
    f = CampaignFilter(
        segment=args.segment,
        channel=None if args.channel == "all" else args.channel,
        date_from=parse_date(args.date_from) if args.date_from else None,
        date_to=parse_date(args.date_to) if args.date_to else None,
    )
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise CliError(f"--from {args.date_from} is after --to {args.date_to}: swap them.")
    return f


def build_trend(args: argparse.Namespace) -> tuple[CampaignTable, Any, dict[str, Any]]:
    """The table, the per-campaign series and the JSON-shaped result for these arguments."""
    from smsplanner.domain.trend import (
        CampaignTable,
        campaign_point_records,
        left_out_text,
        pooled_point_records,
        pooled_points,
        trend_series,
    )
    from smsplanner.domain.verdict import chance_words, change_words, trend_verdict
    from smsplanner.storage.campaigns import list_campaigns

    if args.size and not args.png:
        raise CliError("--size only applies with --png FILE.")
    if args.png and os.path.splitext(args.png)[1].lower() not in ("", ".png"):
        raise CliError(f"--png writes a PNG image: give a file name ending in .png, not "
                       f"{os.path.basename(args.png)}.")
    f = _filter(args)
    conn = open_database(args)
    try:
        known_channel(conn, args.channel)
        table = CampaignTable.from_campaigns(list_campaigns(conn, f.channel, "sent"))
    finally:
        conn.close()
    series = trend_series(table, args.metric, table.mask(f))
    if args.by == "campaign":
        points = campaign_point_records(table, series)
    else:
        points = pooled_point_records(pooled_points(table, series, args.by))
    verdict = trend_verdict(series, table)
    result = {
        "metric": args.metric, "by": args.by, "points": points,
        "left_out": series.left_out, "left_out_text": left_out_text(series),
        "verdict": verdict.to_dict(), "verdict_plain": chance_words(verdict),
        "verdict_detail": change_words(verdict),
    }
    return table, series, result


def cmd_trend(args: argparse.Namespace) -> int:
    table, series, result = build_trend(args)
    if args.png:
        _write_png(args, table, series, result)
    if args.json:
        print_json(result)
        return 0
    _print_text(args, result)
    return 0


def _print_text(args: argparse.Namespace, result: dict[str, Any]) -> None:
    if not result["points"]:
        print("No campaigns with this rate to show. Check the filters, or add campaigns "
              "(try `smsplanner sample-data`).")
    print(result["verdict"]["text"])
    for line in (result["verdict_plain"], result["verdict_detail"], result["left_out_text"]):
        if line:
            print(line)
    if not result["points"]:
        return
    label = "name" if args.by == "campaign" else "period"
    print(f"\n{'date':10}  {label:32} {'rate':>7}  {'95% interval':>15}  {'of':>14}")
    for p in result["points"]:
        interval = f"{format_percent(p['low'])}–{format_percent(p['high'])}"
        print(f"{p['date']:10}  {str(p.get('name', p.get('period')))[:32]:32} "
              f"{format_percent(p['rate']):>7}  {interval:>15}  "
              f"{p['numerator']:,}/{p['denominator']:,}".rstrip())


def _write_png(args: argparse.Namespace, table: CampaignTable, series: Any,
               result: dict[str, Any]) -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from smsplanner.domain.trend import pooled_points
    from smsplanner.ui.trends.plot import save_trend_png  # lazy: only --png loads Qt

    band: tuple[float, float] | None = None
    if args.metric == "conversion":
        from smsplanner.ui.trends.plot import DEFAULT_BAND

        band = DEFAULT_BAND
    by = "month" if args.by == "campaign" else args.by
    ok = save_trend_png(
        args.png, table, series, pooled_points(table, series, by), METRICS[args.metric].label,
        f"Added up by {by}", args.size or DEFAULT_SIZE, band, title=result["verdict"]["text"],
        empty_message="No campaigns with this rate to show.")
    if not ok:
        raise CliError(f"Could not write {args.png}: check the folder exists and you can "
                       "write there.")
