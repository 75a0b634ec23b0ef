"""smsplanner backup / backups / restore / export on real files."""

from __future__ import annotations

import json
from pathlib import Path

from smsplanner.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_restore_round(db_path: Path, capsys) -> None:
    db = str(db_path)
    assert _run(capsys, "--db", db, "sample-data")[0] == 0
    code, out, _ = _run(capsys, "backup", "--db", db, "--json")
    assert code == 0
    made = json.loads(out)
    assert made["campaigns"] == 52 and Path(made["backup"]).exists()
    assert _run(capsys, "--db", db, "delete", "1")[0] == 0
    code, out, _ = _run(capsys, "--db", db, "backups", "--json")
    listed = json.loads(out)
    assert [b["path"] for b in listed] == [made["backup"]]
    assert listed[0]["campaigns"] == 52 and listed[0]["reason"] == "manual"
    code, out, _ = _run(capsys, "--db", db, "restore", Path(made["backup"]).name, "--json")
    assert code == 0
    restored = json.loads(out)
    assert Path(restored["set_aside"]).exists()
    code, out, _ = _run(capsys, "--db", db, "campaigns", "--json")
    assert len(json.loads(out)) == 52


def test_backup_to_a_file_and_text_listing(db_path: Path, tmp_path: Path, capsys) -> None:
    db = str(db_path)
    _run(capsys, "--db", db, "sample-data")
    code, out, _ = _run(capsys, "--db", db, "backup", "--to", str(tmp_path / "copy.sqlite"))
    assert code == 0 and "Backed up 52 campaigns" in out
    assert (tmp_path / "copy.sqlite").exists()
    code, out, _ = _run(capsys, "--db", db, "backups")
    assert "No backups yet" in out  # --to does not go into the backups folder
    code, _, err = _run(capsys, "--db", db, "backup", "--to", db)
    assert code == 2 and "cannot replace the campaign file" in err


def test_restore_a_missing_backup_exits_2(db_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "--db", str(db_path), "restore", "nope.sqlite")
    assert code == 2 and err.startswith("smsplanner: There is no backup file")


def test_export_csv_and_xlsx(db_path: Path, tmp_path: Path, capsys) -> None:
    db = str(db_path)
    _run(capsys, "--db", db, "sample-data")
    _run(capsys, "--db", db, "add", "--name", "Mail", "--date", "2026-01-01",
         "--channel", "email", "--sent", "5")
    code, out, _ = _run(capsys, "--db", db, "export", str(tmp_path / "a.csv"), "--json")
    assert code == 0 and json.loads(out)["campaigns"] == 52
    code, out, _ = _run(capsys, "--db", db, "export", str(tmp_path / "a.xlsx"), "--all")
    assert code == 0 and "Exported 53 campaigns" in out
    code, _, err = _run(capsys, "--db", db, "export", str(tmp_path / "a.json"))
    assert code == 2 and ".csv or .xlsx" in err


def test_an_older_file_is_updated_with_one_line_said_first(db_path: Path, capsys) -> None:
    from tests.support import old_schema_file

    old_schema_file(db_path, applied=1)
    code, out, err = _run(capsys, "--db", str(db_path), "campaigns", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    assert err == ("smsplanner: updating the campaign file to the new version (a backup is "
                   "made first); this can take a few minutes for a big file.\n"
                   "smsplanner: the campaign file was updated.\n")
    code, out, err = _run(capsys, "--db", str(db_path), "campaigns", "--json")
    assert code == 0 and err == ""  # updated once


def test_import_says_when_the_current_backup_already_holds_the_file(
        db_path: Path, tmp_path: Path, capsys) -> None:
    import os
    import time

    db = str(db_path)
    first = tmp_path / "first.csv"
    first.write_text("Campaign,Date,Sent\nSpring sale,2026-03-02,1000\n")
    assert _run(capsys, "--db", db, "import", str(first))[0] == 0
    code, out, _ = _run(capsys, "--db", db, "backup", "--json")
    made = json.loads(out)["backup"]
    past = time.time() - 60
    for f in (db_path, Path(db + "-wal")):
        if f.exists():
            os.utime(f, (past, past))
    os.utime(made, (past + 30, past + 30))
    second = tmp_path / "second.csv"
    second.write_text("Campaign,Date,Sent\nSummer sale,2026-06-02,900\n")
    code, out, _ = _run(capsys, "--db", db, "import", str(second), "--json")
    [result] = json.loads(out)
    assert code == 0 and result["backup"]["path"] == made and result["backup"]["new"] is False
    stamp = Path(made).name.split("-")[1:3]
    assert result["backup"]["made"].replace("-", "").replace(":", "") == "T".join(stamp)
    third = tmp_path / "third.csv"
    third.write_text("Campaign,Date,Sent\nAutumn sale,2026-09-02,800\n")
    code, out, _ = _run(capsys, "--db", db, "import", str(third))
    assert code == 0 and "note: No new backup was made" not in out
    fourth = tmp_path / "fourth.csv"
    fourth.write_text("Campaign,Date,Sent\nWinter sale,2026-12-02,700\n")
    for f in (db_path, Path(db + "-wal")):
        if f.exists():
            os.utime(f, (past, past))
    newest = sorted((db_path.parent / "backups").glob("*before-import*"))[-1]
    os.utime(newest, (past + 30, past + 30))
    code, out, _ = _run(capsys, "--db", db, "import", str(fourth))
    assert code == 0
    assert "note: No new backup was made before this import: the backup from " in out
    assert f"({newest.name}) already holds everything" in out


def test_updating_an_old_message_file_adds_nothing_to_piped_stderr(
        db_path: Path, capsys, monkeypatch) -> None:
    """Converting messages reports how far it is, but stderr that is not a terminal (a pipe,
    a script, this capture) still gets the two sentences and nothing else."""
    from tests.storage.test_compact_migration import _old_file as old_messages_file

    monkeypatch.setenv("TZ", "UTC")
    old_messages_file(db_path, monkeypatch)
    code, out, err = _run(capsys, "--db", str(db_path), "campaigns", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    assert err.startswith("smsplanner: updating the campaign file to the new version")
    assert err.count("\n") == 2 and "\r" not in err and "converting" not in err
    assert err.splitlines()[1].startswith("smsplanner: the campaign file was updated")
