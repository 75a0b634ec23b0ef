"""`python -m smsplanner` does what the `smsplanner` console script does."""

from __future__ import annotations

from smsplanner.cli import run

if __name__ == "__main__":
    run()
