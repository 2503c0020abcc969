"""Coping tips: short threads of kind "tip", ranked by how helpful members found them."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import contains_eager, selectinload

from forum.discussions import services as discussions
from forum.errors import ServiceError
from forum.extensions import db
from forum.models import Post, Tag, Thread, ThreadView, User
from forum.pagination import Page, check_page_number
from forum.tags.services import without_muted
from forum.tips.ranking import wilson_lower_bound

TIP_MAX_LENGTH = 2000
TIP_SORTS = ("helpful", "new")


def create_tip(actor: User, title: str, body: str, tags_text: str) -> Thread:
    """Share a tip: short, and with at least one tag so people can find it."""
    if len(body) > TIP_MAX_LENGTH:
        raise ServiceError(f"A tip can be at most {TIP_MAX_LENGTH:,} characters (this one is {len(body):,}).", "body")
    if not tags_text.strip():
        raise ServiceError(
            "Choose at least one tag, so people looking for this kind of help can find your tip.", "tags"
        )
    thread = discussions.create_thread(actor, title, body, kind="tip", tags_text=tags_text, commit=False)
    db.session.commit()
    return thread


def refresh_rank(thread: Thread, helpful: int) -> None:
    thread.rank_score = wilson_lower_bound(helpful, thread.view_count)


def record_view(viewer, thread: Thread, helpful: int) -> None:
    """Count a member's first look at a tip (not the author's, not a visitor's)."""
    if thread.kind != "tip" or not getattr(viewer, "is_authenticated", False) or viewer.id == thread.author_id:
        return
    seen = db.session.scalar(
        select(ThreadView.user_id).where(ThreadView.thread_id == thread.id, ThreadView.user_id == viewer.id)
    )
    if seen is not None:
        return
    db.session.add(ThreadView(thread_id=thread.id, user_id=viewer.id))
    thread.view_count += 1
    refresh_rank(thread, helpful)
    db.session.commit()


def _tips(where: list, sort: str):
    """Tips with their helpful count, most helpful first (rank, then count) or newest first."""
    root = select(Post.thread_id, Post.helpful_count).where(Post.depth == 0).subquery()
    order = ([Thread.rank_score.desc(), root.c.helpful_count.desc()] if sort == "helpful" else []) + [
        Thread.created_at.desc(),
        Thread.id.desc(),
    ]
    return select(Thread, root.c.helpful_count).join(root, root.c.thread_id == Thread.id).where(*where).order_by(*order)


def _visible_tips(muted) -> list:
    return [Thread.kind == "tip", Thread.status == "visible", without_muted(list(muted))]


def top_tips(limit: int, muted: list[int] = ()) -> list[tuple[Thread, int]]:
    """The most helpful tips, titles and counts only (the front page): one query."""
    rows = db.session.execute(_tips(_visible_tips(muted), "helpful").limit(limit))
    return [(thread, helpful) for thread, helpful in rows]


def list_tips(sort: str, tag_slug: str, page: int, per_page: int, muted: list[int] = ()) -> Page[tuple[Thread, int]]:
    """Visible tips (with their helpful count), most helpful first or newest first; ?tag= filters."""
    where = _visible_tips(muted)
    if tag_slug:
        where.append(Thread.tags.any(Tag.slug == tag_slug))
    total = db.session.scalar(select(func.count(Thread.id)).where(*where)) or 0
    check_page_number(page, total, per_page)
    rows = db.session.execute(
        _tips(where, sort)
        .join(Thread.author)
        .options(contains_eager(Thread.author), selectinload(Thread.tags))
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page([(thread, helpful) for thread, helpful in rows], page, per_page, total)
