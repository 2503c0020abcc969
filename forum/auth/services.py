"""Accounts: registration, signing in, passwords."""

from __future__ import annotations

from functools import cache

from flask import current_app
from sqlalchemy import bindparam, func, or_, select
from werkzeug.security import check_password_hash, generate_password_hash

from forum.auth import lockout
from forum.errors import ServiceError
from forum.extensions import db
from forum.models import ROLES, HeldUsername, User, new_session_token, utcnow

USERNAME_PATTERN = r"^[A-Za-z0-9_-]{3,30}$"
RESERVED_USERNAMES = frozenset(
    {
        "admin", "administrator", "moderator", "mod", "mods", "moderators", "stillpoint",
        "support", "staff", "team", "system", "root", "help", "official", "security",
        "anonymous", "community", "member", "members", "guest", "visitor", "null", "none",
        "undefined", "api", "about", "login", "logout", "register", "settings", "webmaster",
        "postmaster", "noreply", "no-reply", "info", "contact", "abuse",
    }
)  # fmt: skip


def username_key(username: str) -> str:
    return username.strip().lower()


def normalize_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["FORUM"]["PASSWORD_HASH_METHOD"])


# Checked when no account matches, so a miss takes as long as a wrong password.
_DUMMY_HASH: dict[str, str] = {}


def _dummy_hash() -> str:
    method = current_app.config["FORUM"]["PASSWORD_HASH_METHOD"]
    if method not in _DUMMY_HASH:
        _DUMMY_HASH[method] = generate_password_hash("not a real password", method=method)
    return _DUMMY_HASH[method]


def is_reserved(username: str) -> bool:
    return username_key(username) in RESERVED_USERNAMES


def register_user(
    username: str, email: str, password: str, role: str = "member", *, allow_reserved: bool = False
) -> User:
    """Create a member account. Raises ServiceError on a taken or reserved name or email.

    Reserved names are for the operators' own accounts, made from the command line."""
    username = username.strip()
    if not allow_reserved and is_reserved(username):
        raise ServiceError("That username is reserved. Please choose another.", "username")
    if role not in ROLES:
        raise ServiceError(f"Unknown role {role!r}.", "role")
    key = username_key(username)
    email = normalize_email(email)
    if db.session.scalar(select(User.id).where(User.username_key == key)) or _held(key):
        raise ServiceError("That username is taken. Please choose another.", "username")
    if db.session.scalar(select(User.id).where(User.email == email)):
        raise ServiceError(
            "That email address can't be used for a new account. If it is yours, sign in instead.",
            "email",
        )
    user = User(
        username=username,
        username_key=key,
        email=email,
        password_hash=hash_password(password),
        role=role,
        default_members_only=current_app.config["FORUM"]["DEFAULT_MEMBERS_ONLY"],
    )
    db.session.add(user)
    db.session.commit()
    return user


def _held(key: str) -> bool:
    """An erased account's name stays unavailable for FORUM_USERNAME_HOLD_DAYS."""
    held = db.session.get(HeldUsername, key)
    return held is not None and held.until > utcnow()


class SignInLocked(Exception):
    """Too many wrong passwords for this account (or name) lately: refused for `seconds`."""

    def __init__(self, seconds: int):
        super().__init__(f"sign-in locked for {seconds}s")
        self.seconds = seconds


def lockout_key(user: User | None, login: str) -> str:
    """An account is counted as itself however it is named; a name with no account, as that name."""
    return f"user:{user.id}" if user is not None else f"name:{normalize_email(login)}"


def authenticate(login: str, password: str) -> User | None:
    """The member whose username or email and password match, or None (never says which failed).

    Raises SignInLocked while the account is locked (forum/auth/lockout.py), the same way and
    after the same work whether or not the account exists."""
    login = login.strip()
    user = db.session.scalar(
        select(User).where(or_(User.username_key == username_key(login), User.email == normalize_email(login)))
    )
    if user is not None and user.is_deleted:
        user = None
    key = lockout_key(user, login)
    locked = lockout.seconds_locked(key)
    if locked:
        check_password_hash(_dummy_hash(), password)
        raise SignInLocked(locked)
    if user is None:
        check_password_hash(_dummy_hash(), password)
        lockout.record_failure(key)
        return None
    if not check_password_hash(user.password_hash, password):
        lockout.record_failure(key)
        return None
    lockout.clear(key)
    user.last_seen_at = utcnow()
    db.session.commit()
    return user


@cache
def _session_user_statement():
    """The member with the header's unread count, in one query built once (it runs on every
    signed-in request)."""
    from forum.models import Notification

    unread = (
        select(func.count(Notification.id))
        .where(Notification.user_id == User.id, Notification.is_read.is_(False))
        .scalar_subquery()
    )
    return select(User, unread).where(User.id == bindparam("user_id"))


def load_session_user(session_id: str) -> User | None:
    """Flask-Login's loader: "<id>:<session token>"; a changed token ends the session."""
    user_id, _, token = session_id.partition(":")
    if not user_id.isdigit() or not token:
        return None
    row = db.session.execute(_session_user_statement(), {"user_id": int(user_id)}).first()
    if row is None:
        return None
    user, unread_count = row
    if user.is_deleted or user.session_token != token:
        return None
    user.unread_at_load = unread_count
    return user


def set_password(user: User, password: str) -> None:
    """Change a password and end every other session of the member."""
    user.password_hash = hash_password(password)
    user.session_token = new_session_token()
    db.session.commit()


def end_all_sessions(user: User) -> None:
    """Sign a member out everywhere: every session and remember-me cookie carries the old token."""
    user.session_token = new_session_token()
    db.session.commit()


def set_role(username: str, role: str) -> User:
    if role not in ROLES:
        raise ServiceError(f"Role must be one of: {', '.join(ROLES)}.", "role")
    user = db.session.scalar(select(User).where(User.username_key == username_key(username)))
    if user is None:
        raise ServiceError(f"No member is called {username!r}.", "username")
    user.role = role
    db.session.commit()
    return user
