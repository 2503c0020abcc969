"""Spam guards decided before anything is written: links from new members, the same text twice."""

from __future__ import annotations

import re
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from forum import permissions
from forum.content import links_in
from forum.errors import ServiceError
from forum.extensions import db
from forum.models import Post, User, utcnow

# A short "Thank you!" replied in two threads is kindness, not spam: across threads only longer
# replies count (a new thread's text always does).
CROSS_THREAD_MIN_LENGTH = 30
_RECENT_LIMIT = 50
_SPACE_RE = re.compile(r"\s+")


def _setting(key: str) -> int:
    return current_app.config["FORUM"][key]


def link_refusal(trust_posts: int) -> str:
    if trust_posts <= 1:
        when = "after their first post has been approved"
    else:
        when = f"once {trust_posts} of their posts have been published"
    return f"New members can share links {when} — remove the link or write it without http, e.g. example dot org."


def check_links(actor: User, **texts: str) -> None:
    """Raise ServiceError (on the first field with a link) when the actor may not post links yet."""
    trust_posts = _setting("LINK_TRUST_POSTS")
    if permissions.may_post_links(actor, trust_posts):
        return
    for field, text in texts.items():
        if text and links_in(text):
            raise ServiceError(link_refusal(trust_posts), field)


def normalise(text: str) -> str:
    return _SPACE_RE.sub(" ", text or "").strip().casefold()


def check_duplicate(actor: User, body: str, thread_id: int | None = None) -> None:
    """Refuse the text the actor posted (not deleted) within FORUM_DUPLICATE_POST_MINUTES:
    a double click, a retry, or the same words pasted into thread after thread."""
    minutes = _setting("DUPLICATE_POST_MINUTES")
    text = normalise(body)
    if minutes <= 0 or not text:
        return
    recent = db.session.execute(
        select(Post.id, Post.thread_id, Post.body_source)
        .where(
            Post.author_id == actor.id,
            Post.created_at >= utcnow() - timedelta(minutes=minutes),
            Post.status != "deleted",
        )
        .order_by(Post.created_at.desc())
        .limit(_RECENT_LIMIT)
    )
    for post_id, post_thread_id, source in recent:
        if normalise(source) != text:
            continue
        if thread_id is not None and post_thread_id == thread_id:
            raise ServiceError(
                f"You already posted this here — it's the post at /p/{post_id}. "
                "If you meant to add something, change the text and send it again.",
                "body",
            )
        if thread_id is None or len(text) >= CROSS_THREAD_MIN_LENGTH:
            raise ServiceError(
                f"You posted this exact text a moment ago (/p/{post_id}). To say it again, "
                "please write it in your own words for this conversation.",
                "body",
            )
