"""Real exports through the import dialog (offscreen, real widgets and threads): the dialog
gives the same figures as the command line for the same file, words refusals without flags,
and asks before importing money in another currency than Preferences'."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.ui.imports.dialog import ImportDialog
from smsplanner.ui.window.main_window import MainWindow
from tests.ui.import_helpers import WAIT, open_checked, shown_window

CORPUS = Path(__file__).parents[1] / "importing" / "realworld"
FIELDS = ("name", "date", "time", "channel", "segment", "message", "sent", "delivered",
          "clicks", "replies", "opt_outs", "conversions", "revenue", "cost")


@pytest.fixture
def win(qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "UTC")
    yield from shown_window(qtbot, db_path)


def type_campaign(qtbot, dialog: ImportDialog, name: str) -> None:
    dialog.campaign_edit.setText(name)
    dialog.check = None
    dialog.campaign_edit.textEdited.emit(name)
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.is_busy(), timeout=WAIT)


def import_and_wait(qtbot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled(), dialog.why.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()


def stored(win: MainWindow) -> list[dict]:
    from smsplanner.storage.campaigns import list_campaigns

    return [{f: getattr(c, f) for f in FIELDS} | {"date": c.date.isoformat()}
            for c in list_campaigns(win.conn)]


def cli_campaigns(tmp_path: Path, capsys: pytest.CaptureFixture[str], path: Path,
                  *args: str) -> list[dict]:
    db = tmp_path / "cli.sqlite"
    assert main(["--db", str(db), "import", str(path), *args]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "campaigns", "--json", "--channel", "all"]) == 0
    return [{f: c[f] for f in FIELDS} for c in json.loads(capsys.readouterr().out)]


def test_dialog_and_command_line_give_the_same_figures(qtbot, win, tmp_path, capsys) -> None:
    path = tmp_path / "twilio-console-2025-three-directions.csv"
    shutil.copy(CORPUS / path.name, path)
    dialog = open_checked(qtbot, win, path)
    assert not dialog.import_button.isEnabled() or dialog.campaign_edit.isVisible()
    type_campaign(qtbot, dialog, "Fall Restock")
    assert "2 automatic answers" in dialog.notes.text()
    import_and_wait(qtbot, dialog)
    gui = stored(win)
    cli = cli_campaigns(tmp_path, capsys, path, "--campaign", "Fall Restock")
    assert gui == cli
    assert (gui[0]["sent"], gui[0]["delivered"], gui[0]["clicks"], gui[0]["replies"],
            gui[0]["opt_outs"]) == (8, 5, 3, 1, 2)


def test_dialog_refusals_name_no_flag(qtbot, win, tmp_path) -> None:
    for name, words in (("vumi-go-ussd-messages.csv", "not text messages"),
                        ("klaviyo-miir-flows-monthly.csv", "choose the column that holds the "
                                                           "send date")):
        path = tmp_path / name
        shutil.copy(CORPUS / name, path)
        dialog = open_checked(qtbot, win, path)
        why = dialog.why.text()
        assert not dialog.import_button.isEnabled() and words in why, why
        assert "--" not in why and "--" not in dialog.notes.text()
        dialog.done(0)


@pytest.mark.parametrize("answer", ["drop", "switch", "cancel"])
def test_money_in_another_currency_is_asked_about_before_writing(
        qtbot, win, tmp_path, answer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    win.prefs.set_currency("$", False)
    path = tmp_path / "hand-kept-eur.csv"
    shutil.copy(CORPUS / path.name, path)
    dialog = open_checked(qtbot, win, path)
    asked: list[tuple[str, str]] = []

    def ask(found: str, preferred: str) -> str:
        asked.append((found, preferred))
        return answer

    monkeypatch.setattr(dialog, "ask_currency", ask)
    if answer == "cancel":
        dialog.import_button.click()
        assert asked == [("EUR", "USD")] and stored(win) == []  # nothing written
        return
    import_and_wait(qtbot, dialog)
    assert asked == [("EUR", "USD")]
    revenue = {c["name"]: c["revenue"] for c in stored(win)}
    if answer == "drop":
        assert set(revenue.values()) == {None} and win.prefs.currency_symbol() == "$"
    else:
        assert revenue["Ostern"] == pytest.approx(2906.10)
        assert win.prefs.currency_symbol() == "€"  # euro revenue never shows as $
