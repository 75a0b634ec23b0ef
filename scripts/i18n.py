"""The GUI's translations: extract, fill, check and build them with Qt's own tools.

    .venv/bin/python scripts/i18n.py update          # lupdate smsplanner/ui/**.py -> .ts
    .venv/bin/python scripts/i18n.py fill A.json ...  # translations from JSON into the .ts
    .venv/bin/python scripts/i18n.py check           # make lint: complete, current, sane
    .venv/bin/python scripts/i18n.py release         # lrelease .ts -> .qm (make translations)

The .ts files (resources/translations/smsplanner_<lang>.ts) are kept in git; the .qm files are
built from them. lupdate runs with `-locations none` so a moved line never changes a .ts file,
and `-no-obsolete` so strings removed from the code leave the .ts at the next update.

A JSON file for `fill` is a list of objects
    {"context": "TrendsView", "source": "...", "numerus": false, "de": "...", "fr": "...", "es": "..."}
where numerus entries give a list of forms ([singular, plural]) per language.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "smsplanner" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
BIN = Path(sys.executable).parent
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_ACCEL = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)(?=\S)")


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"smsplanner_{lang}.ts"


def qm_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"smsplanner_{lang}.qm"


def source_files() -> list[str]:
    """Every .py under smsplanner/ui, sorted, relative to the repository (lupdate's input:
    it does not look into folders for .py files by itself)."""
    return sorted(str(p.relative_to(ROOT)) for p in UI_DIR.rglob("*.py"))


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the venv), else on PATH."""
    local = BIN / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run `make .venv/.installed` first (PySide6-Essentials).")
    return found


def run_lupdate(ts_files: dict[str, Path]) -> None:
    """lupdate into these .ts files (new ones get their target language)."""
    for lang, ts in ts_files.items():
        cmd = [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
               "-source-language", "en_US", "-target-language", LANGUAGES[lang], "-silent",
               "-ts", str(ts)]
        subprocess.run(cmd, cwd=ROOT, check=True)


# -- reading and writing .ts ------------------------------------------------------------------
@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    state: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    forms: list[str] = field(default_factory=list)
    element: ET.Element | None = None


def read_ts(path: Path) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(path)
    messages = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms: list[str] = []
            state = ""
            if tr is not None:
                state = tr.get("type", "")
                numerus_forms = tr.findall("numerusform")
                forms = ([f.text or "" for f in numerus_forms] if numerus_forms
                         else [tr.text or ""])
            messages.append(Message(name, msg.findtext("source") or "",
                                    msg.get("numerus") == "yes", state, forms, msg))
    return tree, messages


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write back in lupdate's layout (header, DOCTYPE, 4-space indent) to keep diffs small."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def problems_with(source: str, forms: list[str], numerus: bool) -> list[str]:
    """What a translation breaks: {placeholders} (a KeyError at run time), %n, tags, &."""
    out = []
    wanted = sorted(_PLACEHOLDER.findall(source))
    for form in forms:
        if sorted(_PLACEHOLDER.findall(form)) != wanted:
            out.append(f"placeholders {wanted} != {sorted(_PLACEHOLDER.findall(form))}")
        if sorted(_TAG.findall(source.lower())) != sorted(_TAG.findall(form.lower())):
            out.append("HTML tags differ")
        if bool(_ACCEL.search(source)) != bool(_ACCEL.search(form)):
            out.append("&-accelerator missing or added")
    for mark in ("%n", "%Ln"):
        if numerus and forms and mark in source and mark not in forms[-1]:
            out.append(f"plural form without {mark}")
    return sorted(set(out))


# -- commands -----------------------------------------------------------------------------------
def cmd_update(_args: argparse.Namespace) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    run_lupdate({lang: ts_path(lang) for lang in LANGUAGES})
    for lang in LANGUAGES:
        _tree, messages = read_ts(ts_path(lang))
        left = sum(m.state == "unfinished" for m in messages)
        print(f"{ts_path(lang).relative_to(ROOT)}: {len(messages)} strings, {left} unfinished")
    return 0


def _load_json(paths: list[str]) -> list[dict]:
    entries: list[dict] = []
    for p in paths:
        data = json.loads(Path(p).read_text(encoding="utf-8"))
        if not isinstance(data, list):
            sys.exit(f"{p}: expected a JSON list of entries")
        for item in data:
            item.setdefault("_file", p)
        entries.extend(data)
    return entries


def cmd_fill(args: argparse.Namespace) -> int:
    entries = _load_json(args.json)
    used: set[int] = set()
    bad: list[str] = []
    for lang in LANGUAGES:
        path = ts_path(lang)
        tree, messages = read_ts(path)
        by_key: dict[tuple[str, str], list[Message]] = {}
        for m in messages:
            by_key.setdefault((m.context, m.source), []).append(m)
        for i, entry in enumerate(entries):
            key = (entry.get("context", ""), entry.get("source", ""))
            value = entry.get(lang)
            if key not in by_key or value in (None, "", []):
                continue
            used.add(i)
            forms = value if isinstance(value, list) else [value]
            for m in by_key[key]:
                if m.state in ("obsolete", "vanished"):
                    continue  # leave to the next update, which drops them
                if not m.state and args.keep:
                    continue  # finished already, and --keep says the .ts wins
                broken = problems_with(m.source, forms, m.numerus)
                if broken:
                    bad.append(f"{lang} {m.context}: {m.source!r}: {', '.join(broken)}")
                    continue
                _set_translation(m, forms)
        write_ts(tree, path)
    run_lupdate({lang: ts_path(lang) for lang in LANGUAGES})  # lupdate's own layout: small diffs
    missing = [e for i, e in enumerate(entries) if i not in used]
    for e in missing:
        print(f"not in the .ts: [{e['_file']}] {e.get('context')}: {e.get('source')!r}")
    for line in bad:
        print(f"refused (fix the JSON): {line}")
    status = 0
    for lang in LANGUAGES:
        _tree, messages = read_ts(ts_path(lang))
        left = [m for m in messages if m.state == "unfinished"]
        for m in left:
            print(f"unfinished {lang}: {m.context}: {m.source!r}")
        print(f"{lang}: {len(messages) - len(left)}/{len(messages)} translated")
        status = status or bool(left)
    print(f"{len(entries) - len(missing)}/{len(entries)} JSON entries matched")
    return 1 if status or bad else 0


def _set_translation(m: Message, forms: list[str]) -> None:
    assert m.element is not None
    tr = m.element.find("translation")
    if tr is None:
        tr = ET.SubElement(m.element, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if m.numerus:
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = forms[0]


def cmd_check(_args: argparse.Namespace) -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {}
        for lang in LANGUAGES:
            committed = ts_path(lang)
            if not committed.exists():
                failures.append(f"{committed.relative_to(ROOT)} is missing: run "
                                "`scripts/i18n.py update`")
                continue
            fresh[lang] = Path(tmp) / committed.name
            shutil.copy(committed, fresh[lang])
        run_lupdate(fresh)
        for lang, copy in fresh.items():
            name = ts_path(lang).relative_to(ROOT)
            _t, old = read_ts(ts_path(lang))
            _t, new = read_ts(copy)
            old_keys = {(m.context, m.source) for m in old}
            new_keys = {(m.context, m.source) for m in new}
            for ctx, src in sorted(new_keys - old_keys):
                failures.append(f"{name}: new string not in the .ts: {ctx}: {src!r}")
            for ctx, src in sorted(old_keys - new_keys):
                failures.append(f"{name}: string no longer in the code: {ctx}: {src!r}")
            for m in old:
                if m.state in ("obsolete", "vanished"):
                    failures.append(f"{name}: obsolete: {m.context}: {m.source!r}")
                elif m.state == "unfinished":
                    failures.append(f"{name}: unfinished: {m.context}: {m.source!r}")
                else:
                    failures.extend(f"{name}: {m.context}: {m.source!r}: {p}"
                                    for p in problems_with(m.source, m.forms, m.numerus))
    if failures:
        print("\n".join(failures))
        print(f"\n{len(failures)} translation problem(s). Run `.venv/bin/python scripts/i18n.py "
              "update`, then translate (fill JSON... or Qt Linguist), then commit the .ts files.")
        return 1
    print("translations: complete and current")
    return 0


def unfinished_count() -> int:
    """How many entries of the committed .ts files are unfinished or missing (for tests)."""
    total = 0
    for lang in LANGUAGES:
        if not ts_path(lang).exists():
            return -1
        _t, messages = read_ts(ts_path(lang))
        total += sum(m.state != "" for m in messages)
    return total


def cmd_release(_args: argparse.Namespace) -> int:
    for lang in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang)),
                        "-qm", str(qm_path(lang))], cwd=ROOT, check=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings from smsplanner/ui into the .ts files")
    fill = sub.add_parser("fill", help="translations from JSON files into the .ts files")
    fill.add_argument("json", nargs="+")
    fill.add_argument("--keep", action="store_true",
                      help="leave translations that are finished in the .ts (default: JSON wins)")
    sub.add_parser("check", help="fail on unfinished, obsolete or missing strings")
    sub.add_parser("release", help="build the .qm files")
    args = parser.parse_args(argv)
    return {"update": cmd_update, "fill": cmd_fill, "check": cmd_check,
            "release": cmd_release}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
