"""What every page shares: security headers, error pages, template helpers, request helpers."""

from __future__ import annotations

import hashlib
import os
import time
from datetime import datetime
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, flash, g, render_template, request, send_from_directory, url_for
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, TooManyRequests
from werkzeug.routing import IntegerConverter

from forum import permissions
from forum.content import find_personal_info, safe_html
from forum.drafts import recovery
from forum.errors import NotFound
from forum.extensions import limiter
from forum.models import utcnow
from forum.models.base import MAX_ID
from forum.moderation.screening import needs_crisis_panel
from forum.notifications.services import unread_count
from forum.pagination import PageNotFound
from forum.stories import choices as story_choices
from forum.text_size import TEXT_SIZES, chosen_text_size

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

ERROR_MESSAGES = {
    400: ("Something in that request wasn't right", "Please go back and try again."),
    403: ("You can't do that here", "You don't have permission for this page or action."),
    404: ("We couldn't find that page", "It may have been moved or removed, or the link may be mistyped."),
    405: ("That didn't work", "This page can't be used that way."),
    413: ("That was too large", "Please shorten what you sent and try again."),
    429: ("Please slow down a little", "You've done that a lot in a short time. Please wait a moment and try again."),
    500: ("Something went wrong on our side", "It isn't your fault. Please try again in a little while."),
}


MAX_PAGE = 1_000_000  # far past any real last page; a larger offset would overflow the database's integers


def page_arg() -> int:
    """The ?page= number; anything that isn't a whole number means page 1. A number past any
    possible page is a 404, like any page past the last."""
    number = request.args.get("page", 1, type=int) or 1
    if number > MAX_PAGE:
        raise PageNotFound(number)
    return number


def show_service_error(form, error) -> None:
    """Put a service's ServiceError on the form field it names (or on the whole form)."""
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = [*field.errors, error.message]
    else:
        form.form_errors.append(error.message)


def atom_response(title: str, feed_url: str, page_url: str, threads: list):
    """An Atom feed of threads (summaries only; anonymous authors stay anonymous)."""
    updated = max((t.last_activity_at for t in threads), default=utcnow())
    body = render_template(
        "feeds/atom.xml", title=title, feed_url=feed_url, page_url=page_url, threads=threads, updated=updated
    )
    return current_app.response_class(body, mimetype="application/atom+xml")


CRISIS_MESSAGE = (
    "It sounds like things may be very hard right now. You're not alone, and you deserve support today. "
    "If you might act on thoughts of harming yourself, please call your local emergency number now, or contact "
    "a crisis line or your doctor. Our moderators have been told and will look out for you."
)


def announce_new_post(post_id: int, status: str) -> None:
    """Tell an author what happens next: waiting for review, or support when their words worried us."""
    if needs_crisis_panel(post_id):
        flash(CRISIS_MESSAGE, "crisis")
    if status == "pending":
        flash("Thank you. New members' first posts are read by a moderator before they appear: "
              "only you can see this one for now.", "info")  # fmt: skip


def held_for_privacy_check(form, *texts: str) -> bool:
    """True when the post must wait: it looks like it holds contact details and the author
    hasn't confirmed. The form then shows what we noticed, with the text kept."""
    found = find_personal_info("\n".join(t or "" for t in texts))
    form.privacy_warning = found
    return bool(found) and not form.confirm_personal_info.data


def is_safe_next(target: str | None) -> bool:
    """Only a path on this site: no scheme, no host, no protocol-relative or backslash tricks."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and not any(ord(c) < 32 for c in target)


_FINGERPRINTS: dict[tuple[str, float], str] = {}


def _fingerprint(filename: str) -> str | None:
    """A short hash of a static file's content (recomputed when the file changes)."""
    path = os.path.join(current_app.static_folder or "", filename)
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        return None
    key = (path, mtime)
    if key not in _FINGERPRINTS:
        with open(path, "rb") as handle:
            _FINGERPRINTS[key] = hashlib.sha256(handle.read()).hexdigest()[:12]
    return _FINGERPRINTS[key]


def _static_url(filename: str) -> str:
    """/assets/css/stillpoint.<hash>.css: a new name whenever the content changes, so the file
    can be cached for a year."""
    digest = _fingerprint(filename)
    if digest is None:
        return url_for("static", filename=filename)
    stem, dot, suffix = filename.rpartition(".")
    return url_for("assets", fingerprinted=f"{stem}.{digest}.{suffix}" if dot else f"{filename}.{digest}")


ASSET_MAX_AGE = 365 * 24 * 3600


def _serve_asset(fingerprinted: str):
    """Serve a fingerprinted static file with a long, immutable cache lifetime."""
    stem, _, suffix = fingerprinted.rpartition(".")
    original, _, digest = stem.rpartition(".")
    filename = f"{original}.{suffix}"
    if not original or _fingerprint(filename) != digest:
        abort(404)
    response = send_from_directory(current_app.static_folder, filename, max_age=ASSET_MAX_AGE)
    response.headers["Cache-Control"] = f"public, max-age={ASSET_MAX_AGE}, immutable"
    return response


def _post_url(post_id: int, action: str = "") -> str:
    """/p/<id> or /p/<id>/<action>, without url_for's cost: it runs for every post on a page.
    tests/core/test_pages.py checks that it matches url_for."""
    return f"{request.script_root}/p/{post_id}" + (f"/{action}" if action else "")


def _profile_url(username: str) -> str:
    return f"{request.script_root}/u/{username}"


def _can(action: str, target=None) -> bool:
    """Templates ask the permission rules about the signed-in member. A page asks dozens of
    times, so the member is looked up once per request, not through the proxy each time."""
    if "permission_user" not in g:
        g.permission_user = current_user._get_current_object()
    return permissions.can(g.permission_user, action, target)


def _format_date(value: datetime | None) -> str:
    return value.strftime("%-d %b %Y") if value else ""


def _time_ago(value: datetime | None) -> str:
    if value is None:
        return ""
    seconds = int((utcnow() - value).total_seconds())
    for size, unit in ((86400 * 365, "year"), (86400 * 30, "month"), (86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def _render_error(code: int, description: str | None = None, **extra):
    title, default_text = ERROR_MESSAGES.get(code, ERROR_MESSAGES[500])
    page = render_template("errors/error.html", code=code, title=title, text=description or default_text, **extra)
    return page, code


def _handle_http_error(error: HTTPException):
    if error.code is None or error.code < 400:
        return error
    code = error.code if error.code in ERROR_MESSAGES else (500 if error.code >= 500 else 400)
    description = error.description if isinstance(error, permissions.PermissionDenied) else None
    unverified = False
    if code == 403 and getattr(current_user, "is_authenticated", False):
        if current_user.is_suspended():
            description = "Your account is suspended, so you can read but not post for now."
        elif permissions.needs_verification(current_user):
            unverified = True
            description = ("Please confirm your email address before posting: open the link we emailed you "
                           "when you joined. Nothing you wrote has been posted yet.")  # fmt: skip
    if code == 429:
        return _too_many(error)
    body, status = _render_error(code, description, unverified=unverified)
    response = current_app.make_response((body, error.code if error.code in ERROR_MESSAGES else status))
    for header in ("Allow", "Retry-After", "WWW-Authenticate"):
        value = error.get_response().headers.get(header)
        if value:
            response.headers[header] = value
    return response


SLOW_DOWN = "You've done that a lot in a short time, so we're asking you to pause."


def _retry_seconds(error: HTTPException) -> int:
    """How long until a limited request may be tried again: the lock's own time, else the limit's window."""
    seconds = getattr(error, "retry_after", None)
    if isinstance(seconds, int | float):
        return max(1, int(seconds))
    current = limiter.current_limit
    return max(1, int(current.reset_at - time.time())) if current is not None else 60


def _when(seconds: int) -> str:
    if seconds <= 60:
        return "in a minute"
    minutes = -(-seconds // 60)
    return f"in about {minutes} minutes" if minutes < 60 else f"in about {-(-minutes // 60)} hours"


def _too_many(error: HTTPException):
    """The 429 page: calm, says when to try again, and never loses words a member was sending."""
    seconds = _retry_seconds(error)
    when = f"You can try again {_when(seconds)}."
    lock_message = error.description if isinstance(error, TooManyRequests) and error.retry_after else None
    text = f"{lock_message or SLOW_DOWN} {when}"
    kept = recovery.carried_words()  # signing in to keep words, too often: keep them on the page
    if kept is None and request.method == "POST" and getattr(current_user, "is_authenticated", False):
        place = recovery.place_of_request()  # a limited post or reply: the words come back with the page
        if place is not None:
            kept = recovery.words_from_request(place)
    if kept is not None:
        response = recovery.words_page(kept, 429, message=f"{SLOW_DOWN} {when} Your words are kept below.")
    else:
        response = current_app.make_response(_render_error(429, text))
    response.headers["Retry-After"] = str(seconds)
    return response


def _handle_csrf_error(error: CSRFError):
    """An expired or missing token must not cost a member what they wrote: show it back."""
    response = recovery.csrf_failed(error)
    if response is not None:
        return response
    kept = {key: value for key, value in request.form.items() if key != "csrf_token" and value.strip()}
    return (
        render_template("errors/csrf.html", kept=kept, action=request.path, reason=error.description),
        400,
    )


class DatabaseIntConverter(IntegerConverter):
    """<int:...> in a URL: a number the database's integer ids can hold (PostgreSQL's integer tops out
    at 2**31 - 1). A larger one matches no route, a 404, instead of overflowing the query."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):  # noqa: A002
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def _holds_nul(value) -> bool:
    """Whether a string anywhere in a (possibly deeply nested) value holds a NUL character."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def _refuse_nul_characters():
    """No text here may hold a NUL character (PostgreSQL can neither store nor compare one): a request
    with one in its path, query, form or JSON is a 400, not a database error. The search box's `q`
    is the exception: search cleans its own query and answers kindly (forum/search)."""
    arguments = {key: values for key, values in request.args.to_dict(flat=False).items() if key != "q"}
    if "\x00" in request.path or _holds_nul(arguments):
        abort(400)
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        if _holds_nul(request.form.to_dict(flat=False)):
            abort(400)
        try:
            data = request.get_json(silent=True) if request.is_json else None
        except RecursionError:  # nested deeper than the JSON decoder goes
            abort(400)
        if _holds_nul(data):
            abort(400)


def _set_security_headers(response):
    for header, value in SECURITY_HEADERS.items():
        response.headers.setdefault(header, value)
    if current_app.config["SESSION_COOKIE_SECURE"]:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response


def _header_context() -> dict:
    """The text size, and the unread notification count in the header (one query, members only)."""
    sizes = {"text_size": chosen_text_size(), "text_sizes": TEXT_SIZES}
    if getattr(current_user, "is_authenticated", False):
        loaded = getattr(current_user, "unread_at_load", None)  # counted when the member was loaded
        return {**sizes, "unread_notifications": unread_count(current_user) if loaded is None else loaded}
    return {**sizes, "unread_notifications": 0}


def init_app(app: Flask) -> None:
    app.url_map.converters["int"] = DatabaseIntConverter  # before any <int:...> rule is added
    app.add_url_rule("/assets/<path:fingerprinted>", "assets", _serve_asset)
    app.context_processor(_header_context)
    app.after_request(_set_security_headers)
    app.before_request_funcs.setdefault(None, []).insert(0, _refuse_nul_characters)  # before the page cache
    app.register_error_handler(HTTPException, _handle_http_error)
    app.register_error_handler(CSRFError, _handle_csrf_error)
    app.register_error_handler(NotFound, lambda _e: _render_error(404))
    app.register_error_handler(PageNotFound, lambda _e: _render_error(404))
    app.register_error_handler(500, lambda _e: _render_error(500))
    app.add_template_filter(safe_html, "content")
    app.add_template_filter(_format_date, "date")
    app.add_template_filter(_time_ago, "ago")
    app.add_template_global(_static_url, "static_url")
    app.add_template_global(_post_url, "post_url")
    app.add_template_global(_profile_url, "profile_url")
    app.add_template_global(_can, "can")
    app.add_template_global(permissions.needs_verification, "needs_verification")
    app.jinja_env.globals["site_name"] = app.config["FORUM"]["SITE_NAME"]
    app.jinja_env.globals["choices"] = story_choices
    app.jinja_env.globals["reaction_kinds"] = permissions.REACTIONS_BY_KIND
