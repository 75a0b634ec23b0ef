"""No "1 campaigns": every count a user reads takes the right noun, checked with exactly one.

Real files, real widgets and the real command line; plus a scan of the GUI and CLI sources for
a number written straight before a plural noun, so a new "{n} campaigns" cannot slip in.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smsplanner.cli import main as cli_main
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.words import counted, plural
from smsplanner.storage.backups import make_backup
from smsplanner.storage.campaigns import add_campaign
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DamagedDatabaseError
from smsplanner.ui.backups.dialog import BackupsDialog, export_campaigns_dialog, offer_backup
from smsplanner.ui.window.app import open_main_window
from tests.support import page_size

ROOT = Path(__file__).resolve().parents[2] / "smsplanner"
ONE_PLURAL = re.compile(r"\b1 (campaigns|rows|people|backups|characters|segments|persons)\b")


def test_counted_words() -> None:
    assert counted(1, "campaign") == "1 campaign"
    assert counted(0, "campaign") == "0 campaigns"
    assert counted(1234, "campaign") == "1,234 campaigns"
    assert counted(1, "person") == "1 person" and counted(2, "person") == "2 people"
    assert counted(1, "row", number="1") == "1 row"
    assert plural(3, "has") == "have" and plural(1, "was") == "was"


@pytest.fixture
def one_campaign_db(db_path: Path) -> Path:
    conn = open_db(db_path)
    add_campaign(conn, Campaign(name="Spring sale", date=dt.date(2026, 3, 2), sent=500,
                                delivered=480, conversions=12))
    conn.close()
    return db_path


def test_one_campaign_export_and_backups_in_the_window(qtbot, one_campaign_db: Path,
                                                       tmp_path: Path, monkeypatch) -> None:
    window = open_main_window(one_campaign_db)
    assert window is not None
    qtbot.addWidget(window)
    target = tmp_path / "one.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV file (*.csv)")))
    assert export_campaigns_dialog(window, everything=True) == target
    status = window.statusBar().currentMessage()
    assert status.startswith("Exported 1 campaign to ")

    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert asked and "(1 campaign)?" in asked[0]
    for text in (status, *asked):
        assert not ONE_PLURAL.search(text), text
    dialog.close()
    window.close()


def test_damaged_file_offer_with_a_one_campaign_backup(one_campaign_db: Path,
                                                       monkeypatch) -> None:
    conn = open_db(one_campaign_db)
    make_backup(conn, reason="daily")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(one_campaign_db.read_bytes())
    ps = page_size(data)
    data[ps:2 * ps] = b"\x13" * ps
    one_campaign_db.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as err:
        open_db(one_campaign_db)
    said: list[str] = []
    real = QMessageBox.setInformativeText
    monkeypatch.setattr(QMessageBox, "setInformativeText",
                        lambda self, text: (said.append(text), real(self, text))[1])
    assert offer_backup(err.value, ask=False) is True
    assert said and " with 1 campaign can take its place" in said[0]


def test_one_campaign_on_the_command_line(one_campaign_db: Path, tmp_path: Path,
                                          capsys) -> None:
    assert cli_main(["--db", str(one_campaign_db), "backup", "--to",
                     str(tmp_path / "b.sqlite")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Backed up 1 campaign to ")
    assert cli_main(["--db", str(one_campaign_db), "export", str(tmp_path / "e.csv")]) == 0
    out2 = capsys.readouterr().out
    assert out2.startswith("Exported 1 campaign to ")
    assert cli_main(["whatif", "--audience", "1", "--rate", "0.5"]) == 0
    out3 = capsys.readouterr().out
    assert "Texting 1 person at" in out3
    assert cli_main(["segments", "a"]) == 0
    assert capsys.readouterr().out.startswith("1 character, GSM-7, 1 message part")
    for text in (out, out2, out3):
        assert not ONE_PLURAL.search(text), text


def test_one_person_in_the_plan_tab(qtbot) -> None:
    from smsplanner.ui.plan.view import PlanView

    v = PlanView()
    qtbot.addWidget(v)
    v.whatif.use_typed.setChecked(True)
    v.whatif.audience.setValue(1)
    assert v.whatif.headline.text().startswith("1 person: ")


# Sites where the number before a plural noun is never 1 (checked by reading them).
NEVER_ONE = (
    ('undo.py', 'f"{len(deleted)} campaigns"'),  # the 1-campaign case names it instead
    ('main_window.py', 'f"{len(deleted)} campaigns"'),
    ('plan_whatif.py', 'f"Last {k} campaigns"'),  # k is 5, 10 or 20
    ('trends_view.py', 'f"None of the {shown:,} campaigns shown has"'),  # shown > 1 here
    ('campaign_table.py', 'f"Total: {fmt_count(n, loc)} campaigns"'),  # n == 1 said apart
    ('plan.py', '{MAX_AUDIENCE:,} people'),
    ('selftest.py', ''),  # a developer's self-check, not a user's screen
)
NUMBER_NOUN = re.compile(r"\{[^{}]*\}\)? +(campaigns|rows|people|backups|characters|segments)\b")


def test_no_new_number_before_a_plural_noun_in_gui_or_cli_sources() -> None:
    found = []
    for folder in ("ui", "cli"):
        for path in sorted((ROOT / folder).glob("*.py")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if NUMBER_NOUN.search(line) and not any(
                        path.name == name and snippet in line for name, snippet in NEVER_ONE):
                    found.append(f"{path.name}: {line.strip()}")
    assert found == [], "use domain.words.counted for counts a user reads"


def test_one_campaign_without_the_counts_on_trends(window) -> None:
    add_campaign(window.conn, Campaign(name="Spring sale", date=dt.date(2026, 3, 2), sent=500,
                                       delivered=480, conversions=12))
    window.reload()
    window.trends.set_metric("click")
    text = window.trends.plot._empty.text()
    assert text.startswith("The campaign shown has no clicks counted.")
    assert not ONE_PLURAL.search(text) and "None of the 1" not in text
