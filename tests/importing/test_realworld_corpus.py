"""Real-world files through the real command line: the JSON contract and the campaign figures.

Each corpus file is imported with `smsplanner import FILE --json` into a fresh database file,
then listed with `smsplanner campaigns --json --channel all`; most runs are in-process (fast),
a handful go through `python -m smsplanner` as a user would run it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smsplanner.cli import main


def _load_corpus() -> Any:
    # Tests run in importlib mode (no package), so the helper package is loaded by path.
    pkg = Path(__file__).with_name("corpus")
    spec = importlib.util.spec_from_file_location("corpus", pkg / "__init__.py",
                                                  submodule_search_locations=[str(pkg)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = module
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()
FIGURES, PHONES, Case = corpus.FIGURES, corpus.PHONES, corpus.Case

KEYS = ["file", "import_id", "shape", "rows_read", "rows_imported", "rows_skipped",
        "campaigns_created", "campaigns_updated", "duplicate_of", "unmapped_columns",
        "dropped_columns", "problems", "detected", "currency", "other_costs", "reason",
        "backup"]
DETECTED = ["encoding", "delimiter", "decimal", "date_order", "header_row", "sheet"]
CASES = corpus.all_cases()
SUBPROCESS_CASES = {"twilio-new", "klaviyo-old", "xlsx-hand-kept", "utf16-unicode-text",
                    "export-roundtrip-xlsx"}


def run_inprocess(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_subprocess(env_tz: str, *args: str) -> tuple[int, str, str]:
    env = dict(os.environ, TZ=env_tz)
    proc = subprocess.run([sys.executable, "-m", "smsplanner", *args], capture_output=True,
                          text=True, env=env, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def check_contract(obj: dict[str, Any]) -> None:
    assert list(obj) == KEYS
    assert list(obj["detected"]) == DETECTED
    for p in obj["problems"]:
        assert list(p) == ["row", "column", "value", "message"]


def check_campaigns(actual: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    by_key = {(c["name"], c["date"], c["channel"]): c for c in actual}
    assert len(actual) == len(expected), sorted(by_key)
    for exp in expected:
        key = (exp["name"], exp["date"], exp["channel"])
        assert key in by_key, f"{key} not in {sorted(by_key)}"
        got = by_key[key]
        for k, v in exp.items():
            if isinstance(v, float):
                assert got[k] == pytest.approx(v, abs=1e-6), (key, k, got[k])
            else:
                assert got[k] == v, (key, k, got[k], v)
        for f in FIGURES:  # unknown stays NULL, never 0; known never NULL
            assert (got[f] is None) == (exp[f] is None), (key, f, got[f])


def no_phone_anywhere(*blobs: bytes) -> None:
    for blob in blobs:
        for digits in PHONES:
            assert digits.encode() not in blob, digits


def db_bytes(db: Path) -> bytes:
    out = b""
    for p in (db, db.with_name(db.name + "-wal")):
        if p.exists():
            out += p.read_bytes()
    return out


def log_bytes(tmp_root: Path) -> bytes:
    data = os.environ.get("XDG_DATA_HOME", "")
    out = b""
    for p in Path(data).rglob("*.log*") if data else []:
        out += p.read_bytes()
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus_file(case: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", case.tz)
    f = tmp_path / case.filename
    case.write(f)
    db = tmp_path / "c.sqlite"
    run = (lambda *a: run_subprocess(case.tz, *a)) if case.id in SUBPROCESS_CASES else (
        lambda *a: run_inprocess(capsys, *a))
    code, out, err = run("--db", str(db), "import", str(f), "--json", *case.args)
    [obj] = json.loads(out)
    check_contract(obj)
    refused = case.expect.get("refused", False)
    assert code == (2 if refused else 0), (obj["problems"], err)
    for k, v in case.expect.items():
        if k != "refused":
            assert obj[k] == v, (k, obj[k], obj["problems"])
    if not refused:
        assert obj["problems"] == [] or "--skip-bad-rows" in case.args, obj["problems"]
        assert obj["import_id"] == 1 and obj["duplicate_of"] is None
        assert obj["rows_read"] == obj["rows_imported"] + obj["rows_skipped"]
    for k, v in case.detected.items():
        assert obj["detected"][k] == v, (k, obj["detected"])
    code, listing, _ = run("--db", str(db), "campaigns", "--json", "--channel", "all")
    assert code == 0
    check_campaigns(json.loads(listing), case.campaigns)
    no_phone_anywhere(out.encode(), err.encode(), listing.encode(), db_bytes(db),
                      log_bytes(tmp_path))


def _import(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, list[Any]]:
    code, out, _ = run_inprocess(capsys, "--db", str(db), "import", *args, "--json")
    objs = json.loads(out)
    for obj in objs:
        check_contract(obj)
    return code, objs


def _campaigns(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, Any]]:
    code, out, _ = run_inprocess(capsys, "--db", str(db), "campaigns", "--json", "--channel",
                                 "all")
    assert code == 0
    return json.loads(out)


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def test_same_export_again_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           utc: None) -> None:
    db = tmp_path / "c.sqlite"
    first, renamed = tmp_path / "campaigns.csv", tmp_path / "campaigns (1).csv"
    first.write_text(corpus.KLAVIYO_OLD)
    renamed.write_text(corpus.KLAVIYO_OLD)
    assert _import(capsys, db, str(first))[0] == 0
    before = _campaigns(capsys, db)
    code, [again, copy] = _import(capsys, db, str(first), str(renamed))
    assert code == 0
    for obj in (again, copy):
        assert obj["duplicate_of"] == 1 and obj["import_id"] is None
        assert obj["campaigns_created"] == obj["campaigns_updated"] == 0
    assert _campaigns(capsys, db) == before


def test_later_summary_export_updates_the_same_campaigns(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], utc: None) -> None:
    db = tmp_path / "c.sqlite"
    early, late = tmp_path / "week1.csv", tmp_path / "week2.csv"
    early.write_text(corpus.KLAVIYO_OLD)
    # A week on, the same campaigns have more orders and revenue; one new campaign.
    late.write_text(corpus.KLAVIYO_OLD.replace('"$1,234.50"', '"$1,500.00"')
                    .replace(",25,2.55%", ",31,3.16%")
                    + corpus.csv_rows([["Weekend", "", "", "VIP", "2026-03-21 11:00:00",
                                        "Saturday", "500", "4", "", "$90.00", "", "", "",
                                        "20", "", "22", "1", "0", "", "495", "5", "", "01HQ4",
                                        "SMS"]]))
    _import(capsys, db, str(early))
    code, [obj] = _import(capsys, db, str(late))
    assert code == 0
    assert (obj["import_id"], obj["campaigns_created"], obj["campaigns_updated"]) == (2, 1, 2)
    assert (obj["rows_read"], obj["rows_imported"], obj["rows_skipped"]) == (4, 3, 1)
    check_campaigns(_campaigns(capsys, db), [
        corpus.camp("Spring Sale SMS", "2026-03-05", sent=1000, delivered=980, clicks=120,
                    opt_outs=7, conversions=31, revenue=1500.0),
        corpus.camp("Flash Friday", "2026-03-13", sent=800, delivered=790, clicks=64,
                    opt_outs=3, conversions=12, revenue=480.0),
        corpus.camp("Weekend", "2026-03-21", sent=500, delivered=495, clicks=20, opt_outs=1,
                    conversions=4, revenue=90.0)])


def test_overlapping_later_log_adds_new_messages_and_updates_statuses(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], utc: None) -> None:
    header, *rows = corpus.TWILIO_NEW_ROWS
    first = [list(r) for r in rows[:5]] + [rows[7]]  # five sends and the first STOP
    first[4][3], first[4][11] = "sent", ""  # SM0005 not yet delivered nor billed
    log1, log2 = tmp_path / "monday.csv", tmp_path / "tuesday.csv"
    log1.write_text(corpus.csv_rows([header, *first]))
    log2.write_text(corpus.csv_rows([header, *rows[3:]]))  # overlaps SM0004-SM0006
    db = tmp_path / "c.sqlite"
    code, [a] = _import(capsys, db, str(log1), "--campaign", "Black Friday")
    assert code == 0 and a["campaigns_created"] == 1
    check_campaigns(_campaigns(capsys, db), [corpus.camp(
        "Black Friday", "2026-11-27", time="08:00", sent=5, delivered=2, replies=0,
        opt_outs=1, cost=0.0225)])  # three billed sends (the STOP is billed apart)
    # Tuesday's slice alone has 4 STOPs and 2 deliveries; joined with Monday's it adds up.
    code, [b] = _import(capsys, db, str(log2), "--campaign", "Black Friday")
    assert code == 0, b["problems"]
    assert (b["import_id"], b["campaigns_created"], b["campaigns_updated"]) == (2, 0, 1)
    assert (b["rows_read"], b["rows_imported"]) == (9, 9)
    check_campaigns(_campaigns(capsys, db), corpus.provider_cases()[0].campaigns)
    code, [c] = _import(capsys, db, str(log2), "--campaign", "Black Friday")
    assert code == 0 and c["duplicate_of"] == 2
    no_phone_anywhere(db_bytes(db))


def test_several_files_one_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   utc: None) -> None:
    good, empty = tmp_path / "good.csv", tmp_path / "only-headers.csv"
    good.write_text(corpus.HAND_UK)
    empty.write_text("Campaign,Date,Sent\r\n")
    db = tmp_path / "c.sqlite"
    code, [g, e] = _import(capsys, db, str(good), str(empty))
    assert code == 2
    assert g["import_id"] == 1 and g["rows_imported"] == 2 and g["problems"] == []
    assert e["import_id"] is None and e["rows_read"] == 0
    assert e["problems"] and "no rows" in e["problems"][-1]["message"]
    assert len(_campaigns(capsys, db)) == 2


TRICKY = [
    dict(name="=1+1 promo", date="2026-03-05", time="09:30", channel="sms", segment="=1+1",
         offer="-10% today", message="+ free gift\nReply STOP to opt out",
         notes="@Jo: check the figures, \"quoted\"", sent=1000, delivered=980, clicks=50,
         replies=7, opt_outs=3, conversions=20, revenue=1234.5, cost=40.25),
    dict(name="Email twin", date="2026-03-05", time=None, channel="email", segment=None,
         offer=None, message=None, notes=None, sent=5000, delivered=None, clicks=None,
         replies=None, opt_outs=None, conversions=12, revenue=None, cost=None),
    dict(name="'Tis the season", date="2026-12-01", time="18:00", channel="sms",
         segment="VIP", offer="2 for 1", message="Ho ho ho", notes="Gruß aus Köln",
         sent=300, delivered=None, clicks=None, replies=0, opt_outs=0, conversions=None,
         revenue=None, cost=None),
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_our_export_imports_back_exactly(suffix: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         utc: None) -> None:
    import datetime as dt

    from smsplanner.domain.campaign import Campaign
    from smsplanner.services.export import export_campaigns

    campaigns = [Campaign(**{**c, "date": dt.date.fromisoformat(c["date"])}) for c in TRICKY]
    path = export_campaigns(tmp_path / f"export{suffix}", campaigns)
    db = tmp_path / "c.sqlite"
    code, [obj] = _import(capsys, db, str(path), "--channel", "all")
    assert code == 0, obj["problems"]
    assert obj["rows_imported"] == 3 and obj["problems"] == []
    got = {c["name"]: c for c in _campaigns(capsys, db)}
    assert sorted(got) == sorted(c["name"] for c in TRICKY)
    for exp in TRICKY:
        for k, v in exp.items():
            assert got[exp["name"]][k] == v, (exp["name"], k, got[exp["name"]][k])
