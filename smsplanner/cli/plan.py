"""Planning commands: whatif, compare, plan-test and segments."""

from __future__ import annotations

import argparse
import datetime as dt

from smsplanner.cli.common import (
    CliError,
    add_db_option,
    amount,
    open_database,
    print_json,
    whole_number_type,
)
from smsplanner.domain.words import counted, format_p


def _fraction(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%")) / (100 if text.strip().endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a rate like 0.04") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a rate between 0 and 1 (write 4% as 0.04)")
    return value


def _open_fraction(text: str) -> float:
    value = _fraction(text)
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be strictly between 0 and 1")
    return value


def _send_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-05-31") from None


MAX_AUDIENCE = 10**9  # past this the forecast's integer grids overflow; no shop texts more


_people = whole_number_type(MAX_AUDIENCE, what="a whole number of people",
                            too_large=f"is more than {MAX_AUDIENCE:,} people")


def _at_least_one(text: str) -> int:
    value = _people(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("whatif", help="forecast conversions, money and the chance of profit")
    add_db_option(p)
    p.add_argument("--audience", type=_people, required=True, metavar="N",
                   help="people you will text")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--rate", type=_fraction, metavar="R", help="expected conversion rate")
    src.add_argument("--history", action="store_true", help="take the rate from past campaigns")
    p.add_argument("--segment", help="with --history: only this segment's campaigns")
    p.add_argument("--last", type=_at_least_one, metavar="K",
                   help="with --history: the last K")
    p.add_argument("--date", type=_send_date, metavar="YYYY-MM-DD",
                   help="with --history: the send date (default today); a real trend in the "
                        "history is followed to it")
    p.add_argument("--delivery-rate", type=_fraction, metavar="R",
                   help="share of messages delivered, e.g. 0.97 (default: from history, "
                   "else 0.97)")
    p.add_argument("--cost-per-message", type=amount, default=None, metavar="X",
                   help="price of one message (times its message parts); without it cost "
                   "is unknown")
    p.add_argument("--revenue-per-conversion", type=amount, metavar="X",
                   help="money one conversion brings in, e.g. 35.00")
    p.add_argument("--json", action="store_true", help="print the forecast as JSON")
    p.set_defaults(handler=cmd_whatif)

    p = sub.add_parser("compare", help="did B really beat A? (two campaigns by id or exact "
                       "name, or two segments or offers)")
    add_db_option(p)
    p.add_argument("a", metavar="A", nargs="?",
                   help="the first campaign: its number or exact name")
    p.add_argument("b", metavar="B", nargs="?",
                   help="the second campaign: its number or exact name")
    p.add_argument("--segment", action="append", metavar="NAME",
                   help="give twice: compare the campaigns of two segments")
    p.add_argument("--offer", action="append", metavar="NAME",
                   help="give twice: compare the campaigns of two offers")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")
    p.add_argument("--details", action="store_true",
                   help="also name the statistical methods behind the figures")
    p.set_defaults(handler=cmd_compare)

    p = sub.add_parser("plan-test", help="recipients needed per message for an A/B test")
    add_db_option(p)  # accepted (and unused) so scripts can pass --db to every command
    p.add_argument("--baseline", type=_open_fraction, required=True, metavar="R",
                   help="your usual conversion rate, e.g. 0.04 for 4%%")
    lift = p.add_mutually_exclusive_group(required=True)
    lift.add_argument("--lift", type=float, metavar="R",
                      help="the improvement worth finding, in rate points: 0.01 = 4%% to 5%%")
    lift.add_argument("--relative-lift", type=float, metavar="R",
                      help="the improvement worth finding, as a share: 0.2 = 20%% better")
    p.add_argument("--alpha", type=_open_fraction, default=0.05, metavar="R",
                   help="risk of calling a winner when there is none (default 0.05)")
    p.add_argument("--power", type=_open_fraction, default=0.8, metavar="R",
                   help="chance of spotting a real difference this big (default 0.8)")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.add_argument("--details", action="store_true",
                   help="also print the formula behind the numbers")
    p.set_defaults(handler=cmd_plan_test)

    p = sub.add_parser("message-parts", aliases=["segments"],
                       help="how many billed message parts a text takes (alias: segments)")
    add_db_option(p)
    p.add_argument("text", metavar="TEXT", help="the message, in quotes")
    p.add_argument("--json", action="store_true", help="print the count as JSON")
    p.set_defaults(handler=cmd_segments)


def cmd_whatif(args: argparse.Namespace) -> int:
    from smsplanner.domain.forecast import WhatIfInputs, what_if

    if not args.history and (args.segment or args.last or args.date):
        raise CliError("--segment, --last and --date choose the history: use them with "
                       "--history.")
    history = None
    if args.history:
        from smsplanner.services.planning import load_history

        history = load_history(open_database(args), segment=args.segment, last=args.last,
                               on=args.date or dt.date.today())
    result = what_if(WhatIfInputs(
        audience=args.audience, rate=args.rate, history=history,
        delivery_rate=args.delivery_rate, cost_per_message=args.cost_per_message,
        revenue_per_conversion=args.revenue_per_conversion,
    ))
    if args.json:
        print_json(result.to_dict())
        return 0
    r = result
    when = f" on {r.on:%d %B %Y}" if r.on is not None else ""
    print(f"Texting {counted(r.audience, 'person')}{when} at {r.rate * 100:.2f}% "
          f"({r.description}):")
    if r.pooled_rate is not None:
        print(f"  {r.rate * 100:.2f}% is the rate forecast for this send; all past "
              f"recipients pooled converted at {r.pooled_rate * 100:.2f}%.")
    if r.explanation:
        print(f"  {r.explanation}")
    if r.warning:
        print(f"  Note: {r.warning}")
    assumed = ("; assumed: no delivered counts known, give --delivery-rate"
               if r.delivery_assumed else "")
    print(f"  delivered        about {r.expected_delivered:,.0f} ({r.delivery_rate:.1%}"
          f"{assumed})")
    print(f"  conversions      {r.likely_text}")
    print("                   (likely: 80% range; 95%: the range that holds 95 times in 100)")
    if r.cost is None:
        print("  cost             unknown: give --cost-per-message")
    else:
        print(f"  cost             {r.cost:,.2f}")
    if r.revenue_per_conversion is None:
        print("  revenue          unknown: give --revenue-per-conversion (or use --history "
              "with revenue recorded)")
        return 0
    print(f"  revenue          about {r.revenue:,.2f} (95% range {r.revenue_low:,.2f} to "
          f"{r.revenue_high:,.2f}; {r.revenue_per_conversion:,.2f} per conversion)")
    if r.profit is None:
        return 0
    print(f"  profit           about {r.profit:,.2f} (95% range {r.profit_low:,.2f} to "
          f"{r.profit_high:,.2f})")
    if r.break_even_rate is not None:
        print(f"  break-even rate  {r.break_even_rate:.2%} of recipients")
    if r.probability_of_profit is not None:
        print(f"  chance of profit {r.probability_of_profit:.0%}")
    return 0


def _group_choice(args: argparse.Namespace) -> tuple[str, str, str] | None:
    """(kind, A, B) for --segment/--offer, None for two campaigns; CliError for a mix."""
    given = [(kind, values) for kind in ("segment", "offer")
             if (values := getattr(args, kind))]
    if not given:
        if args.a is None or args.b is None:
            raise CliError("Give two campaigns, A and B (ids or exact names), or --segment "
                           "twice, or --offer twice.")
        return None
    if len(given) > 1 or args.a is not None:
        raise CliError("Compare either two campaigns, two segments or two offers, not a mix.")
    kind, values = given[0]
    if len(values) != 2:
        raise CliError(f"Give --{kind} exactly twice: --{kind} A --{kind} B.")
    return kind, values[0], values[1]


def cmd_compare(args: argparse.Namespace) -> int:
    from smsplanner.domain.abtest import compare
    from smsplanner.domain.errors import NotFoundError
    from smsplanner.services.planning import (
        campaign_arm,
        compare_groups_in_store,
        resolve_campaign,
    )

    choice = _group_choice(args)
    conn = open_database(args)
    if choice is not None:
        kind, name_a, name_b = choice
        try:
            result = compare_groups_in_store(conn, kind, name_a, name_b)
        except NotFoundError as exc:
            raise CliError(str(exc)) from None
    else:
        try:
            first, second = resolve_campaign(conn, args.a), resolve_campaign(conn, args.b)
        except NotFoundError as exc:
            raise CliError(str(exc)) from None
        if first.id == second.id:
            raise CliError(f"A and B are the same campaign ('{first.name}'): pick two "
                           "different ones.")
        result = compare(campaign_arm(first), campaign_arm(second))
    if args.json:
        print_json(result.to_dict())
        return 0
    for label, arm in (("A", result.a), ("B", result.b)):
        rate, low, high = result.side(label)
        if result.group is None:
            print(f"{label}: {arm.name}: {rate:.2%} ({arm.conversions:,} of "
                  f"{arm.recipients:,}; 95% interval {low:.2%} to {high:.2%})")
        else:
            print(f"{label}: {arm.name}: typical campaign {rate:.2%} (95% interval {low:.2%} "
                  f"to {high:.2%}); {counted(max(1, len(arm.parts)), 'campaign')}, "
                  f"{arm.conversions:,} of {arm.recipients:,} pooled = {arm.rate:.2%}")
    print(f"B - A: {result.difference * 100:+.2f} points (95% interval "
          f"{result.difference_low * 100:+.2f} to {result.difference_high * 100:+.2f})")
    print(f"Chance B is truly better: {result.probability_b_better:.0%}")
    print(result.verdict)
    if args.details:  # method names are for those who ask; the sentence above is the answer
        print(f"Details: interval by {result.interval_method}; p-value {format_p(result.p_value)} "
              f"({result.test})")
    return 0


def cmd_plan_test(args: argparse.Namespace) -> int:
    from smsplanner.domain.abtest import sample_size

    lift = args.lift if args.lift is not None else args.baseline * args.relative_lift
    try:
        result = sample_size(args.baseline, lift, alpha=args.alpha, power=args.power)
    except ValueError as exc:
        raise CliError(f"Cannot plan this test: {exc}.") from None
    if args.json:
        print_json(result.to_dict())
        return 0
    print(f"To tell {result.baseline:.2%} from {result.target:.2%} with a "
          f"{result.power:.0%} chance of spotting it and a {result.alpha:.0%} risk of a "
          "false winner:")
    print(f"  {result.per_arm:,} recipients per message, {result.total:,} in total")
    print(f"  {result.warning}")
    if args.details:
        print(f"  Details: two-sided test, significance {result.alpha:g}, power "
              f"{result.power:g}; formula: {result.formula}")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    from smsplanner.domain.sms_segments import count_segments

    info = count_segments(args.text)
    if args.json:
        print_json(info.to_dict())
        return 0
    left = counted(info.remaining, "character")
    print(f"{counted(info.characters, 'character')}, {info.encoding}, "
          f"{counted(info.segments, 'message part')} ({left} left in the last)")
    if info.non_gsm_characters:
        shown = " ".join(repr(c) for c in info.non_gsm_characters)
        print(f"Characters that force UCS-2: {shown}")
    return 0
