"""Sign-in protection for one account: after FORUM_LOCKOUT_FAILURES wrong passwords within
FORUM_LOCKOUT_WINDOW_MINUTES, the account refuses sign-in for a while.

- The first lock lasts a minute and each further lock (within a day) doubles it, up to
  FORUM_LOCKOUT_MAX_MINUTES. A lock always ends by itself, so an attacker can delay a member
  but never shut them out; a password reset by email clears it at once.
- The lock is for the account wherever the attempts come from: an address with no failures is
  not let through, because an attacker with many addresses would then get five more guesses from
  each. The lock is short and the reset link always works, which is the member's way in.
- Names that match no account are counted and locked exactly like real ones, with the same
  message and the same work done, so a lock never tells whether an account exists.

Counts live in the rate limit storage (memory, or Redis shared by every server). Times come
from `clock`, which tests replace to move time on.
"""

from __future__ import annotations

import time

from flask import current_app

from forum.extensions import limiter

clock = time.time
LOCK_HISTORY_SECONDS = 24 * 60 * 60


def _settings() -> dict:
    return current_app.config["FORUM"]


def _storage():
    return limiter.storage


def enabled() -> bool:
    """On with the rate limits (FORUM_RATELIMIT_ENABLED): one switch for all throttling."""
    return bool(current_app.config.get("RATELIMIT_ENABLED")) and getattr(limiter, "_storage", None) is not None


def seconds_locked(key: str) -> int:
    """How long the account keyed `key` stays locked (0: not locked)."""
    if not enabled():
        return 0
    until = _storage().get(f"signin-lock:{key}") or 0
    return max(0, int(until - clock() + 0.999)) if until else 0


def record_failure(key: str) -> int:
    """Count a wrong password; returns the seconds of the lock it started (0: none)."""
    if not enabled():
        return 0
    settings = _settings()
    storage = _storage()
    window = settings["LOCKOUT_WINDOW_MINUTES"] * 60
    failures = storage.incr(f"signin-fail:{key}", window)
    if failures < settings["LOCKOUT_FAILURES"]:
        return 0
    locks = storage.incr(f"signin-locks:{key}", LOCK_HISTORY_SECONDS)
    seconds = min(60 * 2 ** (locks - 1), settings["LOCKOUT_MAX_MINUTES"] * 60)
    storage.clear(f"signin-fail:{key}")
    storage.clear(f"signin-lock:{key}")
    storage.incr(f"signin-lock:{key}", seconds + 60, amount=int(clock()) + seconds)
    return seconds


def clear(key: str, *, history: bool = False) -> None:
    """A successful sign-in clears the failures; a password reset also clears the lock and its history."""
    if not enabled():
        return
    storage = _storage()
    storage.clear(f"signin-fail:{key}")
    if history:
        storage.clear(f"signin-lock:{key}")
        storage.clear(f"signin-locks:{key}")
