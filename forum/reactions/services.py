"""Reactions: toggling support, me-too and helpful, with the counts kept on the post."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from forum import permissions
from forum.extensions import db
from forum.models import Post, Reaction, User
from forum.notifications.services import notify
from forum.tips.services import refresh_rank

COUNT_COLUMNS = {"support": Post.support_count, "me_too": Post.me_too_count, "helpful": Post.helpful_count}


def toggle_reaction(actor: User, post: Post, kind: str) -> bool:
    """Add the member's reaction, or take it back if they had given it. Returns whether it is on now."""
    permissions.require(actor, "post.react", (post, kind))
    column = COUNT_COLUMNS[kind]
    existing = db.session.scalar(
        select(Reaction).where(Reaction.user_id == actor.id, Reaction.post_id == post.id, Reaction.kind == kind)
    )
    if existing is not None:
        db.session.delete(existing)
        delta = -1
    else:
        db.session.add(Reaction(user_id=actor.id, post_id=post.id, kind=kind))
        delta = 1
    # Counted in SQL, so two members reacting at once can't lose a count.
    db.session.execute(update(Post).where(Post.id == post.id).values({column: column + delta}))
    if kind == "helpful":
        helpful = db.session.scalar(select(Post.helpful_count).where(Post.id == post.id))
        refresh_rank(post.thread, helpful)
    if delta > 0:
        notify(db.session.get(User, post.author_id), kind, post.thread, post, actor=actor)
    try:
        db.session.commit()
    except IntegrityError:  # a double click raced us: the reaction is already there
        db.session.rollback()
        return True
    return delta > 0


def reactions_of(viewer, post_ids: list[int]) -> set[tuple[int, str]]:
    """(post id, kind) for every reaction the viewer has given among these posts (one query)."""
    if not getattr(viewer, "is_authenticated", False) or not post_ids:
        return set()
    rows = db.session.execute(
        select(Reaction.post_id, Reaction.kind).where(Reaction.user_id == viewer.id, Reaction.post_id.in_(post_ids))
    )
    return {(post_id, kind) for post_id, kind in rows}
