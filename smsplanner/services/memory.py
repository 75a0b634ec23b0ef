"""Giving the C heap's freed memory back to the system after a big piece of work, for a
process that goes on running (the GUI): glibc keeps what pandas and SQLite freed on a
worker thread in that thread's arena, where the rest of the process cannot use it.

`give_back_freed_memory` runs on any thread; it does nothing where glibc is not the C library.
"""

from __future__ import annotations

import ctypes
import sys


def give_back_freed_memory() -> bool:
    """Return the freed pages of every malloc arena to the system (glibc's malloc_trim).
    False where there is no malloc_trim (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own libc
    except (OSError, AttributeError):
        return False
    trim(0)
    return True
