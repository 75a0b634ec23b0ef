"""Translation contexts for text outside a QObject (module-level functions). GUI thread.

Imports nothing of ours, so every module of ui/common can use it (i18n.py loads the languages).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject


class TranslationContext(QObject):
    """Base of a module's translation context (`class ImportWords(TranslationContext)`), for
    text outside a QObject: `ImportWords.tr("%n row(s)", "", n)`. lupdate reads the class
    name as the context; this classmethod looks it up by that name at run time (and lets type
    checkers see `tr` called on the class)."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)
