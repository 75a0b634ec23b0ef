"""What every corpus module shares: the Case record, expected campaigns, CSV text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIGURES = ("sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue", "cost")
# Digits of every phone number in the corpus: none may reach output, database or log.
PHONES = ("4155550100", "4155550101", "4155550102", "4155550103", "4155550104",
          "7700900101", "7700900102", "7700900103", "7700900104", "7700900001",
          "412345671", "412345672", "412345673", "151234567")


def camp(name: str, date: str, **kw: Any) -> dict[str, Any]:
    """An expected campaign: every figure not given must be NULL (unknown), never 0."""
    out: dict[str, Any] = {"name": name, "date": date, "channel": "sms"}
    out.update({f: None for f in FIGURES})
    out.update(kw)
    return out


@dataclass
class Case:
    """One file, how to import it, and what the import and the campaign list must say."""

    id: str
    filename: str
    write: Callable[[Path], None]
    expect: dict[str, Any]
    campaigns: list[dict[str, Any]]
    args: tuple[str, ...] = ()
    tz: str = "UTC"
    detected: dict[str, Any] = field(default_factory=dict)


def text(content: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    def write(p: Path) -> None:
        p.write_bytes(content.encode(encoding))
    return write


def csv_rows(rows: list[list[Any]], sep: str = ",") -> str:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()
