"""The command line: the app's operations for the terminal and scripts, with --json output.

Exit codes: 0 success, 2 a user's mistake (one line on stderr), 1 anything unexpected
(traceback in the log file, its path on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from smsplanner import __version__
from smsplanner.cli.common import (
    CREATED,
    EXIT_UNEXPECTED,
    EXIT_USER,
    CliError,
    UsageError,
    close_databases,
    report_unexpected,
)
from smsplanner.domain.errors import SmsPlannerError

# Each module has register(subparsers) adding its commands; handlers take (args) -> int.
COMMAND_MODULES: tuple[str, ...] = (
    "smsplanner.cli.campaigns",
    "smsplanner.cli.importing",
    "smsplanner.cli.backup",
    "smsplanner.cli.plan",
    "smsplanner.cli.planner",
    "smsplanner.cli.trend",
    "smsplanner.cli.report",
)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so errors get our one-line format."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smsplanner",
        description="SMS Planner: your SMS campaign results, trends and forecasts. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"smsplanner {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $SMSPLANNER_DB, "
                        "else campaigns.sqlite in your user data folder)")
    # Hidden: CI starts the built app with it to prove the build works (ui/devtools/selftest.py).
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and `python -m smsplanner`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.self_test or args.command is None:
            _state["qt"] = True  # Qt tears down at exit: see run()
        if args.self_test:
            from smsplanner.ui.devtools.selftest import run_self_test  # lazy, like the app itself

            return run_self_test()
        if args.command is None:
            from smsplanner.cli.preflight import ensure_gui_libraries

            if not ensure_gui_libraries():  # before Qt, which would abort on a missing library
                return EXIT_UNEXPECTED
            from smsplanner.ui.window.app import run_app  # lazy: the CLI must not load Qt

            return run_app(args.db)
        try:
            code = int(args.handler(args) or 0)
        finally:
            close_databases()
        if code == 0 and not getattr(args, "json", False):  # --json: output for programs only
            for path in CREATED:
                print(f"Created a new campaign file: {path}", file=sys.stderr)
        return code  # checkpoints the WAL now, not whenever the objects are freed
    except (UsageError, CliError, SmsPlannerError) as exc:
        print(f"smsplanner: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", EXIT_USER)
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error for the user.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("smsplanner: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        return report_unexpected(exc)


_state = {"qt": False}


def run() -> None:
    """Process entry of the console script and `python -m smsplanner`: main(), then exit.

    After a command the process exits without the interpreter's teardown, which spends about
    0.1 s after a million-row import freeing memory the process is giving back anyway. Output
    and the log are flushed first; main() has closed the command's database (checkpointing the
    WAL). The window and the self-test exit normally: Qt saves settings as it tears down.
    """
    code = main()
    if _state["qt"]:
        sys.exit(code)
    import logging
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None and not stream.closed:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    logging.shutdown()
    os._exit(code)
