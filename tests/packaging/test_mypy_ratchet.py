"""The mypy ratchet in `make lint`: counts per package, fails only when one goes up."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "scripts" / "mypy_ratchet.py"
_spec = importlib.util.spec_from_file_location("mypy_ratchet", _PATH)
assert _spec and _spec.loader
ratchet = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ratchet)

OUTPUT = """\
smsplanner/ui/trend_view.py:12: error: "MainWindow" has no attribute "x"  [attr-defined]
smsplanner/ui/trend_view.py:12: note: a note is not an error
smsplanner/storage/db.py:3: error: Incompatible types  [assignment]
smsplanner/logs.py:9: error: Missing return  [return]
Found 3 errors in 3 files (checked 9 source files)
"""


def test_counts_errors_per_top_level_package_and_skips_notes():
    assert ratchet.count_errors(OUTPUT) == Counter({"ui": 1, "storage": 1, "logs": 1})


def test_a_package_going_up_fails_even_when_the_total_goes_down():
    over, under = ratchet.compare(Counter({"ui": 1, "storage": 1}), {"ui": 5, "storage": 0})
    assert over == ["smsplanner.storage: 1 mypy errors, baseline allows 0"]
    assert under == ["smsplanner.ui: 1 mypy errors, down from 5"]


def test_baseline_round_trips(tmp_path):
    path = tmp_path / ".mypy-baseline"
    ratchet.write_baseline(Counter({"ui": 7}), path)
    allowed = ratchet.read_baseline(path)
    assert allowed["ui"] == 7 and allowed["domain"] == 0


def test_the_committed_baseline_allows_no_errors_below_the_gui():
    allowed = ratchet.read_baseline()
    core = ("domain", "storage", "importing", "services", "cli")
    assert {name: allowed.get(name, 0) for name in core} == dict.fromkeys(core, 0)
