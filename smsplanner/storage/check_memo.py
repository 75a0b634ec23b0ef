"""A whole check of a big store that passed, remembered across processes while the file is
unchanged, so that the next process (an import from the command line after the app's daily
backup) does not read hundreds of MB again before its first write.

The record, `backups/.<file>.checked` beside the store, holds the file's identity, size,
modification and change times (and its -wal's, when that holds pages). It is kept only when
nothing wrote during the check and the last write was several seconds before it began: file
times come from a coarse clock, and a write in the same tick as the check could otherwise
look unchanged.
Any thread; a record that cannot be read or written is simply not used.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

# The last write must be at least this long before the check began (file times may be
# rounded to 2 s, e.g. on FAT-formatted drives).
SETTLED_S = 3.0


def memo_path(path: Path) -> Path:
    return path.parent / "backups" / f".{path.name}.checked"


def file_state(path: Path) -> dict[str, Any] | None:
    """What must not change for a passed check to still hold: identity, size, times."""
    try:
        st = path.stat()
        wal: list[int] | None = None
        try:
            ws = Path(str(path) + "-wal").stat()
            if ws.st_size > 0:  # opening makes an empty one: no pages, nothing to read
                wal = [ws.st_size, ws.st_mtime_ns]
        except FileNotFoundError:
            pass
        # ctime too: no program can set it, so a file copied in with its old time kept (or
        # a reused inode number) does not pass for the one that was checked.
        return {"file": str(path.resolve()), "dev": st.st_dev, "ino": st.st_ino,
                "size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns,
                "wal": wal}
    except OSError:
        return None


def remembered_ok(path: Path) -> bool:
    """Whether a whole check of this very file, unchanged since, passed in some process."""
    state = file_state(path)
    if state is None:
        return False
    try:
        return bool(json.loads(memo_path(path).read_text(encoding="utf-8")) == state)
    except (OSError, ValueError):
        return False


def remember_ok(path: Path, before: dict[str, Any], began: float) -> None:
    """Keep a passed check made from `before` (the state when it began, at `began`)."""
    if file_state(path) != before:
        return  # written during the check
    last_write = max(before["mtime_ns"], before["wal"][1] if before["wal"] else 0) / 1e9
    if last_write > began - SETTLED_S:
        return
    memo = memo_path(path)
    if not memo.parent.is_dir():
        return  # no backup yet: the folder is made by the first one, not for this
    partial = memo.with_name(memo.name + ".partial")
    try:
        partial.write_text(json.dumps(before), encoding="utf-8")
        os.replace(partial, memo)
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: nothing was written there either
