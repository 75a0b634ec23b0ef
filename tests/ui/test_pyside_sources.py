"""PySide6 looks into every module imported after it for "PySide6"; the GUI has it read the
file's bytes instead of inspect.getsource, which kept every module's lines in linecache
(40 MB with pandas and pyqtgraph). Real modules written to a folder and imported."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import smsplanner.ui  # noqa: F401  (what a GUI start imports first)
from smsplanner.ui.pyside_sources import keep_no_module_sources


def test_modules_imported_by_the_gui_are_not_kept_as_source_lines(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "uses_qt_here.py").write_text('"""Draws with PySide6."""\nVALUE = 1\n')
    (tmp_path / "plain_here.py").write_text('"""No GUI in here."""\nVALUE = 2\n' * 500)
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        # an import statement: PySide6's hook replaces __import__ (importlib skips it)
        import plain_here as plain  # type: ignore[import-not-found]
        import uses_qt_here as uses_qt  # type: ignore[import-not-found]

        assert not any(str(tmp_path) in name for name in linecache.cache)
        # PySide6 still knows which module uses it (0) and which it can ignore (-1).
        known = sys.modules["shibokensupport.feature"].pyside_feature_dict
        assert (known["uses_qt_here"], known["plain_here"]) == (0, -1)
        assert (uses_qt.VALUE, plain.VALUE) == (1, 2)
    finally:
        for name in ("uses_qt_here", "plain_here"):
            sys.modules.pop(name, None)


def test_asking_twice_wraps_the_check_once() -> None:
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert keep_no_module_sources() and keep_no_module_sources()
    assert feature._mod_uses_pyside is check
