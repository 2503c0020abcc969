"""Tags: turning what a member typed into tags, with helpful suggestions."""

from __future__ import annotations

import difflib
import re

from sqlalchemy import delete, func, literal, or_, select, true, update

from forum import permissions
from forum.errors import NotFound, ServiceError
from forum.extensions import db
from forum.models import Tag, TagPreference, User, thread_tags
from forum.moderation.audit import log_action
from forum.search.services import index_threads_tagged
from forum.slugs import slugify

MAX_TAGS_PER_THREAD = 5


def split_tag_names(text: str) -> list[str]:
    """ "Sleep, pain ,sleep" -> ["Sleep", "pain"]: trimmed, de-duplicated without regard to case."""
    seen: dict[str, str] = {}
    for raw in (text or "").split(","):
        name = " ".join(raw.split())
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return list(seen.values())


def resolve_tags(text: str) -> list[Tag]:
    """The existing tags named in `text`; a ServiceError (field "tags") for unknown names."""
    names = split_tag_names(text)
    if not names:
        return []
    if len(names) > MAX_TAGS_PER_THREAD:
        raise ServiceError(f"Choose at most {MAX_TAGS_PER_THREAD} tags.", "tags")
    keys = [name.lower() for name in names]
    found = {
        tag.name_key: tag
        for tag in db.session.scalars(select(Tag).where(Tag.name_key.in_(keys), Tag.is_retired.is_(False)))
    }
    unknown = [name for name in names if name.lower() not in found]
    if unknown:
        raise ServiceError(_unknown_tags_message(unknown), "tags")
    return [found[key] for key in keys]


def _unknown_tags_message(unknown: list[str]) -> str:
    all_names = list(db.session.scalars(select(Tag.name).where(Tag.is_retired.is_(False))))
    by_key = {name.lower(): name for name in all_names}
    parts = []
    for name in unknown:
        close = difflib.get_close_matches(name.lower(), list(by_key), n=3, cutoff=0.6)
        hint = f" Did you mean {', '.join(by_key[c] for c in close)}?" if close else ""
        parts.append(f"There is no tag called “{name}”.{hint}")
    return " ".join(parts) + " Only moderators can create new tags."


def tag_groups() -> list[tuple[str, list[Tag]]]:
    """Every tag members can choose, grouped by coping area (for the tag picker)."""
    groups: dict[str, list[Tag]] = {}
    for tag in db.session.scalars(select(Tag).where(Tag.is_retired.is_(False)).order_by(Tag.group, Tag.name)):
        groups.setdefault(tag.group or "Other", []).append(tag)
    return list(groups.items())


# --- reading ----------------------------------------------------------------------------

KINDS = ("discussion", "story", "tip")


def tag_index() -> list[tuple[str, list[tuple[Tag, dict[str, int]]]]]:
    """Every tag in use, by area, with counts of visible discussions, stories and tips (two queries)."""
    from forum.models import Thread

    counts: dict[int, dict[str, int]] = {}
    rows = db.session.execute(
        select(thread_tags.c.tag_id, Thread.kind, func.count())
        .join(Thread, Thread.id == thread_tags.c.thread_id)
        .where(Thread.status == "visible")
        .group_by(thread_tags.c.tag_id, Thread.kind)
    )
    for tag_id, kind, n in rows:
        counts.setdefault(tag_id, dict.fromkeys(KINDS, 0))[kind] = n
    groups: dict[str, list] = {}
    for tag in db.session.scalars(select(Tag).where(Tag.is_retired.is_(False)).order_by(Tag.group, Tag.name)):
        groups.setdefault(tag.group or "Other", []).append((tag, counts.get(tag.id, dict.fromkeys(KINDS, 0))))
    return list(groups.items())


def get_tag(slug: str) -> Tag:
    """A tag by slug; a merged tag answers with the tag it was merged into (callers redirect)."""
    tag = db.session.scalar(select(Tag).where(Tag.slug == slug))
    if tag is None:
        raise NotFound(f"tag {slug}")
    seen = {tag.id}
    while tag.merged_into_id is not None:
        tag = db.session.get(Tag, tag.merged_into_id)
        if tag is None or tag.id in seen:
            raise NotFound(f"tag {slug}")
        seen.add(tag.id)
    return tag


def tag_counts(tag: Tag) -> dict[str, int]:
    from forum.models import Thread

    counts = dict.fromkeys(KINDS, 0)
    rows = db.session.execute(
        select(Thread.kind, func.count())
        .join(thread_tags, thread_tags.c.thread_id == Thread.id)
        .where(thread_tags.c.tag_id == tag.id, Thread.status == "visible")
        .group_by(Thread.kind)
    )
    counts.update(dict(rows.all()))
    return counts


def tagged_threads(tag: Tag, kind: str | None, page: int, per_page: int, public_only: bool = False):
    """Visible threads with this tag (optionally of one kind), latest activity first."""
    from sqlalchemy.orm import contains_eager, selectinload

    from forum.models import Thread
    from forum.pagination import Page, check_page_number

    where = [Thread.status == "visible", Thread.tags.any(Tag.id == tag.id)]
    if public_only:
        where.append(Thread.members_only.is_(False))
    if kind:
        where.append(Thread.kind == kind)
    total = db.session.scalar(select(func.count(Thread.id)).where(*where)) or 0
    check_page_number(page, total, per_page)
    threads = db.session.scalars(
        select(Thread)
        .join(Thread.author)
        .outerjoin(Thread.category)
        .options(contains_eager(Thread.author), contains_eager(Thread.category), selectinload(Thread.tags))
        .where(*where)
        .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page(list(threads), page, per_page, total)


# --- curation (moderators) --------------------------------------------------------------

TAG_NAME_MAX = 40
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_MARKUP = re.compile(r"[<>&\"'`{}\[\]\\]")


def _clean_name(name: str, field: str = "name", max_length: int = TAG_NAME_MAX) -> str:
    if _CONTROL.search(name or ""):
        raise ServiceError("Names can't contain control characters.", field)
    cleaned = " ".join((name or "").split())
    if len(cleaned) < 2 or len(cleaned) > max_length:
        raise ServiceError(f"Use 2 to {max_length} characters.", field)
    if _MARKUP.search(cleaned) or "," in cleaned:
        raise ServiceError("Use letters, digits, spaces and simple punctuation (no commas or markup).", field)
    return cleaned


def _check_free(name: str, slug: str, exclude_id: int | None = None) -> None:
    clash = db.session.scalar(
        select(Tag).where(or_(Tag.name_key == name.lower(), Tag.slug == slug), Tag.id != (exclude_id or 0))
    )
    if clash is not None:
        raise ServiceError(f"There is already a tag called “{clash.name}”.", "name")


def _log(actor: User, action: str, tag: Tag, **details) -> None:
    log_action(actor, action, "tag", tag.id, **details)


def create_tag(actor: User, name: str, group: str, description: str) -> Tag:
    permissions.require(actor, "tag.manage")
    name = _clean_name(name)
    group = _clean_name(group, "group", 60)
    slug = slugify(name, 60)
    _check_free(name, slug)
    tag = Tag(slug=slug, name=name, name_key=name.lower(), group=group, description=description.strip()[:500])
    db.session.add(tag)
    db.session.flush()
    _log(actor, "tag.create", tag, name=name, group=group)
    db.session.commit()
    return tag


def update_tag(actor: User, tag: Tag, name: str, group: str, description: str) -> Tag:
    """Rename, regroup or describe a tag. Its address follows the new name."""
    permissions.require(actor, "tag.manage")
    name = _clean_name(name)
    group = _clean_name(group, "group", 60)
    slug = slugify(name, 60)
    _check_free(name, slug, exclude_id=tag.id)
    before = {"name": tag.name, "group": tag.group, "description": tag.description}
    tag.name, tag.name_key, tag.slug, tag.group = name, name.lower(), slug, group
    tag.description = description.strip()[:500]
    _log(actor, "tag.update", tag, before=before)
    index_threads_tagged(tag.id)
    db.session.commit()
    return tag


def merge_tags(actor: User, source: Tag, target: Tag) -> int:
    """Move everything tagged `source` to `target` (no duplicates) and retire `source`.

    Returns how many threads gained the target tag."""
    permissions.require(actor, "tag.manage")
    if source.id == target.id:
        raise ServiceError("A tag can't be merged into itself.", "target")
    if target.is_retired:
        raise ServiceError("Merge into a tag that is still in use.", "target")
    already = select(thread_tags.c.thread_id).where(thread_tags.c.tag_id == target.id)
    moved = db.session.execute(
        thread_tags.insert().from_select(
            ["thread_id", "tag_id"],
            select(thread_tags.c.thread_id, literal(target.id)).where(
                thread_tags.c.tag_id == source.id, thread_tags.c.thread_id.not_in(already)
            ),
        )
    ).rowcount
    db.session.execute(delete(thread_tags).where(thread_tags.c.tag_id == source.id))
    db.session.execute(update(Tag).where(Tag.merged_into_id == source.id).values(merged_into_id=target.id))
    source.is_retired = True
    source.merged_into_id = target.id
    _log(actor, "tag.merge", source, into=target.id, into_name=target.name, moved=moved)
    index_threads_tagged(target.id)
    db.session.commit()
    return moved


def retire_tag(actor: User, tag: Tag) -> None:
    """Stop offering a tag; threads keep it and its page stays."""
    permissions.require(actor, "tag.manage")
    tag.is_retired = True
    _log(actor, "tag.retire", tag)
    db.session.commit()


def all_tags_for_management() -> list[Tag]:
    return list(db.session.scalars(select(Tag).order_by(Tag.is_retired, Tag.group, Tag.name)))


# --- following and muting (members) -----------------------------------------------------


def tag_mode(viewer, tag: Tag) -> str:
    """ "follow", "mute" or "" for this member and tag."""
    if not getattr(viewer, "is_authenticated", False):
        return ""
    preference = db.session.get(TagPreference, (viewer.id, tag.id))
    return preference.mode if preference else ""


def set_tag_mode(actor: User, tag: Tag, mode: str) -> None:
    """Follow (told of new threads), mute (its threads leave your lists) or neither ("")."""
    permissions.require(actor, "tag.follow", tag)
    if mode not in ("follow", "mute", ""):
        raise ServiceError("Choose follow, mute or neither.")
    preference = db.session.get(TagPreference, (actor.id, tag.id))
    if not mode:
        if preference is not None:
            db.session.delete(preference)
    elif preference is None:
        db.session.add(TagPreference(user_id=actor.id, tag_id=tag.id, mode=mode))
    else:
        preference.mode = mode
    db.session.commit()


def muted_tag_ids(viewer) -> list[int]:
    """The tags whose threads this member doesn't want in their lists (one query; none for visitors)."""
    if not getattr(viewer, "is_authenticated", False):
        return []
    return list(
        db.session.scalars(
            select(TagPreference.tag_id).where(TagPreference.user_id == viewer.id, TagPreference.mode == "mute")
        )
    )


def without_muted(muted_ids: list[int]):
    """A filter for Thread listings: leave out threads carrying any muted tag."""
    from forum.models import Thread

    if not muted_ids:
        return true()
    return ~Thread.tags.any(Tag.id.in_(muted_ids))
