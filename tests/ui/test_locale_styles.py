"""One number and date style everywhere, from the system locale: forced per process with LC_ALL
(Qt reads it at start), under C, en_US, de_DE and fr_FR."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = r"""
import datetime as dt, json
from PySide6.QtWidgets import QApplication
from smsplanner.ui.window.app import create_app
app = create_app()
from PySide6.QtCore import QLocale, Qt
from smsplanner.domain.campaign import Campaign
from smsplanner.ui.common.formatting import fmt_count, fmt_date, fmt_money, date_format
from smsplanner.ui.common.date_edit import TypedDateEdit
from smsplanner.ui.campaigns.model import CampaignTableModel, column_index
m = CampaignTableModel()
m.set_campaigns([Campaign(id=1, name="A", date=dt.date(2026, 10, 28), sent=146470,
                          delivered=146000, conversions=4400, revenue=1910.0)])
cell = lambda key: m.data(m.index(0, column_index(key)), Qt.ItemDataRole.DisplayRole)
box = TypedDateEdit(); box.setDate(dt.date(2026, 10, 5))
print(json.dumps({"date": fmt_date(dt.date(2026, 10, 28)), "count": fmt_count(146470),
    "plain_qlocale": QLocale().toString(146470), "money": fmt_money(1910, "$"),
    "cell_date": cell("date"), "cell_sent": cell("sent"), "box": box.text()}))
"""

EXPECTED = {
    "C": ("2026-10-28", "146,470", "2026-10-05"),
    "en_US.UTF-8": ("10/28/2026", "146,470", "10/05/2026"),
    "de_DE.UTF-8": ("28.10.2026", "146.470", "05.10.2026"),
    "fr_FR.UTF-8": ("28/10/2026", "146\u202f470", "05/10/2026"),
}


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_dates_and_numbers_follow_the_locale(lang: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LC_ALL=lang, LANG=lang, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    date, count, box = EXPECTED[lang]
    assert out["date"] == out["cell_date"] == date
    assert "28 10 2026" not in r.stdout  # Qt's made-up C format, no one's style
    assert out["count"] == out["cell_sent"] == out["plain_qlocale"]
    if lang == "fr_FR.UTF-8":  # Qt's French group separator varies between versions
        assert out["count"].replace("\u202f", " ").replace("\u00a0", " ") == "146 470"
    else:
        assert out["count"] == count
    assert out["box"] == box
    money = {"C": "$1,910.00", "en_US.UTF-8": "$1,910.00", "de_DE.UTF-8": "$1.910,00",
             "fr_FR.UTF-8": "$1 910,00"}[lang]
    assert out["money"].replace("\u202f", " ").replace("\u00a0", " ") == money
