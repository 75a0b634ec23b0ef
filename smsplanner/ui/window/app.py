"""Starting the GUI: the QApplication, then the main window on the chosen database."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from smsplanner import APP_ID, APP_NAME, ORGANIZATION, __version__


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reusing one that exists) with our names set, so QSettings finds us."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    from smsplanner.ui.common.formatting import use_display_locale

    use_display_locale()  # one number and date style in every view, also under C/POSIX
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
    from smsplanner.ui.window.settings import Preferences

    if not db and not os.environ.get(ENV_VAR):
        last = Preferences().last_db_path()
        if last is not None and last.exists():
            return last
    return resolve_db_path(db)


def run_app(db: str | None) -> int:
    """Open the main window on the database and run the event loop; returns the exit code."""
    app = create_app()
    from smsplanner.ui.backups.dialog import open_main_window
    from smsplanner.ui.common.theme import apply_theme
    from smsplanner.ui.window.crash import install_crash_handler
    from smsplanner.ui.window.main_window import MainWindow
    from smsplanner.ui.window.settings import Preferences

    apply_theme(Preferences().theme())  # View > Theme, as chosen last time
    install_crash_handler(app)  # unhandled errors: a dialog with the log path, never a silent exit
    MainWindow.defer_views_until_painted = True  # show the campaigns first, then the other tabs
    window = open_main_window(startup_db_path(db))  # offers a backup if the file is damaged
    if window is None:
        return 2
    window.show()
    from smsplanner.ui.devtools.startup_probe import install_paint_probe

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
