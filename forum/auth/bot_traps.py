"""Traps for sign-up bots, decided before anything is written.

A honeypot field people never see or reach (bots fill every input), and a signed stamp of
when the form was served: a form sent back within FORUM_REGISTER_MIN_SECONDS was not typed
by a person. The stamp is signed with the app secret, so a bot can't forge an older one.
"""

from __future__ import annotations

import time

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from forum.errors import ServiceError

STAMP_MAX_AGE_SECONDS = 24 * 60 * 60  # a form left open longer than a day is served afresh
NEUTRAL_REFUSAL = "We couldn't create an account from that form. Please try again."
TRY_AGAIN = (
    "Sorry, we couldn't accept the form this time. Please check your details and send it again: "
    "nothing you typed has been lost."
)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="stillpoint-register-form")


def new_stamp() -> str:
    """A signed stamp of now, for the form being served."""
    return _serializer().dumps("register")


def check(honeypot: str | None, stamp: str | None, min_seconds: int) -> None:
    """Raise ServiceError (no field: a message for the whole form) when a bot is suspected."""
    if honeypot:
        raise ServiceError(NEUTRAL_REFUSAL)
    if min_seconds <= 0:
        return
    try:
        _, signed_at = _serializer().loads(stamp or "", max_age=STAMP_MAX_AGE_SECONDS, return_timestamp=True)
    except (BadSignature, SignatureExpired):  # missing, forged or a day old
        raise ServiceError(TRY_AGAIN) from None
    if time.time() - signed_at.timestamp() < min_seconds:
        raise ServiceError(TRY_AGAIN)
