"""Text size: normal, large or larger. A member's choice is kept on the account, a visitor's in
a cookie (so the visitor page cache keeps one copy of a page per size, see cache/pages.py)."""

from __future__ import annotations

from flask import Response, current_app, request
from flask_login import current_user

from forum.errors import ServiceError
from forum.extensions import db

TEXT_SIZES = {"normal": "Normal text", "large": "Large text", "larger": "Larger text"}
COOKIE = "text_size"
COOKIE_MAX_AGE = 365 * 24 * 3600


def cookie_text_size() -> str:
    size = request.cookies.get(COOKIE, "normal")
    return size if size in TEXT_SIZES else "normal"


def chosen_text_size() -> str:
    if getattr(current_user, "is_authenticated", False):
        return current_user.text_size if current_user.text_size in TEXT_SIZES else "normal"
    return cookie_text_size()


def check_size(size: str) -> str:
    if size not in TEXT_SIZES:
        raise ServiceError("Choose normal, large or larger text.", "size")
    return size


def remember_for_member(user, size: str) -> None:
    user.text_size = check_size(size)
    db.session.commit()


def remember_in_cookie(response: Response, size: str) -> Response:
    response.set_cookie(
        COOKIE, check_size(size), max_age=COOKIE_MAX_AGE, httponly=True, samesite="Lax",
        secure=bool(current_app.config["SESSION_COOKIE_SECURE"]),
    )  # fmt: skip
    return response
