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
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
    for name, run in methods.items():
        target = work / "copy.sqlite"
        target.unlink(missing_ok=True)
        subprocess_free_cache()
        t0 = time.perf_counter()
        run(src, target)
        _fsync(target)
        wall = time.perf_counter() - t0
        print(f"{name:32} {wall:6.2f} s  {target.stat().st_size / 1e6:,.0f} MB", flush=True)
        target.unlink()
    src.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


def subprocess_free_cache() -> None:
    """Flush dirty pages first, so one method's writes are not billed to the next."""
    os.sync()


if __name__ == "__main__":
    raise SystemExit(main())
