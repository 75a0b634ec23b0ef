"""What the full integrity check costs on a big store: `python -m bench.integrity_cost [N]`.

Builds a campaign file with N million stored messages (default 5) from five-or-so 1M-row
logs, then times PRAGMA quick_check and PRAGMA integrity_check on it (median of 3), the
figures behind where SMS Planner runs the full check (see storage.health).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_import import make_log


def _timed(path: Path, pragma: str) -> float:
    runs = []
    for _ in range(3):
        c = sqlite3.connect(path)
        t = time.perf_counter()
        result = c.execute(f"PRAGMA {pragma}").fetchall()
        runs.append(time.perf_counter() - t)
        c.close()
        assert result == [("ok",)], result
    return statistics.median(runs)


def main(millions: int = 5) -> None:
    from smsplanner.services.importer import import_file
    from smsplanner.storage.db import open_db

    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "big.sqlite"
        conn = open_db(db)
        for k in range(millions):
            log = Path(d) / f"log{k}.csv"
            make_log(log, 1_000_000, seed=k)
            text = log.read_text().replace("SM", f"S{k}M").replace("Campaign ", f"C{k} ")
            log.write_text(text)
            r = import_file(conn, log, backup=False)
            assert not r.refused, r.message
            log.unlink()
        stored = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        size = db.stat().st_size
        quick, full = _timed(db, "quick_check"), _timed(db, "integrity_check")
        print(f"{stored:,} stored messages, file {size / 1e6:,.0f} MB: "
              f"quick_check {quick:.2f} s, integrity_check {full:.2f} s "
              f"({full / quick:.1f}x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
