"""Rate limits: who a limit counts (the key) and how many it allows (a FORUM_*_RATE_LIMIT setting).

Every limit is a setting read at request time, so an operator can change it without code. The
storage is Flask-Limiter's: memory in one process, Redis (FORUM_REDIS_URL) shared by all workers
and servers. A limited request gets the 429 page (forum/web.py) with a Retry-After header.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app, request
from flask_limiter.util import get_remote_address
from flask_login import current_user

from forum.extensions import limiter


def setting(name: str) -> Callable[[], str]:
    """The limit string of FORUM_<name>_RATE_LIMIT, read on each request."""
    return lambda: current_app.config["FORUM"][f"{name}_RATE_LIMIT"]


def address_key() -> str:
    return f"addr:{get_remote_address()}"


def member_key() -> str:
    """The signed-in member (so changing address doesn't help); the address for anyone else."""
    member_id = getattr(current_user, "id", None) if current_user else None
    return f"member:{member_id}" if member_id else address_key()


def _field_key(field: str) -> str:
    value = (request.form.get(field) or "").strip().lower()[:320]
    return f"{field}:{value}"


def login_name_key() -> str:
    """The submitted login name, normalised (the same account however it is typed)."""
    return _field_key("login")


def email_key() -> str:
    return _field_key("email")


def _limit(name: str, key_func: Callable[[], str], kind: str, methods):
    """One bucket per setting and key, shared by every route that uses it (POST_RATE_LIMIT counts
    new threads, stories, tips and replies together)."""
    return limiter.shared_limit(setting(name), f"{name.lower()}-{kind}", key_func=key_func, methods=list(methods))


def per_address(name: str, methods=("POST",)):
    return _limit(name, address_key, "addr", methods)


def per_member(name: str, methods=("POST",)):
    return _limit(name, member_key, "member", methods)


def per_account(name: str):
    return _limit(name, login_name_key, "account", ("POST",))


def per_email(name: str):
    return _limit(name, email_key, "email", ("POST",))


def search_limit(blueprint):
    """Searches per address, on the whole blueprint (see forum/search/views.py)."""
    return limiter.limit(setting("SEARCH"), key_func=address_key, methods=["GET"])(blueprint)
