"""Screening new posts: new-member review and watched words, decided before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select

from forum import permissions
from forum.errors import ServiceError
from forum.extensions import db
from forum.models import Post, Report, User, WatchedWord

# Strongest first: one blocking phrase outweighs any number of flags.
_STRENGTH = {"block": 4, "review": 3, "urgent": 2, "flag": 1}


@dataclass
class Screening:
    status: str = "visible"  # or "pending"
    flagged: list[str] = field(default_factory=list)
    urgent: bool = False


def phrase_pattern(phrase: str) -> re.Pattern:
    """Whole words and phrases, without regard to case or the spaces between words."""
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def matches(text: str, words: list[WatchedWord]) -> list[WatchedWord]:
    return [word for word in words if phrase_pattern(word.phrase).search(text or "")]


def screen(author: User, *texts: str) -> Screening:
    """Decide how a new post starts life. Raises ServiceError (field "body") for a blocked phrase."""
    words = list(db.session.scalars(select(WatchedWord)))
    found = matches("\n".join(texts), words)
    result = Screening()
    for word in sorted(found, key=lambda w: -_STRENGTH.get(w.action, 0)):
        if word.action == "block":
            raise ServiceError(
                "Your post includes something our community guidelines don't allow, so it wasn't published. "
                "Your text is kept below: please change it and try again.",
                "body",
            )
        if word.action == "review":
            result.status = "pending"
        else:
            result.flagged.append(word.phrase)
            result.urgent = result.urgent or word.action == "urgent"
    if permissions.needs_review(author, current_app.config["FORUM"]["REVIEW_FIRST_POSTS"]):
        result.status = "pending"
    return result


def record_flags(post: Post, screening: Screening) -> None:
    """Put a flagged post in the moderators' queue (a report with no reporter)."""
    if screening.flagged:
        db.session.add(
            Report(
                post_id=post.id,
                reporter_id=None,
                reason="watched_word",
                note="Matched: " + ", ".join(screening.flagged),
                is_urgent=screening.urgent,
            )
        )


def needs_crisis_panel(post_id: int) -> bool:
    """Whether a just-written post matched a self-harm phrase (its author sees support resources)."""
    return (
        db.session.scalar(
            select(Report.id).where(Report.post_id == post_id, Report.reporter_id.is_(None), Report.is_urgent.is_(True))
        )
        is not None
    )
