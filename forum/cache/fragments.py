"""Fragments of member pages that many members see alike, kept in the page cache's store.

A fragment is stamped with the generations of what it shows (the same dependency tags as the
visitor page cache, see invalidation.py), read *before* it is built, so a change committed while
it was being built leaves it stale rather than wrongly fresh. A stale or missing fragment is
simply built again; so is any fragment when the store is down.
"""

from __future__ import annotations

from typing import Any

from flask import current_app

from forum.cache.pages import current_generations, is_fresh, store, unavailable
from forum.cache.store import STORE_ERRORS


def _enabled() -> bool:
    return bool(current_app.config["FORUM"]["PAGE_CACHE_ENABLED"])


def fetch(key: str) -> Any | None:
    if not _enabled():
        return None
    try:
        entry = store().get(f"fragment:{key}")
        return entry["value"] if entry is not None and is_fresh(entry) else None
    except STORE_ERRORS as error:
        unavailable(error)
        return None


def stamp(deps: list[str]) -> dict[str, int] | None:
    """The generations of `deps` now: take them before building the fragment."""
    if not _enabled():
        return None
    try:
        return current_generations(deps)
    except STORE_ERRORS as error:
        unavailable(error)
        return None


def keep(key: str, generations: dict[str, int] | None, value: Any, ttl: int) -> None:
    if generations is None:
        return
    try:
        store().set(f"fragment:{key}", {"value": value, "deps": generations}, ttl=ttl)
    except STORE_ERRORS as error:
        unavailable(error)
