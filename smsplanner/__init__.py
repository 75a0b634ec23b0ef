"""SMS Planner: plan SMS marketing campaigns from your own results."""

from __future__ import annotations

APP_NAME = "SMS Planner"
APP_ID = "smsplanner"
ORGANIZATION = "SMS Planner"
__version__ = "0.1.0"
