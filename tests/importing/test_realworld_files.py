"""Real exports, imported as a user would: every file in tests/importing/realworld/ through the
real command line (in-process), with the few arguments SOURCES.md gives, and every figure that
SOURCES.md worked out with pandas checked; refusals checked by their reason code.

The expectations are read from SOURCES.md itself (its ```json expect blocks), so the test
checks exactly the figures written there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from smsplanner.cli import main

HERE = Path(__file__).with_name("realworld")
FIGURES = ("sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue",
           "cost")
# Digits of the fictional numbers in the corpus files: none may reach output or the database.
PHONE_DIGITS = ("3125550100", "3125550101", "3125550112", "7700900100", "7700900101",
                "7700900300", "7700900500", "3125550170")


def _expectations() -> dict[str, dict[str, Any]]:
    text = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    out: dict[str, dict[str, Any]] = {}
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        name = section.splitlines()[0].strip()
        block = re.search(r"```json expect\n(.*?)\n```", section, flags=re.S)
        assert block is not None, name
        out[name] = json.loads(block.group(1))
    return out


EXPECT = _expectations()


def test_corpus_size_and_every_file_described() -> None:
    files = sorted(p.name for p in HERE.iterdir() if p.name != "SOURCES.md")
    assert files == sorted(EXPECT), set(files) ^ set(EXPECT)
    assert len(files) >= 30


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_real_file_imports_to_its_figures(name: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    exp = EXPECT[name]
    db = tmp_path / "c.sqlite"
    code, out, err = _run(capsys, "--db", str(db), "import", str(HERE / name), "--json",
                          *exp["args"])
    [obj] = json.loads(out)
    refused = exp.get("refused")
    assert code == (2 if refused else 0), (obj["reason"], obj["problems"][-1:], err)
    if refused:
        assert obj["reason"] == refused and obj["import_id"] is None
        assert "--" not in obj["problems"][-1]["message"].split(":")[0]  # names the file
    else:
        assert obj["reason"] is None and obj["problems"] == [], obj["problems"]
        assert obj["rows_read"] == obj["rows_imported"] + obj["rows_skipped"]
    for key in ("rows_read", "rows_imported", "rows_skipped", "shape"):
        if key in exp:
            assert obj[key] == exp[key], (key, obj[key])
    if "currency" in exp:
        assert obj["currency"]["file"] == exp["currency"]
    for key, value in exp.get("detected", {}).items():
        assert obj["detected"][key] == value
    if "other_costs" in exp:
        assert obj["other_costs"].keys() == exp["other_costs"].keys()
        for key, value in exp["other_costs"].items():
            assert obj["other_costs"][key] == (None if value is None else pytest.approx(value))
    code, listing, _ = _run(capsys, "--db", str(db), "campaigns", "--json", "--channel", "all")
    assert code == 0
    got = {(c["name"], c["date"], c["channel"]): c for c in json.loads(listing)}
    assert len(got) == len(exp["campaigns"]), sorted(got)
    for c in exp["campaigns"]:
        key = (c["name"], c["date"], c["channel"])
        assert key in got, (key, sorted(got))
        for field, value in c.items():
            if isinstance(value, float):
                assert got[key][field] == pytest.approx(value, abs=1e-6), (key, field)
            else:
                assert got[key][field] == value, (key, field, got[key][field], value)
        for field in FIGURES:  # unknown stays unknown, known is never lost
            assert (got[key][field] is None) == (c[field] is None), (key, field)
    stored = db.read_bytes() if db.exists() else b""
    for digits in PHONE_DIGITS:
        assert digits not in out + err + listing and digits.encode() not in stored
