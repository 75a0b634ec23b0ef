"""Commands that keep the campaign file safe: backup, backups, restore, export."""

from __future__ import annotations

import argparse
from pathlib import Path

from smsplanner.cli.common import (
    CliError,
    add_db_option,
    open_database,
    print_json,
    require_existing_db,
)
from smsplanner.domain.words import counted


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back up the campaign file now")
    add_db_option(p)
    p.add_argument("--to", metavar="FILE", help="write the backup to FILE instead of the "
                   "backups folder beside the database")
    p.add_argument("--json", action="store_true", help="print where the backup went as JSON")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", help="list the backups of the campaign file, newest first")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="put a backup in place of the campaign file (the "
                       "current file is set aside, never deleted)")
    add_db_option(p)
    p.add_argument("backup", metavar="BACKUP", help="a backup file, or its name in the "
                   "backups folder")
    p.add_argument("--json", action="store_true", help="print what was restored as JSON")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("export", help="export campaigns to a .csv or .xlsx file, safe to open "
                       "in a spreadsheet")
    add_db_option(p)
    p.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")
    p.add_argument("--all", action="store_true", help="every channel (default: sms, as the "
                   "campaigns command shows)")
    p.add_argument("--json", action="store_true", help="print the file and count as JSON")
    p.set_defaults(handler=cmd_export)


def _db_file(args: argparse.Namespace) -> Path:
    from smsplanner.storage.db import resolve_db_path

    return resolve_db_path(getattr(args, "db", None))


def cmd_backup(args: argparse.Namespace) -> int:
    from smsplanner.storage.backups import make_backup
    from smsplanner.storage.campaigns import count_campaigns

    conn = open_database(args)
    try:
        target = Path(args.to).expanduser() if args.to else None
        if target is not None and target.resolve() == _db_file(args).resolve():
            raise CliError("The backup cannot replace the campaign file itself; choose "
                           "another file name.")
        if target is not None and target.is_dir():
            raise CliError(f"{target} is a folder; give a file name for the backup, such as "
                           f"{target / 'campaigns-backup.sqlite'}.")
        path = make_backup(conn, reason="manual", to=target)
        count = count_campaigns(conn)
    finally:
        conn.close()
    if args.json:
        print_json({"backup": str(path), "campaigns": count, "size": path.stat().st_size})
    else:
        print(f"Backed up {counted(count, 'campaign')} to {path}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from smsplanner.storage.backups import list_backups

    require_existing_db(args)
    infos = list_backups(_db_file(args))
    if args.json:
        print_json([{"path": str(b.path), "created": b.created.isoformat(timespec="seconds"),
                     "reason": b.reason, "size": b.size, "campaigns": b.campaigns}
                    for b in infos])
        return 0
    if not infos:
        print("No backups yet. Make one with `smsplanner backup`.")
        return 0
    print(f"{'made':19}  {'reason':17} {'size':>9} {'campaigns':>9}  file")
    for b in infos:
        count = "?" if b.campaigns is None else f"{b.campaigns:,}"
        print(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason:17} {b.size / 1024:>7.0f} KB "
              f"{count:>9}  {b.path.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from smsplanner.storage.backups import backups_folder
    from smsplanner.storage.restore import restore_backup

    db_file = _db_file(args)
    backup = Path(args.backup).expanduser()
    if not backup.exists() and (backups_folder(db_file) / args.backup).exists():
        backup = backups_folder(db_file) / args.backup
    if not backup.exists():
        raise CliError(f"There is no backup file {backup}. List them with `smsplanner backups`.")
    if db_file.exists() and backup.resolve() == db_file.resolve():
        raise CliError("That is the campaign file itself, not a backup.")
    aside = restore_backup(db_file, backup)
    if args.json:
        print_json({"restored": str(backup), "database": str(db_file),
                    "set_aside": None if aside is None else str(aside)})
    else:
        print(f"Restored {backup.name} into {db_file}.")
        if aside is not None:
            print(f"The previous file was kept as {aside}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from smsplanner.services.export import export_from_db

    conn = open_database(args)
    try:
        path, count = export_from_db(conn, args.file, channel=None if args.all else "sms")
    finally:
        conn.close()
    if args.json:
        print_json({"file": str(path), "campaigns": count})
    else:
        print(f"Exported {counted(count, 'campaign')} to {path}")
    return 0
