"""The one error popup: a user's problem shows its sentence; a bug shows where the log is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from smsplanner import APP_NAME
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.ui.common.i18n import TranslationContext


class ErrorWords(TranslationContext):
    """Translation context for the error popup's own sentences."""


def error_text(error: BaseException | str) -> tuple[str, str]:
    """(main sentence, detail) for an error: never a traceback, never a phone number."""
    from smsplanner.logs import log_exception, redact

    if isinstance(error, str):
        return redact(error), ""
    if isinstance(error, SmsPlannerError):
        return redact(str(error)), ""
    path = log_exception(error)
    where = (
        ErrorWords.tr("The details were saved to {path}. Please send that file with your "
                      "report.").format(path=path)
        if path is not None
        else ErrorWords.tr("The details could not be saved to the log file.")
    )
    return (
        ErrorWords.tr("Something went wrong that {app} did not expect ({kind}). Your saved "
                      "campaigns are not affected.").format(app=APP_NAME,
                                                            kind=type(error).__name__),
        where,
    )


def error_box(
    parent: QWidget | None, error: BaseException | str, title: str = APP_NAME
) -> QMessageBox:
    """Build (not show) the message box for an error."""
    text, detail = error_text(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(ErrorWords.tr("Error message"))
    return box


def show_error(
    parent: QWidget | None, error: BaseException | str, title: str = APP_NAME
) -> QMessageBox:
    """Show the error. With a parent the box is window-modal and returns at once; GUI thread."""
    box = error_box(parent, error, title)
    if parent is None:
        box.exec()
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return box


def error_style() -> str:
    """Style sheet for an inline problem message, readable on light and dark palettes."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return f"color: {'#ef7070' if dark else '#c62828'};"
