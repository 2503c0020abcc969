"""A thread page's list of posts, shared between the members who would see it alike.

A member who is not a moderator, has no post on the page and none awaiting review in the
thread sees the same posts, links and buttons as any other such member, except for two answers
about themselves: whether they may reply here, and whether they may write at all (which decides
the Report links). So the rendered list is kept once per thread page and pair of answers, and
dropped the moment anything in the thread changes (its cache generation) or after a minute
(the "5 minutes ago" times). Opening posts that take reactions show the member's own ones, so
those pages are never shared; nor are moderators' (their buttons differ)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup
from sqlalchemy import select

from forum import permissions
from forum.cache import fragments
from forum.extensions import db
from forum.models import Post, Thread

SHARED_SECONDS = 60


@dataclass(frozen=True)
class SharedPosts:
    html: Markup
    total: int  # posts this audience sees in the thread, for the pager


def _key(thread: Thread, page: int, per_page: int, max_indent: int, viewer) -> str | None:
    """None when this viewer's list may not be shared."""
    if not getattr(viewer, "is_authenticated", False) or viewer.is_moderator:
        return None
    if permissions.REACTIONS_BY_KIND[thread.kind] and page == 1:
        return None
    may_reply = permissions.can(viewer, "thread.reply", thread)
    may_write = permissions.can_write(viewer)
    return f"posts:{thread.id}:{page}:{per_page}:{max_indent}:{int(may_reply)}{int(may_write)}"


def _deps(thread: Thread) -> list[str]:
    return [f"thread:{thread.id}", "site"]


def lookup(thread: Thread, page: int, per_page: int, max_indent: int, viewer) -> SharedPosts | None:
    key = _key(thread, page, per_page, max_indent, viewer)
    entry = fragments.fetch(key) if key else None
    if entry is None or viewer.id in entry["authors"]:
        return None
    return SharedPosts(Markup(entry["html"]), entry["total"])


def start(thread: Thread, page: int, per_page: int, max_indent: int, viewer):
    """Before building the list: what is needed to share it afterwards (None: it won't be)."""
    key = _key(thread, page, per_page, max_indent, viewer)
    return (key, fragments.stamp(_deps(thread))) if key else None


def share(started, thread: Thread, views, total: int, html: str, viewer) -> None:
    """Keep the list just built, if it is what any such member would see."""
    if started is None:
        return
    key, generations = started
    pending_authors = set(
        db.session.scalars(select(Post.author_id).where(Post.thread_id == thread.id, Post.status == "pending"))
    )
    if viewer.id in pending_authors:
        return  # their own posts awaiting review are in the list: it is theirs alone
    authors = sorted({view.post.author_id for view in views} | pending_authors)
    if viewer.id in authors:
        return  # their Edit and Delete buttons are in it
    fragments.keep(key, generations, {"html": str(html), "total": total, "authors": authors}, SHARED_SECONDS)
