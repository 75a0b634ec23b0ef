"""Acceptance audit of the command-line contracts written in issues 2, 3, 5, 6 and 8.

Every check runs the real entry point (`python -m smsplanner ...`) in a subprocess on real
database files, and checks what the issue text promises, key by key: exit 0 on success, exit 2
with ONE line `smsplanner: <what is wrong>` on stderr for each kind of user mistake, exit 1 with
the log file's path for anything unexpected, and never a traceback on the terminal.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sqlite3
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from statistics import NormalDist
from typing import Any

import pytest

CAMPAIGN_KEYS = {
    "id", "name", "date", "time", "channel", "segment", "offer", "sent", "delivered", "clicks",
    "replies", "opt_outs", "conversions", "revenue", "cost", "recipients", "conversion_rate",
    "conversion_rate_low", "conversion_rate_high", "click_rate", "response_rate", "delivery_rate",
}
IMPORT_KEYS = {
    "file", "import_id", "shape", "rows_read", "rows_imported", "rows_skipped",
    "campaigns_created", "campaigns_updated", "duplicate_of", "unmapped_columns",
    "dropped_columns", "problems", "detected",
}
DETECTED_KEYS = {"encoding", "delimiter", "decimal", "date_order", "header_row", "sheet"}
WHATIF_KEYS = {
    "audience", "rate", "rate_source", "history_campaigns", "delivery_rate",
    "expected_delivered", "expected_conversions", "conversions_low", "conversions_high",
    "interval", "cost", "revenue", "profit", "profit_low", "profit_high", "roi",
    "cost_per_conversion", "break_even_rate", "probability_of_profit",
}
COMPARE_KEYS = {"a", "b", "difference", "difference_low", "difference_high", "p_value", "test",
                "probability_b_better", "verdict"}
ARM_KEYS = {"name", "conversions", "recipients", "rate", "low", "high"}
VERDICT_KEYS = {"direction", "change", "change_low", "change_high", "p_value", "text"}
POINT_KEYS = {"date", "numerator", "denominator", "rate", "low", "high"}

SUMMARY_CSV = (
    "Campaign,Date,Segment,Sent,Delivered,Clicks,Orders,Revenue\n"
    "Spring sale,2026-03-01,Loyal,1000,950,100,40,1200.50\n"
    "Summer sale,2026-06-01,New,2000,1900,,60,900\n"
    "Total,,,3000,2850,100,100,2100.5\n"
)
LOG_CSV = (  # a Twilio-like per-message log with no campaign column and a phone column
    "Sid,To,Status,Direction,DateSent,Price\n"
    "SM1,+15551234567,delivered,outbound-api,2026-03-01T10:00:00Z,-0.0079\n"
    "SM2,+15551234568,failed,outbound-api,2026-03-01T10:00:05Z,-0.0079\n"
    "SM3,+15551234568,received,inbound,2026-03-01T11:00:00Z,0\n"
)


# ----------------------------------------------------------------------------- helpers

@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        assert_ok(self)
        return json.loads(self.stdout)


def run(home: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    """`python -m smsplanner ARGS` with its data folders (logs, default db) under `home`."""
    base = {k: v for k, v in os.environ.items() if k != "SMSPLANNER_DB"}
    base.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-m", "smsplanner", *args], capture_output=True,
                       text=True, env={**base, **(env or {})}, timeout=120)
    return Result(p.returncode, p.stdout, p.stderr)


def assert_ok(r: Result) -> None:
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def assert_user_mistake(r: Result, *fragments: str, stdout_empty: bool = True) -> str:
    """Exit 2, one line `smsplanner: ...` on stderr naming what is wrong, no traceback."""
    assert "Traceback" not in r.stderr + r.stdout, r.stderr
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    line = lines[0]
    assert line.startswith("smsplanner: ") and len(line) > len("smsplanner: ") + 5, line
    for frag in fragments:
        assert frag.lower() in line.lower(), (frag, line)
    if stdout_empty:
        assert r.stdout == "", r.stdout
    return line


@dataclass
class Store:
    """A database file with its own data folders, and a runner bound to it."""

    home: Path
    db: Path

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result:
        return run(self.home, "--db", str(self.db), *args, env=env)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """One sample-data database shared by the read-only checks of this module."""
    home = tmp_path_factory.mktemp("sample")
    store = Store(home, home / "sample.sqlite")
    assert_ok(store("sample-data"))
    (home / "summary.csv").write_text(SUMMARY_CSV, encoding="utf-8")
    (home / "garbage.sqlite").write_bytes(b"this is not a database " * 20)
    (home / "folder.sqlite").mkdir()
    return store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path, tmp_path / "campaigns.sqlite")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", data[16:24])


# ------------------------------------------------------------------ user mistakes (exit 2)

GOOD = ("--name", "X", "--date", "2026-01-01")
MISTAKES: list[tuple[str, list[str], tuple[str, ...]]] = [
    # issue 2: add / campaigns / delete / the parser itself
    ("add-no-date", ["add", "--name", "X"], ("--date",)),
    ("add-no-name", ["add", "--date", "2026-01-01"], ("--name",)),
    ("add-bad-date", ["add", "--name", "X", "--date", "2026-13-01"], ("2026-13-01",)),
    ("add-dmy-date", ["add", "--name", "X", "--date", "14/03/2026"], ("14/03/2026",)),
    ("add-bad-time", [*("add", *GOOD), "--time", "25:99"], ("25:99",)),
    ("add-negative", [*("add", *GOOD), "--sent", "-5"], ("--sent", "-5")),
    ("add-not-number", [*("add", *GOOD), "--clicks", "ten"], ("--clicks", "ten")),
    ("add-fraction", [*("add", *GOOD), "--conversions", "1.5"], ("--conversions",)),
    ("add-huge-count", [*("add", *GOOD), "--sent", "9" * 23], ("--sent",)),
    ("add-delivered>sent", [*("add", *GOOD), "--sent", "10", "--delivered", "20"],
     ("delivered", "sent")),
    ("add-conv>recipients", [*("add", *GOOD), "--sent", "100", "--conversions", "200"],
     ("conversions",)),
    ("add-revenue-nan", [*("add", *GOOD), "--revenue", "nan"], ("--revenue",)),
    ("add-revenue-inf", [*("add", *GOOD), "--revenue", "inf"], ("--revenue",)),
    ("add-cost-overflow", [*("add", *GOOD), "--cost", "1e400"], ("--cost",)),
    ("add-duplicate", ["add", "--name", "May 2025 Loyal 20% off", "--date", "2025-05-06"],
     ("already exists",)),
    ("campaigns-json-and-csv", ["campaigns", "--json", "--csv"], ("--csv", "--json")),
    ("delete-unknown", ["delete", "999999"], ("999999",)),
    ("delete-not-id", ["delete", "abc"], ("abc",)),
    ("delete-huge-id", ["delete", "9" * 20], ("9" * 20,)),
    ("unknown-command", ["launch"], ("launch",)),
    ("db-without-path", ["campaigns", "--db"], ("--db",)),
    # issue 3: import / imports / undo-import
    ("import-no-file", ["import"], ("FILE",)),
    ("import-missing-file", ["import", "no-such-file.csv"], ("no-such-file.csv",)),
    ("import-bad-map", ["import", "{home}/summary.csv", "--map", "conversions"],
     ("FIELD=COLUMN",)),
    ("import-map-unknown-field", ["import", "{home}/summary.csv", "--map", "profit=Orders"],
     ("profit",)),
    ("import-map-unknown-column", ["import", "{home}/summary.csv", "--map",
                                   "conversions=Purchases"], ("Purchases",)),
    ("import-bad-channel", ["import", "{home}/summary.csv", "--channel", "email"],
     ("--channel",)),
    ("undo-unknown", ["undo-import", "999"], ("999",)),
    ("undo-not-id", ["undo-import", "first"], ("first",)),
    ("undo-huge-id", ["undo-import", "9" * 20], ("9" * 20,)),
    # issue 5: trend
    ("trend-bad-metric", ["trend", "--metric", "opens"], ("--metric", "opens")),
    ("trend-bad-by", ["trend", "--by", "day"], ("--by", "day")),
    ("trend-bad-from", ["trend", "--from", "2026-99-01"], ("2026-99-01",)),
    ("trend-from-after-to", ["trend", "--from", "2026-05-01", "--to", "2026-01-01"],
     ("--from", "--to")),
    ("trend-size-without-png", ["trend", "--size", "800x600"], ("--size", "--png")),
    ("trend-size-tiny", ["trend", "--png", "{home}/t.png", "--size", "10x10"], ("10x10",)),
    ("trend-size-one-number", ["trend", "--png", "{home}/t.png", "--size", "800"], ("800",)),
    ("trend-size-three", ["trend", "--png", "{home}/t.png", "--size", "8x6x3"], ("8x6x3",)),
    ("trend-png-no-folder", ["trend", "--png", "{home}/nowhere/t.png"], ("nowhere",)),
    ("trend-png-as-svg", ["trend", "--png", "{home}/t.svg"], (".png",)),
    # issue 6: whatif / compare / plan-test / segments
    ("whatif-no-rate-no-history", ["whatif", "--audience", "100"], ("--rate", "--history")),
    ("whatif-no-audience", ["whatif", "--rate", "0.04"], ("--audience",)),
    ("whatif-rate-and-history", ["whatif", "--audience", "100", "--rate", "0.04",
                                 "--history"], ("--history", "--rate")),
    ("whatif-rate-percent-number", ["whatif", "--audience", "100", "--rate", "4"], ("--rate",)),
    ("whatif-rate-text", ["whatif", "--audience", "100", "--rate", "high"], ("high",)),
    ("whatif-negative-audience", ["whatif", "--audience", "-1", "--rate", "0.04"],
     ("--audience",)),
    ("whatif-absurd-audience", ["whatif", "--audience", "1" + "0" * 20, "--rate", "0.04"],
     ("--audience",)),
    ("whatif-segment-without-history", ["whatif", "--audience", "100", "--rate", "0.04",
                                        "--segment", "Loyal customers"], ("--history",)),
    ("whatif-unknown-segment", ["whatif", "--audience", "100", "--history", "--segment",
                                "Nobody"], ("Nobody",)),
    ("whatif-last-zero", ["whatif", "--audience", "100", "--history", "--last", "0"],
     ("--last",)),
    ("whatif-bad-delivery", ["whatif", "--audience", "100", "--rate", "0.04",
                             "--delivery-rate", "1.5"], ("--delivery-rate",)),
    ("compare-one-side", ["compare", "1"], ("two campaigns", "--segment")),
    ("compare-unknown-name", ["compare", "1", "Black Friday"], ("Black Friday",)),
    ("compare-unknown-id", ["compare", "999999", "1"], ("999999",)),
    ("compare-same", ["compare", "1", "May 2025 Loyal 20% off"], ("same",)),
    ("plan-test-no-lift", ["plan-test", "--baseline", "0.05"], ("--lift", "--relative-lift")),
    ("plan-test-both-lifts", ["plan-test", "--baseline", "0.05", "--lift", "0.01",
                              "--relative-lift", "0.2"], ("--lift", "--relative-lift")),
    ("plan-test-no-baseline", ["plan-test", "--lift", "0.01"], ("--baseline",)),
    ("plan-test-baseline-over-1", ["plan-test", "--baseline", "1.5", "--lift", "0.01"],
     ("--baseline",)),
    ("plan-test-zero-lift", ["plan-test", "--baseline", "0.05", "--lift", "0"], ("lift",)),
    ("plan-test-lift-text", ["plan-test", "--baseline", "0.05", "--lift", "abc"], ("abc",)),
    ("plan-test-power-1", ["plan-test", "--baseline", "0.05", "--lift", "0.01", "--power", "1"],
     ("--power",)),
    ("segments-no-text", ["segments"], ("TEXT",)),
    # issue 8: backup / restore / export / damaged files
    ("restore-missing", ["restore", "no-such-backup.sqlite"], ("no-such-backup.sqlite",)),
    ("restore-garbage", ["restore", "{home}/garbage.sqlite"], ("garbage.sqlite",)),
    ("restore-no-arg", ["restore"], ("BACKUP",)),
    ("backup-onto-itself", ["backup", "--to", "{db}"], ("campaign file",)),
    ("backup-to-folder", ["backup", "--to", "{home}/folder.sqlite"], ("is a folder",)),
    ("export-bad-extension", ["export", "{home}/out.txt"], (".csv", ".xlsx")),
    ("export-no-folder", ["export", "{home}/nowhere/out.csv"], ("nowhere",)),
    ("export-no-file", ["export"], ("FILE",)),
]


@pytest.fixture(scope="module")
def mistakes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Result]:
    """Every MISTAKES command run once, six at a time, on its own sample database."""
    from concurrent.futures import ThreadPoolExecutor

    home = tmp_path_factory.mktemp("mistakes")
    store = Store(home, home / "sample.sqlite")
    assert_ok(store("sample-data"))
    (home / "summary.csv").write_text(SUMMARY_CSV, encoding="utf-8")
    (home / "garbage.sqlite").write_bytes(b"this is not a database " * 20)
    (home / "folder.sqlite").mkdir()
    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = {name: pool.submit(store, *(a.format(home=home, db=store.db) for a in args))
                   for name, args, _ in MISTAKES}
    return {name: f.result() for name, f in futures.items()}


@pytest.mark.parametrize(("name", "fragments"), [(m[0], m[2]) for m in MISTAKES],
                         ids=[m[0] for m in MISTAKES])
def test_user_mistake_is_one_line_and_exit_2(mistakes: dict[str, Result], name: str,
                                             fragments: tuple[str, ...]) -> None:
    assert_user_mistake(mistakes[name], *fragments)


@pytest.mark.parametrize("which", ["garbage.sqlite", "folder.sqlite"])
def test_damaged_or_wrong_database_file_is_exit_2_and_untouched(sample: Store,
                                                                which: str) -> None:
    target = sample.home / which
    before = target.read_bytes() if target.is_file() else None
    line = assert_user_mistake(run(sample.home, "--db", str(target), "campaigns"))
    assert str(target) in line
    assert (target.read_bytes() if target.is_file() else None) == before
    # the same sentence whichever command meets the file
    assert assert_user_mistake(run(sample.home, "--db", str(target), "trend", "--json")) == line


def test_unexpected_error_is_exit_1_with_log_path(store: Store) -> None:
    assert_ok(store("add", *GOOD))
    with sqlite3.connect(store.db) as c:  # a schema no release ever wrote
        c.executescript("DROP TABLE campaigns; CREATE TABLE campaigns(id INTEGER PRIMARY KEY);")
    c.close()
    r = store("campaigns", "--json")
    assert r.returncode == 1 and r.stdout == ""
    line, = r.stderr.strip().splitlines()
    assert line.startswith("smsplanner: unexpected error")
    log = Path(line.split("details are in ", 1)[1])
    assert log.is_relative_to(store.home / "data") and "Traceback" in log.read_text()


# ------------------------------------------------------------------ issue 2: the store, add

def test_version_and_help() -> None:
    p = subprocess.run([sys.executable, "-m", "smsplanner", "--version"], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0 and p.stdout.startswith("smsplanner ") and p.stdout.strip()[-1]
    p = subprocess.run([sys.executable, "-m", "smsplanner", "--help"], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0 and "--self-test" not in p.stdout  # hidden (issue 7)
    script = Path(sys.executable).with_name("smsplanner")  # the console script (issue 2)
    if script.exists():
        p = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                           timeout=60)
        assert p.returncode == 0 and p.stdout.startswith("smsplanner ")


def test_db_before_or_after_command_env_and_default(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert_ok(run(tmp_path, "add", "--name", "Default", "--date", "2026-01-01"))
    default = tmp_path / "data" / "SMS Planner" / "campaigns.sqlite"
    assert default.is_file()
    env = {"SMSPLANNER_DB": str(a)}
    assert_ok(run(tmp_path, "add", "--name", "Env", "--date", "2026-01-02", env=env))
    assert_ok(run(tmp_path, "--db", str(b), "add", "--name", "Before", "--date", "2026-01-03",
                  env=env))
    assert_ok(run(tmp_path, "add", "--name", "After", "--date", "2026-01-04", "--db", str(b),
                  env=env))

    def names(*args: str, env: dict[str, str] | None = None) -> list[str]:
        return [r["name"] for r in run(tmp_path, *args, env=env).json()]

    assert names("campaigns", "--json") == ["Default"]
    assert names("campaigns", "--json", env=env) == ["Env"]
    assert names("--db", str(b), "campaigns", "--json", env=env) == ["Before", "After"]
    assert names("campaigns", "--json", "--db", str(b)) == ["Before", "After"]
    for args in (["segments", "hi"], ["plan-test", "--baseline", "0.05", "--lift", "0.01"]):
        assert_ok(run(tmp_path, *args, "--db", str(b)))  # accepted on every command


def test_add_every_flag_then_campaigns_json_csv_and_channel(store: Store) -> None:
    assert_ok(store("add", "--name", "Spring sale", "--date", "2026-03-14", "--time", "09:30",
                    "--segment", "Loyal", "--offer", "20% off", "--channel", "sms",
                    "--sent", "1000", "--delivered", "950", "--clicks", "120", "--replies",
                    "30", "--opt-outs", "4", "--conversions", "38", "--revenue", "1520.50",
                    "--cost", "45", "--message", "Hi! 20% off today"))
    assert_ok(store("add", "--name", "B later", "--date", "2026-03-20", "--sent", "500"))
    assert_ok(store("add", "--name", "A later", "--date", "2026-03-20", "--sent", "400",
                    "--conversions", "0"))
    assert_ok(store("add", "--name", "Mail", "--date", "2026-01-01", "--channel", "email",
                    "--sent", "10"))
    rows = store("campaigns", "--json").json()
    assert [r["name"] for r in rows] == ["Spring sale", "A later", "B later"]  # date, then name
    assert all(set(r) >= CAMPAIGN_KEYS for r in rows)
    s = rows[0]
    expected = {"date": "2026-03-14", "time": "09:30", "channel": "sms", "segment": "Loyal",
                "offer": "20% off", "sent": 1000, "delivered": 950, "clicks": 120,
                "replies": 30, "opt_outs": 4, "conversions": 38, "revenue": 1520.5,
                "cost": 45, "recipients": 950}
    assert {k: s[k] for k in expected} == expected
    z = NormalDist().inv_cdf(0.975)  # Wilson 95%, computed here from its formula
    p, n = 38 / 950, 950
    centre, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    assert s["conversion_rate"] == pytest.approx(0.04)  # a fraction, not 4
    assert s["conversion_rate_low"] == pytest.approx((centre - half) / (1 + z * z / n))
    assert s["conversion_rate_high"] == pytest.approx((centre + half) / (1 + z * z / n))
    assert s["click_rate"] == pytest.approx(120 / 950)
    assert s["response_rate"] == pytest.approx(30 / 950)
    assert s["delivery_rate"] == pytest.approx(0.95)
    b = rows[2]  # only `sent` known: everything else unknown is null, never 0
    assert b["recipients"] == 500 and b["delivered"] is None and b["delivery_rate"] is None
    assert all(b[k] is None for k in ("time", "segment", "offer", "clicks", "replies",
                                      "opt_outs", "conversions", "revenue", "cost",
                                      "conversion_rate", "conversion_rate_low", "click_rate",
                                      "response_rate"))
    assert rows[1]["conversions"] == 0 and rows[1]["conversion_rate"] == 0.0  # known zero
    everything = store("campaigns", "--json", "--channel", "all").json()
    assert [r["name"] for r in everything] == ["Mail", "Spring sale", "A later", "B later"]
    assert everything[0]["channel"] == "email"
    out = store("campaigns", "--csv")
    assert_ok(out)
    table = list(csv.DictReader(io.StringIO(out.stdout)))
    assert set(table[0]) >= CAMPAIGN_KEYS and len(table) == 3
    assert table[2]["name"] == "B later" and table[2]["conversion_rate"] == ""
    assert float(table[0]["conversion_rate"]) == pytest.approx(0.04)


def test_delete_by_id(store: Store) -> None:
    assert_ok(store("add", *GOOD))
    assert_ok(store("add", "--name", "Y", "--date", "2026-01-02"))
    ids = [r["id"] for r in store("campaigns", "--json").json()]
    assert_ok(store("delete", str(ids[0])))
    assert [r["name"] for r in store("campaigns", "--json").json()] == ["Y"]
    assert_user_mistake(store("delete", str(ids[0])), str(ids[0]))


def test_sample_data_is_realistic_and_idempotent(sample: Store) -> None:
    before = sample("campaigns", "--status", "sent", "--json").json()
    again = sample("sample-data")
    assert_ok(again)
    assert "nothing changed" in again.stdout
    assert sample("campaigns", "--status", "sent", "--json").json() == before
    assert 40 <= len(before) <= 56
    assert len({r["segment"] for r in before}) == 3
    assert all(r["time"] for r in before)
    assert sum(1 for r in before if r["offer"]) >= 0.8 * len(before)
    assert all(0.01 <= r["conversion_rate"] <= 0.09 for r in before)
    assert any(r["clicks"] is None for r in before) and any(r["replies"] is None for r in before)
    first, last = before[0]["date"], before[-1]["date"]
    months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
    assert 16 <= months <= 19
    assert [(r["date"], r["name"]) for r in before] == sorted((r["date"], r["name"])
                                                              for r in before)


# ------------------------------------------------------------------ issue 3: import

def test_import_json_contract_duplicate_and_refusal(store: Store) -> None:
    good = store.home / "results.csv"
    good.write_text(SUMMARY_CSV, encoding="utf-8")
    bad = store.home / "bad.csv"
    bad.write_text("Campaign,Date,Sent,Delivered\nOops,2026-04-01,10,20\nFine,2026-04-02,10,9\n",
                   encoding="utf-8")

    dry = store("import", str(good), "--dry-run", "--json").json()
    assert dry[0]["import_id"] is None and store("campaigns", "--json").json() == []

    first, = store("import", str(good), "--json").json()
    assert set(first) >= IMPORT_KEYS and set(first["detected"]) >= DETECTED_KEYS
    assert first["shape"] == "summary" and isinstance(first["import_id"], int)
    assert (first["rows_read"], first["rows_imported"], first["campaigns_created"]) == (2, 2, 2)
    assert first["campaigns_updated"] == 0 and first["duplicate_of"] is None
    assert first["detected"]["delimiter"] == "," and first["detected"]["header_row"] == 1
    assert first["problems"] == []
    assert [r["name"] for r in store("campaigns", "--json").json()] == ["Spring sale",
                                                                      "Summer sale"]
    r = store("import", str(good), str(bad), "--json")
    assert r.returncode == 2  # one file refused -> 2, and still one object per file
    again, refused = json.loads(r.stdout)
    assert again["duplicate_of"] == first["import_id"] and again["import_id"] is None
    assert refused["import_id"] is None and refused["file"].endswith("bad.csv")
    problem, = refused["problems"]
    assert set(problem) == {"row", "column", "value", "message"}
    assert (problem["row"], problem["column"], problem["value"]) == (2, "Delivered", "20")
    assert len(store("campaigns", "--json").json()) == 2  # nothing from the refused file

    text = store("import", str(good))
    assert_ok(text)
    assert "already imported on" in text.stdout and f"#{first['import_id']}" in text.stdout
    r = store("import", str(bad))  # a refusal lists its problems under the one-line message
    assert r.returncode == 2 and r.stderr.startswith("smsplanner: ") and "row 2" in r.stderr
    skipped, = store("import", str(bad), "--skip-bad-rows", "--json").json()
    assert skipped["rows_skipped"] == 1 and skipped["rows_imported"] == 1
    assert [r["name"] for r in store("campaigns", "--json").json()] == [
        "Spring sale", "Fine", "Summer sale"]


def test_import_log_campaign_channel_and_phone_privacy(store: Store) -> None:
    log = store.home / "twilio.csv"
    log.write_text(LOG_CSV, encoding="utf-8")
    line = assert_user_mistake(store("import", str(log)), "--campaign")
    assert "555" not in line
    res, = store("import", str(log), "--campaign", "March flash", "--json").json()
    assert res["shape"] == "messages" and res["campaigns_created"] == 1
    assert res["dropped_columns"] == ["To"] and "555123" not in json.dumps(res)
    c, = store("campaigns", "--json").json()
    assert (c["name"], c["date"], c["sent"], c["delivered"]) == ("March flash", "2026-03-01",
                                                                 2, 1)
    assert c["replies"] == 1 and c["clicks"] is None  # unknown stays unknown
    klaviyo = store.home / "klaviyo.csv"
    klaviyo.write_text("Campaign Name,Send Date,Campaign Channel,Total Recipients\n"
                       "Sms one,2026-05-01,SMS,100\nMail one,2026-05-01,Email,200\n",
                       encoding="utf-8")
    only_sms, = store("import", str(klaviyo), "--dry-run", "--json").json()
    assert only_sms["rows_imported"] == 1
    both, = store("import", str(klaviyo), "--channel", "all", "--json").json()
    assert both["rows_imported"] == 2
    channels = {r["name"]: r["channel"] for r in store("campaigns", "--json", "--channel",
                                                       "all").json()}
    assert channels["Sms one"] == "sms" and channels["Mail one"] == "email"


def test_import_sheet_map_imports_and_undo(store: Store) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Notes"
    wb.active["A1"] = "Exported for the shop"
    ws = wb.create_sheet("Results")
    for row in (["Campaign", "Date", "Sent", "Purchases"], ["Autumn", "2026-09-01", 500, 25]):
        ws.append(row)
    book = store.home / "results.xlsx"
    wb.save(book)
    assert_user_mistake(store("import", str(book), "--sheet", "Nope"), "Nope")
    res, = store("import", str(book), "--sheet", "Results", "--map", "conversions=Purchases",
                 "--json").json()
    assert res["detected"]["sheet"] == "Results" and res["campaigns_created"] == 1
    assert "Purchases" not in res["unmapped_columns"]
    assert store("campaigns", "--json").json()[0]["conversions"] == 25

    update = store.home / "later.csv"
    update.write_text("Campaign,Date,Sent,Orders\nAutumn,2026-09-01,500,30\n", encoding="utf-8")
    upd, = store("import", str(update), "--json").json()
    assert upd["campaigns_updated"] == 1 and upd["campaigns_created"] == 0
    batches = store("imports", "--json").json()
    assert [b["id"] for b in batches] == [res["import_id"], upd["import_id"]]
    assert_ok(store("imports"))
    line = assert_user_mistake(store("undo-import", str(res["import_id"])))
    assert f"#{upd['import_id']}" in line  # refuses and says which later import
    assert_ok(store("undo-import", str(upd["import_id"])))
    assert store("campaigns", "--json").json()[0]["conversions"] == 25  # figures restored
    assert_ok(store("undo-import", str(res["import_id"])))
    assert store("campaigns", "--json").json() == []
    assert_user_mistake(store("undo-import", str(res["import_id"])), str(res["import_id"]))


# ------------------------------------------------------------------ issue 5: trend

def test_trend_json_contract(sample: Store) -> None:
    rows = [r for r in sample("campaigns", "--status", "sent", "--json").json()]
    t = sample("trend", "--json").json()
    assert t["metric"] == "conversion" and t["by"] == "campaign"  # the defaults
    assert len(t["points"]) == len(rows) and t["left_out"] == 0
    for p in t["points"]:
        assert set(p) >= POINT_KEYS | {"name"}
    assert [(p["date"], p["name"]) for p in t["points"]] == [(r["date"], r["name"])
                                                              for r in rows]
    first = t["points"][0]
    assert first["numerator"] == rows[0]["conversions"]
    assert first["denominator"] == rows[0]["recipients"]
    assert first["rate"] == pytest.approx(rows[0]["conversion_rate"])
    assert first["low"] == pytest.approx(rows[0]["conversion_rate_low"])
    assert set(t["verdict"]) >= VERDICT_KEYS
    assert t["verdict"]["direction"] in {"up", "down", "flat"}
    v = t["verdict"]
    assert v["change_low"] <= v["change"] <= v["change_high"] and 0 <= v["p_value"] <= 1

    seg = "Loyal customers"
    m = sample("trend", "--metric", "click", "--by", "month", "--segment", seg,
               "--from", "2025-06-01", "--to", "2026-05-31", "--json").json()
    assert (m["metric"], m["by"]) == ("click", "month")
    chosen = [r for r in rows if r["segment"] == seg and "2025-06-01" <= r["date"] <= "2026-05-31"]
    with_clicks = [r for r in chosen if r["clicks"] is not None]
    assert m["left_out"] == len(chosen) - len(with_clicks) > 0
    for p in m["points"]:
        assert set(p) >= POINT_KEYS | {"period"} and len(p["period"]) == 7
        month = [r for r in with_clicks if r["date"][:7] == p["period"]]
        assert p["numerator"] == sum(r["clicks"] for r in month)
        assert p["denominator"] == sum(r["recipients"] for r in month)
    assert sum(p["denominator"] for p in m["points"]) == sum(r["recipients"]
                                                            for r in with_clicks)
    w = sample("trend", "--by", "week", "--json").json()
    assert w["by"] == "week" and all("period" in p for p in w["points"])


def test_trend_png_size(sample: Store) -> None:
    out = sample.home / "trend.png"
    assert_ok(sample("trend", "--png", str(out), "--size", "640x400"))
    assert png_size(out) == (640, 400)
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    colours = {img.pixel(x, y) for x in range(0, 640, 16) for y in range(0, 400, 16)}
    assert len(colours) > 3  # a chart, not a blank image


# ------------------------------------------------------------------ issue 6: planning

def test_whatif_typed_rate_contract() -> None:
    r = subprocess.run([sys.executable, "-m", "smsplanner", "whatif", "--audience", "10000",
                        "--rate", "0.04", "--json"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    w = json.loads(r.stdout)
    assert set(w) >= WHATIF_KEYS
    assert w["expected_conversions"] == 400
    assert (w["audience"], w["rate"], w["rate_source"]) == (10000, 0.04, "given")
    assert w["delivery_rate"] == 1.0 and w["expected_delivered"] == 10000
    assert w["interval"] == 0.95 and w["history_campaigns"] == 0
    assert w["conversions_low"] < 400 < w["conversions_high"]
    sd = math.sqrt(10000 * 0.04 * 0.96)  # binomial range for a typed rate
    assert w["conversions_low"] == pytest.approx(400 - 1.96 * sd, abs=3)
    assert w["conversions_high"] == pytest.approx(400 + 1.96 * sd, abs=3)


def test_whatif_money_and_history(sample: Store) -> None:
    w = sample("whatif", "--audience", "10000", "--rate", "0.04", "--delivery-rate", "0.5",
               "--cost-per-message", "0.05", "--revenue-per-conversion", "30", "--json").json()
    assert w["expected_delivered"] == 5000 and w["expected_conversions"] == 200
    assert w["cost"] == pytest.approx(500) and w["revenue"] == pytest.approx(6000)
    assert w["profit"] == pytest.approx(5500) and w["roi"] == pytest.approx(11)
    assert w["cost_per_conversion"] == pytest.approx(2.5)
    assert w["break_even_rate"] == pytest.approx(500 / 30 / 5000)
    assert w["profit_low"] < w["profit"] < w["profit_high"]
    assert 0.99 < w["probability_of_profit"] <= 1
    rows = sample("campaigns", "--status", "sent", "--json").json()
    h = sample("whatif", "--audience", "10000", "--history", "--json").json()
    assert h["rate_source"] == "history" and h["history_campaigns"] == len(rows)
    assert 0.01 < h["rate"] < 0.09 and h["delivery_rate"] < 1
    seg = sample("whatif", "--audience", "10000", "--history", "--segment", "Loyal customers",
                 "--last", "4", "--json").json()
    assert seg["history_campaigns"] == 4
    # a predictive range from history is wider than the coin-flip range at the same rate
    flat = sample("whatif", "--audience", "10000", "--rate", str(h["rate"]), "--delivery-rate",
                  str(h["delivery_rate"]), "--json").json()
    assert (h["conversions_high"] - h["conversions_low"]
            > flat["conversions_high"] - flat["conversions_low"])


def test_compare_by_id_or_exact_name(sample: Store) -> None:
    rows = sample("campaigns", "--json").json()
    a, b = rows[0], rows[1]
    by_id = sample("compare", str(a["id"]), str(b["id"]), "--json").json()
    by_name = sample("compare", a["name"], b["name"], "--json").json()
    assert by_id == by_name
    assert set(by_id) >= COMPARE_KEYS
    assert set(by_id["a"]) >= ARM_KEYS and set(by_id["b"]) >= ARM_KEYS
    assert (by_id["a"]["name"], by_id["a"]["conversions"], by_id["a"]["recipients"]) == (
        a["name"], a["conversions"], a["recipients"])
    assert by_id["a"]["rate"] == pytest.approx(a["conversion_rate"])
    assert by_id["a"]["low"] == pytest.approx(a["conversion_rate_low"])
    assert by_id["difference"] == pytest.approx(b["conversion_rate"] - a["conversion_rate"])
    assert by_id["difference_low"] < by_id["difference"] < by_id["difference_high"]
    assert "test" in by_id["test"].lower() and 0 <= by_id["p_value"] <= 1
    assert 0 <= by_id["probability_b_better"] <= 1 and by_id["verdict"]
    # the pooled two-proportion z-test, computed here
    x1, n1, x2, n2 = a["conversions"], a["recipients"], b["conversions"], b["recipients"]
    pooled = (x1 + x2) / (n1 + n2)
    z = (x2 / n2 - x1 / n1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    assert by_id["test"] == "two-proportion z-test"
    assert by_id["p_value"] == pytest.approx(2 * (1 - NormalDist().cdf(abs(z))), rel=1e-6)


def test_compare_ambiguous_name_asks_for_the_id(store: Store) -> None:
    assert_ok(store("add", "--name", "Flash", "--date", "2026-01-01", "--sent", "100",
                    "--conversions", "5"))
    assert_ok(store("add", "--name", "Flash", "--date", "2026-02-01", "--sent", "100",
                    "--conversions", "7"))
    assert_ok(store("add", "--name", "Other", "--date", "2026-02-01", "--sent", "100",
                    "--conversions", "7"))
    assert_user_mistake(store("compare", "Flash", "Other"), "Flash", "id")


def test_plan_test_contract() -> None:
    def plan(*args: str) -> dict[str, Any]:
        r = subprocess.run([sys.executable, "-m", "smsplanner", "plan-test", *args, "--json"],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    absolute = plan("--baseline", "0.05", "--lift", "0.01")
    assert {"per_arm", "total"} <= set(absolute)
    # two-sided, alpha 0.05, power 0.8 by default: the normal-approximation formula
    nd, p1, p2 = NormalDist(), 0.05, 0.06
    pbar = (p1 + p2) / 2
    n = ((nd.inv_cdf(0.975) * math.sqrt(2 * pbar * (1 - pbar))
          + nd.inv_cdf(0.8) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p2 - p1) ** 2)
    assert absolute["per_arm"] == math.ceil(n)
    assert absolute["total"] == 2 * absolute["per_arm"]
    assert plan("--baseline", "0.05", "--relative-lift", "0.2") == absolute
    stricter = plan("--baseline", "0.05", "--lift", "0.01", "--alpha", "0.01", "--power", "0.9")
    assert stricter["per_arm"] > absolute["per_arm"]


def test_segments_contract() -> None:
    def seg(text: str) -> dict[str, Any]:
        r = subprocess.run([sys.executable, "-m", "smsplanner", "segments", text, "--json"],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    s160 = seg("a" * 160)
    assert set(s160) >= {"characters", "encoding", "segments", "non_gsm_characters"}
    assert (s160["characters"], s160["encoding"], s160["segments"]) == (160, "GSM-7", 1)
    assert s160["non_gsm_characters"] == []
    assert seg("a" * 161)["segments"] == 2
    assert seg("€" * 80)["segments"] == 1 and seg("€" * 81)["segments"] == 2  # counts as two
    curly = seg("It’s here")
    assert curly["encoding"] == "UCS-2" and curly["non_gsm_characters"] == ["’"]
    assert seg("x" * 71)["segments"] == 1 and seg("😀" + "x" * 70)["segments"] == 2


# ------------------------------------------------------------------ issue 8: backups, export

def test_backup_backups_restore(store: Store) -> None:
    assert_ok(store("add", *GOOD))
    assert store("backups", "--json").json() == []
    mine = store.home / "copy.sqlite"
    made = store("backup", "--to", str(mine), "--json").json()
    assert Path(made["backup"]) == mine and mine.is_file() and made["campaigns"] == 1
    with sqlite3.connect(mine) as c:
        assert c.execute("SELECT name FROM campaigns").fetchall() == [("X",)]
    c.close()
    auto = store("backup", "--json").json()
    listed = store("backups", "--json").json()
    assert [Path(b["path"]) for b in listed] == [Path(auto["backup"])]
    assert set(listed[0]) >= {"path", "created", "size", "campaigns"}
    assert listed[0]["campaigns"] == 1 and listed[0]["size"] > 0
    assert_ok(store("add", "--name", "Y", "--date", "2026-01-02"))
    assert_ok(store("restore", str(mine)))
    assert [r["name"] for r in store("campaigns", "--json").json()] == ["X"]
    aside = [p for p in store.home.iterdir() if "set-aside" in p.name]
    assert len(aside) == 1  # the current file was set aside, never deleted
    assert_ok(store("add", "--name", "Z", "--date", "2026-01-03"))
    assert_ok(store("restore", Path(auto["backup"]).name))  # by its name in backups/
    assert [r["name"] for r in store("campaigns", "--json").json()] == ["X"]


def test_export_csv_xlsx_all_and_formula_safety(store: Store) -> None:
    assert_ok(store("add", "--name", "=HYPERLINK(\"x\")", "--date", "2026-01-01", "--sent",
                    "100", "--conversions", "4", "--segment", "+Loyal"))
    assert_ok(store("add", "--name", "Mail", "--date", "2026-01-02", "--channel", "email"))
    out = store.home / "out.csv"
    assert_ok(store("export", str(out)))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2  # default: sms only, as `campaigns` shows
    assert rows[1][0] == "'=HYPERLINK(\"x\")" and "'+Loyal" in rows[1]
    assert "100" in rows[1]  # numbers stay numbers
    book = store.home / "out.xlsx"
    assert_ok(store("export", str(book), "--all"))
    from openpyxl import load_workbook

    ws = load_workbook(book).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert len(values) == 3
    assert values[1][0] == "'=HYPERLINK(\"x\")" and 100 in values[1]
    assert ws.cell(2, 1).data_type != "f"
    # an exported file imports back to the same figures
    other = Store(store.home, store.home / "other.sqlite")
    assert_ok(other("import", str(out)))
    back = other("campaigns", "--json").json()[0]
    assert (back["sent"], back["conversions"]) == (100, 4)
