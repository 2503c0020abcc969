"""Tags: turning what a member typed into tags, with helpful suggestions."""

from __future__ import annotations

import difflib

from sqlalchemy import select

from forum.errors import ServiceError
from forum.extensions import db
from forum.models import Tag

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
    found = {tag.name_key: tag for tag in db.session.scalars(select(Tag).where(Tag.name_key.in_(keys)))}
    unknown = [name for name in names if name.lower() not in found]
    if unknown:
        raise ServiceError(_unknown_tags_message(unknown), "tags")
    return [found[key] for key in keys]


def _unknown_tags_message(unknown: list[str]) -> str:
    all_names = list(db.session.scalars(select(Tag.name)))
    by_key = {name.lower(): name for name in all_names}
    parts = []
    for name in unknown:
        close = difflib.get_close_matches(name.lower(), list(by_key), n=3, cutoff=0.6)
        hint = f" Did you mean {', '.join(by_key[c] for c in close)}?" if close else ""
        parts.append(f"There is no tag called “{name}”.{hint}")
    return " ".join(parts) + " Only moderators can create new tags."


def all_tag_names() -> list[str]:
    return list(db.session.scalars(select(Tag.name).order_by(Tag.name)))
