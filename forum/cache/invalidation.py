"""Which cached pages a committed change makes stale.

Rather than every service remembering which pages it affects, the session reports what it
wrote: after each flush the changed objects are mapped to dependency tags, and when the
transaction commits those tags' generations are bumped (pages.bump). A rollback forgets them.
"""

from __future__ import annotations

from flask import current_app, has_app_context
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from forum.models import (
    Category,
    Post,
    Reaction,
    Resource,
    SearchDocument,
    StoryDetails,
    StoryMisdiagnosis,
    StoryPosture,
    StoryTreatment,
    Tag,
    Thread,
    User,
)

# Changes to these user columns show on public pages (names, bios); others (counters, settings) don't.
PUBLIC_USER_FIELDS = ("username", "is_deleted", "bio_html", "role")
STORY_PARTS = (StoryDetails, StoryPosture, StoryMisdiagnosis, StoryTreatment)


def _tags_for(session: Session, obj) -> set[str]:
    if isinstance(obj, Thread):
        return {f"thread:{obj.id}", "lists"}
    if isinstance(obj, Post):
        return {f"thread:{obj.thread_id}", "lists"}
    if isinstance(obj, STORY_PARTS):
        return {f"thread:{obj.thread_id}", "lists"}
    if isinstance(obj, Reaction):
        thread_id = session.connection().scalar(select(Post.thread_id).where(Post.id == obj.post_id))
        return {f"thread:{thread_id}", "lists"}
    if isinstance(obj, Resource):
        return {"resources", "lists"}
    if isinstance(obj, SearchDocument):
        return {"lists"}
    if isinstance(obj, (Tag, Category)):
        return {"site"}
    if isinstance(obj, User):
        from sqlalchemy import inspect

        state = inspect(obj)
        if obj in session.new or any(state.attrs[name].history.has_changes() for name in PUBLIC_USER_FIELDS):
            return {"site"} if obj not in session.new else set()
    return set()


def _after_flush(session: Session, _context) -> None:
    tags = session.info.setdefault("stale_pages", set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        tags |= _tags_for(session, obj)


def _after_commit(session: Session) -> None:
    tags = session.info.pop("stale_pages", set())
    if tags and has_app_context() and "stillpoint_store" in current_app.extensions:
        from forum.cache.pages import bump

        bump(tags)


def _after_rollback(session: Session, _previous_transaction=None) -> None:
    session.info.pop("stale_pages", None)


def init() -> None:
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", _after_rollback)
