"""Export campaigns to CSV or XLSX safely: no cell can run as a spreadsheet formula.

Text that starts with = + - @ tab or carriage return gets a leading apostrophe (OWASP's
rule for CSV injection); numbers are written as numbers. Files are written beside the
target and renamed into place, so a full disk never leaves half a file. Runs on the
caller's thread (the GUI calls it from a worker).
"""

from __future__ import annotations

import csv
import errno
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from smsplanner.domain.campaign import FIELD_LABELS, Campaign
from smsplanner.domain.errors import ExportError
from smsplanner.domain.report import campaign_record

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# (record key, header). Stored fields use the app's labels so the file imports back as is.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", FIELD_LABELS["name"]),
    ("date", FIELD_LABELS["date"]),
    ("time", "Time"),  # the importer knows "Time"; the table says "Send time"
    *((k, FIELD_LABELS[k]) for k in ("channel", "segment", "offer",
                                     "sent", "delivered", "clicks", "replies", "opt_outs",
                                     "conversions", "revenue", "cost")),
    ("conversion_rate", "Conversion rate"),
    ("conversion_rate_low", "Conversion rate, 95% low"),
    ("conversion_rate_high", "Conversion rate, 95% high"),
    ("click_rate", "Click rate"),
    ("response_rate", "Response rate"),
    ("delivery_rate", "Delivery rate"),
    ("message", FIELD_LABELS["message"]),
    ("notes", FIELD_LABELS["notes"]),
)
RATE_KEYS = frozenset(k for k, _ in EXPORT_COLUMNS if "rate" in k)


def escape_cell(value: Any) -> Any:
    """A value safe for a spreadsheet: formula-like text gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_rows(campaigns: Sequence[Campaign]) -> list[list[Any]]:
    """One list of escaped values per campaign, in EXPORT_COLUMNS order."""
    keys = [k for k, _ in EXPORT_COLUMNS]
    rows = []
    for c in campaigns:
        rec = campaign_record(c)
        rows.append([escape_cell(rec[k]) for k in keys])
    return rows


def _write_csv(path: Path, rows: list[list[Any]]) -> None:
    # utf-8-sig: Excel opens UTF-8 correctly only with the BOM.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([h for _, h in EXPORT_COLUMNS])
        for row in rows:
            w.writerow(["" if v is None else v for v in row])


def _write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Campaigns")
    ws.append([h for _, h in EXPORT_COLUMNS])
    rate_cols = {i for i, (k, _) in enumerate(EXPORT_COLUMNS) if k in RATE_KEYS}
    for row in rows:
        cells = []
        for i, v in enumerate(row):
            cell = WriteOnlyCell(ws, value=v)
            if isinstance(v, str):
                cell.data_type = "s"  # never a formula, whatever the text
            elif i in rate_cols and v is not None:
                cell.number_format = "0.0%"
            cells.append(cell)
        ws.append(cells)
    wb.save(path)


WRITERS: dict[str, Callable[[Path, list[list[Any]]], None]] = {
    ".csv": _write_csv, ".xlsx": _write_xlsx,
}


def _is_database(path: Path) -> bool:
    """True when path is an existing SQLite file (the campaign file itself, or a backup)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def export_campaigns(path: str | os.PathLike[str], campaigns: Sequence[Campaign]) -> Path:
    """Write campaigns to a .csv or .xlsx file; returns the path written."""
    target = Path(path).expanduser()
    writer = WRITERS.get(target.suffix.lower())
    if writer is None:
        raise ExportError(f"{target.name}: export to a file ending in .csv or .xlsx.")
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name ending in .csv or .xlsx.")
    if not target.parent.is_dir():
        raise ExportError(f"The folder {target.parent} does not exist.")
    if _is_database(target):
        raise ExportError(f"{target} is a campaign database, not a spreadsheet; export to "
                          "another file name so it is not overwritten.")
    partial = target.with_name(f".{target.name}.partial")
    try:
        writer(partial, export_rows(campaigns))
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise ExportError(f"The disk is full, so {target.name} was not written. Free some "
                              "space or choose another drive.") from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ExportError(f"{target} cannot be written here ({exc.strerror}); choose "
                              "another folder.") from exc
        raise ExportError(f"{target} could not be written ({exc.strerror}).") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def export_from_db(conn: sqlite3.Connection, path: str | os.PathLike[str],
                   channel: str | None = "sms") -> tuple[Path, int]:
    """Export the campaigns of one channel (None = every channel); returns (path, count)."""
    from smsplanner.storage.campaigns import list_campaigns

    campaigns = list_campaigns(conn, channel)
    return export_campaigns(path, campaigns), len(campaigns)
