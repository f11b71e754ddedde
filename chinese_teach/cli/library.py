"""``chinese-teach library backup|restore [FILE]|check``: keep the teacher's library safe."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from chinese_teach.cli.common import configure_stdout, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("library", help="back up, restore or check your library")
    actions = p.add_subparsers(dest="library_action", metavar="ACTION", required=True)

    b = actions.add_parser("backup", help="make a backup now")
    b.set_defaults(func=run_backup)

    r = actions.add_parser("restore", help="replace the library with a backup "
                                           "(the current one is kept aside)")
    r.add_argument("file", nargs="?", help="the backup to restore (default: the newest good one)")
    r.set_defaults(func=run_restore)

    c = actions.add_parser("check", help="check the library file and list the backups")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=run_check)


def run_backup(args: argparse.Namespace) -> int:
    from chinese_teach.core.library.store import Library

    configure_stdout()
    with Library.open(auto_backup=False) as lib:
        made = lib.db.backup("manual")
    print(made)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from chinese_teach import paths
    from chinese_teach.core.errors import LibraryError
    from chinese_teach.core.library import backup as bk

    configure_stdout()
    library = paths.library_path()
    folder = bk.backups_dir_for(library)
    if args.file:
        chosen = Path(args.file)
    else:
        newest = bk.newest_good_backup(folder)
        if newest is None:
            raise LibraryError(f"There is no good backup in {folder}.")
        chosen = newest.path
    ok, why = bk.check_backup(chosen)
    if not ok:
        raise LibraryError(f"The backup {chosen} cannot be used: {why}.")
    moved = bk.restore(chosen, library)  # refused while another program has it open
    print(f"Restored {chosen.name}.")
    if moved is not None:
        print(f"The previous library was kept as {moved}.")
    return 0


def library_report(path: Path) -> dict:
    """Integrity, version, counts and backups of the library at ``path`` (read-only)."""
    from chinese_teach.core.library import backup as bk
    from chinese_teach.core.library.db import connect_read_only
    from chinese_teach.core.library.schema import SCHEMA_VERSION

    info: dict = {"path": str(path), "exists": path.exists(), "ok": False,
                  "schema_version": None, "app_schema_version": SCHEMA_VERSION,
                  "integrity": None, "foreign_key_problems": None, "counts": {}}
    if path.exists():
        try:
            conn = connect_read_only(path)  # also on a read-only drive
            try:
                info["schema_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
                rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
                info["integrity"] = rows[:20]
                info["foreign_key_problems"] = len(conn.execute(
                    "PRAGMA foreign_key_check").fetchall())
                for table, sql in (("courses", "SELECT count(*) FROM courses"),
                                   ("lessons", "SELECT count(*) FROM lessons"),
                                   ("readers", "SELECT count(*) FROM readers"),
                                   ("corrections", "SELECT count(*) FROM corrections")):
                    info["counts"][table] = conn.execute(sql).fetchone()[0]
                # format known, tables as expected, no trigger or view of its own
                problem = bk.library_problem(conn)
            finally:
                conn.close()
            info["ok"] = info["integrity"] == ["ok"] and info["foreign_key_problems"] == 0
            if info["ok"] and problem:
                info["ok"] = False
                info["integrity"] = [problem]
        except sqlite3.Error as exc:
            info["integrity"] = [str(exc)]
    folder = bk.backups_dir_for(path)
    backups = bk.list_backups(folder)
    good = bk.newest_good_backup(folder)
    info["backups_folder"] = str(folder)
    info["backups"] = [b.to_dict() for b in backups]
    info["newest_good_backup"] = good.to_dict() if good else None
    return info


def run_check(args: argparse.Namespace) -> int:
    from chinese_teach import paths

    configure_stdout()
    info = library_report(paths.library_path())
    if args.json:
        print_json(info)
        return 0 if info["ok"] or not info["exists"] else 1
    print(f"Library: {info['path']}")
    if not info["exists"]:
        print("No library yet (it is created when the app first starts).")
        return 0
    state = "OK" if info["ok"] else "DAMAGED: " + "; ".join(info["integrity"] or [])
    print(f"Check: {state}")
    if info["foreign_key_problems"]:
        print(f"Broken references: {info['foreign_key_problems']}")
    print(f"Format: {info['schema_version']} (this app: {info['app_schema_version']})")
    if info["counts"]:
        print("Contents: " + ", ".join(f"{n} {k}" for k, n in info["counts"].items()))
    print(f"Backups: {len(info['backups'])} in {info['backups_folder']}")
    good = info["newest_good_backup"]
    if good:
        print(f"Newest good backup: {Path(good['path']).name} ({good['created']} UTC)")
    if not info["ok"]:
        print("Run `chinese-teach library restore` to restore the newest good backup.")
        return 1
    return 0
