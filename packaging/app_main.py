"""Entry point of the frozen app (build.spec): does what `python -m smsplanner` does.

A separate file so that the executable ("SMS Planner") never shadows the smsplanner package.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _ensure_streams() -> None:
    """A windowed app on Windows has no console: give print() somewhere harmless to write."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    # A child process started by multiprocessing re-runs this executable: let it do its job.
    multiprocessing.freeze_support()
    _ensure_streams()
    from smsplanner.cli import main

    sys.exit(main())
