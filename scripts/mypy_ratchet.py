"""Run mypy and fail when any package has more errors than `.mypy-baseline` allows.

`make lint` runs this. The baseline holds one `package count` line per top-level package of
smsplanner, so fixing errors in one package never makes room for new ones in another. When a
count goes down, the script says so; record the new figures with

    .venv/bin/python scripts/mypy_ratchet.py --update

and commit `.mypy-baseline`, so the count can only go down.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".mypy-baseline"
_ERROR = re.compile(r"^smsplanner/([^/:]+)[^:]*:\d+: error:", re.MULTILINE)


def package_of(top: str) -> str:
    """'ui' for smsplanner/ui/..., 'logs' for smsplanner/logs.py."""
    return top.removesuffix(".py")


def count_errors(output: str) -> Counter[str]:
    """Errors per top-level package in mypy's output."""
    return Counter(package_of(m.group(1)) for m in _ERROR.finditer(output))


def read_baseline(path: Path = BASELINE) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, count = line.split()
            counts[name] = int(count)
    return counts


def write_baseline(counts: Counter[str], path: Path = BASELINE) -> None:
    lines = ["# mypy errors allowed per smsplanner package (scripts/mypy_ratchet.py)."]
    names = {package_of(p.name) for p in (ROOT / "smsplanner").iterdir()
             if p.suffix == ".py" or (p / "__init__.py").exists()} | set(counts)
    lines += [f"{name} {counts.get(name, 0)}" for name in sorted(names)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def compare(counts: Counter[str], allowed: dict[str, int]) -> tuple[list[str], list[str]]:
    """(packages over their allowance, packages under it), each as a sentence."""
    over, under = [], []
    for name in sorted(set(counts) | set(allowed)):
        now, was = counts.get(name, 0), allowed.get(name, 0)
        if now > was:
            over.append(f"smsplanner.{name}: {now} mypy errors, baseline allows {was}")
        elif now < was:
            under.append(f"smsplanner.{name}: {now} mypy errors, down from {was}")
    return over, under


def main(argv: list[str]) -> int:
    run = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    if run.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.stderr.write(run.stdout + run.stderr)
        return run.returncode
    counts = count_errors(run.stdout)
    if "--update" in argv:
        write_baseline(counts)
        print(f"mypy: wrote {BASELINE.name} ({sum(counts.values())} errors)")
        return 0
    over, under = compare(counts, read_baseline())
    if over:
        sys.stdout.write(run.stdout)
        print("\n".join(["mypy error count went up:", *over]))
        return 1
    for line in under:
        print(f"{line}: run scripts/mypy_ratchet.py --update and commit .mypy-baseline")
    print(f"mypy: {sum(counts.values())} errors, none above the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
