"""The GUI's language: our translations (resources/translations/*.qm) and Qt's own.

The language is the one chosen in View > Language, else the system's (QLocale.system(), which
follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Linux). English needs no translator. Qt's
`qtbase_<lang>.qm` translates the standard buttons and dialogs (OK, Cancel, the file dialog).
A language chosen on purpose also sets the default QLocale, so numbers, dates and money follow
it. The command line never calls this: it stays English. GUI thread only.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smsplanner.resources import resource_path
from smsplanner.ui.common.translation import TranslationContext

__all__ = ["TranslationContext", "install_language", "install_startup_language"]

log = logging.getLogger(__name__)

# The languages the GUI speaks, by code, each named in its own language (never translated).
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SYSTEM = "system"
_LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_current = "en"
_english: dict[int, QTranslator] = {}  # id(app) -> its EnglishPlurals

# English words whose plural is not the singular plus "s" or "es".
IRREGULAR = {"person(s)": ("person", "people"), "(is/are)": ("is", "are"),
             "(was/were)": ("was", "were"), "(has/have)": ("has", "have")}
_ENDING = re.compile(r"\((e?s)\)")


def english_plural(text: str, n: int) -> str:
    """The English numerus form of a source text: "%n campaign(s)" -> "%n campaign" for 1,
    "%n campaigns" otherwise (also "match(es)" and the words in IRREGULAR)."""
    one = n == 1
    for marked, (singular, plural) in IRREGULAR.items():
        text = text.replace(marked, singular if one else plural)
    return _ENDING.sub("" if one else r"\1", text)


class EnglishPlurals(QTranslator):
    """English needs no translation but its plurals do: the source texts say "campaign(s)".
    Installed first (under any other language), so it also words a plural another language
    has not translated yet. Every other text passes through untouched (None: not ours)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n is None or n < 0 or "(" not in source:
            return None
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(app: QCoreApplication | None = None) -> None:
    """Word English plurals ("1 campaign", "2 campaigns") in this app; once per app."""
    app = app if app is not None else QCoreApplication.instance()
    if app is None or id(app) in _english:
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _english[id(app)] = translator


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that we speak, else English."""
    loc = locale if locale is not None else QLocale.system()
    for name in [*loc.uiLanguages(), loc.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return "en"


def resolve_language(choice: str) -> str:
    """The language code for a View > Language choice ("system", "en", "de", ...)."""
    return choice if choice in LANGUAGE_NAMES else system_language()


def current_language() -> str:
    """The language installed last ("en" when none was)."""
    return _current


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own qtbase_*.qm may be: Qt's configured folder, then the wheel's (the
    packaged app bundles them under PySide6/Qt/translations)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is always there
        pass
    base = getattr(sys, "_MEIPASS", None)
    if base:
        dirs.append(Path(base) / "PySide6" / "Qt" / "translations")
    return dirs


def our_translation_file(lang: str) -> Path:
    return resource_path("translations", f"smsplanner_{lang}.qm", must_exist=False)


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if path.exists() and translator.load(str(path)):
        return translator
    return None


def install_language(lang: str, app: QCoreApplication | None = None,
                     set_locale: bool = True) -> bool:
    """Speak `lang` from now on ("en" removes the translators): our strings and Qt's.

    Widgets made before keep their text: call this before building the window (tests call it
    on their running QApplication). With `set_locale` the default QLocale becomes the
    language's own (de_DE, fr_FR, es_ES), so numbers follow. False when our .qm for `lang`
    is missing (then the GUI stays English).
    """
    global _current
    app = app if app is not None else QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    install_english_plurals(app)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = "en"
    from smsplanner.ui.common.formatting import display_locale

    if lang not in LANGUAGE_NAMES or lang == "en":
        if set_locale:
            QLocale.setDefault(display_locale(QLocale.system()))
        return lang == "en"
    ours = _load(our_translation_file(lang))
    if ours is None:
        log.warning("no translation file for %s; run `make translations`", lang)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    for folder in qt_translations_dirs():
        qt = _load(folder / f"qtbase_{lang}.qm")
        if qt is not None:
            app.installTranslator(qt)
            _installed.append(qt)
            break
    else:
        log.info("Qt's own %s translations were not found", lang)
    _current = lang
    if set_locale:
        system = QLocale.system()
        wanted = QLocale(_LOCALES[lang])
        # The system's own locale when it speaks this language (de_AT, es_MX keep their
        # formats), else the language's main one.
        QLocale.setDefault(display_locale(system if system.language() == wanted.language()
                                          else wanted))
    return True


def install_startup_language(app: QCoreApplication | None = None) -> str:
    """At start-up: the language from View > Language, else the system's. Returns it."""
    from smsplanner.ui.common.settings import Preferences

    lang = resolve_language(Preferences().language())
    if not install_language(lang, app):
        lang = "en"
    return lang
