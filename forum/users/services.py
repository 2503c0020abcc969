"""Members as others see them: mentions and public profiles."""

from __future__ import annotations

from sqlalchemy import and_, func, literal_column, not_, select
from sqlalchemy.orm import contains_eager

from forum.content import mention_candidates
from forum.errors import NotFound
from forum.extensions import db
from forum.models import Post, Thread, User
from forum.pagination import Page, check_page_number


def mentioned_members(source: str) -> list[User]:
    """The members an @name in this text refers to (erased accounts excluded)."""
    names = mention_candidates(source)
    if not names:
        return []
    return list(db.session.scalars(select(User).where(User.username_key.in_(names), User.is_deleted.is_(False))))


def mention_map(source: str) -> dict[str, str]:
    """lower-case name -> username, for the content pipeline to link."""
    return {user.username_key: user.username for user in mentioned_members(source)}


def get_profile(username: str) -> User:
    """A member with a public profile; erased accounts have none."""
    user = db.session.scalar(select(User).where(User.username_key == username.strip().lower()))
    if user is None or user.is_deleted:
        raise NotFound(f"profile {username}")
    return user


def _public_posts(user: User):
    """The member's visible posts in visible threads, never their anonymous stories."""
    return (
        Post.author_id == user.id,
        Post.status == "visible",
        Thread.status == "visible",
        not_(and_(Thread.is_anonymous.is_(True), Thread.author_id == user.id)),
    )


def profile_counts(user: User) -> dict[str, int]:
    # A literal 0 (not a bound parameter), so PostgreSQL sees the same expression in both clauses.
    is_root = Post.depth == literal_column("0")
    rows = db.session.execute(
        select(Thread.kind, is_root, func.count())
        .join(Thread, Thread.id == Post.thread_id)
        .where(*_public_posts(user))
        .group_by(Thread.kind, is_root)
    ).all()
    counts = {"discussion": 0, "story": 0, "tip": 0, "reply": 0}
    for kind, is_root, n in rows:
        counts[kind if is_root else "reply"] += n
    return counts


def profile_activity(user: User, page: int, per_page: int) -> Page[Post]:
    """Threads started and replies written, newest first."""
    where = _public_posts(user)
    total = db.session.scalar(select(func.count(Post.id)).join(Thread, Thread.id == Post.thread_id).where(*where)) or 0
    check_page_number(page, total, per_page)
    posts = db.session.scalars(
        select(Post)
        .join(Post.thread)
        .options(contains_eager(Post.thread))
        .where(*where)
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page(list(posts), page, per_page, total)
