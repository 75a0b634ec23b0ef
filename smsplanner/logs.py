"""The log file in the user's data folder: where unexpected errors are written (no Qt).

Everything written here goes through `redact`, so phone numbers never reach the log.
"""

from __future__ import annotations

import logging
import re
import traceback
from pathlib import Path

# Dates and times look like long digit runs; keep them intact before scrubbing numbers.
_KEEP = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?|\d{1,2}:\d{2}(?::\d{2})?"
)
# Seven or more digits, optionally with a leading + and single separators between them.
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d(?:[\s().-]?\d){6,16}(?![\w])")


def redact(text: str) -> str:
    """Replace anything that looks like a phone number with [phone], keeping dates and times."""
    out: list[str] = []
    pos = 0
    for m in _KEEP.finditer(text):
        out.append(_PHONE.sub("[phone]", text[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(_PHONE.sub("[phone]", text[pos:]))
    return "".join(out)


def log_dir() -> Path:
    """Folder holding the app's log files (created on first write)."""
    from smsplanner.storage.db import user_data_dir

    return user_data_dir() / "logs"


def log_file() -> Path:
    """The one log file that unexpected errors go to."""
    return log_dir() / "smsplanner.log"


def log_exception(exc: BaseException, context: str = "Unexpected error") -> Path | None:
    """Append the (redacted) traceback of `exc` to the log file; its path, or None if unwritable.

    Safe to call from any thread (logging handlers lock).
    """
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("smsplanner")
    logger.addHandler(handler)
    try:
        logger.error("%s\n%s", context, redact("".join(traceback.format_exception(exc))))
    finally:
        handler.close()
        logger.removeHandler(handler)
    return path
