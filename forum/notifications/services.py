"""Notifications: who hears about what, batching, reading them, watching threads.

The rules: nobody is told about their own action, about something they cannot see, or about
anything a suspended member did; each kind can be turned off; anonymous authors stay
anonymous in every text (actor names are stored already anonymised).
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from forum import permissions
from forum.errors import NotFound
from forum.extensions import db
from forum.models import (
    BATCHED_KINDS,
    NOTIFICATION_KINDS,
    Notification,
    Post,
    TagPreference,
    Thread,
    User,
    Watch,
    poster_name,
    thread_tags,
    utcnow,
)
from forum.pagination import Page, check_page_number
from forum.users.services import mentioned_members

KIND_NAMES = [kind for kind, _ in NOTIFICATION_KINDS]


def notify(recipient: User | None, kind: str, thread: Thread, post: Post | None = None, *,
           actor: User | None = None, event: str = "") -> bool:  # fmt: skip
    """Queue one notification (or add to a batched one), if the rules allow it; True if queued."""
    if recipient is None or recipient.is_deleted or not recipient.wants(kind):
        return False
    if actor is not None and (actor.id == recipient.id or actor.is_suspended()):
        return False
    target = post if post is not None else thread
    if not permissions.can(recipient, "post.view" if post is not None else "thread.view", target):
        return False
    if post is not None and post.status != "visible" and kind != "moderation":
        return False
    actor_name = poster_name(thread, actor) if actor is not None else ""
    now = utcnow()
    if kind in BATCHED_KINDS:
        batch = db.session.scalar(
            select(Notification).where(
                Notification.user_id == recipient.id,
                Notification.kind == kind,
                Notification.post_id == (post.id if post else None),
                Notification.is_read.is_(False),
            )  # fmt: skip
        )
        if batch is not None:
            batch.count += 1
            batch.actor_name = actor_name
            batch.updated_at = now
            return True
    db.session.add(
        Notification(
            user_id=recipient.id,
            kind=kind,
            event=event or kind,
            thread_id=thread.id,
            post_id=post.id if post else None,
            actor_name=actor_name,
            created_at=now,
            updated_at=now,
        )
    )
    return True


def watch(user: User, thread: Thread) -> None:
    """Start watching (a no-op if already watching, even when two posts race to add it)."""
    insert = postgresql_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    db.session.execute(insert(Watch).values(user_id=user.id, thread_id=thread.id).on_conflict_do_nothing())


def toggle_watch(actor: User, thread: Thread) -> bool:
    """Watch or stop watching; returns whether the member watches it now."""
    permissions.require(actor, "thread.watch", thread)
    existing = db.session.get(Watch, (actor.id, thread.id))
    if existing is not None:
        db.session.delete(existing)
    else:
        db.session.add(Watch(user_id=actor.id, thread_id=thread.id))
    db.session.commit()
    return existing is None


def post_published(post: Post, thread: Thread, author: User) -> None:
    """A post became visible to everyone: tell who should hear, once each (call before committing).

    In order of what matters most to them: a reply to their post, a mention, a watched thread,
    a followed tag. Someone who turned one kind off may still hear through another."""
    candidates: list[tuple[str, User | None]] = []
    if post.depth > 0 and post.parent_id:
        parent = db.session.get(Post, post.parent_id)
        if parent is not None:
            candidates.append(("reply", db.session.get(User, parent.author_id)))
    candidates += [("mention", member) for member in mentioned_members(post.body_source)]
    if post.depth > 0:
        watchers = db.session.scalars(
            select(User).join(Watch, Watch.user_id == User.id).where(Watch.thread_id == thread.id)
        )
        candidates += [("watched", watcher) for watcher in watchers.all()]
    else:
        followers = db.session.scalars(
            select(User)
            .join(TagPreference, TagPreference.user_id == User.id)
            .join(thread_tags, thread_tags.c.tag_id == TagPreference.tag_id)
            .where(thread_tags.c.thread_id == thread.id, TagPreference.mode == "follow")
            .distinct()
        )
        candidates += [("followed_tag", follower) for follower in followers.all()]
    told: set[int] = {author.id}
    for kind, member in candidates:
        if member is not None and member.id not in told and notify(member, kind, thread, post, actor=author):
            told.add(member.id)


# --- reading -----------------------------------------------------------------------------


def unread_count(user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return (
        db.session.scalar(
            select(func.count(Notification.id)).where(Notification.user_id == user.id, Notification.is_read.is_(False))
        )
        or 0
    )


def notifications_page(user: User, page: int, per_page: int) -> Page[tuple[Notification, str | None, str | None]]:
    """The member's notifications, newest first, with their threads' titles and slugs (two queries)."""
    where = (Notification.user_id == user.id,)
    total = db.session.scalar(select(func.count(Notification.id)).where(*where)) or 0
    check_page_number(page, total, per_page)
    rows = db.session.execute(
        select(Notification, Thread.title, Thread.slug)
        .outerjoin(Thread, Thread.id == Notification.thread_id)
        .where(*where)
        .order_by(Notification.updated_at.desc(), Notification.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page([tuple(row) for row in rows], page, per_page, total)


def open_notification(user: User, notification_id: int) -> Notification:
    """Mark one of the member's own notifications read; someone else's is a 404."""
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != user.id:
        raise NotFound(f"notification {notification_id}")
    notification.is_read = True
    db.session.commit()
    return notification


def mark_all_read(user: User) -> int:
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.is_read.is_(False))
        .values(is_read=True)
    )
    db.session.commit()
    return result.rowcount
