"""Site-wide reads: the front page and the health check."""

from __future__ import annotations

from sqlalchemy import text

from forum.discussions.services import latest_threads, list_categories
from forum.extensions import db


def front_page() -> dict:
    return {"categories": list_categories(), "latest": latest_threads(limit=10)}


def database_ok() -> bool:
    try:
        db.session.execute(text("SELECT 1"))
        return True
    except Exception:  # any failure means "not healthy"; the reason goes to the log
        db.session.rollback()
        return False
