"""Moderation: the review queue, reports, hiding and restoring, thread actions, suspensions,
watched words and the log. Every action here is checked in forum/permissions.py and logged once."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app
from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import aliased, contains_eager

from forum import permissions
from forum.discussions import services as discussions
from forum.errors import NotFound, ServiceError
from forum.extensions import db
from forum.models import (
    REPORT_REASONS,
    URGENT_REASONS,
    WATCH_ACTIONS,
    Category,
    ModAction,
    Post,
    PostRevision,
    Report,
    Thread,
    User,
    WatchedWord,
    new_session_token,
    utcnow,
)
from forum.moderation.audit import log_action
from forum.moderation.screening import phrase_pattern
from forum.notifications.services import notify, post_published
from forum.pagination import Page, check_page_number
from forum.search.services import index_thread

AUTO_HIDE_REASON = "Hidden automatically after several reports, until a moderator reviews it."

# --- reports ----------------------------------------------------------------------------


def report_post(actor: User, post: Post, reason: str, note: str = "") -> Report:
    """A member reports a post; enough distinct reporters hide it until a moderator looks."""
    permissions.require(actor, "post.report", post)
    if reason not in dict(REPORT_REASONS):
        raise ServiceError("Please choose a reason from the list.", "reason")
    open_already = db.session.scalar(
        select(Report.id).where(Report.post_id == post.id, Report.reporter_id == actor.id, Report.status == "open")
    )
    if open_already is not None:
        raise ServiceError("You have already reported this post. The moderators will look at it soon.", "reason")
    report = Report(
        post_id=post.id,
        reporter_id=actor.id,
        reason=reason,
        note=note.strip()[:1000],
        is_urgent=reason in URGENT_REASONS,
    )
    db.session.add(report)
    db.session.flush()
    reporters = db.session.scalar(
        select(func.count(func.distinct(Report.reporter_id))).where(
            Report.post_id == post.id, Report.status == "open", Report.reporter_id.is_not(None)
        )
    )
    if reporters >= current_app.config["FORUM"]["AUTO_HIDE_REPORTS"] and post.status == "visible":
        _set_hidden(post, AUTO_HIDE_REASON)
        log_action(None, "post.auto_hide", "post", post.id, subject_user_id=post.author_id, reports=reporters)
        index_thread(post.thread_id)
    db.session.commit()
    return report


def reports_by(actor: User, post: Post) -> list[Report]:
    """The reports this member made of this post, with their outcomes."""
    return list(
        db.session.scalars(
            select(Report).where(Report.post_id == post.id, Report.reporter_id == actor.id).order_by(Report.id)
        )
    )


def _close_reports(actor: User, post: Post, status: str, resolution: str) -> int:
    """Close the post's open reports and tell each reporter the outcome."""
    reports = db.session.scalars(select(Report).where(Report.post_id == post.id, Report.status == "open")).all()
    for report in reports:
        report.status = status
        report.resolution = resolution
        report.resolved_by_id = actor.id
        report.resolved_at = utcnow()
        if report.reporter_id is not None:
            notify(db.session.get(User, report.reporter_id), "report", post.thread, post, event=status)
    return len(reports)


def dismiss_reports(actor: User, post: Post, note: str = "") -> int:
    """Nothing wrong here: close the post's open reports (and restore it if reports had hidden it)."""
    permissions.require(actor, "mod.access")
    auto_hidden = post.status == "hidden" and post.moderation_reason == AUTO_HIDE_REASON
    if auto_hidden:
        _set_visible(post)
    closed = _close_reports(actor, post, "dismissed", note.strip() or "The moderators looked and left the post up.")
    if not closed and not auto_hidden:
        raise ServiceError("There are no open reports on this post.")
    log_action(actor, "report.dismiss", "post", post.id, subject_user_id=post.author_id, reason=note, reports=closed)
    index_thread(post.thread_id)
    db.session.commit()
    return closed


def resolve_reports(actor: User, post: Post, note: str) -> int:
    """The reports were right and have been dealt with (the post edited, hidden or its author spoken to)."""
    permissions.require(actor, "mod.access")
    closed = _close_reports(actor, post, "resolved", note.strip() or "The moderators acted on this report.")
    if not closed:
        raise ServiceError("There are no open reports on this post.")
    log_action(actor, "report.resolve", "post", post.id, subject_user_id=post.author_id, reason=note, reports=closed)
    db.session.commit()
    return closed


# --- posts ------------------------------------------------------------------------------


def _set_visible(post: Post) -> None:
    thread = post.thread
    was = post.status
    post.status = "visible"
    post.moderation_reason = ""
    if post.is_root:
        thread.status = "visible"
    elif was != "visible":
        thread.reply_count += 1
        thread.last_activity_at = max(thread.last_activity_at, post.created_at)


def _set_hidden(post: Post, reason: str) -> None:
    thread = post.thread
    if post.status == "visible" and not post.is_root:
        thread.reply_count = max(0, thread.reply_count - 1)
    post.status = "hidden"
    post.moderation_reason = reason
    if post.is_root:
        thread.status = "hidden"


def approve_post(actor: User, post: Post) -> None:
    """Publish a post that waited for review."""
    permissions.require(actor, "mod.access")
    if post.status != "pending":
        raise ServiceError("This post isn't waiting for review.")
    _set_visible(post)
    db.session.execute(
        User.__table__.update()
        .where(User.id == post.author_id)
        .values(approved_post_count=User.approved_post_count + 1)
    )
    _close_reports(actor, post, "resolved", "Approved.")
    author = db.session.get(User, post.author_id)
    notify(author, "moderation", post.thread, post, event="approved")
    post_published(post, post.thread, author)
    log_action(actor, "post.approve", "post", post.id, subject_user_id=post.author_id, thread_id=post.thread_id)
    index_thread(post.thread_id)
    db.session.commit()


def hide_post(actor: User, post: Post, reason: str) -> None:
    """Hide a post; its place shows "hidden by the moderators" and the public reason."""
    permissions.require(actor, "post.moderate", post)
    reason = reason.strip()
    if not reason:
        raise ServiceError("Please give a reason: it is shown in the post's place.", "reason")
    if post.status in ("hidden", "deleted"):
        raise ServiceError("This post is already hidden or deleted.")
    _set_hidden(post, reason[:300])
    _close_reports(actor, post, "resolved", f"The post was hidden: {reason[:200]}")
    notify(db.session.get(User, post.author_id), "moderation", post.thread, post, event="hidden")
    log_action(
        actor, "post.hide", "post", post.id, subject_user_id=post.author_id, reason=reason, thread_id=post.thread_id
    )
    index_thread(post.thread_id)
    db.session.commit()


def restore_post(actor: User, post: Post, reason: str = "") -> None:
    """Undo a hide or a delete: the post shows again as it was."""
    permissions.require(actor, "post.moderate", post)
    if post.status not in ("hidden", "deleted"):
        raise ServiceError("This post is not hidden or deleted.")
    post.deleted_by_moderator = False
    _set_visible(post)
    log_action(
        actor, "post.restore", "post", post.id, subject_user_id=post.author_id, reason=reason, thread_id=post.thread_id
    )
    index_thread(post.thread_id)
    db.session.commit()


def delete_post(actor: User, post: Post, reason: str) -> None:
    permissions.require(actor, "post.moderate", post)
    if post.status == "deleted":
        raise ServiceError("This post is already deleted.")
    db.session.execute(
        Report.__table__.update()
        .where(Report.post_id == post.id, Report.status == "open")
        .values(status="resolved", resolution="The post was removed.", resolved_by_id=actor.id, resolved_at=utcnow())
    )
    discussions.delete_post(actor, post, reason)  # logs post.delete (a moderator deleting another's post)
    if post.author_id == actor.id:  # a moderator deleting their own post still leaves a trace here
        log_action(actor, "post.delete", "post", post.id, subject_user_id=post.author_id, reason=reason)
        db.session.commit()


def get_post_for_moderation(post_id: int) -> Post:
    return discussions.get_post(post_id)


def revisions(post: Post) -> list[dict]:
    """Every version of a post, oldest first, each with a line diff against the one before.

    A PostRevision keeps the text a post had *before* an edit, so version 1 is the first
    revision's text (or the current text when never edited) and the last is the current one."""
    rows = db.session.execute(
        select(PostRevision, User.username)
        .join(User, User.id == PostRevision.editor_id)
        .where(PostRevision.post_id == post.id)
        .order_by(PostRevision.id)
    ).all()
    texts = [revision.body_source for revision, _ in rows] + [post.body_source]
    versions = [{"number": 1, "when": post.created_at, "editor": None, "reason": "", "diff": _diff("", texts[0])}]
    for n, (revision, editor) in enumerate(rows, start=1):
        versions.append(
            {
                "number": n + 1,
                "when": revision.created_at,
                "editor": editor,
                "reason": revision.reason,
                "diff": _diff(texts[n - 1], texts[n]),
            }
        )
    return versions


def _diff(before: str, after: str) -> list[tuple[str, str]]:
    """(mark, line) pairs: "+" added, "-" removed, " " unchanged."""
    return [
        (line[0], line[2:])
        for line in difflib.ndiff(before.splitlines(), after.splitlines())
        if not line.startswith("?")
    ]


# --- threads ----------------------------------------------------------------------------

THREAD_ACTIONS = {
    "lock": ("is_locked", True),
    "unlock": ("is_locked", False),
    "pin": ("is_pinned", True),
    "unpin": ("is_pinned", False),
}


def thread_action(actor: User, thread: Thread, action: str, reason: str = "") -> None:
    permissions.require(actor, "thread.moderate", thread)
    if action in THREAD_ACTIONS:
        attribute, value = THREAD_ACTIONS[action]
        if getattr(thread, attribute) == value:
            raise ServiceError(f"This thread is already {action}{'ed' if action.endswith('k') else 'ned'}.")
        setattr(thread, attribute, value)
    elif action == "feature":
        if thread.featured_at is not None:
            raise ServiceError("This thread is already featured.")
        thread.featured_at = utcnow()
    elif action == "unfeature":
        if thread.featured_at is None:
            raise ServiceError("This thread isn't featured.")
        thread.featured_at = None
    else:
        raise ServiceError("Unknown thread action.")
    log_action(actor, f"thread.{action}", "thread", thread.id, subject_user_id=thread.author_id, reason=reason)
    db.session.commit()


def move_thread(actor: User, thread: Thread, category_slug: str, reason: str = "") -> Category:
    permissions.require(actor, "thread.moderate", thread)
    if thread.kind != "discussion":
        raise ServiceError("Only discussions live in categories.", "category")
    target = db.session.scalar(select(Category).where(Category.slug == category_slug))
    if target is None:
        raise ServiceError("Please choose a category from the list.", "category")
    if target.id == thread.category_id:
        raise ServiceError("The thread is already in that category.", "category")
    before = thread.category_id
    thread.category_id = target.id
    log_action(
        actor,
        "thread.move",
        "thread",
        thread.id,
        subject_user_id=thread.author_id,
        reason=reason,
        from_category=before,
        to_category=target.id,
    )
    db.session.commit()
    return target


# --- members ----------------------------------------------------------------------------


def get_member(username: str) -> User:
    user = db.session.scalar(select(User).where(User.username_key == username.strip().lower()))
    if user is None:
        raise NotFound(f"member {username}")
    return user


def suspend(actor: User, member: User, until: datetime | None, reason: str) -> None:
    permissions.require(actor, "user.suspend", member)
    reason = reason.strip()
    if not reason:
        raise ServiceError("Please give a reason: the member will see it.", "reason")
    if until is None or until <= utcnow():
        raise ServiceError("Please choose an end date in the future.", "until")
    member.suspended_until = until
    member.suspended_reason = reason[:500]
    member.session_token = new_session_token()  # signed out everywhere; signing in again shows why
    log_action(
        actor, "user.suspend", "user", member.id, subject_user_id=member.id, reason=reason, until=until.isoformat()
    )
    db.session.commit()


def lift_suspension(actor: User, member: User, reason: str = "") -> None:
    permissions.require(actor, "user.suspend", member)
    if not member.is_suspended():
        raise ServiceError("This member isn't suspended.")
    member.suspended_until = None
    member.suspended_reason = ""
    log_action(actor, "user.unsuspend", "user", member.id, subject_user_id=member.id, reason=reason)
    db.session.commit()


def set_role(actor: User, member: User, role: str) -> None:
    from forum.models import ROLES

    permissions.require(actor, "user.set_role", member)
    if role not in ROLES:
        raise ServiceError("Please choose a role from the list.", "role")
    if role == member.role:
        raise ServiceError(f"{member.username} is already {role}.", "role")
    before = member.role
    member.role = role
    log_action(actor, "user.role", "user", member.id, subject_user_id=member.id, before=before, after=role)
    db.session.commit()


def member_record(member: User) -> dict:
    """What a moderator needs to know about a member (a handful of queries)."""
    posts = db.session.execute(
        select(Post, Thread.title, Thread.id)
        .join(Thread, Thread.id == Post.thread_id)
        .where(Post.author_id == member.id)
        .order_by(Post.id.desc())
        .limit(30)
    ).all()
    filed = db.session.scalars(
        select(Report).where(Report.reporter_id == member.id).order_by(Report.id.desc()).limit(30)
    ).all()
    received = db.session.scalars(
        select(Report)
        .join(Post, Post.id == Report.post_id)
        .where(Post.author_id == member.id)
        .order_by(Report.id.desc())
        .limit(30)
    ).all()
    actions = log_entries(LogFilters(member=member.username), 1, 30).items
    return {"posts": posts, "filed": filed, "received": received, "actions": actions}


# --- watched words ----------------------------------------------------------------------


def watched_words() -> list[WatchedWord]:
    return list(db.session.scalars(select(WatchedWord).order_by(WatchedWord.phrase)))


def add_watched_word(actor: User, phrase: str, action: str) -> WatchedWord:
    permissions.require(actor, "mod.access")
    phrase = " ".join((phrase or "").split()).lower()
    if not 2 <= len(phrase) <= 100:
        raise ServiceError("Use 2 to 100 characters.", "phrase")
    if action not in dict(WATCH_ACTIONS):
        raise ServiceError("Please choose an action from the list.", "action")
    if db.session.scalar(select(WatchedWord.id).where(WatchedWord.phrase == phrase)):
        raise ServiceError("That phrase is already watched.", "phrase")
    phrase_pattern(phrase)  # must compile
    word = WatchedWord(phrase=phrase, action=action, created_by_id=actor.id)
    db.session.add(word)
    db.session.flush()
    log_action(actor, "word.add", "word", word.id, phrase=phrase, word_action=action)
    db.session.commit()
    return word


def remove_watched_word(actor: User, word_id: int) -> None:
    permissions.require(actor, "mod.access")
    word = db.session.get(WatchedWord, word_id)
    if word is None:
        raise NotFound(f"watched word {word_id}")
    log_action(actor, "word.remove", "word", word.id, phrase=word.phrase, word_action=word.action)
    db.session.delete(word)
    db.session.commit()


# --- the queue ---------------------------------------------------------------------------


@dataclass
class QueueItem:
    post: Post
    parent: Post | None
    reports: list[Report] = field(default_factory=list)
    urgent: bool = False
    since: datetime | None = None
    author_actions: int = 0


def queue(limit: int = 50) -> list[QueueItem]:
    """Pending posts and posts with open reports: urgent first, then oldest first (five queries)."""
    open_reports = db.session.scalars(select(Report).where(Report.status == "open").order_by(Report.created_at)).all()
    pending_ids = list(db.session.scalars(select(Post.id).where(Post.status == "pending")))
    post_ids = set(pending_ids) | {r.post_id for r in open_reports}
    if not post_ids:
        return []
    parent = aliased(Post)
    rows = db.session.execute(
        select(Post, parent)
        .join(Post.thread)
        .join(Post.author)
        .outerjoin(parent, parent.id == Post.parent_id)
        .options(contains_eager(Post.thread), contains_eager(Post.author))
        .where(Post.id.in_(post_ids))
    ).all()
    author_ids = {post.author_id for post, _ in rows}
    earlier = dict(
        db.session.execute(
            select(ModAction.subject_user_id, func.count())
            .where(ModAction.subject_user_id.in_(author_ids), ModAction.action.not_in(("post.approve",)))
            .group_by(ModAction.subject_user_id)
        ).all()
    )
    items = {}
    for post, replied_to in rows:
        items[post.id] = QueueItem(
            post, replied_to, since=post.created_at, author_actions=earlier.get(post.author_id, 0)
        )
    for report in open_reports:
        item = items.get(report.post_id)
        if item is not None:
            item.reports.append(report)
            item.urgent = item.urgent or report.is_urgent
            item.since = min(item.since, report.created_at) if post_ids else report.created_at
    ordered = sorted(items.values(), key=lambda i: (not i.urgent, i.since))
    return ordered[:limit]


def reporter_names(items: list[QueueItem]) -> dict[int, str]:
    ids = {r.reporter_id for item in items for r in item.reports if r.reporter_id}
    if not ids:
        return {}
    return dict(db.session.execute(select(User.id, User.username).where(User.id.in_(ids))).all())


def open_reports_page(page: int, per_page: int) -> Page[tuple[Report, Post, Thread, User | None]]:
    reporter = aliased(User)
    where = (Report.status == "open",)
    total = db.session.scalar(select(func.count(Report.id)).where(*where)) or 0
    check_page_number(page, total, per_page)
    rows = db.session.execute(
        select(Report, Post, Thread, reporter)
        .join(Post, Post.id == Report.post_id)
        .join(Thread, Thread.id == Post.thread_id)
        .outerjoin(reporter, reporter.id == Report.reporter_id)
        .where(*where)
        .order_by(Report.is_urgent.desc(), Report.created_at)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page([tuple(row) for row in rows], page, per_page, total)


# --- the log -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LogFilters:
    moderator: str = ""
    action: str = ""
    member: str = ""


def log_entries(filters: LogFilters, page: int, per_page: int) -> Page[tuple[ModAction, str | None, str | None]]:
    actor = aliased(User)
    subject = aliased(User)
    where = []
    if filters.moderator:
        where.append(actor.username_key == filters.moderator.lower())
    if filters.action:
        where.append(ModAction.action == filters.action)
    if filters.member:
        where.append(subject.username_key == filters.member.lower())
    erased = literal("an erased account")
    base = (
        select(
            ModAction,
            case((actor.is_deleted.is_(True), erased), else_=actor.username),
            case((subject.is_deleted.is_(True), erased), else_=subject.username),
        )
        .outerjoin(actor, actor.id == ModAction.actor_id)
        .outerjoin(subject, subject.id == ModAction.subject_user_id)
        .where(*where)
    )
    total = db.session.scalar(select(func.count()).select_from(base.subquery())) or 0
    check_page_number(page, total, per_page)
    rows = db.session.execute(base.order_by(ModAction.id.desc()).limit(per_page).offset((page - 1) * per_page)).all()
    return Page([tuple(row) for row in rows], page, per_page, total)


def log_action_names() -> list[str]:
    return list(db.session.scalars(select(ModAction.action).distinct().order_by(ModAction.action)))


def categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position)))
