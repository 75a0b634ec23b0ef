"""Start-up: the app's first paint and its campaigns, against a bare Qt + pyqtgraph window.

From source: `python -m smsplanner` with SMSPLANNER_EXIT_ON_PAINT vs bench/startup_bare.py,
whole processes timed from outside (medians, alternating runs). Frozen: dist/SMS Planner/ (built
by `make package`; the full run rebuilds it) vs the bare script frozen the same way (cached in
build/bench-bare/). Each run gets fresh XDG folders so no user settings leak in.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import BenchRow

ROOT = Path(__file__).resolve().parent.parent
BARE_SCRIPT = ROOT / "bench" / "startup_bare.py"
BARE_BUILD = ROOT / "build" / "bench-bare"
APP_NAME = "SMS Planner"
# The bare script is frozen with the same exclusions as the app (see build.spec).
BARE_EXCLUDES = ("pyarrow", "pytest", "_pytest", "hypothesis", "tkinter", "matplotlib",
                 "scipy", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    env.pop("SMSPLANNER_EXIT_ON_PAINT", None)
    env.pop("SMSPLANNER_DB", None)
    return env


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _wall(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one process, start to exit; fails loudly if it did not paint."""
    c0, t0 = _cpu_children(), time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed, cpu = time.perf_counter() - t0, _cpu_children() - c0
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return elapsed, cpu


def _medians(commands: dict[str, tuple[list[str], dict[str, str]]], repeat: int) -> dict:
    """Median (wall, cpu) per command, runs interleaved so drift hits all alike (1 warm-up)."""
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in commands}
    for i in range(repeat + 1):
        for key, (cmd, env) in commands.items():
            t = _wall(cmd, env)
            if i:
                times[key].append(t)
    return {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
            for k, v in times.items()}


def _rows(m: dict, where: str, targets: dict[str, float | None]) -> list[BenchRow]:
    """One row per measured moment: wall-time ratio (the target), CPU ratio in the note."""
    labels = {"paint": "first paint", "campaigns": "campaigns shown",
              "ready": "all tabs ready"}
    rows = []
    for key, target in targets.items():
        cpu_ratio = m[key][1] / m["bare"][1] if m["bare"][1] else float("inf")
        rows.append(BenchRow(f"startup: {labels[key]} ({where})", m[key][0], m["bare"][0],
                             target=target, note=f"cpu {cpu_ratio:.2f}x; vs bare window+plot"))
    return rows


def _prepare_db(path: Path, env: dict[str, str]) -> None:
    """A migrated database holding the sample history, made before timing starts."""
    code = ("import sys; from smsplanner.storage.db import open_db; "
            "from smsplanner.services.sample import load_sample_data; "
            "c = open_db(sys.argv[1]); load_sample_data(c); c.close()")
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, cwd=ROOT)


def frozen_app() -> Path | None:
    """The built app's executable, when `make package` has been run."""
    for candidate in (ROOT / "dist" / APP_NAME / APP_NAME,
                      ROOT / "dist" / APP_NAME / f"{APP_NAME}.exe"):
        if candidate.exists():
            return candidate
    return None


def _have_pyinstaller() -> bool:
    return shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is not None


def build_app() -> Path | None:
    """(Re)build the app with build.spec, so a stale dist/ is never timed."""
    if _have_pyinstaller():
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
                        "WARN", str(ROOT / "build.spec")], cwd=ROOT, check=True,
                       capture_output=True)
    return frozen_app()


def build_bare() -> Path | None:
    """The bare script frozen onedir like the app (cached until the script changes)."""
    exe = BARE_BUILD / "dist" / "startup_bare" / "startup_bare"
    if exe.exists() and exe.stat().st_mtime >= BARE_SCRIPT.stat().st_mtime:
        return exe
    if not _have_pyinstaller():
        return None
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--windowed",
           "--log-level", "WARN", "--name", "startup_bare",
           "--distpath", str(BARE_BUILD / "dist"), "--workpath", str(BARE_BUILD / "work"),
           "--specpath", str(BARE_BUILD)]
    for name in BARE_EXCLUDES:
        cmd += ["--exclude-module", name]
    subprocess.run([*cmd, str(BARE_SCRIPT)], cwd=ROOT, check=True, capture_output=True)
    return exe if exe.exists() else None


def run(quick: bool) -> list[BenchRow]:
    repeat = 3 if quick else 9
    rows: list[BenchRow] = []
    with tempfile.TemporaryDirectory(prefix="smsplanner-startup-") as tmp:
        home = Path(tmp)
        env = _env(home)
        db = home / "campaigns.sqlite"
        _prepare_db(db, env)
        modes = ("paint", "campaigns", "ready")
        envs = {mode: dict(env, SMSPLANNER_EXIT_ON_PAINT=mode) for mode in modes}
        app = [sys.executable, "-m", "smsplanner", "--db", str(db)]
        commands = {"bare": ([sys.executable, str(BARE_SCRIPT)], env)}
        commands.update({mode: (app, envs[mode]) for mode in modes})
        rows += _rows(_medians(commands, repeat), "source",
                      {"paint": 1.3, "campaigns": 1.6, "ready": None})

        exe = frozen_app() if quick else build_app()
        bare = None if exe is None else (BARE_BUILD / "dist" / "startup_bare" / "startup_bare"
                                         if quick else build_bare())
        if exe is None or bare is None or not bare.exists():
            print("bench_startup: frozen rows skipped (run `make package` first)",
                  file=sys.stderr)
            return rows
        commands = {"bare": ([str(bare)], env)}
        commands.update({mode: ([str(exe), "--db", str(db)], envs[mode]) for mode in modes})
        rows += _rows(_medians(commands, repeat), "frozen",
                      {"paint": 1.2, "campaigns": None, "ready": None})
    return rows
