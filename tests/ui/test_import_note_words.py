"""The import engine's notes, cell problems and unreadable-file reasons, worded in German.

Real small files go through the real reader and planner; what comes out carries reason codes,
and the dialog words each one in the user's language (the command line keeps the engine's
English sentence). Needs the built translations (`make translations`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from smsplanner.domain.errors import ImportFileError
from smsplanner.domain.imports import Said, reason_of
from smsplanner.importing.read import read_table
from smsplanner.services.import_check import ImportChoices, check_file, make_mapping
from smsplanner.ui.common.i18n import install_language, our_translation_file
from smsplanner.ui.imports.session import notes_text
from smsplanner.ui.imports.words import say, say_error

pytestmark = pytest.mark.skipif(not our_translation_file("de").exists(),
                                reason="run `make translations` first")


@pytest.fixture
def german(qapp):
    assert install_language("de", qapp, set_locale=False)
    yield
    install_language("en", qapp, set_locale=False)


def _checked(path: Path, **forced: str):
    """(notes, problems) of a file as the dialog's check finds them: Said sentences."""
    raw = read_table(path, **forced)  # type: ignore[arg-type]
    check = check_file(raw, make_mapping(raw, ImportChoices(path)), "")
    assert check.plan is not None, check.refused
    return raw, check.plan


def _codes(sentences) -> set[str]:
    return {reason_of(s)[0] for s in sentences}


def _german(said: object, qapp) -> tuple[str, str]:
    """(English, German) wording of one engine sentence."""
    english = say(said)
    install_language("de", qapp, set_locale=False)
    try:
        return english, say(said)
    finally:
        install_language("en", qapp, set_locale=False)


def test_a_semicolon_export_with_decimal_commas_and_a_title_is_noted_in_german(
        tmp_path: Path, qapp) -> None:
    path = tmp_path / "mai.csv"
    path.write_text("Kampagnenbericht Mai;;;;\nExportiert am 01.06.2026;;;;\n"
                    "Campaign;Date;Sent;Delivered;Revenue\n"
                    "Spring;03/04/2026;1.200;1.150;1.234,50\n"
                    "Summer;04/05/2026;abc;900;99,90\n"
                    "Autumn;05/05/0001;800;700;12,5\n", encoding="utf-8")
    raw, plan = _checked(path)
    assert [s.kind for s in raw.skipped] == ["title", "title"]  # the preamble: data, worded
    notes = list(raw.detected.notes) + list(plan.notes)
    assert {"delimiter", "decimal_comma", "date_order_guessed"} <= _codes(notes)
    problems = {reason_of(p.message)[0]: p for p in plan.problems}
    assert {"not_a_number", "year_out_of_range"} <= set(problems)
    assert problems["not_a_number"].row == 5 and problems["not_a_number"].column == "Sent"
    for said in notes + [p.message for p in plan.problems]:
        english, german = _german(said, qapp)
        assert german != english and "{" not in german, (reason_of(said)[0], german)
    install_language("de", qapp, set_locale=False)
    try:
        shown = notes_text(raw, plan, plan.mapping, remembered=False)
        assert "Semikolon" in shown and "Dezimalkomma" in shown, shown
        assert "Columns are separated" not in shown
        assert "„Gesendet“" in say(problems["not_a_number"].message)
    finally:
        install_language("en", qapp, set_locale=False)


def test_a_windows_encoded_file_is_noted_in_german(tmp_path: Path, qapp) -> None:
    path = tmp_path / "cafe.csv"
    path.write_bytes("Campaign,Date,Sent\nCafé Frühling,2026-04-03,100\n".encode("cp1252"))
    raw, _plan = _checked(path)
    assert "read_as_windows_text" in _codes(raw.detected.notes)
    note = next(n for n in raw.detected.notes if reason_of(n)[0] == "read_as_windows_text")
    from smsplanner.cli.import_words import say as cli_say

    assert cli_say(note) == "The file is not UTF-8; it was read as Windows-1252 (cp1252) text."
    english, german = _german(note, qapp)
    assert german != english and "Windows-1252" in german


def _xml_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol '
                    '"lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><workbook>&lol2;</workbook>')


UNREADABLE = {
    "file_empty": lambda p: p.write_bytes(b""),
    "not_a_table_file": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "password": lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
                                        + "EncryptionInfo".encode("utf-16-le")),
    "xml_bomb": _xml_bomb,
    "only_blank_lines": lambda p: p.write_bytes(b" , \n , \n"),
}


@pytest.mark.parametrize("code", sorted(UNREADABLE))
def test_a_file_that_cannot_be_read_says_why_in_german(tmp_path: Path, qapp, code: str) -> None:
    path = tmp_path / ("report.xlsx" if code in ("password", "xml_bomb") else "report.csv")
    UNREADABLE[code](path)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert reason_of(caught.value.reason)[0] == code
    english = say_error(caught.value)
    assert english.startswith("report.") and english != caught.value.reason
    install_language("de", qapp, set_locale=False)
    try:
        german = say_error(caught.value)
    finally:
        install_language("en", qapp, set_locale=False)
    assert german.startswith("report.") and german != english and "{" not in german, german


def test_a_wrong_encoding_chosen_in_the_dialog_is_said_in_german(tmp_path: Path, qapp) -> None:
    path = tmp_path / "cafe.csv"
    path.write_bytes("Campaign,Date,Sent\nCafé,2026-04-03,100\n".encode("cp1252"))
    with pytest.raises(ImportFileError) as caught:
        read_table(path, encoding="utf-16")
    assert reason_of(caught.value.reason) == ("wrong_encoding", {"encoding": "utf-16"})
    english, german = _german(Said("unreadable", str(caught.value), file=caught.value.file,
                                   reason=caught.value.reason), qapp)
    assert "utf-16" in german and german != english


def test_every_code_the_dialog_words_is_translated(qapp) -> None:
    """Under German no reason reads as its English wording (the translations are filled)."""
    from tests.ui.test_import_session import REASONS

    same = []
    for code, fields in REASONS.items():
        english, german = _german(Said(code, "The engine's sentence.", **fields), qapp)
        if german == english or "{" in german:
            same.append((code, german))
    assert not same
