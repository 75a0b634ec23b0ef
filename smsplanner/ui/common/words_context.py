"""A translation context for module-level wording: `Ctx.tr("text")` on the class itself.

QObject.tr is an instance method in the type stubs, so `Ctx.tr("text", "", n)` on a class
type-checks as nonsense; here it is a classmethod that asks QCoreApplication.translate with the
class name as the context, which is what pyside6-lupdate extracts for `Ctx.tr(...)` calls
(numerus included). Any thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject


class WordsContext(QObject):
    """Subclass once per module (a project-unique name) and call `Name.tr(...)`."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None,
           n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
