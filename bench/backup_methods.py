"""Which way to back up a big store: SQLite's backup API (one step, or in steps), VACUUM
INTO, or a plain file copy, timed on the cached 5M-message store (bench/out/store5m.sqlite).

    .venv/bin/python -m bench.backup_methods [STORE]

Each method writes to bench/out/methods/ and is timed with its fsync; the folder is removed
afterwards. A plain file copy is the floor, but it is not safe while the store is open in WAL
mode (committed pages may still be in the -wal file), so it is only a yardstick.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 3


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _api(pages: int) -> Callable[[sqlite3.Connection, Path], None]:
    def run(src: sqlite3.Connection, target: Path) -> None:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest, pages=pages)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    return run


def _vacuum_into(src: sqlite3.Connection, target: Path) -> None:
    src.execute("VACUUM INTO ?", (str(target),))


def _file_copy(store: Path) -> Callable[[sqlite3.Connection, Path], None]:
    def run(_src: sqlite3.Connection, target: Path) -> None:
        shutil.copyfile(store, target)
    return run


def main() -> int:
    store = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "out" / "store5m.sqlite"
    work = store.parent / "methods"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    live = work / "live.sqlite"
    shutil.copyfile(store, live)
    src = sqlite3.connect(live, isolation_level=None)
    src.execute("PRAGMA journal_mode = WAL")
    methods = {
        "backup API, one step": _api(-1),
        "backup API, 2048 pages a step": _api(2048),
        "VACUUM INTO": _vacuum_into,
        "plain file copy (not WAL-safe)": _file_copy(live),
    }
    print(f"{store.stat().st_size / 1e6:,.0f} MB store")
    walls: dict[str, list[float]] = {name: [] for name in methods}
    sizes: dict[str, int] = {}
    for _ in range(ROUNDS):  # the methods take turns, so a busy moment hits each alike
        for name, run in methods.items():
            target = work / "copy.sqlite"
            target.unlink(missing_ok=True)
            os.sync()  # one method's dirty pages are not billed to the next
            t0 = time.perf_counter()
            run(src, target)
            _fsync(target)
            walls[name].append(time.perf_counter() - t0)
            sizes[name] = target.stat().st_size
            target.unlink()
    for name, times in walls.items():
        print(f"{name:32} {statistics.median(times):6.2f} s (median of {ROUNDS}: "
              f"{min(times):.2f}-{max(times):.2f})  {sizes[name] / 1e6:,.0f} MB", flush=True)
    src.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
