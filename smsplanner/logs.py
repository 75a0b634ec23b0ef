"""The log file in the user's data folder: where unexpected errors are written (no Qt)."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path


def log_dir() -> Path:
    """Folder holding the app's log files (created on first write)."""
    from smsplanner.storage.db import user_data_dir

    return user_data_dir() / "logs"


def log_file() -> Path:
    """The one log file that unexpected errors go to."""
    return log_dir() / "smsplanner.log"


def log_exception(exc: BaseException, context: str = "Unexpected error") -> Path:
    """Append the traceback of `exc` to the log file and return its path.

    Raises OSError when the file cannot be written; callers say so to the user.
    Safe to call from any thread (logging handlers lock).
    """
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("smsplanner")
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    try:
        logger.error("%s\n%s", context, "".join(traceback.format_exception(exc)))
    finally:
        handler.close()
        logger.removeHandler(handler)
    return path
