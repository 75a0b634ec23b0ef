"""Shared pieces of the command line: errors, --db handling, output helpers, logging."""

from __future__ import annotations

import argparse
import csv
import json
import math
import sqlite3
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USER = 2


class UsageError(Exception):
    """A bad argument: exit 2 with argparse's message."""

    exit_code = EXIT_USER


class CliError(Exception):
    """A user's mistake found by a command: exit 2 with this message."""

    exit_code = EXIT_USER


MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger "id" is a typo, not an overflow


def record_id(text: str) -> int:
    """argparse type for a campaign or import number: a whole number SQLite can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number like 12") from None
    if not 0 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"there is no number {text}")
    return value


def whole_number_type(maximum: int, *, what: str, too_large: str) -> Callable[[str], int]:
    """argparse type for a count from 0 to `maximum`, typed with or without 1,000 separators;
    `what` names it ("a whole number of people") and `too_large` ends the message past it."""

    def parse(text: str) -> int:
        try:
            value = int(text.replace(",", "").replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what}") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"'{text}' cannot be negative")
        if value > maximum:
            raise argparse.ArgumentTypeError(f"'{text}' {too_large}")
        return value

    return parse


def amount(text: str) -> float:
    """argparse type for money: a finite amount of 0 or more, with or without 1,000 separators."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount") from None
    if not math.isfinite(value):  # nan, inf, or 1e400
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount like 12.50")
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' cannot be negative")
    return value


def add_db_option(p: argparse.ArgumentParser) -> None:
    """--db also after the command name; SUPPRESS keeps a value given before it."""
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="database file (overrides $SMSPLANNER_DB)")


_OPENED: list[sqlite3.Connection] = []


def open_database(args: argparse.Namespace) -> sqlite3.Connection:
    from smsplanner.storage.db import open_db, resolve_db_path

    conn = open_db(resolve_db_path(getattr(args, "db", None)))
    _OPENED.append(conn)
    return conn


def close_databases() -> None:
    """Close what the commands opened (checkpointing the WAL), before the process exits."""
    while _OPENED:
        try:
            _OPENED.pop().close()
        except sqlite3.Error:
            pass  # already closed, or the file went away: nothing left to save


def print_json(data: Any) -> None:
    """Always valid JSON: a value too large to be finite (1e308 * 10) is written as null.

    A list of flat records (campaigns, imports) is written one record a line: json's indented
    output is pure Python (1.5 s for 20,000 campaigns), each line goes through the C encoder.
    """
    if isinstance(data, list) and data and all(
            isinstance(r, dict) and not any(isinstance(v, dict | list) for v in r.values())
            for r in data):
        encode = json.JSONEncoder(ensure_ascii=False, default=str, allow_nan=False).encode

        def line(record: Any) -> str:
            try:
                return encode(record)
            except ValueError:  # an infinite or NaN number: null, as below
                return encode(_finite(record))

        sys.stdout.write("[\n  " + ",\n  ".join(map(line, data)) + "\n]\n")
        return
    json.dump(_finite(data), sys.stdout, indent=2, ensure_ascii=False, default=str,
              allow_nan=False)
    sys.stdout.write("\n")


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def print_csv(rows: Iterable[Mapping[str, Any]], fieldnames: list[str]) -> None:
    """CSV on stdout with the export's rule: a formula-like cell cannot run in a spreadsheet."""
    from smsplanner.services.export import escape_cell

    writer = csv.DictWriter(sys.stdout, fieldnames=fieldnames, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else escape_cell(v) for k, v in row.items()})


def report_unexpected(exc: BaseException) -> int:
    """Write the traceback to the log file and tell the user where it is; returns exit 1."""
    from smsplanner.logs import log_exception

    path = log_exception(exc)
    where = f"details are in {path}" if path else "the log file could not be written"
    print(f"smsplanner: unexpected error ({type(exc).__name__}); {where}", file=sys.stderr)
    return EXIT_UNEXPECTED
