"""Search benchmark: builds a 100,000-post corpus and reports search latency p50 and p95.

    .venv/bin/python bench/search_bench.py                      # SQLite (a file in a temp dir)
    FORUM_BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench .venv/bin/python bench/search_bench.py

The PostgreSQL run drops and recreates the public schema of the database it is given.
Options: --posts N (default 100000), --per-thread N (default 20), --runs N (default 200).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from bench.database import ensure_postgres_database  # noqa: E402
from forum import create_app  # noqa: E402
from forum.content import render_markdown  # noqa: E402
from forum.extensions import db  # noqa: E402
from forum.models import Post, Thread, User, path_segment, utcnow  # noqa: E402
from forum.search.services import reindex_all, search  # noqa: E402

TOPICS = [
    "botox",
    "injection",
    "wearing",
    "off",
    "neck",
    "pain",
    "tremor",
    "pillow",
    "sleep",
    "heat",
    "cold",
    "stretch",
    "physio",
    "neurologist",
    "diagnosis",
    "tilt",
    "turning",
    "shoulder",
    "driving",
    "work",
    "stress",
    "anxiety",
    "sensory",
    "trick",
    "chin",
    "massage",
    "yoga",
    "walking",
    "desk",
    "screen",
]
COMMON = [
    "the",
    "and",
    "my",
    "it",
    "was",
    "today",
    "really",
    "after",
    "week",
    "feel",
    "better",
    "worse",
    "try",
    "thanks",
    "helped",
    "again",
    "morning",
    "evening",
    "still",
    "little",
    "much",
    "since",
    "doctor",
    "day",
]
QUERIES = ["wearing off", "botox injection", "sensory trick", "pillow sleep", "neck pain tremor", "driving",
           "physio stretch", "diagnosis neurologist", "heat", "shoulder tilt turning"]  # fmt: skip


def sentence(rng: random.Random) -> str:
    words = [rng.choice(TOPICS if rng.random() < 0.3 else COMMON) for _ in range(rng.randint(8, 16))]
    return " ".join(words).capitalize() + "."


def _user_row(i: int) -> dict:
    name = f"bench{i}"
    return {"username": name, "username_key": name, "email": f"{name}@example.org", "password_hash": "x"}


def _thread_row(t: int, rng: random.Random, now, per_thread: int) -> dict:
    return {
        "id": t,
        "kind": rng.choice(["discussion", "story", "tip"]),
        "title": sentence(rng)[:80],
        "slug": "t",
        "author_id": rng.randint(1, 200),
        "status": "visible",
        "created_at": now,
        "last_activity_at": now,
        "reply_count": 0,
    }


def _post_row(post_id: int, thread_id: int, index: int, rng: random.Random, now) -> dict:
    body = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
    root_id = post_id - index
    return {
        "id": post_id,
        "thread_id": thread_id,
        "author_id": rng.randint(1, 200),
        "depth": 0 if index == 0 else 1,
        "path": path_segment(root_id) + ("" if index == 0 else "/" + path_segment(post_id)),
        "parent_id": None if index == 0 else root_id,
        "body_source": body,
        "body_html": render_markdown(body),
        "status": "visible",
        "created_at": now,
    }


def build(app, posts: int, per_thread: int, rng: random.Random) -> None:
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            ensure_postgres_database(app.config["SQLALCHEMY_DATABASE_URI"])
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        upgrade()
        db.session.execute(insert(User), [_user_row(i) for i in range(1, 201)])
        now = utcnow()
        threads = posts // per_thread
        db.session.execute(insert(Thread), [_thread_row(t, rng, now, per_thread) for t in range(1, threads + 1)])
        batch, next_id = [], 1
        for t in range(1, threads + 1):
            for i in range(per_thread):
                batch.append(_post_row(next_id, t, i, rng, now))
                next_id += 1
            if len(batch) >= 5000:
                db.session.execute(insert(Post), batch)
                batch = []
        if batch:
            db.session.execute(insert(Post), batch)
        db.session.commit()
        started = time.perf_counter()
        documents = reindex_all()
        print(f"  indexed {documents} documents ({posts} posts) in {time.perf_counter() - started:.1f} s")


def measure(app, runs: int, rng: random.Random) -> tuple[float, float, float]:
    timings = []
    with app.app_context():
        for query in QUERIES:  # warm up
            search(query)
        for _ in range(runs):
            query = rng.choice(QUERIES)
            kind = rng.choice(["", "", "", "tip", "story"])
            started = time.perf_counter()
            search(query, kind=kind)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    return statistics.median(timings), p95, timings[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--per-thread", type=int, default=20)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    url = os.environ.get("FORUM_BENCH_DATABASE_URL")
    tmp = tempfile.mkdtemp()
    url = url or f"sqlite:///{tmp}/bench.db"
    app = create_app({"ENV": "testing", "SECRET_KEY": "bench", "DATABASE_URL": url, "RATELIMIT_ENABLED": False})
    app.instance_path = tmp
    rng = random.Random(7)
    print(f"Search benchmark on {url.split(':')[0]}: {args.posts} posts, {args.per_thread} per thread")
    started = time.perf_counter()
    build(app, args.posts, args.per_thread, rng)
    print(f"  corpus built in {time.perf_counter() - started:.1f} s")
    p50, p95, worst = measure(app, args.runs, rng)
    print(f"  {args.runs} searches: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms")


if __name__ == "__main__":
    main()
