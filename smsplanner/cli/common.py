"""Shared pieces of the command line: errors, --db handling, output helpers, logging."""

from __future__ import annotations

import argparse
import csv
import gc
import json
import math
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
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


# 1,250 or 1,250,000.5: commas only between groups of three digits (thousands separators).
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def _decimal_comma(text: str) -> str | None:
    """The number written with a point when `text` uses a comma as its decimal mark, else None.

    "12,50" is twelve and a half in much of Europe but 1250 to a careless parser: refuse it
    rather than guess (1,250 with three digits after the comma stays a thousands separator)."""
    t = text.strip().replace("_", "")
    if "," not in t or _GROUPED.fullmatch(t):
        return None
    if re.fullmatch(r"[+-]?\d*,\d+", t):
        return t.replace(",", ".")
    return None


def _no_decimal_comma(text: str, example: str) -> None:
    fixed = _decimal_comma(text)
    if fixed is not None:
        raise argparse.ArgumentTypeError(
            f"'{text}' has a decimal comma: write {fixed} (a point, no comma)")
    t = text.strip()
    if "," in t and not _GROUPED.fullmatch(t.replace("_", "")):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a number like {example} (commas only between thousands)")


def whole_number_type(maximum: int, *, what: str, too_large: str) -> Callable[[str], int]:
    """argparse type for a count from 0 to `maximum`, typed with or without 1,000 separators;
    `what` names it ("a whole number of people") and `too_large` ends the message past it."""

    def parse(text: str) -> int:
        _no_decimal_comma(text, "1,250")
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
    """argparse type for money: a finite amount of 0 or more, with or without 1,000 separators;
    a decimal comma ("12,50") is refused with the amount written with a point."""
    _no_decimal_comma(text, "1,250.50")
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
CREATED: list[Path] = []


def _explicit_db(args: argparse.Namespace) -> bool:
    """True when the user named the file (--db or $SMSPLANNER_DB), not the default location."""
    from smsplanner.storage.db import ENV_VAR

    return bool(getattr(args, "db", None) or os.environ.get(ENV_VAR))


def require_existing_db(args: argparse.Namespace) -> None:
    """Refuse a named campaign file that does not exist: a typo must not look like "no data"."""
    from smsplanner.storage.db import resolve_db_path

    path = resolve_db_path(getattr(args, "db", None))
    if _explicit_db(args) and not path.exists():
        raise CliError(f"The campaign file {path} does not exist. Check the name; commands "
                       "that add campaigns (add, import, sample-data) create a new file.")


def open_database(args: argparse.Namespace, *, creates: bool = False) -> sqlite3.Connection:
    """Open the campaign file. Reading commands refuse a named file that is not there;
    writing commands (`creates`) make a new one, which main() reports once they succeed."""
    from smsplanner.storage.db import file_bytes, needs_update, open_db, resolve_db_path

    path = resolve_db_path(getattr(args, "db", None))
    if not creates:
        require_existing_db(args)
    is_new = not path.exists()
    updating = needs_update(path)
    shown = None
    if updating:
        print("smsplanner: updating the campaign file to the new version (a backup is made "
              "first); this can take a few minutes for a big file.", file=sys.stderr, flush=True)
        before = file_bytes(path)
        from smsplanner.cli.update_line import terminal_line

        shown = terminal_line(sys.stderr)  # None when piped: scripts see the two lines only
    try:
        conn = open_db(path, report=shown[1] if shown else None)
    finally:
        if shown:
            shown[0].clear()
    if updating:
        after = file_bytes(path)
        saved = (f": it now takes {after / 2**20:,.1f} MB instead of {before / 2**20:,.1f} MB"
                 if before - after >= 2**20 else "")
        print(f"smsplanner: the campaign file was updated{saved}.", file=sys.stderr, flush=True)
    _OPENED.append(conn)
    if is_new:
        CREATED.append(path)  # said once the command has succeeded (errors stay one line)
    return conn


def known_channel(conn: sqlite3.Connection, channel: str) -> str | None:
    """The channel filter for `channel` ("all" -> None); an unknown one is an error naming
    the channels this file has, so "emial" does not read as "no campaigns"."""
    from smsplanner.storage.campaigns import channels

    wanted = channel.strip().lower()
    if wanted == "all":
        return None
    have = channels(conn)
    if wanted in have or wanted == "sms":  # sms, the default, is never a typo
        return wanted
    known = ", ".join(dict.fromkeys(["sms", *have, "all"]))
    raise CliError(f"There is no channel '{channel}' in this file. Known channels: {known}.")


def close_databases() -> None:
    """Close what the commands opened (checkpointing the WAL), before the process exits."""
    while _OPENED:
        try:
            _OPENED.pop().close()
        except sqlite3.Error:
            pass  # already closed, or the file went away: nothing left to save


def _flat_records(data: list[Any]) -> bool:
    """Every item a dict of plain values (one set of value types: no test per value)."""
    if not all(type(r) is dict for r in data):
        return False
    kinds = {type(v) for r in data for v in r.values()}
    return not any(issubclass(k, dict | list | tuple) for k in kinds)


def print_json(data: Any) -> None:
    """Always valid JSON: a value too large to be finite (1e308 * 10) is written as null.

    A list of flat records (imports, plans) is written one record a line: json's indented
    output is pure Python, each line goes through the C encoder.
    """
    if isinstance(data, list) and data and _flat_records(data):
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


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for a command that builds many objects and no cycles:
    listing 20,000 campaigns makes about 700,000 tuples, lists and records, and the collector
    walked them all again and again (0.57 s -> 0.41 s, median of 15 runs)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def print_json_columns(columns: Mapping[str, Sequence[int | float | str | None]]) -> None:
    """Records given as columns of numbers, text and None (`campaigns --json`), written one
    record a line as print_json lays out a list of records.

    msgspec writes them: 20,000 campaigns hold about 250,000 floats, and Python's float
    formatting alone took longer than the whole command may. Its text differs from json's
    only in how a few floats are spelt (0.00005 for 5e-05, 1e16 for 1e+16): the same numbers
    to any JSON reader. Infinite and NaN values become null, as in print_json.
    """
    keys = list(columns)
    rows = len(columns[keys[0]]) if keys else 0
    if not rows:
        sys.stdout.write("[]\n")
        return
    import msgspec

    record = msgspec.defstruct("Record", [(k, object) for k in keys])
    encode = msgspec.json.Encoder().encode
    spaced = msgspec.json.format(encode(list(map(record, *columns.values()))), indent=0)
    # One line a record: every record starts with the same key, and the text `}, {"id": `
    # can only be the gap between two records (a quote inside a string is escaped).
    first = b"{" + encode(keys[0]) + b": "
    body = spaced[1:-1].replace(b"}, " + first, b"},\n  " + first)
    del spaced  # 17 MB for 20,000 campaigns: not kept while the next copy is made
    _write_utf8(b"[\n  ", body, b"\n]\n")


def _write_utf8(*parts: bytes) -> None:
    """UTF-8 text on a UTF-8 stdout as it is, not decoded and encoded again (17 MB for
    20,000 campaigns); through the text layer otherwise (a test's StringIO, a console in
    another encoding), as every other command writes."""
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None or (out.encoding or "").replace("-", "").lower() != "utf8":
        for part in parts:
            out.write(part.decode())
        return
    out.flush()
    for part in parts:
        buffer.write(part)


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
