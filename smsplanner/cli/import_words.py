"""The import engine's reasons, worded for the command line (with the flags that help).

The engine and the services say why in plain sentences with a reason code and its fields
(domain.imports.Said); this module is the one place the command line words them. The GUI has
its own wording (ui/import_words.py) and never shows a flag.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smsplanner.domain.imports import ImportProblem, ImportResult, Said, reason_of

Wording = Callable[[str, dict[str, Any]], str]


# code -> (text, fields) -> the sentence a terminal user reads. Codes not here keep the
# engine's own sentence (it names no flag, so it is right everywhere).
WORDS: dict[str, Wording] = {
    "log_without_campaign": lambda t, f: (
        f"{t} Give its name with --campaign NAME (or map a column with --map name=COLUMN)."),
    "no_name_column": lambda t, f: (
        f"{t.rstrip('.')}: map one with --map name=COLUMN or give --campaign NAME."),
    "no_date_column": lambda t, f: f"{t.rstrip('.')}: map one with --map date=COLUMN.",
    "other_channels_left_out": lambda t, f: f"{t.rstrip('.')}; use --channel all to keep them.",
    "only_other_channels": lambda t, f: f"{t.rstrip('.')}; use --channel all to import them.",
    "problems_found": lambda t, f: (
        f"{t.rstrip('.')} (fix {'it' if f.get('count') == 1 else 'them'}, or use "
        "--skip-bad-rows to import the good rows)."),
    "periods_not_sends": lambda t, f: (
        f"{t} Export the report with one row per campaign send, or map the send date with "
        "--map date=COLUMN."),
    "not_text_messages": lambda t, f: f"{t} (Use --channel all to import them anyway.)",
    "currency_differs": lambda t, f: (
        f"{f['file']}: its money is in {f['file_currency']} but your amounts are in "
        f"{f['preferences']} (--currency); nothing was imported. If your amounts are in "
        f"{f['file_currency']} now, say --currency {f['file_currency']}; to import the "
        "campaigns without revenue and cost, add --money drop."),
    "already_imported": lambda t, f: (
        f"{f['file']} was already imported on {f['on']} as import #{f['import_id']}; nothing "
        "changed."),
    "nothing_to_import": lambda t, f: f"{f['file']}: no row could be imported.",
    "not_campaigns": lambda t, f: (
        f"{t} If it is a campaign report or a message log, say which column holds what with "
        "--map FIELD=COLUMN."),
}


def say(text: object) -> str:
    """The command line's sentence for an engine sentence (still carrying its reason code)."""
    code, fields = reason_of(text)
    wording = WORDS.get(code)
    if wording is None:
        return text if isinstance(text, str) else str(text)
    return Said(code, wording(str(text), fields), **fields)


def worded(result: ImportResult) -> ImportResult:
    """The result with its message, problems and notes in the command line's words."""
    result.message = say(result.message)
    result.problems = [ImportProblem(p.row, p.column, p.value, say(p.message))
                       for p in result.problems]
    result.notes = [say(n) for n in result.notes]
    return result


WORDS.update({
    "map_syntax": lambda t, f: f"--map needs FIELD=COLUMN, not '{f['item']}'.",
    "no_such_column": lambda t, f: (
        f"{f['file'] + ': ' if f.get('file') else ''}--map {f['field']}={f['column']}: the "
        f"file has no column '{f['column']}'. Its columns are: {', '.join(f['columns'])}."),
})
