"""Drafts: keep what a member is writing until the post is accepted.

The one rule: nothing ever replaces a newer draft with an older or an empty one. Every save
names the revision it started from; if the stored draft has moved on since (another window or
device saved), the save is refused and the newer draft is handed back. An empty save never
replaces words; only an explicit discard removes them.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from forum.drafts import places
from forum.errors import ServiceError
from forum.extensions import db
from forum.models import Draft, User, utcnow

MAX_DRAFTS_PER_MEMBER = 200

SAVED, UNCHANGED, NEWER, EMPTY = "saved", "unchanged", "newer", "empty"


@dataclass
class SaveResult:
    outcome: str  # saved | unchanged | newer (refused: the stored draft moved on) | empty (refused)
    draft: Draft | None  # the stored draft after the call (the newer one when refused)

    @property
    def saved(self) -> bool:
        return self.outcome in (SAVED, UNCHANGED)


def place_of(key: str) -> places.Place:
    try:
        return places.parse(key)
    except places.UnknownPlace:
        raise ServiceError("Drafts can't be kept for that page.") from None


def fields_of(draft: Draft) -> dict[str, list[str]]:
    return json.loads(draft.fields)


def load(actor: User, key: str) -> Draft | None:
    """The member's draft for a place, if it has any words in it."""
    return with_words(key, db.session.scalar(select(Draft).where(Draft.user_id == actor.id, Draft.place == key)))


def with_words(key: str, draft: Draft | None) -> Draft | None:
    """The draft, unless it holds no words (a template left as it was)."""
    if draft is None or place_of(key).is_empty(fields_of(draft)):
        return None
    return draft


def _commit() -> None:
    """Commit without expiring what the page has already loaded: a draft changes nothing else
    it shows, and the views render after saving one."""
    session = db.session()
    expire, session.expire_on_commit = session.expire_on_commit, False
    try:
        session.commit()
    finally:
        session.expire_on_commit = expire


def _next_revision(after: int) -> int:
    # Milliseconds when larger: a draft deleted and written again never reuses an old revision,
    # so a window that still holds the old one can't overwrite the new draft.
    return max(after + 1, int(time.time() * 1000))


def save(actor: User, key: str, fields: dict, base_revision: int) -> SaveResult:
    """Store the member's words for a place, unless that would replace newer or non-empty ones."""
    place = place_of(key)
    try:
        cleaned = place.clean(fields)
    except ValueError as error:
        raise ServiceError(str(error)) from None
    current = db.session.scalar(select(Draft).where(Draft.user_id == actor.id, Draft.place == key))
    if current is None:
        return _create(actor, place, cleaned, base_revision)
    stored = fields_of(current)
    if cleaned == stored:  # the same words, from whichever window: nothing to choose between
        return SaveResult(UNCHANGED, current)
    if current.revision != base_revision:
        return SaveResult(NEWER, current)
    if place.is_empty(cleaned) and not place.is_empty(stored):
        return SaveResult(EMPTY, current)
    revision = _next_revision(current.revision)
    result = db.session.execute(
        update(Draft)
        .where(Draft.id == current.id, Draft.revision == base_revision)
        .values(fields=json.dumps(cleaned), revision=revision, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # another save got there between our read and our write
        return SaveResult(NEWER, _reload(actor, key))
    _commit()
    return SaveResult(SAVED, _reload(actor, key))


def _create(actor: User, place: places.Place, cleaned: dict, base_revision: int) -> SaveResult:
    if place.is_empty(cleaned):
        return SaveResult(EMPTY, None)
    count = db.session.scalar(select(func.count(Draft.id)).where(Draft.user_id == actor.id))
    if count >= MAX_DRAFTS_PER_MEMBER:
        raise ServiceError(
            f"You have {count} drafts kept already, which is as many as we keep. "
            "Please send or discard some of them first; this text is still in the form."
        )
    now = utcnow()
    insert = postgresql_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    values = {"fields": json.dumps(cleaned), "revision": _next_revision(base_revision), "updated_at": now}
    # RETURNING, not rowcount: drivers disagree on the rowcount of an insert that did nothing.
    created = db.session.execute(
        insert(Draft)
        .values(user_id=actor.id, place=place.key, created_at=now, **values)
        .on_conflict_do_nothing()
        .returning(Draft.id)
    ).first()
    _commit()
    draft = _reload(actor, place.key)
    # Not created: another window made this draft between our read and our write.
    return SaveResult(SAVED if created is not None else NEWER, draft)


def _reload(actor: User, key: str) -> Draft | None:
    query = select(Draft).where(Draft.user_id == actor.id, Draft.place == key)
    return db.session.scalar(query.execution_options(populate_existing=True))


def discard(actor: User, key: str, revision: int | None = None) -> bool:
    """Remove the member's draft for a place. With a revision, only that one: a draft saved
    since (in another window) is kept. True when a draft was removed."""
    place_of(key)
    query = delete(Draft).where(Draft.user_id == actor.id, Draft.place == key)
    if revision is not None:
        query = query.where(Draft.revision == revision)
    removed = db.session.execute(query.execution_options(synchronize_session=False)).rowcount
    _commit()
    return bool(removed)


def discard_sent(actor: User, key: str, base_revision: int, sent_fields: dict) -> bool:
    """After a post was accepted: remove the draft it came from. A draft that another window
    changed since, with different words, stays."""
    draft = db.session.scalar(select(Draft).where(Draft.user_id == actor.id, Draft.place == key))
    if draft is None:
        return False
    place = place_of(key)
    same_words = _words(place, fields_of(draft)) == _words(place, place.clean(sent_fields))
    if draft.revision != base_revision and not same_words:
        return False
    db.session.delete(draft)
    _commit()
    return True


def _words(place: places.Place, fields: dict[str, list[str]]) -> dict[str, list[str]]:
    return {name: [v.strip() for v in fields.get(name, [])] for name in place.kind.words}


def drafts_of(actor: User) -> list[Draft]:
    return list(db.session.scalars(select(Draft).where(Draft.user_id == actor.id).order_by(Draft.updated_at.desc())))


def purge(max_age_days: int, now: datetime | None = None) -> int:
    """Delete drafts not saved for `max_age_days`. Returns how many went."""
    cutoff = (now or utcnow()) - timedelta(days=max_age_days)
    removed = db.session.execute(
        delete(Draft).where(Draft.updated_at < cutoff).execution_options(synchronize_session=False)
    ).rowcount
    _commit()
    return removed
