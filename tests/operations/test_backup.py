"""`flask forum backup PATH`: a consistent copy while the site keeps writing."""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest

from forum.operations import backup as backup_module


def _sqlite_only(db):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the SQLite online backup is tested when the suite runs on SQLite")


def test_backup_is_consistent_while_another_connection_writes(app, db, runner, make_user, tmp_path):
    with app.app_context():
        _sqlite_only(db)
        database = db.engine.url.database
    giver, taker = make_user(approved_post_count=1000), make_user(approved_post_count=0)
    stop = threading.Event()
    writes = []

    def write() -> None:
        # Each transaction moves one from giver to taker: the sum is 1000 in every consistent state.
        conn = sqlite3.connect(database, timeout=30)
        while not stop.is_set():
            with conn:
                conn.execute("UPDATE users SET approved_post_count = approved_post_count - 1 WHERE id = ?", (giver.id,))
                conn.execute("UPDATE users SET approved_post_count = approved_post_count + 1 WHERE id = ?", (taker.id,))
            writes.append(1)
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        counts = []
        for n in range(5):
            target = tmp_path / f"copy-{n}.db"
            result = runner.invoke(args=["forum", "backup", str(target)])
            assert result.exit_code == 0, result.output
            assert "Backed up" in result.output
            copy = sqlite3.connect(target)
            rows = dict(copy.execute("SELECT id, approved_post_count FROM users").fetchall())
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            copy.close()
            assert rows[giver.id] + rows[taker.id] == 1000
            counts.append(rows[taker.id])
    finally:
        stop.set()
        writer.join()
    assert writes, "the writer never wrote"
    assert not list(tmp_path.glob("*.partial"))


def test_backup_to_a_missing_folder_fails_cleanly(app, db, runner, tmp_path):
    with app.app_context():
        _sqlite_only(db)
    result = runner.invoke(args=["forum", "backup", str(tmp_path / "no" / "such" / "copy.db")])
    assert result.exit_code == 1
    assert "No folder" in result.output


def test_postgresql_without_pg_dump_prints_guidance(app, db, runner, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_module.shutil, "which", lambda name: None)
    from sqlalchemy.engine import make_url

    result = backup_module.backup_postgresql(make_url("postgresql+psycopg://u:p@localhost/x"), tmp_path / "x.dump")
    assert not result.ok
    assert "pg_dump is not on PATH" in result.message and "pg_dump --format=custom" in result.message
    assert not (tmp_path / "x.dump").exists()


def test_postgresql_backup_runs_pg_dump(app, db, runner, make_user, tmp_path):
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("the pg_dump path is tested when the suite runs on PostgreSQL (--db postgresql)")
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    make_user("backed_up")
    target = tmp_path / "stillpoint.dump"
    result = runner.invoke(args=["forum", "backup", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:5] == b"PGDMP"  # the custom format's signature
    assert "pg_restore" in result.output
