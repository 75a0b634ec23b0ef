"""Read-only files and folders open for reading; every write says why it cannot save."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.services.sample import load_sample_data
from smsplanner.storage import backups as _backups  # noqa: F401  (loaded before fork)
from smsplanner.storage.campaigns import (
    add_campaign,
    count_campaigns,
    delete_campaigns,
    list_campaigns,
    update_campaign,
)
from smsplanner.storage.db import open_db
from smsplanner.storage.health import ReadOnlyDatabaseError

NOBODY = 65534


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _writes(conn) -> dict[str, Callable[[], object]]:
    first = list_campaigns(conn)[0]
    return {
        "add": lambda: add_campaign(conn, Campaign("new", dt.date(2026, 5, 1), sent=3)),
        "edit": lambda: update_campaign(conn, first.with_changes(sent=(first.sent or 0) + 1)),
        "delete": lambda: delete_campaigns(conn, [first.id or 0]),
        "sample data": lambda: load_sample_data(conn),
    }


def _attempt_all(conn) -> dict[str, str]:
    """Try every kind of write; the error type and sentence of each refusal."""
    out = {}
    for name, write in _writes(conn).items():
        try:
            write()
            out[name] = "SAVED"
        except SmsPlannerError as exc:
            out[name] = f"{type(exc).__name__}: {exc}"
    return out


def _filled(db: Path) -> None:
    conn = open_db(db)
    add_campaign(conn, Campaign("one", dt.date(2026, 1, 1), sent=10, conversions=1))
    add_campaign(conn, Campaign("two", dt.date(2026, 1, 2), sent=20, conversions=2))
    conn.close()


def test_read_only_database_opens_for_reading(db_path: Path, tally) -> None:
    tally.name("read-only database (mode=ro)")
    _filled(db_path)
    digest = _sha(db_path)
    conn = open_db(db_path, read_only=True)
    assert [c.name for c in list_campaigns(conn)] == ["one", "two"]
    results = _attempt_all(conn)
    conn.close()
    for name, result in results.items():
        refused = result.startswith("ReadOnlyDatabaseError") and "can only read" in result
        tally.trial(refused)
        assert refused, (name, result)
        assert "not saved" in result
    assert _sha(db_path) == digest


def _run_as_nobody(fn: Callable[[], dict]) -> dict:
    """Run fn in a forked child that has dropped root, so file permissions really apply."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = fn()
        except BaseException as exc:
            result = {"crash": f"{type(exc).__name__}: {exc}"}
        os.write(w, json.dumps(result).encode())
        os._exit(0)
    os.close(w)
    data = b""
    while chunk := os.read(r, 65536):
        data += chunk
    os.close(r)
    os.waitpid(pid, 0)
    return json.loads(data)


@pytest.mark.parametrize("file_writable", [False, True], ids=["file-too", "folder-only"])
def test_read_only_folder_opens_for_reading(file_writable: bool, tally) -> None:
    tally.name("read-only folder or file (real permissions, non-root)")
    folder = Path(tempfile.mkdtemp(prefix="smsplanner-ro-"))
    try:
        db = folder / "campaigns.sqlite"
        _filled(db)
        digest = _sha(db)
        db.chmod(0o666 if file_writable else 0o444)
        folder.chmod(0o555)

        def attempt() -> dict:
            conn = open_db(db)
            names = [c.name for c in list_campaigns(conn)]
            count = count_campaigns(conn)
            results = _attempt_all(conn)
            conn.close()
            return {"names": names, "count": count, "results": results}

        res = _run_as_nobody(attempt) if os.geteuid() == 0 else attempt()
        assert "crash" not in res, res
        assert res["names"] == ["one", "two"]
        for name, result in res["results"].items():
            why = "is read-only" if not file_writable else "cannot be written to"
            refused = result.startswith("ReadOnlyDatabaseError") and why in result
            tally.trial(refused)
            assert refused, (name, result)
        assert _sha(db) == digest
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_new_database_in_read_only_folder_is_refused_with_a_sentence() -> None:
    folder = Path(tempfile.mkdtemp(prefix="smsplanner-ro-"))
    folder.chmod(0o555)
    try:
        def attempt() -> dict:
            try:
                open_db(folder / "new.sqlite")
            except ReadOnlyDatabaseError as exc:
                return {"error": str(exc)}
            return {"error": None}

        res = _run_as_nobody(attempt) if os.geteuid() == 0 else attempt()
        assert res["error"] and "cannot be written" in res["error"], res
        assert not (folder / "new.sqlite").exists()
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
