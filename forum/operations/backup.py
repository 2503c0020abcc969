"""A consistent copy of the database, taken while the site keeps running.

SQLite: the online backup API copies the file page by page under one read
transaction, so writers on other connections never leave a half-written copy.
PostgreSQL: pg_dump (a consistent snapshot by design) in its custom format.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

PG_GUIDANCE = (
    "For PostgreSQL, back up with pg_dump, for example nightly:\n"
    '  pg_dump --format=custom --file=stillpoint-$(date +%F).dump "$FORUM_DATABASE_URL"\n'
    "Keep the dumps off the machine and encrypted, and test a restore with pg_restore."
)


@dataclass
class BackupResult:
    ok: bool
    message: str


def backup_database(url: URL, target: Path) -> BackupResult:
    """Copy the database at `url` to `target` (overwritten only once the copy is complete)."""
    if not target.parent.is_dir():
        return BackupResult(False, f"No folder {target.parent} to write the backup into.")
    if url.get_backend_name() == "sqlite":
        return backup_sqlite(url.database or "", target)
    if url.get_backend_name() == "postgresql":
        return backup_postgresql(url, target)
    return BackupResult(False, f"No backup method for {url.get_backend_name()} databases.")


def backup_sqlite(database: str, target: Path) -> BackupResult:
    if not database or database == ":memory:" or not Path(database).exists():
        return BackupResult(False, f"No SQLite database file at {database!r}.")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)  # all pages in one step: one read snapshot, never a mix of before and after
        check = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
        source.close()
    if check != "ok":
        partial.unlink(missing_ok=True)
        return BackupResult(False, f"The copy failed its integrity check: {check}")
    os.replace(partial, target)
    return BackupResult(True, f"Backed up the SQLite database to {target} ({target.stat().st_size} bytes).")


def backup_postgresql(url: URL, target: Path) -> BackupResult:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        return BackupResult(False, "pg_dump is not on PATH, so no backup was made.\n" + PG_GUIDANCE)
    libpq_url = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # not on the command line, where `ps` would show it
    partial = target.with_name(target.name + ".partial")
    done = subprocess.run(
        [pg_dump, "--format=custom", f"--file={partial}", f"--dbname={libpq_url}"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        return BackupResult(False, f"pg_dump failed: {done.stderr.strip()}\n{PG_GUIDANCE}")
    os.replace(partial, target)
    return BackupResult(
        True,
        f"Backed up the PostgreSQL database to {target} with pg_dump --format=custom "
        f"({target.stat().st_size} bytes; restore with pg_restore).\n{PG_GUIDANCE}",
    )
