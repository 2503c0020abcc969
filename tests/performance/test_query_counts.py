"""Every main page runs a fixed, small number of SQL queries whatever the amount of data.

Each page is measured in a small and a large world; the counts must be equal, and small.
Bulk data goes in with plain inserts (the services are exercised elsewhere)."""

import pytest
from sqlalchemy import insert, select, text

from forum.extensions import db as _db
from forum.models import Notification, Post, Report, Thread, path_segment, thread_tags, utcnow
from forum.search.services import reindex_all
from forum.stories.services import DetailsInput
from tests.conftest import count_queries

PAGES_CACHE_OFF = {"PAGE_CACHE_ENABLED": False}


def _bulk_thread(author_id: int, posts: int, *, kind="discussion", category_id=None, title="Bulk thread") -> int:
    """A thread with `posts` posts (replies to the root and to each other) in one go."""
    now = utcnow()
    thread_id = _db.session.execute(
        insert(Thread)
        .values(
            kind=kind,
            category_id=category_id,
            title=title,
            slug="bulk-thread",
            author_id=author_id,
            status="visible",
            created_at=now,
            last_activity_at=now,
            reply_count=posts - 1,
            summary="A summary",
        )
        .returning(Thread.id)
    ).scalar_one()
    next_id = (_db.session.scalar(select(Post.id).order_by(Post.id.desc()).limit(1)) or 0) + 1
    rows, paths = [], {}
    for i in range(posts):
        post_id = next_id + i
        parent = None if i == 0 else (next_id if i % 3 else next_id + i - 1)
        path = path_segment(post_id) if parent is None else paths[parent] + "/" + path_segment(post_id)
        paths[post_id] = path
        rows.append(
            {
                "id": post_id,
                "thread_id": thread_id,
                "author_id": author_id,
                "parent_id": parent,
                "depth": path.count("/"),
                "path": path,
                "body_source": f"post {i}",
                "body_html": f"<p>post {i}</p>",
                "status": "visible",
                "created_at": now,
            }
        )
    _db.session.execute(insert(Post), rows)
    if _db.engine.dialect.name == "postgresql":  # explicit ids don't move the sequence on
        _db.session.execute(text("SELECT setval(pg_get_serial_sequence('posts', 'id'), (SELECT max(id) FROM posts))"))
    return thread_id


@pytest.fixture
def world(app, make_user, make_category, make_tag, make_story, make_tip):
    """world(size) fills the forum; size is how many of each thing (a 'small' or 'large' world)."""
    app.config["FORUM"]["PAGE_CACHE_ENABLED"] = False  # count the real work, not cache hits
    member = make_user("counter")
    moderator = make_user("counting_mod", role="moderator")
    category = make_category(slug="general")
    tag = make_tag("Heat", group="Heat and cold")
    built = {"member": member, "moderator": moderator, "category": category}

    def build(size: int) -> dict:
        for i in range(size):
            make_story(member, title=f"Story {i}", details=DetailsInput(years_to_diagnosis=i % 12, postures=["tremor"]))
            make_tip(member, title=f"Tip heat {i}", tags="Heat")
        with app.app_context():
            for i in range(size):
                thread_id = _bulk_thread(member.id, 3, category_id=category.id, title=f"Discussion heat {i}")
                _db.session.execute(thread_tags.insert().values(thread_id=thread_id, tag_id=tag.id))
                post_id = _db.session.scalar(select(Post.id).where(Post.thread_id == thread_id).limit(1))
                _db.session.add(Report(post_id=post_id, reporter_id=moderator.id, reason="spam"))
                _db.session.add(
                    Notification(
                        user_id=member.id, kind="reply", thread_id=thread_id, post_id=post_id, actor_name="someone"
                    )
                )
            _db.session.commit()
            reindex_all()
        return built

    yield build
    app.config["FORUM"]["PAGE_CACHE_ENABLED"] = True


def _count(app, client, url) -> int:
    with count_queries(app) as statements:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(statements)


PAGES = [
    ("/", 13),
    ("/c/general", 8),
    ("/stories", 10),
    ("/stories?posture=tremor&sort=supported", 10),
    ("/tips", 8),
    ("/tags/heat", 9),
    ("/search?q=heat", 8),
    ("/u/counter", 8),
    ("/notifications", 8),
    ("/mod", 12),
    ("/insights", 8),
    ("/feed.atom", 6),
]


@pytest.mark.parametrize("signed_in", ["visitor", "member", "moderator"])
def test_main_pages_run_the_same_queries_at_any_size(app, client, world, signed_in):
    small = world(2)
    if signed_in != "visitor":
        client.login(small[signed_in])
    counts = {}
    for url, _ in PAGES:
        if url in ("/notifications", "/mod") and signed_in != ("member" if url == "/notifications" else "moderator"):
            continue
        counts[url] = _count(app, client, url)
    world(30)
    for url, bound in PAGES:
        if url in counts:
            large = _count(app, client, url)
            assert large == counts[url], (url, counts[url], large)
            assert large <= bound, (url, large)


@pytest.mark.parametrize("signed_in", [False, True])
def test_thread_pages_at_5_300_and_2000_posts(app, client, make_user, signed_in):
    """Page 1 (with the opening post and its reactions) costs the same at every size, and so
    does the last page of a long thread."""
    app.config["FORUM"]["PAGE_CACHE_ENABLED"] = False
    author = make_user()
    if signed_in:
        client.login(make_user())
    first, last = [], []
    try:
        for size in (5, 300, 2000):
            with app.app_context():
                thread_id = _bulk_thread(author.id, size)
                _db.session.commit()
            first.append(_count(app, client, f"/t/{thread_id}/bulk-thread"))
            if size > 50:
                last.append(_count(app, client, f"/t/{thread_id}/bulk-thread?page={(size - 1) // 50 + 1}"))
    finally:
        app.config["FORUM"]["PAGE_CACHE_ENABLED"] = True
    assert len(set(first)) == 1 and len(set(last)) == 1, (first, last)
    assert max(first + last) <= (8 if signed_in else 5), (first, last)


def test_no_query_inside_a_template_loop(app, client, world):
    """A page of 25 threads and a page of 2 run the same statements, not just the same number."""
    world(2)
    with count_queries(app) as small:
        client.get("/c/general")
    world(30)
    with count_queries(app) as large:
        client.get("/c/general")
    assert [s.split(" FROM ")[0][:60] for s in small] == [s.split(" FROM ")[0][:60] for s in large]
