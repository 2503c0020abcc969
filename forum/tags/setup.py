"""Creating the default tags (idempotent)."""

from sqlalchemy import select

from forum.extensions import db
from forum.models import Tag
from forum.slugs import slugify
from forum.tags.defaults import DEFAULT_TAGS


def ensure_default_tags() -> int:
    """Add any default tag that is missing; returns how many were added."""
    existing = set(db.session.scalars(select(Tag.name_key)))
    added = 0
    for name, group, description in DEFAULT_TAGS:
        if name.lower() not in existing:
            db.session.add(
                Tag(slug=slugify(name, 60), name=name, name_key=name.lower(), group=group, description=description)
            )
            added += 1
    db.session.commit()
    return added
