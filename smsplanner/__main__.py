"""`python -m smsplanner` does what the `smsplanner` console script does."""

from __future__ import annotations

import sys

from smsplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
