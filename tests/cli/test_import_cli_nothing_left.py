"""A file with nothing to import says why in one sentence naming it: exit 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smsplanner.cli import main


def _import(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), "import", *args])
    err = capsys.readouterr().err
    main(["--db", str(db), "imports", "--json"])
    assert json.loads(capsys.readouterr().out) == []  # nothing written
    return code, err


@pytest.mark.parametrize(("name", "text", "extra", "words"), [
    ("only-total.csv", "Campaign,Date,Sent,Clicks\nTotal,,330,18\n", (),
     "only-total.csv: the file has no campaign rows, only 1 total row (totals are not campaigns)."),
    ("email-only.csv",
     "Campaign Name,Send Time,Total Recipients,Unique Clicks,Campaign Channel\n"
     "D,2026-03-08 10:00,100,5,Email\nE,2026-03-09 10:00,100,5,Email\n", (),
     "email-only.csv: all 2 rows are for other channels than SMS (email); "
     "use --channel all to import them."),
    ("all-bad.csv", "Campaign,Date,Sent\nA,2026-03-05,lots\n", ("--skip-bad-rows",),
     "all-bad.csv: every row has a problem, so nothing was imported."),
])
def test_nothing_to_import_says_why(name: str, text: str, extra: tuple[str, ...], words: str,
                                    tmp_path: Path, db_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / name
    f.write_text(text)
    code, err = _import(capsys, db_path, str(f), *extra)
    assert code == 2
    assert err.splitlines()[0] == f"smsplanner: {words}"


def test_a_map_to_a_missing_column_names_the_file(tmp_path: Path, db_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "spring.csv"
    f.write_text("Campaign,Date,Sent\nA,2026-03-05,100\n")
    code, err = _import(capsys, db_path, str(f), "--map", "sent=Nope")
    assert code == 2
    assert err.splitlines() == [
        "smsplanner: spring.csv: --map sent=Nope: the file has no column 'Nope'. "
        "Its columns are: Campaign, Date, Sent."]
