"""A translation context for module-level wording: `class ImportWords(TrContext)` then
`ImportWords.tr("Whole sentence {x}")` or `ImportWords.tr("%n row(s)", "", n)`.

pyside6-lupdate takes the context from the name before `.tr(`, as for a QObject class; here
`tr` is a real class method (QObject.tr is typed as an instance method, so calling it on the
class fails the type check). Any thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TrContext:
    """Base of the translation-context classes of modules without a QObject of their own."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` translated in this class's context (numerus form chosen by n)."""
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
