"""The import dialog's decisions without widgets: button texts, plain wording, mappings."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsplanner.domain.imports import Said
from smsplanner.importing.read import read_table
from smsplanner.services.import_check import (
    ImportChoices,
    check_file,
    make_mapping,
    with_field,
)
from smsplanner.ui.imports.session import (
    action_text,
    default_campaign_name,
    summary_line,
)

HEAD = "Campaign,Date,Sent,Delivered,Clicks,Orders,Notes\n"


def test_buttons_say_what_will_happen(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(HEAD + "A,2026-01-05,100,90,5,1,x\nB,2026-01-12,200,190,9,2,y\n")
    raw = read_table(good)
    choices = ImportChoices(good)
    assert action_text(check_file(raw, make_mapping(raw, choices), "")) == (
        "Import 2 campaigns", True, "")

    bad = tmp_path / "bad.csv"
    bad.write_text(HEAD + "A,2026-01-05,100,90,5,1,x\nB,2026-01-12,200,290,9,2,y\n")
    raw = read_table(bad)
    text, enabled, why = action_text(check_file(raw, make_mapping(raw, choices), ""))
    assert (text, enabled) == ("Import 1 good row, skip 1", True) and "1 row cannot" in why

    worse = tmp_path / "worse.csv"
    worse.write_text(HEAD + "A,2026-01-05,100,190,5,1,x\n")
    raw = read_table(worse)
    text, enabled, why = action_text(check_file(raw, make_mapping(raw, choices), ""))
    assert (text, enabled) == ("Nothing to import", False)
    assert why == "The file's one row cannot be imported: see the problems listed below."


def test_explicit_mapping_overrides_and_unmaps(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(HEAD + "A,2026-01-05,100,90,5,1,x\n")
    raw = read_table(path)
    choices = ImportChoices(path)
    auto = make_mapping(raw, choices)
    assert auto.fields["conversions"] == "Orders"
    choices.fields = with_field(auto, "Orders", "")  # the user says: not used
    m = make_mapping(raw, choices)
    assert "conversions" not in m.fields and "Orders" in m.unmapped
    choices.fields = with_field(m, "Notes", "message")
    assert make_mapping(raw, choices).fields["message"] == "Notes"


def test_log_without_campaign_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Sid,Status,Direction,SentDate\nSM1,delivered,outbound-api,2026-01-05\n")
    raw = read_table(path)
    check = check_file(raw, make_mapping(raw, ImportChoices(path)), "")
    _text, enabled, why = action_text(check)
    assert not enabled and "--" not in why and "campaign" in why
    assert action_text(check_file(raw, make_mapping(raw, ImportChoices(path)), "Jan"))[1]


# One example of each reason the engine gives, with its fields.
REASONS = {
    "log_without_campaign": {"file": "log.csv"}, "no_name_column": {},
    "no_date_column": {}, "other_channels_left_out": {"rows": 2, "channels": ["email"]},
    "only_other_channels": {"file": "f.csv", "rows": 3, "channels": ["email"]},
    "problems_found": {"file": "f.csv", "count": 2},
    "periods_not_sends": {"file": "f.csv", "column": "Date", "example": "08/2025"},
    "orders_not_sends": {"file": "f.csv", "columns": ["Financial Status", "Lineitem name"]},
    "not_text_messages": {"file": "f.csv", "channels": ["ussd"], "column": "transport_type"},
    "currency_differs": {"file": "f.csv", "file_currency": "EUR", "preferences": "USD"},
    "already_imported": {"file": "f.csv", "import_id": 3, "on": "2026-03-01"},
    "nothing_to_import": {"file": "f.csv"},
    "not_campaigns": {"file": "f.csv", "columns": "Country, Rate in USD"},
    "map_syntax": {"item": "name"},
    "no_such_column": {"field": "name", "column": "Kampagne", "columns": ["A", "B"]},
    "unknown_field": {"field": "orderz", "fields": ["name", "date"]},
    "bad_channel": {"channel": "fax"}, "bad_shape": {"shape": "rows"},
    "only_totals": {"file": "f.csv", "totals": 1}, "no_rows": {"file": "f.csv"},
    "other_costs": {"auto_replies": 0.5, "incoming": 0.25},
    "stray_bytes": {"rows": [4, 9]},
    "address_channel": {"rows": 2, "channels": ["whatsapp"]},
    "email_report": {"columns": ["Opens", "Bounces"]},
    "not_channels": {"column": "Type", "values": ["x"], "channel": "sms"},
    "subject_as_name": {"column": "Subject"},
    "times_not_read": {"column": "Time", "rows": [3]},
    "not_sent_rows": {"column": "Status", "rows": 2, "statuses": ["draft"]},
    "period_column": {"column": "Month", "used": "Sent", "example": "08/2025"},
    "auto_replies": {"rows": 1, "column": "direction"},
    "repeated_ids": {"rows": 2}, "several_currencies": {"currencies": ["EUR", "USD"]},
    "file_missing": {"file": "f.csv"}, "is_folder": {"file": "f"},
    "not_allowed": {"file": "f.csv"}, "dry_run": {"file": "f.csv", "campaigns": 2},
    "imported": {"file": "f.csv", "import_id": 4, "created": 2, "updated": 1},
    "every_row_bad": {"file": "f.csv"}, "money_left_out": {"currency": "EUR"},
    "campaign_problem": {"field": "delivered", "problem": "delivered_over_sent",
                         "delivered": 20, "sent": 10, "campaign": "Spring"},
    "shared_problem": {"count": 40, "rows": 50, "problem": "The date is missing."},
    "name_missing_here": {}, "date_missing_here": {},
    "repeated_campaign": {"name": "Spring", "date": "2026-03-02", "row": 4},
    "totals_left_out": {"rows": 1}, "more_problems": {"count": 12},
    "backup_current": {"backup": "/b/campaigns-20260304-093000-000000-daily.sqlite",
                       "made": "2026-03-04T09:30:00"},
    "message_parts": {"rows": 3, "column": "PartNumber"},
    "same_name_same_day": {"rows": 2, "names": ["Promo"]},
    "label_report": {"campaigns": 2, "labels": ["Title", "Sent", "Opens"],
                     "sections": ["A", "B"]},
    # refusals that carry the reader's own reason (worded too)
    "unreadable": {"file": "f.xlsx", "reason": Said("password", "the workbook is protected.")},
    "not_a_file": {"file": "f", "reason": Said("pipe_not_file", "this is a pipe.")},
    "figures_do_not_add_up": {"file": "f.csv", "detail": "Delivered is more than sent."},
    "mapping": {"file": "f.csv"},
    # the reader's notes
    "delimiter": {"delimiter": ";"}, "partly_windows_text": {}, "read_as_windows_text": {},
    "read_as_mac_roman": {}, "decimal_comma": {"example": "3,5"},
    "thousands_guessed": {"example": "1.234"}, "mixed_decimal_marks": {},
    "named_otherwise": {"ext": ".xls", "kind": "text"}, "unknown_extension": {"ext": ".dat"},
    "date_order_guessed": {"column": "Date", "order": "DMY"}, "no_message_ids": {},
    "formulas_not_imported": {"sheet": "Sheet1", "column": "Notes", "rows": [3, 4]},
    # one cell's problem
    "phone_not_figure": {"field": "sent", "whole": True},
    "not_a_number": {"field": "order_value"}, "amount_too_large": {"field": "revenue",
                                                                  "most": 1e12},
    "not_whole": {"field": "sent"}, "count_too_large": {"field": "clicks"},
    "not_a_rate": {}, "not_yes_no": {}, "year_out_of_range": {"first": 1900, "last": 2200},
    "not_a_date": {}, "no_send_time": {"campaign": "Spring"},
    "formula_no_result": {"sheet": "Sheet1"},
    # why a file cannot be read at all
    "bad_delimiter": {"value": ":"}, "bad_decimal": {"value": ";"},
    "bad_thousands": {"value": ";"}, "same_marks": {"value": ","},
    "bad_date_order": {"value": "YMD"}, "bad_header_row": {"value": 0},
    "bad_row_count": {"value": -1}, "unknown_encoding": {"encoding": "klingon"},
    "missing_file": {}, "folder_not_file": {}, "not_readable": {}, "link_loop": {},
    "name_too_long": {}, "cannot_open": {"error": "Input/output error"},
    "pipe_not_file": {}, "device_not_file": {}, "not_ordinary": {}, "out_of_memory": {},
    "file_empty": {}, "password": {}, "download_cut_short": {}, "old_office_file": {},
    "web_page_as_excel": {}, "not_a_table_file": {"kind": "pdf"},
    "wrong_encoding": {"encoding": "utf-16"}, "binary_data": {}, "only_blank_lines": {},
    "no_header_row": {"row": 40}, "too_many_columns": {"columns": 20000, "most": 4096},
    "row_too_wide": {"row": 7, "columns": 9, "header": 8}, "open_quote": {},
    "not_split": {}, "no_such_sheet": {"sheet": "Mai", "sheets": ["Jan", "Feb"]},
    "no_data_on_sheets": {}, "sheet_empty": {"sheet": "Sheet1"},
    "sheet_too_wide": {"sheet": "Sheet1", "columns": 16384, "most": 4096},
    "workbook_damaged": {}, "workbook_cut_short": {}, "workbook_too_hungry": {},
    "unpacks_too_large": {}, "too_many_parts": {}, "zip_bomb": {}, "xml_bomb": {},
    "sheet_too_big": {"rows": 2000000, "columns": 20, "most_rows": 1048576,
                      "most_columns": 16384},
    "stray_cells": {"rows": 1048576, "columns": 700},
}


def test_every_reason_is_worded_by_both_front_ends_and_the_dialog_names_no_flag() -> None:
    from smsplanner.cli.import_words import WORDS as CLI_WORDS
    from smsplanner.cli.import_words import say as cli_say
    from smsplanner.domain.import_reasons import REASON_CODES
    from smsplanner.ui.imports.words import WORDS as GUI_WORDS
    from smsplanner.ui.imports.words import say as gui_say

    assert set(CLI_WORDS) <= set(REASONS)
    assert set(REASONS) == REASON_CODES  # one example of every code the engine can say
    assert set(GUI_WORDS) == set(REASONS)  # every reason is one whole sentence of the dialog's
    for code, fields in REASONS.items():
        said = Said(code, "The engine's sentence.", **fields)
        gui, cli = gui_say(said), cli_say(said)
        assert gui and "--" not in gui, (code, gui)  # the dialog never shows a flag
        assert gui != "The engine's sentence." and "{" not in gui, (code, gui)
        assert cli, code
    # plain text (no code) passes through both unchanged
    assert gui_say("Columns are separated by a comma.") == "Columns are separated by a comma."


def test_small_wordings() -> None:
    assert default_campaign_name(Path("/x/march_promo-log.csv")) == "march promo log"
    assert summary_line(12, 3, 1) == "12 campaigns added, 3 updated. 1 total row left out."
    assert summary_line(1, 0, skipped=2) == ("1 campaign added, 0 updated. "
                                             "2 rows with problems skipped.")


def test_rows_left_out_on_purpose_are_not_called_problems() -> None:
    assert summary_line(5, 0, other_channels=7) == (
        "5 campaigns added, 0 updated. 7 email or other non-SMS rows left out: SMS only.")
    assert summary_line(5, 0, skipped=2, other_channels=7).endswith(
        "7 email or other non-SMS rows left out: SMS only. 2 rows with problems skipped.")


def test_every_reason_the_engine_gives_is_registered() -> None:
    """A new Said(...) code in the engine or the services must be in the registry (which the
    dialog words in full, above); Said itself refuses an unregistered code at run time."""
    import re

    from smsplanner.domain.import_reasons import REASON_CODES
    from smsplanner.domain.imports import Said

    root = Path(__file__).resolve().parents[2] / "smsplanner"
    found: set[str] = set()
    for folder in ("importing", "services", "storage", "cli"):
        for path in (root / folder).rglob("*.py"):
            found |= set(re.findall(r'Said\(\s*"([a-z_0-9]+)"',
                                    path.read_text(encoding="utf-8")))
    assert len(found) > 100, "few reason codes found: the pattern no longer matches the engine"
    assert found <= REASON_CODES, sorted(found - REASON_CODES)
    with pytest.raises(AssertionError):
        Said("a_code_nobody_words", "Some sentence.")
