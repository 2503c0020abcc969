"""The moderation audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.base import utcnow


class ModAction(db.Model):
    """One moderator action. Append-only: rows are never updated or deleted.

    actor_id is None for what the system did by itself (hiding a post after enough reports)."""

    __tablename__ = "mod_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # The member the action was about (the post's author, the suspended member...), for filtering.
    subject_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


REPORT_REASONS = (
    ("spam", "Spam or advertising"),
    ("harassment", "Harassment or unkindness"),
    ("misinformation", "Medical misinformation"),
    ("personal_info", "Personal information"),
    ("worried", "I'm worried about this person"),
    ("other", "Something else"),
)
URGENT_REASONS = ("worried",)


class Report(db.Model):
    """A member's report of a post, or a watched-word flag (reporter_id None)."""

    __tablename__ = "reports"
    __table_args__ = (Index("ix_reports_status_urgent", "status", "is_urgent", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    reason: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(String(1000), default="")
    is_urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved | dismissed
    resolution: Mapped[str] = mapped_column(String(500), default="")
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


WATCH_ACTIONS = (
    ("block", "Block: refuse the post"),
    ("review", "Require approval: the post waits in the queue"),
    ("flag", "Flag: publish, and put it in the queue"),
    ("urgent", "Urgent flag (self-harm): publish, queue as urgent, show the author crisis resources"),
)


class WatchedWord(db.Model):
    __tablename__ = "watched_words"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phrase: Mapped[str] = mapped_column(String(100), unique=True)
    action: Mapped[str] = mapped_column(String(16))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
