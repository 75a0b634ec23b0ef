"""The hidden --self-test and the start-up probe, run from source in real subprocesses.

CI runs the same self-test on the frozen app (`make package-test`); these tests keep it
honest from source, including that it fails (exit 1, the step named) when something is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None, timeout: float = 120):
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "smsplanner", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def test_self_test_passes_every_step_and_exits_0() -> None:
    proc = _run("--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("self-test:")]
    for step in ("open the main window", "load the sample data",
                 "import the bundled sample files", "render the trend chart", "close the window"):
        assert any(ln.startswith(f"self-test: {step}: ok") for ln in lines), proc.stdout
    assert lines[-1].startswith("self-test: passed")


def test_self_test_names_the_failed_step_and_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "no-resources"
    empty.mkdir()
    proc = _run("--self-test", env={"SMSPLANNER_RESOURCES": str(empty)})
    assert proc.returncode == 1
    assert "self-test: FAILED: find the bundled files" in proc.stdout
    assert "passed" not in proc.stdout


def test_self_test_is_hidden_from_the_help() -> None:
    proc = _run("--help")
    assert proc.returncode == 0
    assert "self-test" not in proc.stdout


def test_self_test_leaves_the_users_data_folder_alone(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    proc = _run("--self-test", env={"XDG_DATA_HOME": str(data_home)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not list(data_home.rglob("*.sqlite"))


def test_paint_probe_reports_campaigns_shown_then_quits(db_path: Path) -> None:
    from smsplanner.services.sample import load_sample_data
    from smsplanner.storage.db import open_db

    conn = open_db(db_path)
    load_sample_data(conn)
    conn.close()
    for mode in ("paint", "campaigns"):
        proc = _run("--db", str(db_path), env={"SMSPLANNER_EXIT_ON_PAINT": mode})
        assert proc.returncode == 0, proc.stderr
        word, seconds = proc.stdout.split()
        assert word == mode and 0 < float(seconds) < 60


def test_self_test_in_german_checks_the_menus_and_qts_buttons_speak_it() -> None:
    qm = ROOT / "resources" / "translations" / "smsplanner_de.qm"
    assert qm.exists(), "make translations builds it before the tests"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "smsplanner", "--self-test"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "in 'de'" in proc.stdout
    assert "File menu '&Datei', 'Abbrechen'" in proc.stdout
