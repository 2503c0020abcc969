"""Site-wide reads: the front page and the health check."""

from __future__ import annotations

from sqlalchemy import text

from forum.discussions.services import latest_threads, list_categories
from forum.extensions import db
from forum.resources.services import starting_points
from forum.stories.services import StoryFilters, list_stories
from forum.tags.services import muted_tag_ids
from forum.tips.services import top_tips

FRONT_PAGE_TIPS = 5
FRONT_PAGE_STORIES = 3


def front_page(viewer) -> dict:
    """Featured (then newest) stories, the latest discussions, the most helpful tips and the categories."""
    muted = muted_tag_ids(viewer)
    stories = list_stories(StoryFilters(), 1, FRONT_PAGE_STORIES, muted).items
    return {
        "tips": top_tips(FRONT_PAGE_TIPS, muted),
        "categories": list_categories(),
        "latest": latest_threads(limit=10, muted=muted),
        "stories": stories,
        "resources": starting_points(),
    }


def redis_ok(url: str) -> bool:
    """Whether the shared Redis answers (only asked when FORUM_REDIS_URL is set)."""
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def database_ok() -> bool:
    try:
        db.session.execute(text("SELECT 1"))
        return True
    except Exception:  # any failure means "not healthy"; the reason goes to the log
        db.session.rollback()
        return False


FEED_LENGTH = 20


def latest_for_feed(kind: str) -> list:
    """The newest visible threads of a kind, for a public Atom feed (members-only ones left out)."""
    return latest_threads(limit=FEED_LENGTH, kind=kind, public_only=True)
