"""PySide6 reads every module imported after it, to see whether it uses PySide6 (its
`__feature__` switches). It asks `inspect.getsource`, which keeps each file's lines in
`linecache` for the life of the process: with pandas, numpy and pyqtgraph that is about
490,000 lines, 40 MB that a command-line run never holds. The same question is answered here
from the file's bytes, which are not kept.

`keep_no_module_sources` runs once, when smsplanner.ui is imported (any thread, before the
GUI starts).
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

# The attribute that marks our check, so a second call does not wrap it again.
_MARK = "_smsplanner_reads_bytes"


def keep_no_module_sources() -> bool:
    """Answer PySide6's "does this module use PySide6?" without caching the module's source;
    drop the sources it cached so far. False when this PySide6 has no such check (then
    nothing is changed)."""
    import shiboken6  # noqa: F401  (loads shibokensupport, whose import hook asks)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _reading_bytes(original)  # type: ignore[attr-defined]
    # What it cached so far: source files, read again if a traceback wants a line. Entries
    # of generated code ("<...>", no file to read again) stay.
    for name in [n for n in linecache.cache if n.endswith(".py")]:
        linecache.cache.pop(name, None)
    return True


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        """PySide6's own test, "PySide6" in the source, on the file's bytes."""
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return original(module)  # no source file of its own (a built-in, a .pyc): as before

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
