"""Categories, threads, posts and the revisions kept when a post is edited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db
from forum.models.base import utcnow
from forum.models.stories import StoryDetails
from forum.models.tags import Tag, thread_tags
from forum.models.users import User

THREAD_KINDS = ("discussion", "story", "tip")
STATUSES = ("visible", "pending", "hidden", "deleted")
ANONYMOUS_NAME = "a community member"
# Width of one id in a materialized path: ids up to 10^10 sort correctly as text.
PATH_SEGMENT_WIDTH = 10
# Replies deeper than this are stored beside their parent (still saying whom they answer),
# so a long back-and-forth cannot grow a path without bound.
MAX_TREE_DEPTH = 50


def path_segment(post_id: int) -> str:
    return str(post_id).zfill(PATH_SEGMENT_WIDTH)


class Category(db.Model):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    def __repr__(self) -> str:
        return f"<Category {self.slug}>"


class Thread(db.Model):
    __tablename__ = "threads"
    __table_args__ = (
        Index("ix_threads_category_listing", "category_id", "status", "is_pinned", "last_activity_at"),
        Index("ix_threads_kind_activity", "kind", "status", "last_activity_at"),
        Index("ix_threads_kind_rank", "kind", "status", "rank_score"),
        Index("ix_threads_kind_created", "kind", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="discussion")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    title: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(80), default="")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    # Visitors and search engines see only the title and the summary.
    members_only: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="visible")
    is_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    is_pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    featured_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reply_count: Mapped[int] = mapped_column(Integer, default=0)
    # Tips: distinct members who opened it, and its rank (see forum/tips/ranking.py).
    view_count: Mapped[int] = mapped_column(Integer, default=0)
    rank_score: Mapped[float] = mapped_column(Float, default=0.0)
    # Plain-text excerpt of the opening post, made at write time for listings and feeds.
    summary: Mapped[str] = mapped_column(String(400), default="")

    author: Mapped[User] = relationship(lazy="raise")
    category: Mapped[Category | None] = relationship(lazy="raise")
    tags: Mapped[list[Tag]] = relationship(secondary=thread_tags, lazy="raise", order_by=Tag.name)
    details: Mapped[StoryDetails | None] = relationship(lazy="raise", cascade="all, delete-orphan")

    @property
    def author_name(self) -> str:
        return ANONYMOUS_NAME if self.is_anonymous else self.author.display_name

    @property
    def url_slug(self) -> str:
        return self.slug or "thread"

    def __repr__(self) -> str:
        return f"<Thread {self.id} {self.title!r}>"


class Post(db.Model):
    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_thread_path", "thread_id", "path", "status", "author_id"),
        Index("ix_posts_author_created", "author_id", "created_at"),
        Index("ix_posts_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), index=True)
    # Ids of the ancestors and the post itself, zero-padded and joined by "/":
    # ordering by path gives the whole thread in tree order in one query.
    path: Mapped[str] = mapped_column(String(2000), default="")
    depth: Mapped[int] = mapped_column(Integer, default=0)
    body_source: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    content_version: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="visible")
    deleted_by_moderator: Mapped[bool] = mapped_column(Boolean, default=False)
    # The public reason shown in place of a hidden post.
    moderation_reason: Mapped[str] = mapped_column(String(300), default="")
    # Reaction counts, kept in step with the reactions table by the reactions service.
    support_count: Mapped[int] = mapped_column(Integer, default=0)
    me_too_count: Mapped[int] = mapped_column(Integer, default=0)
    helpful_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)

    thread: Mapped[Thread] = relationship(lazy="raise")
    author: Mapped[User] = relationship(lazy="raise")

    @property
    def is_root(self) -> bool:
        return self.depth == 0

    def __repr__(self) -> str:
        return f"<Post {self.id} in thread {self.thread_id}>"


class ThreadView(db.Model):
    """A member opened a tip: the denominator of its helpfulness."""

    __tablename__ = "thread_views"

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PostRevision(db.Model):
    """The text a post had before an edit. Nothing a member wrote is ever lost."""

    __tablename__ = "post_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str | None] = mapped_column(String(200))
    body_source: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def poster_name(thread: Thread, author: User) -> str:
    """How an author is named in a thread: anonymous story authors stay anonymous."""
    if thread.is_anonymous and author.id == thread.author_id:
        return ANONYMOUS_NAME
    return author.display_name
