"""The one error popup: a user's problem shows its sentence; a bug shows where the log is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from smsplanner import APP_NAME
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.ui.common.translation import TranslationContext


class ErrorWords(TranslationContext):
    """Translation context for the error popup's own sentences."""


def error_text(error: BaseException | str) -> tuple[str, str]:
    """(main sentence, detail) for an error: never a traceback, never a phone number."""
    from smsplanner.logs import log_exception, redact

    if isinstance(error, str):
        return redact(error), ""
    if isinstance(error, SmsPlannerError):
        return redact(worded_error(error)), ""
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


def worded_error(error: SmsPlannerError) -> str:
    """The sentence for an error from below the GUI, in the GUI's language.

    In English it is the engine's own sentence (the CLI prints the same one). In another
    language the kinds with a fixed meaning are worded here from their type and fields; any
    other passes through as the engine worded it (English).
    """
    from smsplanner.domain.errors import (
        Cancelled,
        DatabaseBusyError,
        DiskFullError,
        MissingResourceError,
        ReadOnlyDatabaseError,
    )
    from smsplanner.storage.health import DamagedDatabaseError
    from smsplanner.ui.common.i18n import current_language

    if current_language() == "en":
        return str(error)
    if isinstance(error, DamagedDatabaseError):
        return f"{damaged_summary(error)} {backup_advice(error.newest_backup)}"
    if isinstance(error, Cancelled):
        return (ErrorWords.tr("{file}: stopped; nothing was written.").format(file=error.file)
                if error.file else ErrorWords.tr("Stopped; nothing was written."))
    if isinstance(error, DiskFullError):
        return ErrorWords.tr("The disk is full, so {app} could not save. Nothing was changed: "
                             "free some space (or choose another drive) and try again."
                             ).format(app=APP_NAME)
    if isinstance(error, DatabaseBusyError):
        return ErrorWords.tr("The campaign file is busy: another copy of {app} (or the "
                             "smsplanner command) is saving to it. Nothing was changed; try "
                             "again in a moment.").format(app=APP_NAME)
    if isinstance(error, ReadOnlyDatabaseError):
        return ErrorWords.tr("{app} can only read this campaign file. Your change was not "
                             "saved. Copy the file somewhere you can write to, or open another "
                             "file.").format(app=APP_NAME)
    if isinstance(error, MissingResourceError):
        return ErrorWords.tr("A file that comes with {app} is missing. Please download and "
                             "unzip the app again.").format(app=APP_NAME)
    return str(error)


def damaged_summary(error: BaseException) -> str:
    """What is wrong with a damaged campaign file, worded from the error's kind and path."""
    from smsplanner.storage.health import EmptyDatabaseError, NotADatabaseError

    path = getattr(error, "path", "")
    if isinstance(error, NotADatabaseError):
        return ErrorWords.tr("{path} is not an SMS Planner campaign file (it is not a SQLite "
                             "database), so SMS Planner will not change it.").format(path=path)
    if isinstance(error, EmptyDatabaseError):
        return ErrorWords.tr("The campaign file {path} is empty (0 bytes), so SMS Planner will "
                             "not start it as a new file.").format(path=path)
    return ErrorWords.tr("The campaign file {path} is damaged, so SMS Planner will not change "
                         "it.").format(path=path)


def backup_advice(backup: object | None) -> str:
    """What to do about a damaged file: restore its newest good backup, if there is one."""
    if backup is None:
        return ErrorWords.tr("No good backup of it was found. Keep the file as it is and open "
                             "another file, or start a new one.")
    return ErrorWords.tr("Your newest good backup is {backup}: restore it with File > "
                         "Backups.").format(backup=backup)


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
