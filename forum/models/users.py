"""Members and their roles."""

from __future__ import annotations

import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.base import utcnow

ROLES = ("member", "moderator", "admin")


def new_session_token() -> str:
    return secrets.token_urlsafe(16)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(30))
    # Lower-cased username: uniqueness without regard to case, and fast look-ups.
    username_key: Mapped[str] = mapped_column(String(30), unique=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="member")
    bio_source: Mapped[str] = mapped_column(Text, default="")
    bio_html: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    email_verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    suspended_until: Mapped[datetime | None] = mapped_column(DateTime)
    suspended_reason: Mapped[str] = mapped_column(String(500), default="")
    approved_post_count: Mapped[int] = mapped_column(Integer, default=0)
    is_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Defaults for the member's new posts.
    default_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    default_members_only: Mapped[bool] = mapped_column(Boolean, default=False)
    text_size: Mapped[str] = mapped_column(String(8), default="normal", server_default="normal")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Notification kinds this member turned off, comma-separated ("" = all on).
    muted_notifications: Mapped[str] = mapped_column(String(300), default="")
    # Part of the login cookie; replacing it ends every session of the member.
    session_token: Mapped[str] = mapped_column(String(64), default=new_session_token)

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    @property
    def is_moderator(self) -> bool:
        return self.role in ("moderator", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def is_suspended(self, now: datetime | None = None) -> bool:
        if self.suspended_until is None:
            return False
        return self.suspended_until > (now or utcnow())

    def wants(self, kind: str) -> bool:
        return kind not in (self.muted_notifications or "").split(",")

    @property
    def display_name(self) -> str:
        return "a former member" if self.is_deleted else self.username

    def __repr__(self) -> str:
        return f"<User {self.username}>"


class HeldUsername(db.Model):
    """A name an erased account used: nobody may take it until `until`."""

    __tablename__ = "held_usernames"

    username_key: Mapped[str] = mapped_column(String(30), primary_key=True)
    until: Mapped[datetime] = mapped_column(DateTime)
