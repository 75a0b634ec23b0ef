"""Every reason code the import engine and services say (`Said(code, ...)`), by kind.

The registry is what front ends word: the dialog has one sentence per code (ui/imports/), the
command line rewords a few (cli/import_words.py) and shows the engine's English sentence for
the rest. A Said with a code missing here fails at once in the tests (see Said), so a new
reason cannot reach the GUI unworded. Pure data; any thread.
"""

from __future__ import annotations

# What a code's sentence is: a whole sentence about the file or the import ("refusal"), a note
# beside the preview ("note"), one row's or cell's problem ("problem"), or the clause after
# "file name: " saying why a file cannot be read at all ("unreadable").
REFUSAL, NOTE, PROBLEM, UNREADABLE = "refusal", "note", "problem", "unreadable"

_BY_KIND: dict[str, tuple[str, ...]] = {
    REFUSAL: (
        "already_imported", "bad_channel", "bad_shape", "currency_differs", "dry_run",
        "every_row_bad", "figures_do_not_add_up", "file_missing", "imported", "is_folder",
        "log_without_campaign", "map_syntax", "mapping", "no_rows", "no_such_column",
        "not_a_file", "not_allowed", "not_campaigns", "not_text_messages", "nothing_to_import",
        "only_other_channels", "only_totals", "orders_not_sends", "periods_not_sends",
        "problems_found", "unknown_field", "unreadable",
    ),
    NOTE: (
        "address_channel", "auto_replies", "backup_current", "date_order_guessed",
        "decimal_comma", "delimiter", "email_report", "formulas_not_imported", "label_report",
        "message_parts", "mixed_decimal_marks", "money_left_out", "named_otherwise",
        "no_message_ids", "not_channels", "not_sent_rows", "other_channels_left_out",
        "other_costs", "partly_windows_text", "period_column", "read_as_mac_roman",
        "read_as_windows_text", "repeated_ids", "same_name_same_day", "several_currencies",
        "stray_bytes", "subject_as_name", "thousands_guessed", "times_not_read",
        "totals_left_out", "unknown_extension",
    ),
    PROBLEM: (
        "amount_too_large", "campaign_problem", "count_too_large", "date_missing_here",
        "formula_no_result", "more_problems", "name_missing_here", "no_date_column",
        "no_name_column", "no_send_time", "not_a_date", "not_a_number", "not_a_rate",
        "not_whole", "not_yes_no", "phone_not_figure", "repeated_campaign", "shared_problem",
        "year_out_of_range",
    ),
    UNREADABLE: (
        "bad_date_order", "bad_decimal", "bad_delimiter", "bad_header_row", "bad_row_count",
        "bad_thousands", "binary_data", "cannot_open", "device_not_file", "download_cut_short",
        "file_empty", "folder_not_file", "link_loop", "missing_file", "name_too_long",
        "no_data_on_sheets", "no_header_row", "no_such_sheet", "not_a_table_file",
        "not_ordinary", "not_readable", "not_split", "old_office_file", "only_blank_lines",
        "open_quote", "out_of_memory", "password", "pipe_not_file", "row_too_wide",
        "same_marks", "sheet_empty", "sheet_too_big", "sheet_too_wide", "stray_cells",
        "too_many_columns", "too_many_parts", "unknown_encoding", "unpacks_too_large",
        "web_page_as_excel", "workbook_cut_short", "workbook_damaged", "workbook_too_hungry",
        "wrong_encoding", "xml_bomb", "zip_bomb",
    ),
}

REASON_KINDS: dict[str, str] = {code: kind for kind, codes in _BY_KIND.items()
                                for code in codes}
REASON_CODES: frozenset[str] = frozenset(REASON_KINDS)
