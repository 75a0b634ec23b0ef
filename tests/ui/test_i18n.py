"""The GUI's language: chosen from View > Language or the system, our translations and Qt's
loaded, English plurals worded, the guide in the chosen language. Real widgets, real .qm files
(`make translations` builds them before the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from smsplanner.ui.common import i18n
from smsplanner.ui.common.i18n import (
    english_plural,
    install_language,
    resolve_language,
    system_language,
)
from smsplanner.ui.common.settings import Preferences
from smsplanner.ui.common.window import MainAction

QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "smsplanner_de.qm"
needs_qm = pytest.mark.skipif(not QM.exists(), reason="run `make translations` first")


@pytest.fixture
def english_again(qapp):
    yield
    install_language("en", qapp, set_locale=False)


def test_english_plurals_follow_the_count() -> None:
    assert english_plural("%n campaign(s) shown", 1) == "%n campaign shown"
    assert english_plural("%n campaign(s) shown", 0) == "%n campaigns shown"
    assert english_plural("%Ln match(es)", 2) == "%Ln matches"
    assert english_plural("%n person(s)", 3) == "%n people"


def test_plural_in_the_running_app_reads_right_in_english(qapp) -> None:
    from smsplanner.ui.window.frame import FrameWords

    source = "{shown} of %Ln campaign(s) shown"
    assert FrameWords.tr(source, "", 1) == "{shown} of 1 campaign shown"
    assert FrameWords.tr(source, "", 2) == "{shown} of 2 campaigns shown"


@pytest.mark.parametrize(("name", "code"), [("de_DE", "de"), ("fr_CA", "fr"), ("es_MX", "es"),
                                            ("en_GB", "en"), ("it_IT", "en"), ("C", "en")])
def test_system_language_is_the_first_we_speak(name: str, code: str) -> None:
    assert system_language(QLocale(name)) == code


def test_a_saved_choice_wins_over_the_system() -> None:
    assert resolve_language("fr") == "fr"
    assert resolve_language("system") == system_language()
    assert resolve_language("klingon") == system_language()


@needs_qm
@pytest.mark.parametrize(("lang", "file_menu", "cancel"), [
    ("de", "&Datei", "Abbrechen"), ("fr", "&Fichier", "Annuler"), ("es", "&Archivo", "Cancelar")])
def test_installing_a_language_translates_our_menus_and_qts_buttons(
        qtbot, db_path, english_again, lang: str, file_menu: str, cancel: str) -> None:
    from smsplanner.ui.window.main_window import MainWindow

    assert install_language(lang)
    assert i18n.current_language() == lang
    assert QLocale().language() == QLocale(lang).language()  # numbers follow
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    assert window.menus.file.title() == file_menu
    from smsplanner.ui.window.frame import FrameWords  # a module's TranslationContext, plural

    counted = FrameWords.tr("{shown} of %Ln campaign(s) shown", "", 2)
    assert "{shown}" in counted and "campaign" not in counted
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    install_language("en", set_locale=False)
    assert MainWindow(db_path).menus.file.title() == "&File"


def test_view_language_is_saved_and_says_it_applies_at_the_next_start(
        qtbot, window, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: said.append(text))
    actions = window.language_actions
    assert list(actions) == ["system", "en", "de", "fr", "es"]
    assert actions["system"].isChecked()
    assert [a.text() for a in actions.values()][1:] == ["English", "Deutsch", "Français",
                                                         "Español"]
    assert window.action_map[MainAction.LANGUAGE].menu() is not None
    actions["de"].trigger()
    assert Preferences().language() == "de"
    assert actions["de"].isChecked() and not actions["system"].isChecked()
    assert said and "next time you start" in said[0]


@needs_qm
def test_the_guide_opens_in_the_chosen_language_and_falls_back_to_english(
        qtbot, tmp_path, monkeypatch, english_again) -> None:
    from smsplanner.ui.help import browser

    install_language("de", set_locale=False)
    assert browser.help_dir().name == "de"
    guide = browser.GuideWindow()
    qtbot.addWidget(guide)
    assert "Anleitung" in guide.browser.documentTitle()
    assert {p.name for p in browser.load_pages()} == {p.name for p in browser.load_pages("en")}
    assert browser.search_pages(browser.load_pages(), "Konversionsrate")
    # A page missing in German (a new one not translated yet) opens in English.
    resources = tmp_path / "resources"
    (resources / "help" / "de").mkdir(parents=True)
    (resources / "help" / "new.html").write_text("<title>New</title>", encoding="utf-8")
    (resources / "help" / "index.html").write_text("<title>Guide</title>", encoding="utf-8")
    monkeypatch.setenv("SMSPLANNER_RESOURCES", str(resources))
    assert browser.page_path("new.html") == resources / "help" / "new.html"


def test_the_app_starts_in_the_saved_language(qapp, english_again) -> None:
    from smsplanner.ui.common.i18n import install_startup_language

    Preferences().set_language("en")
    assert install_startup_language(QApplication.instance()) == "en"
    assert i18n.current_language() == "en"


@needs_qm
def test_errors_from_below_the_gui_are_worded_in_the_gui_language(qapp, english_again,
                                                                   tmp_path) -> None:
    from smsplanner.storage.health import DamagedDatabaseError, disk_full_error
    from smsplanner.ui.common.errors import error_text

    full = disk_full_error()
    damaged = DamagedDatabaseError(tmp_path / "campaigns.sqlite", "", None)
    assert error_text(full)[0] == str(full)  # English: the engine's own sentence
    install_language("de", set_locale=False)
    assert error_text(full)[0].startswith("Die Festplatte ist voll")
    assert "beschädigt" in error_text(damaged)[0] and "keine intakte Sicherung" in (
        error_text(damaged)[0])
