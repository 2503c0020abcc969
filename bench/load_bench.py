"""Load benchmark: a large forum served by gunicorn (2 workers), measured with wrk.

    make bench                 # SQLite
    make bench DB=postgres     # PostgreSQL (FORUM_BENCH_DATABASE_URL, default the local "bench" database)

For each page it reports requests per second and p50/p99 latency, next to a trivial route on
the same server that returns a constant page of the same size (the framework ceiling), and
writes bench/results-<db>.json. Redis (FORUM_BENCH_REDIS_URL, default local db 14) holds the
shared page cache and rate-limit counters, as in production.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DURATION = os.environ.get("FORUM_BENCH_SECONDS", "10")
CONNECTIONS = os.environ.get("FORUM_BENCH_CONNECTIONS", "16")
PASSWORD = "bench password 123"


def build(env: dict) -> dict:
    """Migrate and fill the database (in this process, with the server's settings)."""
    from flask_migrate import upgrade
    from sqlalchemy import text

    from bench.database import ensure_postgres_database
    from bench.generate import generate
    from forum import create_app
    from forum.auth.services import register_user
    from forum.extensions import db

    app = create_app(
        {
            "ENV": "testing",
            "SECRET_KEY": env["FORUM_SECRET_KEY"],
            "DATABASE_URL": env["FORUM_DATABASE_URL"],
            "LOG_REQUESTS": False,
        }
    )
    app.instance_path = env["BENCH_DIR"]
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            ensure_postgres_database(env["FORUM_DATABASE_URL"])
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        upgrade()
        facts = generate()
        # A bulk load leaves the planner without statistics (and PostgreSQL without a visibility
        # map for index-only scans); a live database gets these from autovacuum.
        # The bulk load's writes are flushed now, not by a checkpoint in the middle of a measurement.
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
                conn.execute(text("CHECKPOINT"))
        else:
            db.session.execute(text("ANALYZE"))
            db.session.commit()
            db.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        app.config["FORUM"]["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:1000"
        register_user("bench_reader", "reader@example.org", PASSWORD)
    return facts


WORKERS, THREADS = "2", "1"


def start_server(env: dict, port: int) -> subprocess.Popen:
    """gunicorn with 2 sync workers (threads measured worse here: the GIL and 2 shared cores)."""
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "-w",
        WORKERS,
        "--threads",
        THREADS,
        "-b",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        "wsgi:app",
    ]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def wait_for(url: str, seconds: int = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url}")


def sign_in(base: str) -> tuple[str, str]:
    """A signed-in session cookie and a CSRF token for it."""
    jar = http.cookiejar.CookieJar()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    page = opener.open(base + "/login").read().decode()
    token = re.search(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"login": "bench_reader", "password": PASSWORD, "csrf_token": token}).encode()
    try:
        opener.open(base + "/login", data=data)
    except urllib.error.HTTPError as redirect:
        assert redirect.code == 302, redirect.code
    page = opener.open(base + "/").read().decode()
    token = re.search(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"', page).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)  # after the page: the token lives in the session
    return cookie, token


def wrk(url: str, cookie: str = "", script: str = "") -> dict:
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    if script:
        command[1:1] = ["-s", script]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def percentile(label: str) -> float:
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": rps,
        "p50_ms": percentile("50"),
        "p99_ms": percentile("99"),
        "non_2xx_3xx": int(errors.group(1)) if errors else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("sqlite", "postgres"), default=os.environ.get("DB", "sqlite") or "sqlite")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: `apt-get install wrk` (make bench does this for you)")
    bench_dir = tempfile.mkdtemp(prefix="stillpoint-bench-")
    database = (
        os.environ.get("FORUM_BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/bench")
        if args.db == "postgres"
        else f"sqlite:///{bench_dir}/bench.db"
    )
    redis_url = os.environ.get("FORUM_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    env = {
        **os.environ,
        "FORUM_ENV": "production",
        "FORUM_SECRET_KEY": "bench-secret",
        "BENCH_DIR": bench_dir,
        "FORUM_DATABASE_URL": database,
        "FORUM_REDIS_URL": redis_url,
        "FORUM_LOG_REQUESTS": "false",
        "FORUM_RATELIMIT_ENABLED": "false",
        "FORUM_POSTS_PER_PAGE": "20",
        "FORUM_SESSION_COOKIE_SECURE": "false",
        "FORUM_REQUIRE_VERIFIED_EMAIL": "false",
        "FORUM_BENCH_CEILING_BYTES": "0",
    }
    print(f"Building the forum on {args.db} …", flush=True)
    started = time.time()
    facts = build(env)
    print(
        f"  {facts['posts']:,} posts, {facts['members']:,} members, {facts['stories']:,} stories, "
        f"{facts['tips']:,} tips in {time.time() - started:.0f} s",
        flush=True,
    )

    port = 8765
    base = f"http://127.0.0.1:{port}"
    long_thread = f"/t/{facts['long_thread']}/thread"
    last_page = f"{long_thread}?page={(2000 - 1) // 20 + 1}"
    # The ceiling page is as large as the long thread's first page.
    env["FORUM_BENCH_CEILING_BYTES"] = "1"
    server = start_server(env, port)
    try:
        wait_for(base + "/healthz")
        size = len(urllib.request.urlopen(base + long_thread).read())
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        env["FORUM_BENCH_CEILING_BYTES"] = str(size)
        server = start_server(env, port)
        wait_for(base + "/healthz")
        cookie, token = sign_in(base)
        script = Path(bench_dir) / "reply.lua"
        body = urllib.parse.urlencode({"body": "A benchmark reply, kindly meant.", "csrf_token": token})
        script.write_text(
            f'wrk.method = "POST"\nwrk.body = "{body}"\n'
            'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        )
        pages = [
            ("ceiling", "/__ceiling", False, ""),
            ("home (visitor)", "/", False, ""),
            ("category (visitor)", f"/c/{facts['category']}", False, ""),
            ("thread p1 (visitor)", long_thread, False, ""),
            ("thread last page (visitor)", last_page, False, ""),
            ("thread p1 (signed in)", long_thread, True, ""),
            ("thread last page (signed in)", last_page, True, ""),
            ("stories, filtered (visitor)", "/stories?posture=tremor&treatment=botulinum_toxin", False, ""),
            ("tag page (visitor)", f"/tags/{facts['tag']}", False, ""),
            ("search (visitor)", "/search?q=wearing+off", False, ""),
            ("search (signed in)", "/search?q=neck+pain", True, ""),
            ("post a reply (signed in)", f"/t/{facts['long_thread']}/reply", True, str(script)),
        ]
        results = {}
        for name, path, signed_in, lua in pages:
            if not lua:
                urllib.request.urlopen(
                    urllib.request.Request(base + path, headers={"Cookie": cookie} if signed_in else {})
                ).read()
            results[name] = wrk(base + path, cookie if signed_in else "", lua)
            print(f"  {name:<32} {results[name]['rps']:>8.0f} req/s", flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    ceiling = results["ceiling"]["rps"]
    print(f"\n{'page':<32} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'of ceiling':>11}")
    for name, row in results.items():
        row["ratio_to_ceiling"] = round(row["rps"] / ceiling, 3)
        ratio = row["ratio_to_ceiling"]
        print(f"{name:<32} {row['rps']:>8.0f} {row['p50_ms']:>8.1f} {row['p99_ms']:>8.1f} {ratio:>10.0%}")
    output = ROOT / "bench" / f"results-{args.db}.json"
    output.write_text(
        json.dumps(
            {
                "database": args.db,
                "corpus": facts,
                "duration_s": int(DURATION),
                "connections": int(CONNECTIONS),
                "results": results,
            },
            indent=2,
        )
    )
    print(f"\nWritten {output.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
