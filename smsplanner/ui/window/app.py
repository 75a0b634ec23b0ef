"""Starting the GUI: the QApplication, then the main window on the chosen database."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from smsplanner import APP_ID, APP_NAME, ORGANIZATION, __version__
from smsplanner.ui.common.translation import TranslationContext


class StartWords(TranslationContext):
    """Translation context for what start-up says."""

    @staticmethod
    def backup_failed(exc: BaseException) -> str:
        return StartWords.tr("Today's backup could not be made: {reason}").format(reason=exc)

if TYPE_CHECKING:
    from smsplanner.ui.window.main_window import MainWindow


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reusing one that exists) with our names set, so QSettings finds us."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    from smsplanner.ui.common.formatting import use_display_locale

    use_display_locale()  # one number and date style in every view, also under C/POSIX
    from smsplanner.ui.common.i18n import install_english_plurals

    install_english_plurals(app)  # "1 campaign", "2 campaigns" from "%n campaign(s)"
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def _app_icon() -> QIcon | None:
    """The app icon from resources/ (PNG sizes, else the SVG), when they are there."""
    try:
        from smsplanner import resources
    except ImportError:
        return None
    icon = QIcon()
    for path in resources.icon_paths():
        icon.addFile(str(path))
    if icon.isNull():
        svg = resources.resource_path(*resources.ICON_SVG, must_exist=False)
        if svg.exists():
            icon.addFile(str(svg))
    return None if icon.isNull() else icon


def startup_db_path(db: str | None) -> Path:
    """--db, then $SMSPLANNER_DB, then the file used last time (if it exists), else default."""
    from smsplanner.storage.db import ENV_VAR, resolve_db_path
    from smsplanner.ui.common.settings import Preferences

    if not db and not os.environ.get(ENV_VAR):
        last = Preferences().last_db_path()
        if last is not None and last.exists():
            return last
    return resolve_db_path(db)


def open_main_window(db_path: Path) -> MainWindow | None:
    """The main window on db_path, offering the newest backup if the file is damaged.

    Also makes the once-a-day backup. None (after telling the user why) when nothing opens.
    """
    from smsplanner.domain.errors import SmsPlannerError
    from smsplanner.storage.backups import daily_backup_if_due
    from smsplanner.storage.health import DamagedDatabaseError
    from smsplanner.ui.backups.dialog import offer_backup
    from smsplanner.ui.common.errors import show_error
    from smsplanner.ui.window.main_window import MainWindow
    from smsplanner.ui.window.schema_update import update_schema_first

    try:
        try:
            update_schema_first(db_path)  # an older file: updated on a worker, not frozen
            window = MainWindow(db_path)
        except DamagedDatabaseError as exc:
            if not offer_backup(exc):
                return None
            update_schema_first(db_path)  # the restored backup may be older still
            window = MainWindow(db_path)
    except SmsPlannerError as exc:
        show_error(None, exc)
        return None
    if getattr(window.conn, "read_only_reason", None) is None:
        if window.defer_views_until_painted:
            # A year of messages is hundreds of MB to copy: after the first paint, on a
            # worker with a connection of its own, not before the window shows.
            from smsplanner.ui.window.startup import after_first_paint

            after_first_paint(window, lambda: _daily_backup_in_background(window))
            return window
        try:
            daily_backup_if_due(window.conn)
        except SmsPlannerError as exc:  # a failed backup must not stop the app opening
            window.show_status(StartWords.backup_failed(exc), 15000)
    return window


def _daily_backup_in_background(window: MainWindow) -> None:
    """The once-a-day backup on a worker thread; a failure is said in the status bar."""
    db_path = window.db_path

    def work(_progress: object, _is_cancelled: object) -> object:
        from smsplanner.storage.backups import daily_backup_if_due
        from smsplanner.storage.db import open_db

        conn = open_db(db_path)
        try:
            return daily_backup_if_due(conn)
        finally:
            conn.close()

    def failed(exc: BaseException) -> None:
        window.show_status(StartWords.backup_failed(exc), 15000)

    window.tasks.run(work, on_error=failed)


def run_app(db: str | None) -> int:
    """Open the main window on the database and run the event loop; returns the exit code."""
    app = create_app()
    from smsplanner.ui.common.i18n import install_startup_language
    from smsplanner.ui.common.settings import Preferences

    # View > Language, else the system's; before any widget exists, so every text is translated.
    install_startup_language(app)
    from smsplanner.ui.common.theme import apply_theme
    from smsplanner.ui.window.crash import install_crash_handler
    from smsplanner.ui.window.main_window import MainWindow

    apply_theme(Preferences().theme())  # View > Theme, as chosen last time
    install_crash_handler(app)  # unhandled errors: a dialog with the log path, never a silent exit
    MainWindow.defer_views_until_painted = True  # show the campaigns first, then the other tabs
    window = open_main_window(startup_db_path(db))  # offers a backup if the file is damaged
    if window is None:
        return 2
    window.show()
    from smsplanner.ui.window.startup import install_paint_probe

    install_paint_probe(window)  # no-op unless $SMSPLANNER_EXIT_ON_PAINT is set (make bench)
    code = app.exec()
    # Free the window (and its charts) while Qt is still up: pyqtgraph items collected during
    # interpreter shutdown abort the process with a refcount error.
    window.deleteLater()
    del window
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return code
