"""One GUI import, as a user does it: open the import dialog on a file, wait for the check of
every row, press Import, and stop when the campaign table shows the result.

Run as its own process by bench_import.py and bench_dialog_big.py (`python -m
bench.dialog_import DB FILE`), so its time and peak memory are whole-process, like the
command-line import it is compared with. Prints the campaigns shown, then the seconds to the
end of the check and of the import, and whether the check streamed the file.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main(db: Path, path: Path, stream_bytes: int | None = None) -> int:
    """Import `path` into `db` through the dialog; `stream_bytes` lowers the file size from
    which the dialog streams (a setting with no widget)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from smsplanner.ui.window.main_window import MainWindow

    window = MainWindow(db)
    if stream_bytes is not None:
        window.prefs.settings.setValue("import/stream_bytes", stream_bytes)
    window.show()

    def wait_until(ready: object, what: str, timeout: float = 600.0) -> None:
        end = time.monotonic() + timeout
        while not ready():  # type: ignore[operator]
            if time.monotonic() > end:
                raise SystemExit(f"timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.005)

    t0 = time.monotonic()
    window.open_import_dialog([path])
    dialog = window.import_controller.dialog
    assert dialog is not None
    wait_until(lambda: dialog.check is not None and not dialog.is_busy(), "the check")
    checked = time.monotonic() - t0
    streamed = dialog.check is not None and dialog.check.head_only
    if not dialog.import_button.isEnabled():
        raise SystemExit(f"nothing to import: {dialog.why.text()}")
    done: list[object] = []
    dialog.imported.connect(lambda *args: done.append(args))
    dialog.import_button.click()
    wait_until(lambda: bool(done), "the import")
    app.processEvents()
    shown = window.workspace.table.model.rowCount()
    if shown == 0:
        raise SystemExit("the table shows no campaign after the import")
    print(shown, f"{checked:.2f}", f"{time.monotonic() - t0:.2f}", streamed)
    sys.stdout.flush()
    os._exit(0)  # like the command line: no interpreter teardown


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]),
                  int(sys.argv[3]) if len(sys.argv) > 3 else None))
