"""Settings for Stillpoint.

Every setting has a default here and can be overridden from the environment as
``FORUM_<KEY>`` (for example ``FORUM_DATABASE_URL``).  Values from the environment are
converted to the type of the default, so ``FORUM_REVIEW_FIRST_POSTS=0`` is an int.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

ENV_PREFIX = "FORUM_"
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}

# Documented in the README; keep the two in step.
DEFAULTS: dict[str, Any] = {
    "ENV": "development",  # development | production | testing
    "SECRET_KEY": "",
    "DATABASE_URL": "",  # empty: SQLite file in the instance folder
    "REDIS_URL": "",
    "SITE_NAME": "Stillpoint",
    "REVIEW_FIRST_POSTS": 2,
    "AUTO_HIDE_REPORTS": 3,
    "RATELIMIT_ENABLED": True,
    "LOGIN_RATE_LIMIT": "10 per minute",
    "LOGIN_ACCOUNT_RATE_LIMIT": "20 per 15 minutes",  # sign-in attempts for one login name, from anywhere
    "REGISTER_RATE_LIMIT": "5 per hour",  # new accounts per address
    "RESET_RATE_LIMIT": "5 per hour",  # password reset requests per address
    "RESET_EMAIL_RATE_LIMIT": "3 per hour",  # password reset requests per target email
    "POST_RATE_LIMIT": "10 per minute; 60 per hour",  # new threads, stories, tips and replies per member
    "REPORT_RATE_LIMIT": "10 per hour",  # reports per member
    "REACTION_RATE_LIMIT": "60 per minute",  # reactions per member
    "SEARCH_RATE_LIMIT": "30 per minute",  # searches per address (cached pages count too)
    "MAIL_RATE_LIMIT": "5 per hour",  # other mail a member can send themselves (new link, email change)
    "LOCKOUT_FAILURES": 5,  # wrong passwords for one account within LOCKOUT_WINDOW_MINUTES before a lock
    "LOCKOUT_WINDOW_MINUTES": 15,
    "LOCKOUT_MAX_MINUTES": 15,  # a lock starts at 1 minute and doubles with each lock, up to this
    "THREADS_PER_PAGE": 25,
    "POSTS_PER_PAGE": 50,
    "MAX_INDENT_DEPTH": 4,
    "TITLE_MAX_LENGTH": 150,
    "BODY_MAX_LENGTH": 30000,
    "MAX_CONTENT_LENGTH": 1024 * 1024,  # largest request body in bytes; larger is refused with 413
    "PASSWORD_HASH_METHOD": "scrypt",
    "SESSION_COOKIE_SECURE": None,  # None: on in production, off elsewhere
    "MAIL_SERVER": "",  # empty: emails are written to the log instead of sent
    "MAIL_PORT": 25,
    "MAIL_USERNAME": "",
    "MAIL_PASSWORD": "",
    "MAIL_USE_TLS": False,
    "MAIL_USE_SSL": False,
    "MAIL_SENDER": "Stillpoint <no-reply@stillpoint.invalid>",
    "REQUIRE_VERIFIED_EMAIL": None,  # None: on in production, off elsewhere
    "VERIFY_TOKEN_HOURS": 72,
    "RESET_TOKEN_MINUTES": 60,
    "USERNAME_HOLD_DAYS": 180,
    "DEFAULT_MEMBERS_ONLY": False,
    "TRUSTED_PROXIES": 0,  # how many proxies in front set X-Forwarded-*; 0: trust none
    "PAGE_CACHE_SECONDS": 300,  # visitor page cache lifetime (entries are also invalidated on change)
    "PAGE_CACHE_ENABLED": None,  # None: on, except in production without Redis (workers wouldn't share it)
    "LOG_REQUESTS": True,
    "DRAFT_MAX_AGE_DAYS": 60,  # `flask forum purge-drafts` deletes drafts not saved for this long
    "LINK_TRUST_POSTS": 1,  # a member may post links once this many of their posts are published
    "REGISTER_MIN_SECONDS": 3,  # a sign-up form sent back faster than this is refused (bots)
    "DUPLICATE_POST_MINUTES": 10,  # the same text from one member again within this is refused; 0: off
    "BENCH_CEILING_BYTES": 0,  # >0: serve /__ceiling, a constant page of this size (benchmarks only)
}


class ConfigError(RuntimeError):
    """Raised when the settings cannot make a safe application."""


def _coerce(raw: str, default: Any, key: str) -> Any:
    if isinstance(default, bool) or default is None:
        word = raw.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ConfigError(f"{ENV_PREFIX}{key} must be true or false, not {raw!r}")
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError as exc:
            raise ConfigError(f"{ENV_PREFIX}{key} must be a whole number, not {raw!r}") from exc
    return raw


def load_settings(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """The FORUM_* settings: defaults overridden by the environment."""
    environ = os.environ if environ is None else environ
    settings = dict(DEFAULTS)
    for key, default in DEFAULTS.items():
        raw = environ.get(ENV_PREFIX + key)
        if raw is not None:
            settings[key] = _coerce(raw, default, key)
    return settings


def _development_secret(instance_path: Path) -> str:
    """Make a secret once and keep it in the instance folder, so sessions survive restarts."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_hex(32)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def flask_config(settings: dict[str, Any], instance_path: Path) -> dict[str, Any]:
    """Translate FORUM_* settings into the keys Flask and its extensions read."""
    env = settings["ENV"]
    production = env == "production"
    if production and not settings["SECRET_KEY"]:
        raise ConfigError("FORUM_SECRET_KEY must be set when FORUM_ENV=production")
    if production and not settings["DATABASE_URL"]:
        raise ConfigError("FORUM_DATABASE_URL must be set when FORUM_ENV=production")

    instance_path.mkdir(parents=True, exist_ok=True)
    secret = settings["SECRET_KEY"] or _development_secret(instance_path)
    database_url = settings["DATABASE_URL"] or f"sqlite:///{instance_path / 'stillpoint.db'}"
    if database_url.startswith("postgresql://"):
        # psycopg 3 is the driver; plain postgresql:// would ask for psycopg2.
        database_url = "postgresql+psycopg://" + database_url[len("postgresql://") :]
    secure = settings["SESSION_COOKIE_SECURE"]
    if secure is None:
        secure = production
    if settings["PAGE_CACHE_ENABLED"] is None:
        settings["PAGE_CACHE_ENABLED"] = bool(settings["REDIS_URL"]) or not production
    if settings["REQUIRE_VERIFIED_EMAIL"] is None:
        settings["REQUIRE_VERIFIED_EMAIL"] = production

    return {
        "FORUM": settings,
        "SECRET_KEY": secret,
        "TESTING": env == "testing",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": secure,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": secure,
        "REMEMBER_COOKIE_DURATION": 60 * 60 * 24 * 30,
        "PERMANENT_SESSION_LIFETIME": 60 * 60 * 24 * 14,
        "WTF_CSRF_TIME_LIMIT": 60 * 60 * 12,
        "MAX_CONTENT_LENGTH": settings["MAX_CONTENT_LENGTH"],
        # Werkzeug's own bounds on a form: one field held in memory, and how many parts a multipart form has.
        "MAX_FORM_MEMORY_SIZE": min(settings["MAX_CONTENT_LENGTH"], 512 * 1024),
        "MAX_FORM_PARTS": 500,
        "RATELIMIT_ENABLED": settings["RATELIMIT_ENABLED"],
        "RATELIMIT_STORAGE_URI": settings["REDIS_URL"] or "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        "MAIL_SERVER": settings["MAIL_SERVER"] or "localhost",
        "MAIL_PORT": settings["MAIL_PORT"],
        "MAIL_USERNAME": settings["MAIL_USERNAME"] or None,
        "MAIL_PASSWORD": settings["MAIL_PASSWORD"] or None,
        "MAIL_USE_TLS": settings["MAIL_USE_TLS"],
        "MAIL_USE_SSL": settings["MAIL_USE_SSL"],
        "MAIL_DEFAULT_SENDER": settings["MAIL_SENDER"],
        # Whether mail goes out is decided by FORUM_MAIL_SERVER (forum/mail.py), also in tests.
        "MAIL_SUPPRESS_SEND": False,
    }
