"""A member's own account: email verification, password reset and change, email change,
preferences, export of everything we hold, and leaving."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, func, select, update
from werkzeug.security import check_password_hash

from forum.auth import lockout
from forum.auth.services import hash_password, lockout_key, normalize_email, set_password
from forum.auth.tokens import CHANGE_EMAIL, RESET, VERIFY, TokenError, make_token, password_fingerprint, read_token
from forum.content import render_markdown
from forum.errors import ServiceError
from forum.extensions import db
from forum.mailer import send_email
from forum.models import (
    Draft,
    HeldUsername,
    Notification,
    Post,
    PostRevision,
    Reaction,
    Report,
    StoryDetails,
    StoryMisdiagnosis,
    StoryPosture,
    StoryTreatment,
    TagPreference,
    Thread,
    User,
    Watch,
    utcnow,
)
from forum.moderation.spam import check_links
from forum.search.services import index_thread
from forum.users.services import mention_map

LinkFor = Callable[[str], str]  # token -> absolute URL (the views know the routes)
FORMER_MEMBER = "a former member"
BIO_MAX = 1000


def _settings() -> dict:
    return current_app.config["FORUM"]


def _check_password(user: User, password: str, field: str = "current_password") -> None:
    if not password or not check_password_hash(user.password_hash, password):
        raise ServiceError("That password isn't right.", field)


# --- verification -------------------------------------------------------------------------


def send_verification(user: User, link_for: LinkFor) -> None:
    token = make_token(VERIFY, {"uid": user.id, "email": user.email})
    send_email(user.email, "Please confirm your email address", "verify", username=user.username,
               link=link_for(token), hours=_settings()["VERIFY_TOKEN_HOURS"])  # fmt: skip


def verify_email(token: str) -> User:
    payload = read_token(VERIFY, token, _settings()["VERIFY_TOKEN_HOURS"] * 3600)
    user = db.session.get(User, payload.get("uid"))
    if user is None or user.is_deleted or user.email != payload.get("email"):
        raise TokenError("This link is for an address this account no longer uses.")
    if user.email_verified_at is None:
        user.email_verified_at = utcnow()
        db.session.commit()
    return user


# --- password reset -----------------------------------------------------------------------


def request_reset(email: str, link_for: LinkFor) -> None:
    """Send a reset link if the address has an account. The caller answers the same either way."""
    user = db.session.scalar(select(User).where(User.email == normalize_email(email or "")))
    if user is None or user.is_deleted:
        return
    token = make_token(RESET, {"uid": user.id, "fp": password_fingerprint(user.password_hash)})
    send_email(user.email, "Reset your password", "reset", username=user.username, link=link_for(token),
               minutes=_settings()["RESET_TOKEN_MINUTES"])  # fmt: skip


def check_reset_token(token: str) -> User:
    payload = read_token(RESET, token, _settings()["RESET_TOKEN_MINUTES"] * 60)
    user = db.session.get(User, payload.get("uid"))
    if user is None or user.is_deleted or payload.get("fp") != password_fingerprint(user.password_hash):
        raise TokenError(
            "This link has already been used, or the password was changed since. Please ask for a new one."
        )
    return user


def reset_password(token: str, new_password: str) -> User:
    user = check_reset_token(token)
    set_password(user, new_password)  # also ends every session
    lockout.clear(lockout_key(user, ""), history=True)  # the emailed link proves it's them: no lock
    send_email(user.email, "Your password was changed", "password_changed", username=user.username)
    return user


# --- settings -----------------------------------------------------------------------------


def change_password(user: User, current_password: str, new_password: str) -> None:
    """Needs the current password; every other session ends (the caller renews this one)."""
    _check_password(user, current_password)
    set_password(user, new_password)
    send_email(user.email, "Your password was changed", "password_changed", username=user.username)


def request_email_change(user: User, new_email: str, password: str, link_for: LinkFor) -> None:
    _check_password(user, password, "password")
    new_email = normalize_email(new_email)
    if new_email == user.email:
        raise ServiceError("That is already your address.", "email")
    if db.session.scalar(select(User.id).where(User.email == new_email)):
        raise ServiceError("That email address can't be used. If it is yours, sign in with it instead.", "email")
    token = make_token(CHANGE_EMAIL, {"uid": user.id, "email": new_email})
    send_email(new_email, "Confirm your new email address", "change_email", username=user.username,
               link=link_for(token), hours=_settings()["VERIFY_TOKEN_HOURS"])  # fmt: skip
    local, _, domain = new_email.partition("@")
    send_email(user.email, "Your email address is changing", "email_changing", username=user.username,
               new_email_hint=f"{local[:2]}…@{domain}")  # fmt: skip


def confirm_email_change(token: str) -> User:
    payload = read_token(CHANGE_EMAIL, token, _settings()["VERIFY_TOKEN_HOURS"] * 3600)
    user = db.session.get(User, payload.get("uid"))
    new_email = payload.get("email", "")
    if user is None or user.is_deleted:
        raise TokenError("This link isn't valid any more.")
    if user.email == new_email:
        return user
    if db.session.scalar(select(User.id).where(User.email == new_email)):
        raise TokenError("That address is now used by another account.")
    user.email = new_email
    user.email_verified_at = utcnow()
    db.session.commit()
    return user


def update_preferences(user: User, *, bio: str, default_anonymous: bool, default_members_only: bool,
                       notification_kinds: list[str]) -> None:  # fmt: skip
    from forum.notifications.services import KIND_NAMES

    if len(bio) > BIO_MAX:
        raise ServiceError(f"A bio can be at most {BIO_MAX:,} characters.", "bio")
    check_links(user, bio=bio)
    user.bio_source = bio.strip()
    user.bio_html = render_markdown(user.bio_source) if user.bio_source else ""
    user.default_anonymous = default_anonymous
    user.default_members_only = default_members_only
    user.muted_notifications = ",".join(kind for kind in KIND_NAMES if kind not in notification_kinds)
    db.session.commit()


# --- export -------------------------------------------------------------------------------


def _time(value) -> str | None:
    return value.isoformat() + "Z" if value else None


def export_data(user: User) -> dict:
    """Everything Stillpoint holds about a member, for them to take away."""
    threads = {t.id: t for t in db.session.scalars(select(Thread).where(Thread.author_id == user.id))}
    posts = db.session.scalars(select(Post).where(Post.author_id == user.id).order_by(Post.id)).all()
    revisions: dict[int, list] = {}
    for revision in db.session.scalars(
        select(PostRevision).where(PostRevision.post_id.in_([p.id for p in posts])).order_by(PostRevision.id)
    ):
        revisions.setdefault(revision.post_id, []).append(
            {
                "text_before_edit": revision.body_source,
                "title_before_edit": revision.title,
                "reason": revision.reason,
                "edited_at": _time(revision.created_at),
            }
        )
    titles = dict(
        db.session.execute(select(Thread.id, Thread.title).where(Thread.id.in_({p.thread_id for p in posts}))).all()
    )
    stories = [_story_export(thread) for thread in threads.values() if thread.kind == "story"]
    return {
        "exported_at": _time(utcnow()),
        "profile": {
            "username": user.username,
            "email": user.email,
            "role": user.role,
            "bio": user.bio_source,
            "joined": _time(user.created_at),
            "email_verified": _time(user.email_verified_at),
            "default_anonymous": user.default_anonymous,
            "default_members_only": user.default_members_only,
            "notifications_turned_off": [k for k in (user.muted_notifications or "").split(",") if k],
        },
        "threads_started": [
            {
                "id": t.id,
                "kind": t.kind,
                "title": t.title,
                "anonymous": t.is_anonymous,
                "members_only": t.members_only,
                "status": t.status,
                "created_at": _time(t.created_at),
            }
            for t in threads.values()
        ],
        "posts": [
            {
                "id": p.id,
                "thread_id": p.thread_id,
                "thread_title": titles.get(p.thread_id),
                "opening_post": p.depth == 0,
                "text": p.body_source,
                "status": p.status,
                "created_at": _time(p.created_at),
                "edited_at": _time(p.edited_at),
                "anonymous": bool(threads.get(p.thread_id) and threads[p.thread_id].is_anonymous),
                "revisions": revisions.get(p.id, []),
            }
            for p in posts
        ],
        "stories": stories,
        "reactions": [
            {"post_id": r.post_id, "kind": r.kind, "at": _time(r.created_at)}
            for r in db.session.scalars(select(Reaction).where(Reaction.user_id == user.id))
        ],
        "reports_filed": [
            {
                "post_id": r.post_id,
                "reason": r.reason,
                "note": r.note,
                "status": r.status,
                "outcome": r.resolution,
                "at": _time(r.created_at),
            }
            for r in db.session.scalars(select(Report).where(Report.reporter_id == user.id))
        ],
        "notifications": [
            {
                "kind": n.kind,
                "event": n.event,
                "thread_id": n.thread_id,
                "post_id": n.post_id,
                "from": n.actor_name,
                "count": n.count,
                "read": n.is_read,
                "at": _time(n.updated_at),
            }
            for n in db.session.scalars(select(Notification).where(Notification.user_id == user.id))
        ],
        "watched_threads": list(db.session.scalars(select(Watch.thread_id).where(Watch.user_id == user.id))),
        "tags": [
            {"tag_id": p.tag_id, "mode": p.mode}
            for p in db.session.scalars(select(TagPreference).where(TagPreference.user_id == user.id))
        ],
        "drafts": [
            {"place": d.place, "fields": json.loads(d.fields), "saved_at": _time(d.updated_at)}
            for d in db.session.scalars(select(Draft).where(Draft.user_id == user.id).order_by(Draft.id))
        ],
    }


def _story_export(thread: Thread) -> dict:
    details = db.session.get(StoryDetails, thread.id)
    exported = {"thread_id": thread.id, "title": thread.title, "anonymous": thread.is_anonymous, "details": None}
    if details is not None:
        where = {"thread_id": thread.id}
        exported["details"] = {
            "onset_year": details.onset_year,
            "years_to_diagnosis": details.years_to_diagnosis,
            "diagnosed_by": details.diagnosed_by,
            "insights_consent": details.insights_consent,
            "postures": list(db.session.scalars(select(StoryPosture.posture).filter_by(**where))),
            "misdiagnoses": list(db.session.scalars(select(StoryMisdiagnosis.misdiagnosis).filter_by(**where))),
            "treatments": dict(
                db.session.execute(select(StoryTreatment.treatment, StoryTreatment.response).filter_by(**where)).all()
            ),
        }
    return exported


# --- leaving ------------------------------------------------------------------------------


def delete_account(user: User, password: str, keep_posts: bool) -> None:
    """Erase a member. Their posts stay as "a former member", or are removed (soft-deleted, so
    threads keep their shape). Email, bio and preferences go; the name is held for a while."""
    _check_password(user, password, "password")
    old_name = user.username
    touched: set[int] = set(db.session.scalars(select(Post.thread_id).where(Post.author_id == user.id)).all())
    if not keep_posts:
        _remove_posts(user)
    hold = timedelta(days=_settings()["USERNAME_HOLD_DAYS"])
    db.session.merge(HeldUsername(username_key=user.username_key, until=utcnow() + hold))
    placeholder = f"former-{user.id}"
    user.username, user.username_key = placeholder, placeholder
    user.email = f"{placeholder}@erased.invalid"
    user.bio_source = user.bio_html = ""
    user.password_hash = hash_password(secrets.token_urlsafe(32))
    user.session_token = secrets.token_urlsafe(16)
    user.is_deleted, user.deleted_at = True, utcnow()
    user.email_verified_at = None
    user.muted_notifications = ""
    user.default_anonymous = user.default_members_only = False
    for model in (Notification, Watch, TagPreference, Draft):
        db.session.execute(delete(model).where(model.user_id == user.id))
    db.session.execute(update(Notification).where(Notification.actor_name == old_name).values(actor_name=FORMER_MEMBER))
    db.session.flush()
    touched |= _unlink_mentions(old_name)
    for thread_id in touched:
        index_thread(thread_id)
    db.session.commit()


def _unlink_mentions(old_name: str) -> set[int]:
    """Others' posts that @mentioned the member no longer link to a profile (their words stay)."""
    posts = db.session.scalars(select(Post).where(func.lower(Post.body_source).like(f"%@{old_name.lower()}%"))).all()
    for post in posts:
        post.body_html = render_markdown(post.body_source, mention_map(post.body_source))
    return {post.thread_id for post in posts}


def _remove_posts(user: User) -> None:
    posts = db.session.scalars(select(Post).where(Post.author_id == user.id, Post.status != "deleted")).all()
    for post in posts:
        thread = db.session.get(Thread, post.thread_id)
        if post.status == "visible" and post.depth > 0:
            thread.reply_count = max(0, thread.reply_count - 1)
        post.status = "deleted"
        post.deleted_by_moderator = False
        if post.depth == 0:
            others = db.session.scalar(
                select(func.count(Post.id)).where(
                    Post.thread_id == thread.id, Post.depth > 0, Post.status != "deleted", Post.author_id != user.id
                )  # fmt: skip
            )
            if not others:
                thread.status = "deleted"
