"""The moderation log: one entry per moderator or admin action, append-only."""

from __future__ import annotations

from forum.extensions import db
from forum.models import ModAction, User


def log_action(
    actor: User | None,
    action: str,
    target_type: str,
    target_id: int,
    *,
    subject_user_id: int | None = None,
    reason: str = "",
    **details,
) -> None:
    """Add a log entry to the session (committed with the action it records). actor None: the system."""
    db.session.add(
        ModAction(
            actor_id=actor.id if actor is not None else None,
            action=action,
            target_type=target_type,
            target_id=target_id,
            subject_user_id=subject_user_id,
            reason=reason.strip()[:500],
            details=details,
        )
    )
