"""Build a large forum for the load benchmark, quickly, with bulk inserts.

100,000+ posts: a 2,000-post thread, 1,000 stories (with details), 2,000 tips (with tags),
and discussions for the rest, by 5,000 members.
"""

from __future__ import annotations

import random

from sqlalchemy import func, insert, select, text

from forum.discussions.setup import ensure_default_categories
from forum.extensions import db
from forum.models import (
    Category,
    Post,
    StoryDetails,
    StoryPosture,
    StoryTreatment,
    Tag,
    Thread,
    User,
    path_segment,
    thread_tags,
    utcnow,
)
from forum.search.services import reindex_all
from forum.tags.setup import ensure_default_tags

WORDS = (  # noqa: SIM905 - a sentence reads better than a column of words
    "neck pain tremor injection botox wearing off pillow sleep heat cold stretch physio neurologist "
    "diagnosis tilt turning shoulder driving work stress anxiety sensory trick chin massage yoga walking "
    "desk screen the and my it was today really after week feel better worse "
    "try thanks helped again morning evening still little much since doctor day"
).split()
MEMBERS = 5000
LONG_THREAD = 2000
STORIES = 1000
TIPS = 2000
TOTAL_POSTS = 100_000


def _sentence(rng: random.Random, words: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


class Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next_post = (db.session.scalar(select(func.max(Post.id))) or 0) + 1
        self.next_thread = (db.session.scalar(select(func.max(Thread.id))) or 0) + 1
        self.posts: list[dict] = []
        self.threads: list[dict] = []
        self.now = utcnow()

    def thread(self, kind: str, posts: int, *, category_id=None, title=None) -> int:
        thread_id = self.next_thread
        self.next_thread += 1
        root = self.next_post
        self.threads.append(
            {
                "id": thread_id,
                "kind": kind,
                "category_id": category_id,
                "title": title or _sentence(self.rng, 6)[:-1],
                "slug": "thread",
                "author_id": self.rng.randint(1, MEMBERS),
                "status": "visible",
                "created_at": self.now,
                "last_activity_at": self.now,
                "reply_count": posts - 1,
                "summary": _sentence(self.rng, 20),
                "rank_score": self.rng.random() * 0.8,
                "view_count": 10,
            }
        )
        paths: dict[int, str] = {}
        for i in range(posts):
            post_id = self.next_post
            self.next_post += 1
            parent = None if i == 0 else (root if self.rng.random() < 0.6 else self.rng.randint(root, post_id - 1))
            path = path_segment(post_id) if parent is None else paths[parent] + "/" + path_segment(post_id)
            if path.count("/") > 40:
                parent, path = root, paths[root] + "/" + path_segment(post_id)
            paths[post_id] = path
            body = " ".join(_sentence(self.rng) for _ in range(self.rng.randint(2, 4)))
            self.posts.append(
                {
                    "id": post_id,
                    "thread_id": thread_id,
                    "author_id": self.rng.randint(1, MEMBERS),
                    "parent_id": parent,
                    "depth": path.count("/"),
                    "path": path,
                    "body_source": body,
                    "body_html": f"<p>{body}</p>",
                    "status": "visible",
                    "created_at": self.now,
                    "support_count": self.rng.randint(0, 9),
                    "helpful_count": self.rng.randint(0, 9),
                }
            )
        if len(self.posts) > 5000:
            self.flush()
        return thread_id

    def flush(self) -> None:
        if self.threads:
            db.session.execute(insert(Thread), self.threads)
            self.threads = []
        if self.posts:
            db.session.execute(insert(Post), self.posts)
            self.posts = []


def generate(seed: int = 11) -> dict:
    rng = random.Random(seed)
    ensure_default_categories()
    ensure_default_tags()
    db.session.execute(
        insert(User),
        [
            {
                "username": f"member{i}",
                "username_key": f"member{i}",
                "email": f"member{i}@example.org",
                "password_hash": "x",
                "role": "member",
                "email_verified_at": utcnow(),
                "approved_post_count": 10,
            }
            for i in range(1, MEMBERS + 1)
        ],
    )
    categories = list(db.session.scalars(select(Category.id)))
    tag_ids = list(db.session.scalars(select(Tag.id)))
    build = Builder(rng)
    long_thread = build.thread("discussion", LONG_THREAD, category_id=categories[0], title="The long thread")
    stories = [build.thread("story", rng.randint(2, 8)) for _ in range(STORIES)]
    tips = [build.thread("tip", rng.randint(1, 3)) for _ in range(TIPS)]
    discussions = []
    while build.next_post - 1 < TOTAL_POSTS:
        discussions.append(build.thread("discussion", rng.randint(5, 40), category_id=rng.choice(categories)))
    build.flush()
    db.session.execute(
        insert(StoryDetails),
        [
            {
                "thread_id": s,
                "onset_year": rng.randint(1995, 2024),
                "years_to_diagnosis": rng.randint(0, 15),
                "insights_consent": True,
            }
            for s in stories
        ],
    )
    db.session.execute(
        insert(StoryPosture),
        [{"thread_id": s, "posture": rng.choice(["torticollis", "laterocollis", "tremor"])} for s in stories],
    )
    db.session.execute(
        insert(StoryTreatment),
        [
            {"thread_id": s, "treatment": "botulinum_toxin", "response": rng.choice(["much_better", "no_change"])}
            for s in stories
        ],
    )
    db.session.execute(
        thread_tags.insert(),
        [
            {"thread_id": t, "tag_id": tag}
            for t in tips + stories[:300] + discussions[:500]
            for tag in rng.sample(tag_ids, 2)
        ],
    )
    if db.engine.dialect.name == "postgresql":
        for table in ("users", "threads", "posts"):
            db.session.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            )
    db.session.commit()
    documents = reindex_all()
    return {
        "long_thread": long_thread,
        "posts": db.session.scalar(select(func.count(Post.id))),
        "members": db.session.scalar(select(func.count(User.id))),
        "stories": len(stories),
        "tips": len(tips),
        "documents": documents,
        "category": db.session.scalar(select(Category.slug).where(Category.id == categories[0])),
        "tag": db.session.scalar(select(Tag.slug).where(Tag.id == tag_ids[0])),
    }
