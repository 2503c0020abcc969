"""Creating the default categories (idempotent: safe on every start)."""

from sqlalchemy import select

from forum.discussions.defaults import DEFAULT_CATEGORIES
from forum.extensions import db
from forum.models import Category


def ensure_default_categories() -> int:
    """Add any default category that is missing; returns how many were added."""
    existing = set(db.session.scalars(select(Category.slug)))
    added = 0
    for position, (slug, name, description) in enumerate(DEFAULT_CATEGORIES):
        if slug not in existing:
            db.session.add(Category(slug=slug, name=name, description=description, position=position))
            added += 1
    db.session.commit()
    return added
