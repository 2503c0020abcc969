"""The visitor page cache.

Whole pages are kept for visitors only: a request carrying a session or remember-me cookie
is never served from it or stored in it, and a response that sets a cookie or holds a CSRF
token is never stored. Each stored page lists what it shows ("dependencies" such as
thread:42 or lists) with the generation each had when it was made; every committed change
to what a page shows bumps those generations (see invalidation.py), so a stale page is
never served. ETag and Last-Modified come with every cacheable page, and a matching
If-None-Match or If-Modified-Since gets a 304.
"""

from __future__ import annotations

import hashlib

from flask import Flask, Response, current_app, g, request

from forum.cache.store import STORE_ERRORS, make_store
from forum.models import utcnow
from forum.text_size import cookie_text_size

CACHED_TYPES = ("text/html", "application/atom+xml")
PRIVATE_COOKIES = ("session", "remember_token")


def store():
    return current_app.extensions["stillpoint_store"]


def depends_on(*tags: str) -> None:
    """Called by a view: what the page shows, so it is dropped the moment any of that changes."""
    g.cache_dependencies = {*g.get("cache_dependencies", set()), *tags, "site"}


def _cacheable_request() -> bool:
    if request.method not in ("GET", "HEAD") or not current_app.config["FORUM"]["PAGE_CACHE_ENABLED"]:
        return False
    return not any(name in request.cookies for name in PRIVATE_COOKIES)


def _key() -> str:
    """One copy of a page per text size a visitor chose (the size is a class on <html>)."""
    return f"page:{cookie_text_size()}:{request.full_path}"


def current_generations(deps) -> dict[str, int]:
    deps = sorted(deps)
    return dict(zip(deps, store().counters([f"gen:{dep}" for dep in deps]), strict=True))


def is_fresh(entry: dict) -> bool:
    """Whether nothing the entry shows has changed since it was stored."""
    return current_generations(entry["deps"]) == entry["deps"]


def _conditional(response: Response, etag: str, modified) -> Response:
    response.set_etag(etag)
    response.last_modified = modified
    response.headers["Cache-Control"] = "public, max-age=0, must-revalidate"
    response.headers["Vary"] = "Cookie"
    return response.make_conditional(request)


def unavailable(error: Exception) -> None:
    current_app.logger.warning("page cache unavailable, serving without it: %s", error)


def serve_from_cache():
    """before_request: answer a visitor straight from the cache when the page is fresh.
    If the cache's store is down the page is simply made afresh."""
    if not _cacheable_request():
        return None
    try:
        entry = store().get(_key())
        if entry is None or not is_fresh(entry):
            return None
    except STORE_ERRORS as error:
        unavailable(error)
        return None
    response = Response(entry["body"], status=200, mimetype=entry["mimetype"])
    response.headers["X-Cache"] = "HIT"
    return _conditional(response, entry["etag"], entry["modified"])


def remember(response: Response) -> Response:
    """after_request: store a visitor page that is safe to share, and make it conditional."""
    if (
        response.headers.get("X-Cache") == "HIT"
        or not _cacheable_request()
        or response.status_code != 200
        or response.mimetype not in CACHED_TYPES
        or "Set-Cookie" in response.headers
        or response.direct_passthrough
        or "cache_dependencies" not in g
    ):
        return response
    body = response.get_data()
    if b'name="csrf_token"' in body:
        return response
    deps = sorted(g.cache_dependencies)
    etag = hashlib.sha1(body).hexdigest()
    modified = utcnow().replace(microsecond=0)
    try:
        generations = current_generations(deps)
        store().set(
            _key(),
            {"body": body, "mimetype": response.mimetype, "deps": generations, "etag": etag, "modified": modified},
            ttl=current_app.config["FORUM"]["PAGE_CACHE_SECONDS"],
        )
    except STORE_ERRORS as error:
        unavailable(error)
        return response
    response.headers["X-Cache"] = "MISS"
    return _conditional(response, etag, modified)


def bump(tags: set[str]) -> None:
    try:
        for tag in tags:
            store().incr(f"gen:{tag}")
    except STORE_ERRORS as error:
        # Pages may now be stale until they expire (FORUM_PAGE_CACHE_SECONDS): say so loudly.
        current_app.logger.error("page cache invalidation failed for %s: %s", sorted(tags), error)


def init_app(app: Flask) -> None:
    app.extensions["stillpoint_store"] = make_store(app.config["FORUM"]["REDIS_URL"])
    app.before_request(serve_from_cache)
    app.after_request(remember)
