"""Guards against a broken Qt binding: PySide6 6.12.0 dropped a reference to True on every
signal emit, so any app aborted with "bool_dealloc" after a few hundred clicks."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)
    flag = Signal(bool)


def test_signal_emits_do_not_leak_or_drop_references(qapp) -> None:
    e = _Emitter()
    seen: list[object] = []
    e.changed.connect(seen.append)
    e.flag.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(1000):
        e.changed.emit(i)
        e.flag.emit(True)
    seen.clear()
    assert abs(sys.getrefcount(True) - before) < 50
