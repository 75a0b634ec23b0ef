"""The printed report: its PDF's pages and text (read back with pypdf), from the command line
and from File > Save report as PDF..."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from smsplanner.services.report import build_report, month_range
from smsplanner.services.sample import load_sample_data
from smsplanner.storage.db import open_db
from smsplanner.ui.common.window import MainAction
from smsplanner.ui.window.main_window import MainWindow


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    text = unicodedata.normalize("NFKC", text)  # the ligatures "ﬀ", "ﬁ" back to letters
    return len(reader.pages), re.sub(r"\s+", " ", text)


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    conn = open_db(db_path)
    load_sample_data(conn)
    conn.close()
    return db_path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "smsplanner", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_cli_report_pdf_has_the_sections(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    r = run("--db", str(sample_db), "report", "--from", "2025-05-01", "--to", "2026-10-31",
            "--pdf", str(out))
    assert r.returncode == 0, r.stderr
    pages, text = pdf_text(out)
    assert 1 <= pages <= 2
    for words in ("SMS campaign report", "Conversion rate fell", "Totals", "Messages sent",
                  "146,470", "Rates", "Best segment", "Loyal customers", "Worst segment",
                  "Lapsed buyers", "Best offer", "Largest campaigns"):
        assert words in text, words
    assert re.search(r"likely \d+\.\d% – \d+\.\d%", text)


def test_cli_report_month_json_and_mistakes(sample_db: Path, tmp_path: Path) -> None:
    import json

    r = run("--db", str(sample_db), "report", "--month", "2026-03", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["from"], data["to"]) == ("2026-03-01", "2026-03-31")
    assert data["campaigns"] == 3 and data["totals"]["sent"] > 0
    bad = run("--db", str(sample_db), "report", "--month", "2026-03", "--pdf",
              str(tmp_path / "r.png"))
    assert bad.returncode == 2 and "ending in .pdf" in bad.stderr
    none = run("--db", str(sample_db), "report", "--to", "2026-03-01")
    assert none.returncode == 2 and "--from" in none.stderr


def test_empty_period_says_so(qtbot, sample_db: Path, tmp_path: Path) -> None:
    from smsplanner.ui.report.document import write_pdf

    conn = open_db(sample_db)
    try:
        data = build_report(conn, *month_range(2020, 1))
    finally:
        conn.close()
    path = write_pdf(data, tmp_path / "empty.pdf")
    pages, text = pdf_text(path)
    assert pages == 1 and "No SMS campaigns were sent in this period" in text


def test_save_report_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from smsplanner.ui.report.actions import ReportPeriodDialog, save_report_pdf

    window.action_map[MainAction.LOAD_SAMPLE].trigger()
    window.ops.wait_idle()
    texts = [a.text() for a in window.menus.file.actions()]
    assert "&Print report…" in texts and "Save report as P&DF…" in texts
    dialog = ReportPeriodDialog(window, "Save report as PDF", "Choose file…")
    qtbot.addWidget(dialog)
    assert dialog.period() == month_range(2026, 10)  # the latest month with campaigns
    path = save_report_pdf(window, tmp_path / "october.pdf", dialog.period())
    assert path is not None
    _pages, text = pdf_text(path)
    assert "SMS campaign report: October 2026" in text
    assert "$" in text  # the currency from Preferences
