"""Commands for result files: import, imports, undo-import."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from smsplanner.cli.common import (
    EXIT_OK,
    EXIT_USER,
    add_db_option,
    open_database,
    print_json,
    record_id,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import result files (CSV, TSV, XLSX, XLS, ODS)")
    add_db_option(p)
    p.add_argument("files", nargs="+", metavar="FILE", help="one or more files to import")
    p.add_argument("--sheet", metavar="NAME", help="workbook sheet to read")
    p.add_argument("--campaign", metavar="NAME",
                   help="campaign name for a per-message log without a campaign column")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="use this column for this field (repeatable; FIELD= maps nothing)")
    p.add_argument("--channel", choices=("sms", "all"), default="sms",
                   help="sms (default): leave out rows for other channels; all: keep them")
    p.add_argument("--shape", choices=("summary", "messages"),
                   help="what one row is: a campaign (summary) or one text message (messages); "
                        "guessed from the columns when not given")
    p.add_argument("--currency", metavar="CODE", type=str.upper,
                   help="the currency your amounts are in (as in Preferences, e.g. USD, EUR); "
                        "a file with money in another currency is then not imported")
    p.add_argument("--money", choices=("check", "drop"), default="check",
                   help="drop: import without revenue and cost (money in another currency)")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and report the rest")
    p.add_argument("--dry-run", action="store_true", help="check the files, write nothing")
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("imports", help="list past imports")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(handler=cmd_imports)

    p = sub.add_parser("undo-import", help="undo an import by its number")
    add_db_option(p)
    p.add_argument("id", type=record_id, help="the import's number (see `imports`)")
    p.set_defaults(handler=cmd_undo_import)


def cmd_import(args: argparse.Namespace) -> int:
    from smsplanner.cli.import_words import say, worded
    from smsplanner.domain.imports import MappingError
    from smsplanner.importing.mapping import parse_overrides
    from smsplanner.services.importer import import_file

    try:
        overrides = parse_overrides(args.map)
    except MappingError as exc:
        print(f"smsplanner: {say(exc.args[0] if exc.args else exc)}", file=sys.stderr)
        return EXIT_USER
    conn = open_database(args, creates=True)
    results = []
    for f in args.files:
        results.append(worded(import_file(
            conn, f, sheet=args.sheet, campaign=args.campaign, mapping=overrides or None,
            shape=args.shape, channel=args.channel, skip_bad_rows=args.skip_bad_rows,
            dry_run=args.dry_run, currency=args.currency, money=args.money)))
    if args.json:
        print_json([r.to_dict() for r in results])
    else:
        for r in results:
            _print_result(r)
    return EXIT_USER if any(r.refused for r in results) else EXIT_OK


def _print_result(r: Any) -> None:
    if r.refused:
        print(f"smsplanner: {r.message}", file=sys.stderr)
        for p in r.problems:
            if p.message != r.message:
                print(f"  {p.sentence()}", file=sys.stderr)
        return
    print(r.message)
    details = [f"{r.rows_read} {'row' if r.rows_read == 1 else 'rows'} read",
               f"{r.rows_imported} imported"]
    if r.rows_skipped:
        details.append(f"{r.rows_skipped} skipped")
    if r.duplicate_of is None:
        print("  " + ", ".join(details))
    if r.dropped_columns:
        print(f"  phone number columns left out: {', '.join(r.dropped_columns)}")
    if r.unmapped_columns:
        print(f"  columns not used: {', '.join(r.unmapped_columns)}")
    if r.currency:
        print(f"  money in: {r.currency['file']}")

    for note in r.notes:
        print(f"  note: {note}")
    for p in r.problems:
        print(f"  skipped: {p.sentence()}")


def cmd_imports(args: argparse.Namespace) -> int:
    from smsplanner.services.importer import list_imports

    batches = list_imports(open_database(args))
    if args.json:
        print_json([b.to_dict() for b in batches])
        return EXIT_OK
    if not batches:
        print("No imports yet. Import a result file with `smsplanner import FILE`.")
        return EXIT_OK
    print(f"{'#':>4}  {'imported':20}  {'shape':8}  {'rows':>8}  {'new':>4}  {'upd':>4}  file")
    for b in batches:
        print(f"{b.id:>4}  {b.imported_at:20}  {b.shape:8}  {b.rows_imported:>8}  "
              f"{b.campaigns_created:>4}  {b.campaigns_updated:>4}  {b.file_name}")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    from smsplanner.services.importer import undo_import

    batch = undo_import(open_database(args), args.id)
    created = batch.campaigns_created
    print(f"Undid import #{batch.id} ({batch.file_name}): {created} "
          f"{'campaign' if created == 1 else 'campaigns'} removed, "
          f"{batch.campaigns_updated} restored.")
    return EXIT_OK
