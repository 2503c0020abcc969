"""THE authorization rules.  Views, services and templates ask `can`; nothing else decides.

`can(user, action, target)` answers yes or no; `require(...)` raises `PermissionDenied`
(a 403) when the answer is no.  `user` may be a visitor (Flask-Login's anonymous user or None).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import current_app
from werkzeug.exceptions import Forbidden

from forum.models import Post, Thread, User


class PermissionDenied(Forbidden):
    description = "You don't have permission to do that."


def _member(user: Any) -> User | None:
    """The signed-in member, or None for a visitor."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return user


def _active(user: Any) -> User | None:
    """A member who may write: signed in, not suspended, not erased, and with a confirmed
    email address where FORUM_REQUIRE_VERIFIED_EMAIL asks for one."""
    member = _member(user)
    if member is None:
        return None
    # Asked for every post on a page: worked out once per loaded member object (a request's).
    cached = member.__dict__.get("_may_write_cache")
    if cached is None or cached[0] != (member.suspended_until, member.is_deleted, member.email_verified_at):
        allowed = not (member.is_deleted or member.is_suspended() or needs_verification(member))
        cached = ((member.suspended_until, member.is_deleted, member.email_verified_at), allowed)
        member.__dict__["_may_write_cache"] = cached
    return member if cached[1] else None


def can_write(user: Any) -> bool:
    """Whether the member may post, reply, react and report at all (not suspended or unconfirmed)."""
    return _active(user) is not None


def needs_verification(member: User) -> bool:
    return member.email_verified_at is None and bool(current_app.config["FORUM"]["REQUIRE_VERIFIED_EMAIL"])


def _is_moderator(user: Any) -> bool:
    member = _member(user)
    return member is not None and member.is_moderator


def _can_view_thread(user: Any, thread: Thread) -> bool:
    if thread.status == "visible":
        return True
    member = _member(user)
    if member is None:
        return False
    if member.is_moderator:
        return True
    return thread.status == "pending" and thread.author_id == member.id


def _can_view_post(user: Any, post: Post) -> bool:
    """A post shows where its thread does; a pending one only to its author and moderators.
    (Deleted and hidden posts still "show", as placeholders, so replies keep their place.)"""
    if not _can_view_thread(user, post.thread):
        return False
    if post.status != "pending":
        return True
    member = _member(user)
    return member is not None and (member.is_moderator or member.id == post.author_id)


def _can_create_thread(user: Any, _target: Any) -> bool:
    return _active(user) is not None


def _can_reply(user: Any, thread: Thread) -> bool:
    member = _active(user)
    if member is None or thread.status != "visible":
        return False
    return not thread.is_locked or member.is_moderator


def _can_change_post(user: Any, post: Post) -> bool:
    member = _active(user)
    if member is None or post.status == "deleted":
        return False
    if member.is_moderator:
        return True
    return post.author_id == member.id and post.status in ("visible", "pending")


# Which reactions a thread's opening post takes, by thread kind.
REACTIONS_BY_KIND = {"story": ("support", "me_too"), "tip": ("helpful",), "discussion": ()}


def _can_react(user: Any, target: tuple[Post, str]) -> bool:
    """target is (post, kind): members react to others' visible opening posts, one of each kind."""
    post, kind = target
    member = _active(user)
    if member is None or post.author_id == member.id or post.status != "visible" or not post.is_root:
        return False
    thread = post.thread
    return thread.status == "visible" and kind in REACTIONS_BY_KIND.get(thread.kind, ())


def _can_report(user: Any, post: Post) -> bool:
    member = _active(user)
    return member is not None and post.author_id != member.id and post.status in ("visible", "pending")


def _outranks(actor: User, member: User | None) -> bool:
    """Moderators act on members; only admins act on moderators; nobody acts on an admin."""
    if member is None:
        return True
    if member.is_admin:
        return False
    return actor.is_admin or not member.is_moderator


def _can_moderate_post(user: Any, post: Post) -> bool:
    actor = _active(user)
    return actor is not None and actor.is_moderator and (post.author_id == actor.id or _outranks(actor, post.author))


def _can_suspend(user: Any, member: User) -> bool:
    actor = _active(user)
    return actor is not None and actor.is_moderator and actor.id != member.id and _outranks(actor, member)


def _can_set_role(user: Any, member: User) -> bool:
    """Only admins assign roles, and not their own (another admin must)."""
    actor = _active(user)
    return actor is not None and actor.is_admin and actor.id != member.id


def _can_moderate(user: Any, _target: Any = None) -> bool:
    return _active(user) is not None and _is_moderator(user)


RULES: dict[str, Callable[[Any, Any], bool]] = {
    "thread.view": _can_view_thread,
    "post.view": _can_view_post,
    "thread.create": _can_create_thread,
    "thread.reply": _can_reply,
    "post.edit": _can_change_post,
    "post.delete": _can_change_post,
    "post.react": _can_react,
    "post.report": _can_report,
    "post.moderate": _can_moderate_post,
    "user.suspend": _can_suspend,
    "user.set_role": _can_set_role,
    "thread.moderate": _can_moderate,
    "mod.access": _can_moderate,
    "tag.manage": _can_moderate,
    "thread.watch": lambda user, thread: _member(user) is not None and _can_view_thread(user, thread),
    "tag.follow": lambda user, _tag: _member(user) is not None,
    "resource.manage": _can_moderate,
}


def can(user: Any, action: str, target: Any = None) -> bool:
    """Whether `user` may do `action` to `target`. Unknown actions are refused loudly."""
    try:
        rule = RULES[action]
    except KeyError:
        raise ValueError(f"unknown permission action {action!r}") from None
    return bool(rule(user, target))


def require(user: Any, action: str, target: Any = None) -> None:
    """Raise PermissionDenied (403) unless `user` may do `action` to `target`."""
    if not can(user, action, target):
        raise PermissionDenied()


def needs_review(user: User, review_first_posts: int) -> bool:
    """A new member's first posts wait for a moderator; moderators' never do."""
    return not user.is_moderator and review_first_posts > 0 and user.approved_post_count < review_first_posts


def may_post_links(user: User, trust_posts: int) -> bool:
    """Links come from moderators and from members with `trust_posts` published posts (spam guard)."""
    return user.is_moderator or user.approved_post_count >= trust_posts
