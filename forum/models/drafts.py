"""Drafts: the unsent words of a member, one per member and place (a form they were writing in)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.base import utcnow

PLACE_MAX_LENGTH = 120


class Draft(db.Model):
    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "place"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # Which form: "reply:thread:42", "thread:new:<category slug>", "story:new", "post:edit:7", ...
    place: Mapped[str] = mapped_column(String(PLACE_MAX_LENGTH))
    # The form's fields as JSON: {"name": ["value", ...]}, the way the browser sent them.
    fields: Mapped[str] = mapped_column(Text)
    # Goes up with every save and never repeats for a place, even after a delete (see services).
    revision: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
