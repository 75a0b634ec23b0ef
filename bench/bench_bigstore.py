"""A year of messages: 3M- and 5M-row logs, a 5M-message store (open, small import, backup,
bytes a message), a 200,000-row summary XLSX and 20,000 campaigns, each against a baseline
measured in the same run.

The big inputs are built once and kept in bench/out/ (gitignored): the 5M-row log, the store
made from it, and the 100k-row log. A changed generator needs `rm -r bench/out`. Every
measured process is its own subprocess, so time and peak memory are whole-process.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_import import BASELINE, XLSX_BASELINE, _peak_of, make_log, make_xlsx
from bench.common import BenchRow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIG = 5_000_000
MID = 3_000_000
SMALL = 100_000


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, TZ="Europe/London", QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"))
    env.pop("SMSPLANNER_DB", None)
    env.pop("SMSPLANNER_EXIT_ON_PAINT", None)
    return env


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "smsplanner", "--db", str(db), *args]


def _drop_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.rmtree(db.parent / "backups", ignore_errors=True)


def _small_log(path: Path, rows: int) -> None:
    """100k new messages of other campaigns, ids that no stored message has."""
    import pandas as pd

    make_log(path, rows, seed=99)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df["sid"] = "SN" + df["sid"].str[2:]
    df["campaign"] = df["campaign"].str.replace("Campaign ", "Spring ")
    df.to_csv(path, index=False)


def _cached(path: Path, make: object) -> Path:
    if not path.exists():
        part = path.with_name(path.name + ".part")
        make(part)  # type: ignore[operator]
        os.replace(part, path)
    return path


def _big_store(env: dict[str, str], big_log: Path) -> Path:
    """The store made by importing the 5M-row log (built once; copied before each use)."""
    store = OUT / "store5m.sqlite"
    if not store.exists():
        work = OUT / "build"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        db = work / "store5m.sqlite"
        subprocess.run(_cli(db, "import", str(big_log), "--json"), env=env, check=True,
                       cwd=ROOT, capture_output=True)
        c = __import__("sqlite3").connect(db)
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        c.close()
        os.replace(db, store)
        shutil.rmtree(work, ignore_errors=True)
    # A store cached by an older version gets this version's migrations once, here, so no
    # measured run pays for them (nor for the backup made before them).
    subprocess.run([sys.executable, "-c", "import sys; from smsplanner.storage.db import "
                    "open_db; open_db(sys.argv[1]).close()", str(store)], env=env, check=True,
                   cwd=ROOT, capture_output=True)
    shutil.rmtree(OUT / "backups", ignore_errors=True)
    return store


def _copy_store(store: Path, target: Path) -> Path:
    """A copy of the cached store, keeping its time of last write."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _drop_db(target)
    subprocess.run(["cp", "--reflink=auto", "--preserve=timestamps", str(store), str(target)],
                   check=True)
    return target


DAILY_BACKUP = ("import sys; from smsplanner.storage.db import open_db; "
                "from smsplanner.storage.backups import make_backup; "
                "make_backup(open_db(sys.argv[1]), reason='daily')")


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    # Bytes, not text: decoding 17 MB of JSON in this process took 70 ms of the child's time.
    proc = subprocess.run(cmd, env=env, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[3:6]} failed: {proc.stderr.decode(errors='replace')[-1500:]}")
    return wall


def _log_rows(home: Path, env: dict[str, str], logs: dict[int, Path]) -> list[BenchRow]:
    """Import a 3M- and a 5M-row log into a new store: time and peak against bare pandas."""
    (home / "baseline.py").write_text(BASELINE)
    out = []
    for rows, log in logs.items():
        # The floor runs before and after ours and counts as their mean: on a shared machine
        # one run of it swung from 5.8 to 12.5 s a million rows within the same bench.
        b1_wall, b_rss = _peak_of([sys.executable, str(home / "baseline.py"), str(log)], env)
        db = home / "logs" / "log.sqlite"
        db.parent.mkdir(exist_ok=True)
        o_wall, o_rss = _peak_of(_cli(db, "import", str(log), "--json"), env)
        _drop_db(db)
        b2_wall, b2_rss = _peak_of([sys.executable, str(home / "baseline.py"), str(log)], env)
        b_wall, b_rss = (b1_wall + b2_wall) / 2, min(b_rss, b2_rss)
        label = f"{rows // 1_000_000}M-row log"
        out.append(BenchRow(f"import {label} (time)", o_wall, b_wall, "s", 3.0,
                            f"vs bare pandas read + aggregate ({b1_wall:.1f} s before ours, "
                            f"{b2_wall:.1f} s after)"))
        out.append(BenchRow(f"import {label} (peak MB)", o_rss, b_rss, "MB", 700 / b_rss,
                            f"target: under 700 MB (bare pandas {b_rss:,.0f} MB)"))
    return out


HUGE = 10_000_000


def _double_log(big_log: Path, path: Path) -> None:
    """The 5M-row log twice over (the second copy's ids renamed): a 10M-row log built line by
    line, without holding it in memory."""
    with big_log.open("rb") as src, path.open("wb") as out:
        header = src.readline()
        out.write(header)
        for line in src:
            out.write(line)
        src.seek(len(header))
        for line in src:
            out.write(b"SX" + line[2:])


def _huge_row(home: Path, env: dict[str, str], big_log: Path) -> list[BenchRow]:
    """Peak memory importing a 10M-row log (opt-in: SMSPLANNER_BENCH_10M=1; about four
    minutes on 2 cores). The bare pandas floor is not run: it alone needs about 4 GB."""
    log = _cached(OUT / "log10m.csv", lambda p: _double_log(big_log, p))
    db = home / "huge" / "log.sqlite"
    db.parent.mkdir(exist_ok=True)
    wall, rss = _peak_of(_cli(db, "import", str(log), "--json"), env)
    _drop_db(db)
    return [BenchRow("import 10M-row log (peak MB)", rss, 700.0, "MB", 1.0,
                     f"baseline: the 700 MB goal; {wall:.0f} s")]


def _small_into_big(home: Path, env: dict[str, str], store: Path, small: Path,
                    repeat: int) -> list[BenchRow]:
    """100k new messages into the 5M store against the same into an empty store: with the
    day's backup already made (as the app makes it at start), and with none."""
    runs: dict[str, list[float]] = {"empty": [], "daily": [], "none": []}
    for _ in range(repeat):
        empty = home / "empty" / "campaigns.sqlite"
        empty.parent.mkdir(exist_ok=True)
        _drop_db(empty)
        runs["empty"].append(_timed(_cli(empty, "import", str(small), "--json"), env))
        _drop_db(empty)
        for kind in ("daily", "none"):
            big = _copy_store(store, home / "big" / "campaigns.sqlite")
            if kind == "daily":
                subprocess.run([sys.executable, "-c", DAILY_BACKUP, str(big)], env=env,
                               cwd=ROOT, check=True, capture_output=True)
            subprocess.run(["sync"], check=True)
            runs[kind].append(_timed(_cli(big, "import", str(small), "--json"), env))
            _drop_db(big)
    e = statistics.median(runs["empty"])
    out = []
    for kind, label, target in (("daily", "the day's backup made", 1.5),
                                ("none", "a backup made first", None)):
        b = statistics.median(runs[kind])
        out.append(BenchRow(f"import {SMALL // 1000}k messages into a 5M store ({label})", b, e,
                            "s", target, f"vs into an empty store; median of {repeat}: "
                            f"{min(runs[kind]):.2f}-{max(runs[kind]):.2f} s"))
    return out


def _store_rows(home: Path, env: dict[str, str], store: Path, csv_bytes: float,
                repeat: int) -> list[BenchRow]:
    """Bytes a message; backup time and disk at 5M; first paint and campaigns --json."""
    out = [_bytes_row(store, csv_bytes)]
    size = store.stat().st_size
    big = _copy_store(store, home / "open" / "campaigns.sqlite")
    # Backup: the app's backup API copy against a plain file copy of the same file.
    code = ("import sys,time; from pathlib import Path; from smsplanner.storage.db import "
            "connect; from smsplanner.storage.backups import make_backup; "
            "c=connect(sys.argv[1]); t=time.perf_counter(); make_backup(c, reason='bench'); "
            "print(time.perf_counter()-t)")
    runs = []
    for _ in range(max(1, repeat // 2)):
        proc = subprocess.run([sys.executable, "-c", code, str(big)], env=env, cwd=ROOT,
                              capture_output=True, text=True, check=True)
        runs.append(float(proc.stdout.split()[-1]))
        shutil.rmtree(big.parent / "backups", ignore_errors=True)
    t0 = time.perf_counter()
    shutil.copyfile(big, home / "plain-copy.sqlite")
    os.fsync(os.open(home / "plain-copy.sqlite", os.O_RDONLY))
    plain = time.perf_counter() - t0
    (home / "plain-copy.sqlite").unlink()
    out.append(BenchRow("backup of the 5M store", statistics.median(runs), plain, "s", None,
                        f"vs a plain file copy; {size / 1e6:,.0f} MB a backup"))

    sample = home / "sample" / "campaigns.sqlite"
    sample.parent.mkdir(exist_ok=True)
    _drop_db(sample)
    subprocess.run(_cli(sample, "sample-data"), env=env, check=True, cwd=ROOT,
                   capture_output=True)
    paint = dict(env, SMSPLANNER_EXIT_ON_PAINT="paint")
    times: dict[str, list[float]] = {"big": [], "sample": [], "jbig": [], "jsample": []}
    for i in range(repeat + 1):
        runs_now = {
            "big": (_cli(big), paint), "sample": (_cli(sample), paint),
            "jbig": (_cli(big, "campaigns", "--json"), env),
            "jsample": (_cli(sample, "campaigns", "--json"), env),
        }
        for key, (cmd, e) in runs_now.items():
            t = _timed(cmd, e)
            if i:
                times[key].append(t)
    med = {k: statistics.median(v) for k, v in times.items()}
    out.append(BenchRow("first paint, 5M-message store", med["big"], med["sample"], "s", 1.3,
                        "vs the sample's store"))
    out.append(BenchRow("campaigns --json, 5M-message store", med["jbig"], med["jsample"], "s",
                        1.5, "vs the sample's store"))
    _drop_db(big)
    return out


def _xlsx_row(home: Path, env: dict[str, str], rows: int, repeat: int) -> list[BenchRow]:
    """A summary XLSX imported end to end against pandas.read_excel(engine="calamine")."""
    xlsx = _cached(OUT / f"summary{rows}.xlsx", lambda p: make_xlsx(p, rows))
    xlsx_in = home / "summary.xlsx"  # the cache keeps its name out of the import's sha check
    shutil.copyfile(xlsx, xlsx_in)
    (home / "xb.py").write_text(XLSX_BASELINE)
    base, ours = [], []
    for _ in range(repeat):
        base.append(_timed([sys.executable, str(home / "xb.py"), str(xlsx_in)], env))
        db = home / "xlsx" / "campaigns.sqlite"
        db.parent.mkdir(exist_ok=True)
        _drop_db(db)
        ours.append(_timed(_cli(db, "import", str(xlsx_in), "--json"), env))
        _drop_db(db)
    return [BenchRow(f"import {rows:,}-row summary XLSX end to end", statistics.median(ours),
                     statistics.median(base), "s", 2.0, "vs pandas.read_excel(calamine)")]


def _campaigns_rows(home: Path, env: dict[str, str], repeat: int) -> list[BenchRow]:
    """campaigns --json of 20,000 campaigns against a bare sqlite3 + json script."""
    from bench.bench_table import make_db

    db = home / "many" / "campaigns.sqlite"
    db.parent.mkdir(exist_ok=True)
    make_db(db, 20_000)
    bare = home / "bare_json.py"
    bare.write_text("import sqlite3, sys, json\nc = sqlite3.connect(sys.argv[1])\n"
                    "c.row_factory = sqlite3.Row\n"
                    "rows = [dict(r) for r in c.execute('SELECT * FROM campaigns')]\n"
                    "print(json.dumps(rows, indent=2))\n")
    ours, base = [], []
    for _ in range(repeat):
        base.append(_timed([sys.executable, str(bare), str(db)], env))
        ours.append(_timed(_cli(db, "campaigns", "--json", "--channel", "all"), env))
    o = statistics.median(ours)
    return [BenchRow("campaigns --json, 20,000 campaigns", o, statistics.median(base), "s",
                     0.5 / statistics.median(base),
                     "vs a bare sqlite3 + json.dumps script; target: under 0.5 s")]


def _bytes_row(store: Path, csv_bytes: float) -> BenchRow:
    import sqlite3

    c = sqlite3.connect(store)
    messages = c.execute("SELECT count(*) FROM messages").fetchone()[0]
    c.close()
    size = store.stat().st_size
    return BenchRow("store: bytes a message (5M store)", size / messages, 40.0, "B", 1.0,
                    f"{size / 1e6:,.0f} MB for {messages:,} messages; baseline: the 40-byte "
                    f"goal (the CSV is {csv_bytes:.0f} bytes a row)")


def _wanted(group: str) -> bool:
    """Whether SMSPLANNER_BENCH_ONLY (a comma list such as "xlsx,campaigns") names a group;
    unset runs every group."""
    only = os.environ.get("SMSPLANNER_BENCH_ONLY", "").strip()
    return not only or group in {g.strip() for g in only.split(",")}


def run(quick: bool) -> list[BenchRow]:
    import tempfile

    OUT.mkdir(parents=True, exist_ok=True)
    repeat = 1 if quick else 3
    out: list[BenchRow] = []
    # SMSPLANNER_BENCH_ONLY=store (open, backup, bytes a message), =small (a small import
    # into the big store), =logs, =xlsx, =campaigns runs those rows alone: the whole module
    # takes a quarter of an hour.
    with tempfile.TemporaryDirectory(prefix="smsplanner-big-", dir=OUT) as tmp:
        home = Path(tmp)
        env = _env(home)
        if _wanted("campaigns"):
            out += _campaigns_rows(home, env, 1 if quick else 7)  # ~1 s a run: a steadier median
        if _wanted("xlsx"):
            out += _xlsx_row(home, env, 20_000 if quick else 200_000, min(repeat, 2))
        if quick or not any(_wanted(g) for g in ("small", "store", "logs", "10m")):
            return out
        big_log = _cached(OUT / "log5m.csv", lambda p: make_log(p, BIG))
        small = _cached(OUT / "log100k.csv", lambda p: _small_log(p, SMALL))
        store = _big_store(env, big_log)
        if _wanted("small"):
            out += _small_into_big(home, env, store, small, repeat)
        if _wanted("store"):
            out += _store_rows(home, env, store, big_log.stat().st_size / BIG, repeat)
        if _wanted("logs"):
            mid_log = _cached(OUT / "log3m.csv", lambda p: make_log(p, MID))
            out += _log_rows(home, env, {MID: mid_log, BIG: big_log})
        if os.environ.get("SMSPLANNER_BENCH_10M") == "1" and _wanted("10m"):
            out += _huge_row(home, env, big_log)
    return out

