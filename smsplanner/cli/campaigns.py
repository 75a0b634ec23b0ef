"""Commands for the campaign list: add, campaigns, delete, sample-data."""

from __future__ import annotations

import argparse
from typing import Any

from smsplanner.cli.common import (
    CliError,
    add_db_option,
    amount,
    known_channel,
    open_database,
    print_csv,
    print_json,
    print_json_columns,
    record_id,
    whole_number_type,
    without_cycle_collection,
)
from smsplanner.domain.campaign import Campaign, parse_date, validate_campaign
from smsplanner.domain.report import (
    RECORD_KEYS,
    campaign_record,
    dicts_of_columns,
    record_columns,
)

MAX_COUNT = 10**12  # no campaign texts a trillion people; bigger is a typo (and overflows SQLite)


_count = whole_number_type(MAX_COUNT, what="a whole number", too_large="is too large for a count")


_COUNT_HELP = {
    "sent": "messages sent",
    "delivered": "messages delivered (leave out when unknown)",
    "clicks": "people who clicked the link",
    "replies": "people who replied",
    "opt-outs": "people who opted out (STOP)",
    "conversions": "people who bought or did what the campaign asked",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", help="add one campaign")
    add_db_option(p)
    p.add_argument("--name", required=True, help="the campaign's name, e.g. \"Spring sale\"")
    p.add_argument("--date", required=True, help="send day, YYYY-MM-DD")
    p.add_argument("--time", help="send time, HH:MM (24-hour, local)")
    p.add_argument("--segment", help="the customer group it went to, e.g. \"Loyal customers\"")
    p.add_argument("--offer", help="what it offered, e.g. \"20%% off\"")
    p.add_argument("--channel", default="sms", help="sms (default), or e.g. email")
    for flag, words in _COUNT_HELP.items():
        p.add_argument(f"--{flag}", type=_count, metavar="N", help=words)
    p.add_argument("--revenue", type=amount, metavar="X",
                   help="money the campaign brought in, e.g. 1250.50 (a point, not a comma)")
    p.add_argument("--cost", type=amount, metavar="X", help="what sending it cost, e.g. 45.00")
    p.add_argument("--message", metavar="TEXT", help="the text that was sent")
    p.add_argument("--notes", metavar="TEXT", help="your own notes")
    p.add_argument("--json", action="store_true", help="print the saved campaign as JSON")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("campaigns", help="list campaigns")
    add_db_option(p)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON, with rates and intervals")
    fmt.add_argument("--csv", action="store_true", help="print CSV, with rates and intervals")
    p.add_argument("--channel", default="sms", help="sms (default), another channel, or all")
    p.add_argument("--status", choices=("planned", "sent", "all"), default="all",
                   help="planned sends, sent ones, or all (default)")
    p.set_defaults(handler=cmd_campaigns)

    p = sub.add_parser("delete", help="delete a campaign by id")
    add_db_option(p)
    p.add_argument("id", type=record_id, help="the campaign's number (see `campaigns`)")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("sample-data", help="fill the database with a realistic sample history")
    add_db_option(p)
    p.add_argument("--remove", action="store_true",
                   help="take exactly the sample's campaigns out again (your own stay)")
    p.add_argument("--json", action="store_true", help="print how many were added as JSON")
    p.set_defaults(handler=cmd_sample_data)


def cmd_add(args: argparse.Namespace) -> int:
    from smsplanner.services.plans import record_results
    from smsplanner.storage.campaigns import get_campaign

    c = Campaign(
        name=args.name.strip(), date=parse_date(args.date), time=args.time,
        channel=args.channel.strip().lower(), segment=args.segment, offer=args.offer,
        message=args.message, notes=args.notes, sent=args.sent, delivered=args.delivered,
        clicks=args.clicks, replies=args.replies, opt_outs=args.opt_outs,
        conversions=args.conversions, revenue=args.revenue, cost=args.cost,
    )
    c = validate_campaign(c)
    conn = open_database(args, creates=True)
    new_id, filled = record_results(conn, c)
    if args.json:
        print_json(campaign_record(get_campaign(conn, new_id)))
    elif filled:
        print(f"Filled in planned campaign {new_id}: {c.name} ({c.date.isoformat()}); "
              "it is now sent, and its forecast is kept.")
    else:
        print(f"Added campaign {new_id}: {c.name} ({c.date.isoformat()})")
    return 0


def _columns(args: argparse.Namespace) -> dict[str, Any]:
    """The listed campaigns' fields and rates as columns, in RECORD_KEYS order."""
    from smsplanner.storage.campaigns import campaign_columns

    status = None if args.status == "all" else args.status
    conn = open_database(args)
    channel = known_channel(conn, args.channel)
    return record_columns(campaign_columns(conn, channel, status))


def cmd_campaigns(args: argparse.Namespace) -> int:
    with without_cycle_collection():
        columns = _columns(args)
        if args.json:
            print_json_columns(columns)
            return 0
        rows = dicts_of_columns(columns)
        if args.csv:
            print_csv(rows, list(RECORD_KEYS))
        else:
            _print_table(rows)
    return 0


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"


def _num(x: int | None) -> str:
    return "—" if x is None else f"{x:,}"


def _print_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("No campaigns yet. Add one with `smsplanner add` or try `smsplanner sample-data`.")
        return
    head = (f"{'id':>5}  {'date':10}  {'name':34} {'status':7} {'recipients':>10} {'conv.':>6} "
            f"{'rate':>6}")
    print(head)
    for r in rows:
        print(f"{r['id']:>5}  {r['date']:10}  {r['name'][:34]:34} {r['status']:7} "
              f"{_num(r['recipients']):>10} "
              f"{_num(r['conversions']):>6} {_pct(r['conversion_rate']):>6}")


def cmd_delete(args: argparse.Namespace) -> int:
    from smsplanner.storage.campaigns import delete_campaigns

    conn = open_database(args)
    try:
        deleted = delete_campaigns(conn, [args.id])
    except Exception as exc:
        from smsplanner.domain.errors import NotFoundError

        if isinstance(exc, NotFoundError):
            raise CliError(str(exc)) from None
        raise
    print(f"Deleted campaign {args.id}: {deleted[0].name}")
    return 0


def cmd_sample_data(args: argparse.Namespace) -> int:
    from smsplanner.services.sample import load_sample_data, remove_sample_data

    if args.remove:
        removed = remove_sample_data(open_database(args))
        if args.json:
            print_json({"removed": len(removed)})
        elif removed:
            print(f"Removed {len(removed)} sample campaigns; your own campaigns are untouched.")
        else:
            print("There are no sample campaigns in this file; nothing changed.")
        return 0
    conn = open_database(args, creates=True)
    added = load_sample_data(conn)
    if args.json:
        print_json({"added": added})
    elif added:
        print(f"Added {added} sample campaigns.")
    else:
        print("The sample campaigns are already there; nothing changed.")
    return 0
