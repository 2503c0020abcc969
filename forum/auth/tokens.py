"""Signed, expiring links for email verification, email change and password reset.

A reset token carries a fingerprint of the password hash it was made for: once the password
changes (through the link or any other way), every older reset link stops working, which
also makes each link single-use.
"""

from __future__ import annotations

import hashlib

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from forum.errors import ServiceError

VERIFY, CHANGE_EMAIL, RESET = "verify-email", "change-email", "reset-password"


class TokenError(ServiceError):
    pass


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"stillpoint-{purpose}")


def password_fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def make_token(purpose: str, payload: dict) -> str:
    return _serializer(purpose).dumps(payload)


def read_token(purpose: str, token: str, max_age_seconds: int) -> dict:
    """The payload, or TokenError with a plain message for an expired or damaged link."""
    try:
        payload = _serializer(purpose).loads(token, max_age=max_age_seconds)
    except SignatureExpired:
        raise TokenError("This link has expired. Please ask for a new one.") from None
    except BadSignature:
        raise TokenError(
            "This link isn't valid. Please check that you copied all of it, or ask for a new one."
        ) from None
    if not isinstance(payload, dict):
        raise TokenError("This link isn't valid.")
    return payload
