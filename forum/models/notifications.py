"""Notifications, watched threads and followed or muted tags."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.base import utcnow

NOTIFICATION_KINDS = (
    ("reply", "Someone replies to your post"),
    ("watched", "A new reply in a thread you watch"),
    ("mention", "Someone mentions you"),
    ("followed_tag", "A new thread with a tag you follow"),
    ("moderation", "Your post is approved or hidden by the moderators"),
    ("report", "A report you made is resolved"),
    ("support", "Members send support to your story"),
    ("me_too", "Members say “me too” to your story"),
    ("helpful", "Members find your tip helpful"),
)
BATCHED_KINDS = ("support", "me_too", "helpful")


class Notification(db.Model):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_unread", "user_id", "is_read", "updated_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    # What happened, for the text: "reply", "approved", "hidden", "resolved", ...
    event: Mapped[str] = mapped_column(String(20), default="")
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    # The display name of who did it, already anonymised where needed ("" for the moderators).
    actor_name: Mapped[str] = mapped_column(String(40), default="")
    count: Mapped[int] = mapped_column(Integer, default=1)  # batched reactions: how many members
    is_read: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Watch(db.Model):
    __tablename__ = "watches"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True, index=True)


class TagPreference(db.Model):
    """A member follows a tag (notified of new threads) or mutes it (its threads leave their lists)."""

    __tablename__ = "tag_preferences"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)
    mode: Mapped[str] = mapped_column(String(8))  # follow | mute
