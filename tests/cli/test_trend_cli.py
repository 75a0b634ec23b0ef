"""`smsplanner trend` on a real database filled with the sample history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.sample import sample_campaigns


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    assert main(["--db", str(db_path), "sample-data"]) == 0
    return db_path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_json_by_campaign_matches_the_stored_counts(sample_db: Path, capsys) -> None:
    out = _json(capsys, "trend", "--db", str(sample_db), "--metric", "click", "--json")
    assert out["metric"] == "click" and out["by"] == "campaign"
    expected = [c for c in sample_campaigns() if c.clicks is not None]
    assert len(out["points"]) == len(expected) and out["left_out"] == 48 - len(expected)
    first = out["points"][0]
    c = min(expected, key=lambda c: c.date)
    assert (first["name"], first["numerator"], first["denominator"]) == (
        c.name, c.clicks, c.recipients)
    assert set(first) >= {"date", "name", "numerator", "denominator", "rate", "low", "high"}
    assert out["verdict"]["direction"] in {"up", "down", "flat"}
    assert set(out["verdict"]) == {"direction", "change", "change_low", "change_high",
                                   "p_value", "text"}


def test_json_by_month_with_segment_and_dates(sample_db: Path, capsys) -> None:
    out = _json(capsys, "trend", "--db", str(sample_db), "--by", "month", "--segment",
                "Loyal customers", "--from", "2025-06-01", "--to", "2025-12-31", "--json")
    chosen = [c for c in sample_campaigns() if c.segment == "Loyal customers"
              and "2025-06-01" <= c.date.isoformat() <= "2025-12-31"]
    assert sum(p["denominator"] for p in out["points"]) == sum(c.recipients for c in chosen)
    assert sum(p["numerator"] for p in out["points"]) == sum(c.conversions for c in chosen)
    assert all("period" in p and "name" not in p for p in out["points"])


def test_whole_sample_reads_as_a_decline(sample_db: Path, capsys) -> None:
    out = _json(capsys, "trend", "--db", str(sample_db), "--json")
    assert out["verdict"]["direction"] == "down"
    assert out["verdict"]["change_high"] < 0


def test_text_output_and_empty_database(db_path: Path, capsys) -> None:
    from smsplanner.storage.db import open_db

    open_db(db_path).close()  # an empty file: a missing one is refused before this
    assert main(["trend", "--db", str(db_path)]) == 0
    text = capsys.readouterr().out
    assert "No campaigns" in text and "Too few campaigns" in text


def test_bad_arguments_exit_2(sample_db: Path, capsys) -> None:
    assert main(["trend", "--db", str(sample_db), "--from", "2026-02-01", "--to",
                 "2026-01-01"]) == 2
    assert "swap them" in capsys.readouterr().err
    assert main(["trend", "--db", str(sample_db), "--size", "800x600"]) == 2
    assert main(["trend", "--db", str(sample_db), "--png", "x.png", "--size", "huge"]) == 2


def test_png_is_written_at_the_asked_size(sample_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "trend.png"
    proc = subprocess.run(
        [sys.executable, "-m", "smsplanner", "trend", "--db", str(sample_db), "--png",
         str(png), "--size", "640x400"],
        capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
             "HOME": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    assert (img.width(), img.height()) == (640, 400)
    colours = {img.pixel(x, y) for x in range(0, 640, 16) for y in range(0, 400, 16)}
    assert len(colours) > 5  # a chart, not a blank image
